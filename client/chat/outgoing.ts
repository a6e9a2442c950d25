// Sending into conversations: opening a direct conversation (a two-member MLS group on the
// server's direct channel of the two accounts, made on first use) and encrypting content to a
// conversation's members, and telling members on other domains who the others are (their
// addresses). The ratchet step is saved before the ciphertext leaves, so no key or nonce is ever
// used twice, even across a crash.
import { uuidV7 } from '../../protocol/ids.js'
import { commit, encrypt, epochOf, loadGroup, members, newGroup, saveGroup } from '../mls/group.js'
import { encodeContent, type Content } from '../mls/payload.js'
import { sameBytes } from '../mls/suite.js'
import type { ClientData, Conversation } from '../state/model.js'
import type { ChatContext } from './context.js'
import { hex } from './conversations.js'
import { deliver } from './delivery.js'
import { ChatError } from './errors.js'
import { keyPackageOf, settlePending } from './groups.js'

type Save = () => Promise<void>

/** Creates the direct conversation with a peer: MLS group, Add commit, Welcome to the peer. */
export async function openDirect(ctx: ChatContext, state: ClientData, save: Save, peerName: string, peerKey: Uint8Array): Promise<Conversation> {
  const { channelId } = await ctx.client.channels.direct(peerKey)
  const kp = await keyPackageOf(ctx, peerName, peerKey)
  const groupId = crypto.getRandomValues(new Uint8Array(32))
  const r = await commit(await newGroup(ctx.identity, groupId), { add: [kp] })
  const conv: Conversation = {
    groupId, kind: 'direct', name: peerName, named: true, channelId, peerKey, mls: saveGroup(r.state), removed: false,
    pending: { messageId: uuidV7(), epoch: epochOf(r.state), commit: new Uint8Array(), mls: saveGroup(r.state), added: [peerKey], welcome: r.welcome, removed: [], accepted: true },
  }
  state.conversations[hex(groupId)] = conv
  await save()
  await settlePending(ctx, save, conv)
  await sendAddresses(ctx, state, save, conv)
  return conv
}

/**
 * After a membership change: when a member is a user of another domain, every member's address
 * (name@domain) goes to the group, so each member's client can look the others up on its own
 * server (directory.ts learnAddresses) — their server learns from that lookup where to relay to
 * them. Nothing is sent in a group whose members all use this server, nor without federation.
 */
export async function sendAddresses(ctx: ChatContext, state: ClientData, save: Save, conv: Conversation): Promise<void> {
  const home = await ctx.homeDomain()
  if (home === null) return
  const named = members(loadGroup(conv.mls)).map((m) => ({ identityKey: m.identityKey, name: sameBytes(m.identityKey, ctx.identity.publicKey) ? state.username : state.contacts[hex(m.identityKey)] }))
  if (!named.some((m) => m.name?.includes('@'))) return
  const entries = named.flatMap((m) => (m.name === undefined ? [] : [{ identityKey: m.identityKey, address: m.name.includes('@') ? m.name : `${m.name}@${home}` }]))
  await sendContent(ctx, save, conv, { type: 'addresses', entries, sentAtMs: Date.now() })
}

/** Encrypts content to the conversation and delivers it; returns how many members it went to. */
export async function sendContent(ctx: ChatContext, save: Save, conv: Conversation, content: Content): Promise<number> {
  if (conv.removed) throw new ChatError(`you were removed from ${conv.name}`)
  const r = await encrypt(loadGroup(conv.mls), encodeContent(content))
  conv.mls = saveGroup(r.state)
  await save()
  const recipients = members(r.state).map((m) => m.identityKey).filter((k) => !sameBytes(k, ctx.identity.publicKey))
  await deliver(ctx, recipients, { kind: 'mls', message: r.message }, conv.channelId)
  return recipients.length
}
