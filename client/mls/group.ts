// MLS group operations on one member's state, as pure steps: each takes a state and returns the
// next one with the bytes to send, and nothing is kept here. Commits, Welcomes and application
// messages travel as TLS-encoded MLSMessages; commits and application messages are
// PrivateMessages (encrypted to the group, sender hidden from the server).
import { createHash } from 'node:crypto'
import {
  createApplicationMessage, createCommit, createGroup, decodeGroupState, decodeMlsMessage, emptyPskIndex, encodeGroupState,
  encodeMlsMessage, joinGroup, processPrivateMessage, type ClientState, type KeyPackage, type MLSMessage, type PrivateMessage, type Proposal, type Welcome,
} from 'ts-mls'
import { decryptSenderData } from 'ts-mls/privateMessage.js'
import type { Identity, StoredKeyPackage } from '../state/model.js'
import { decodeStored, newKeyPackage } from './key-packages.js'
import { clientConfig, sameBytes, suite } from './suite.js'

export interface Member { leafIndex: number; identityKey: Uint8Array }

/** The members (leaf index and identity key), in tree order. */
export function members(state: ClientState): Member[] {
  const out: Member[] = []
  state.ratchetTree.forEach((node, nodeIndex) => {
    if (node?.nodeType !== 'leaf') return
    const c = node.leaf.credential
    if (c.credentialType === 'basic') out.push({ leafIndex: nodeIndex / 2, identityKey: c.identity })
  })
  return out
}

export const epochOf = (state: ClientState): number => Number(state.groupContext.epoch)

/**
 * Decoding a group state takes milliseconds (ts-mls' codecs), and a busy client loads one for
 * every message: the states this process saved or loaded last are kept, by the SHA-256 of their
 * bytes. ts-mls never changes a state in place (each step returns a new one), so a kept state is
 * the one its bytes describe.
 */
const recent = new Map<string, ClientState>()
const RECENT_MAX = 64

function remember(key: string, state: ClientState): void {
  recent.delete(key)
  recent.set(key, state)
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string)
}

const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64')

export function saveGroup(state: ClientState): Uint8Array {
  const bytes = encodeGroupState(state)
  remember(digest(bytes), state)
  return bytes
}

export function loadGroup(bytes: Uint8Array): ClientState {
  const key = digest(bytes)
  const known = recent.get(key)
  if (known !== undefined) {
    remember(key, known)
    return known
  }
  const decoded = decodeGroupState(bytes, 0)
  if (decoded === undefined) throw new Error('a stored MLS group state does not decode')
  const state = { ...decoded[0], clientConfig }
  remember(key, state)
  return state
}

/** A new group with us as its only member, at epoch 0. */
export async function newGroup(identity: Identity, groupId: Uint8Array): Promise<ClientState> {
  const kp = await newKeyPackage(identity)
  return await createGroup(groupId, decodeStored(kp), privateKeys(identity, kp), [], await suite(), clientConfig)
}

const privateKeys = (identity: Identity, kp: StoredKeyPackage) =>
  ({ initPrivateKey: kp.initPrivateKey, hpkePrivateKey: kp.hpkePrivateKey, signaturePrivateKey: identity.secretKey })

export interface CommitResult {
  state: ClientState
  /** The commit, for the other members (MLSMessage). */
  commit: Uint8Array
  /** The Welcome for added members (MLSMessage); null when nobody was added. */
  welcome: Uint8Array | null
}

/**
 * A commit adding `add` and removing the members with the identity keys `remove`. With neither it
 * is an update: a fresh leaf key and path secrets (key rotation, post-compromise security).
 * Welcomes carry the ratchet tree, so a new member needs nothing else.
 */
