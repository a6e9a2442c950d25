// Changing a conversation's members and keys. A named group's commits are ordered by the server:
// each goes through RotateKeys, which accepts one commit per epoch and fans it out to the other
// members in the same transaction, so two members committing at once cannot fork the group — the
// loser reads the winner's commit and tries again on top of it. The commit and the state it leads
// to are saved as `pending` before the call, so a crash in between is settled on the next run by
// retrying with the same message id (accepted again only if it was this commit that won).
import type { KeyPackage } from 'ts-mls'
import { uuidV7 } from '../../protocol/ids.js'
import { commit, epochOf, loadGroup, newGroup, saveGroup } from '../mls/group.js'
import { keyPackageIdentity, parseFetched } from '../mls/key-packages.js'
import { encodePayload } from '../mls/payload.js'
import { sameBytes } from '../mls/suite.js'
import type { ClientData, Conversation } from '../state/model.js'
import type { ChatContext } from './context.js'
import { hex, uniqueGroupName } from './conversations.js'
import { deliver } from './delivery.js'
import { keyOf } from './directory.js'
import { ChatError, CommitConflictError, KeyMismatchError, NoKeyPackageError } from './errors.js'
import { read } from './inbox.js'

/** Commit attempts before giving up to concurrent committers. */
const COMMIT_ATTEMPTS = 5

type Save = () => Promise<void>

/** A new group with only us, registered with the server (we are its admin). */
export async function createGroup(ctx: ChatContext, state: ClientData, name: string): Promise<Conversation> {
  const groupId = crypto.getRandomValues(new Uint8Array(32))
  const group = await newGroup(ctx.identity, groupId)
  const { channelId } = await ctx.client.channels.group(groupId)
  const conv: Conversation = { groupId, kind: 'group', name: uniqueGroupName(state, name), named: true, channelId, peerKey: null, mls: saveGroup(group), removed: false, pending: null }
  state.conversations[hex(groupId)] = conv
  return conv
}

/** A user's KeyPackage from the server, checked to be theirs. */
export async function keyPackageOf(ctx: ChatContext, username: string, key: Uint8Array): Promise<KeyPackage> {
  const bytes = await ctx.client.keys.fetchKeyPackage(key)
  if (bytes === null) throw new NoKeyPackageError(`${username} has no KeyPackage left on the server: they must run \`qpq keys upload\` (or any command that connects) before they can be added`)
  const kp = parseFetched(bytes)
  if (!sameBytes(keyPackageIdentity(kp), key)) throw new KeyMismatchError(`the server handed out a KeyPackage for ${username} that is not theirs`)
  return kp
}

function requireGroup(conv: Conversation, direct = 'its members are fixed (create a group to add people)'): void {
  if (conv.kind !== 'group') throw new ChatError(`${conv.name} is a direct conversation: ${direct}`)
  if (conv.removed) throw new ChatError(`you were removed from ${conv.name}`)
}

export async function addMembers(ctx: ChatContext, state: ClientData, save: Save, conv: Conversation, usernames: string[]): Promise<void> {
  requireGroup(conv)
  const keys = await Promise.all(usernames.map((u) => keyOf(ctx, state, u)))
  const kps = await Promise.all(usernames.map((u, i) => keyPackageOf(ctx, u, keys[i] as Uint8Array)))
  await commitThroughServer(ctx, state, save, conv, { add: kps, addKeys: keys })
}

export async function removeMembers(ctx: ChatContext, state: ClientData, save: Save, conv: Conversation, usernames: string[]): Promise<void> {
  requireGroup(conv)
  // the server lets only admins remove others: find out before the group moves on without them
  const page = await ctx.client.channels.members(conv.groupId, { limit: 1_000 })
  if (page.members.find((m) => m.identity_key != null && sameBytes(m.identity_key, ctx.identity.publicKey))?.admin !== true) {
    throw new ChatError(`only an admin of ${conv.name} (its creator) can remove members`)
  }
  const keys = await Promise.all(usernames.map((u) => keyOf(ctx, state, u)))
  await commitThroughServer(ctx, state, save, conv, { remove: keys })
}

/** Key rotation: an update commit with a fresh leaf key and path secrets. */
export async function rotate(ctx: ChatContext, state: ClientData, save: Save, conv: Conversation): Promise<void> {
  requireGroup(conv, 'keys rotate in groups (the server orders their commits)')
  await commitThroughServer(ctx, state, save, conv, {})
}

async function commitThroughServer(ctx: ChatContext, state: ClientData, save: Save, conv: Conversation, change: { add?: KeyPackage[]; addKeys?: Uint8Array[]; remove?: Uint8Array[] }): Promise<void> {
  for (let attempt = 1; attempt <= COMMIT_ATTEMPTS; attempt++) {
    const r = await commit(loadGroup(conv.mls), change)
    conv.pending = {
      messageId: uuidV7(), epoch: epochOf(r.state), commit: encodePayload({ kind: 'mls', message: r.commit }), mls: saveGroup(r.state),
      added: change.addKeys ?? [], welcome: r.welcome, removed: change.remove ?? [], accepted: false,
    }
    await save()
    if (await settlePending(ctx, save, conv)) return
    // another member's commit took this epoch: read it, then commit again on top of it
    await read(ctx, state, save, conv.channelId)
    if (conv.removed) throw new ChatError(`you were removed from ${conv.name}`)
  }
  throw new CommitConflictError(`other members of ${conv.name} kept changing it first; try again`)
}

/**
 * Finishes a pending commit: RotateKeys (again, with the same message id, after a crash); when
 * accepted, the group moves on and the server learns the membership change, and new members get
 * the Welcome on their default channel. Returns false when another commit won the epoch. (A
 * direct conversation's one commit, adding the peer, is pending already accepted: nobody else
 * can commit in a group of one.)
 */
export async function settlePending(ctx: ChatContext, save: Save, conv: Conversation): Promise<boolean> {
  const p = conv.pending
  if (p === null) return true
  if (!p.accepted) {
    const r = await ctx.client.channels.rotateKeys(conv.groupId, p.commit, p.epoch, p.messageId)
    if (!r.accepted) {
      conv.pending = null
      return false
    }
    conv.mls = p.mls
    p.accepted = true
    await save()
  }
  // each step below is idempotent, so a crash among them is finished by running them again
  if (p.added.length > 0) {
    if (conv.kind === 'group') await ctx.client.channels.group(conv.groupId, p.added)
    if (p.welcome !== null) await deliver(ctx, p.added, { kind: 'invitation', conversation: conv.kind, channelId: conv.channelId, welcome: p.welcome }, undefined, p.messageId)
  }
  for (const key of p.removed) await ctx.client.channels.removeMember(conv.groupId, key)
  conv.pending = null
  return true
}