export async function commit(state: ClientState, change: { add?: KeyPackage[]; remove?: Uint8Array[] } = {}): Promise<CommitResult> {
  const current = members(state)
  const proposals: Proposal[] = []
  for (const keyPackage of change.add ?? []) proposals.push({ proposalType: 'add', add: { keyPackage } })
  for (const key of change.remove ?? []) {
    const m = current.find((x) => sameBytes(x.identityKey, key))
    if (m === undefined) throw new Error('that user is not a member of the group')
    proposals.push({ proposalType: 'remove', remove: { removed: m.leafIndex } })
  }
  const r = await createCommit({ state, cipherSuite: await suite() }, { extraProposals: proposals, ratchetTreeExtension: true })
  return {
    state: r.newState,
    commit: encodeMlsMessage(r.commit),
    welcome: r.welcome === undefined ? null : encodeMlsMessage({ welcome: r.welcome, wireformat: 'mls_welcome', version: 'mls10' }),
  }
}

export async function encrypt(state: ClientState, plaintext: Uint8Array): Promise<{ state: ClientState; message: Uint8Array }> {
  const r = await createApplicationMessage(state, plaintext, await suite())
  return { state: r.newState, message: encodeMlsMessage({ privateMessage: r.privateMessage, wireformat: 'mls_private_message', version: 'mls10' }) }
}

export function readMessage(bytes: Uint8Array): MLSMessage {
  let m: MLSMessage | undefined
  try {
    m = decodeMlsMessage(bytes, 0)?.[0]
  } catch (err) {
    // the codec's own words ("Offset beyond buffer") name no message
    throw new Error(`a truncated or malformed MLS message (${(err as Error).message})`)
  }
  if (m === undefined) throw new Error('a truncated or malformed MLS message')
  return m
}

export type Opened =
  /** An application message from `sender` (identity key). */
  | { kind: 'application'; state: ClientState; sender: Uint8Array; data: Uint8Array }
  /** A commit applied: the group moved to the next epoch (or we were removed). */
  | { kind: 'commit'; state: ClientState; sender: Uint8Array | null; removedSelf: boolean }
  /** From a later epoch: wait for the commits before it. */
  | { kind: 'later' }
  /** A commit of an epoch we have left: superseded, nothing to do. */
  | { kind: 'stale' }

/** Decrypts and applies a PrivateMessage of this group; throws when it cannot be authenticated. */
export async function open(state: ClientState, pm: PrivateMessage): Promise<Opened> {
  const epoch = state.groupContext.epoch
  if (pm.epoch > epoch) return { kind: 'later' }
  if (pm.epoch < epoch && pm.contentType !== 'application') return { kind: 'stale' }
  const cs = await suite()
  const sender = await senderOf(state, pm)
  let committer: number | undefined
  const r = await processPrivateMessage(state, pm, emptyPskIndex, cs, (incoming) => {
    if (incoming.kind === 'commit') committer = incoming.senderLeafIndex
    return 'accept'
  })
  if (r.kind === 'applicationMessage') {
    if (sender === null) throw new Error('an application message from an unknown sender')
    return { kind: 'application', state: r.newState, sender, data: r.message }
  }
  const from = committer === undefined ? null : (members(state).find((m) => m.leafIndex === committer)?.identityKey ?? null)
  return { kind: 'commit', state: r.newState, sender: from, removedSelf: r.newState.groupActiveState.kind === 'removedFromGroup' }
}

/**
 * The identity key of a PrivateMessage's sender: its sender data names a leaf (ts-mls verifies
 * the signature with that leaf's key but does not return it). Old epochs use their own tree.
 */
async function senderOf(state: ClientState, pm: PrivateMessage): Promise<Uint8Array | null> {
  const old = pm.epoch < state.groupContext.epoch ? state.historicalReceiverData.get(pm.epoch) : undefined
  const secret = old?.senderDataSecret ?? state.keySchedule.senderDataSecret
  const data = await decryptSenderData(pm, secret, await suite())
  if (data === undefined) return null
  const node = (old?.ratchetTree ?? state.ratchetTree)[data.leafIndex * 2]
  if (node?.nodeType !== 'leaf' || node.leaf.credential.credentialType !== 'basic') return null
  return node.leaf.credential.identity
}

/** Joins from a Welcome with the KeyPackage it was made for. */
export async function join(welcome: Welcome, identity: Identity, kp: StoredKeyPackage): Promise<ClientState> {
  return await joinGroup(welcome, decodeStored(kp), privateKeys(identity, kp), emptyPskIndex, await suite(), undefined, undefined, clientConfig)
}
