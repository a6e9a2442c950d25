// Reading one queue: fetch, skip what was processed before (at-least-once delivery: dedupe by
// seq), process the rest in order, and work out how far to ack. A message that cannot be
// processed yet — of a later epoch than the group's (its commit is still to come), or of a group
// whose Welcome has not arrived — waits un-acked and is tried again on later reads; after
// MAX_DEFERRALS reads it is dropped. A message that fails to decrypt or authenticate is dropped
// at once. Network failures abort the read: the caller's transaction is then not kept, and
// nothing was acked, so every message is processed again later — exactly once in the end.
import type { Message } from '../qpq-client.js'
import { QpqError, Status } from '../errors.js'
import { CallTimeoutError, ConnectionClosedError } from '../../protocol/rpc-connection.js'
import { KtVerificationError } from '../api/kt.js'
import { openHybrid } from '../mls/hybrid-envelope.js'
import { keyPackageFor } from '../mls/key-packages.js'
import { decodeContent, decodePayload, type Payload } from '../mls/payload.js'
import { join, loadGroup, members, open, readMessage, saveGroup } from '../mls/group.js'
import { sameBytes } from '../mls/suite.js'
import type { ClientData, Conversation } from '../state/model.js'
import type { ChatContext } from './context.js'
import { channelKey, cursorOf, hex, uniqueGroupName } from './conversations.js'
import { learnAddresses, nameOf } from './directory.js'
import { dmChannelId } from '../../protocol/ids.js'

const PAGE = 100
const MAX_DEFERRALS = 20

type Outcome = 'done' | 'later'

/** Statuses that say nothing about the message: the session, the server's load or health. */
const PASSING = new Set<number>([Status.Unauthorized, Status.RateLimited, Status.DeadlineExceeded, Status.Unavailable, Status.Internal])

/** Not the message's fault: give up this read and keep everything for the next (a lying KT log is not either). */
const isTransient = (err: unknown): boolean =>
  err instanceof ConnectionClosedError || err instanceof CallTimeoutError || err instanceof KtVerificationError ||
  (err instanceof QpqError && PASSING.has(err.status))

/**
 * Reads one queue (null: the default channel) to its end, a page at a time: processes each page,
 * saves what it did, then acks it (in that order: a crash in between only repeats work). What it
 * found goes to `state.inbox`. A page whose first new message must wait ends the read, since the
 * server would answer the same page again until that message is acked.
 */
export async function read(ctx: ChatContext, state: ClientData, save: () => Promise<void>, channelId: Uint8Array | null): Promise<void> {
  for (;;) {
    const { ackTo, full } = await processPage(ctx, state, channelId)
    if (ackTo === null) return
    await save()
    await ctx.client.ack(ackTo, { channel: channelId ?? undefined })
    if (!full) return
  }
}

/** Fetches and processes one page; returns the seq to ack (null: nothing new to ack) and whether the page was full. */
async function processPage(ctx: ChatContext, state: ClientData, channelId: Uint8Array | null): Promise<{ ackTo: number | null; full: boolean }> {
  const cursor = cursorOf(state, channelKey(channelId))
  const start = cursor.acked
  const page = await ctx.client.fetch({ channel: channelId ?? undefined, limit: PAGE })
  for (const m of page) {
    if (m.seq <= cursor.acked || cursor.done.includes(m.seq)) continue
    if (await processSafely(ctx, state, channelId, m) === 'later') {
      const key = String(m.seq)
      const waited = (cursor.deferred[key] ?? 0) + 1
      cursor.deferred[key] = waited
      if (waited <= MAX_DEFERRALS) continue
      state.inbox.push({ type: 'dropped', channelId: channelId ?? new Uint8Array(), seq: m.seq, reason: 'it stayed unreadable (its group or epoch never arrived)' })
    }
    delete cursor.deferred[String(m.seq)]
    cursor.done.push(m.seq)
  }
  advance(cursor, page)
  return { ackTo: cursor.acked > start ? cursor.acked : null, full: page.length === PAGE }
}

/** Acks up to the last message of the page before the first one still waiting (seqs missing from the page expired). */
function advance(cursor: ClientData['queues'][string], page: Message[]): void {
  for (const m of page) {
    if (m.seq <= cursor.acked) continue
    if (!cursor.done.includes(m.seq)) break
    cursor.acked = m.seq
  }
  cursor.done = cursor.done.filter((s) => s > cursor.acked)
}

async function processSafely(ctx: ChatContext, state: ClientData, channelId: Uint8Array | null, m: Message): Promise<Outcome> {
  try {
    return await process(ctx, state, decodePayload(m.data))
  } catch (err) {
    if (isTransient(err)) throw err
    state.inbox.push({ type: 'dropped', channelId: channelId ?? new Uint8Array(), seq: m.seq, reason: (err as Error).message })
    return 'done'
  }
}

async function process(ctx: ChatContext, state: ClientData, payload: Payload): Promise<Outcome> {
  switch (payload.kind) {
    case 'sealed': {
      if (state.hybrid === null) throw new Error('a sealed payload, but this client has no hybrid key')
      const inner = decodePayload(openHybrid(state.hybrid, payload.envelope))
      if (inner.kind === 'sealed') throw new Error('a sealed payload inside a sealed payload')
      return await process(ctx, state, inner)
    }
    case 'invitation': return await accept(ctx, state, payload)
    case 'mls': return await apply(ctx, state, payload.message)
  }
}

/** An invitation: join the group with the KeyPackage its Welcome was made for. */
async function accept(ctx: ChatContext, state: ClientData, inv: Extract<Payload, { kind: 'invitation' }>): Promise<Outcome> {
  const m = readMessage(inv.welcome)
  if (m.wireformat !== 'mls_welcome') throw new Error('an invitation without a Welcome')
  const kp = keyPackageFor(m.welcome, state.keyPackages)
  if (kp === null) throw new Error('an invitation for none of this client\'s KeyPackages (used already?)')
  const group = await join(m.welcome, ctx.identity, kp)
  state.keyPackages = state.keyPackages.filter((k) => k !== kp)
  const groupId = group.groupContext.groupId
  if (state.conversations[hex(groupId)] !== undefined) return 'done'
  const others = members(group).filter((x) => !sameBytes(x.identityKey, ctx.identity.publicKey))
  const names = await Promise.all(others.map((x) => nameOf(ctx, state, x.identityKey)))
  let conv: Conversation
  if (inv.conversation === 'direct') {
    const peer = others[0]
    if (others.length !== 1 || peer === undefined) throw new Error(`a direct conversation with ${others.length} other members`)
    const channelId = await directChannel(ctx, peer.identityKey, inv.channelId)
    conv = { groupId, kind: 'direct', name: names[0] as string, named: true, channelId, peerKey: peer.identityKey, mls: saveGroup(group), removed: false, pending: null }
  } else {
    const name = uniqueGroupName(state, `group-${hex(groupId).slice(0, 8)}`)
    conv = { groupId, kind: 'group', name, named: false, channelId: inv.channelId, peerKey: null, mls: saveGroup(group), removed: false, pending: null }
  }
  state.conversations[hex(groupId)] = conv
  state.inbox.push({ type: 'joined', conversation: conv.name, kind: conv.kind, groupId, members: names })
  return 'done'
}

/**
 * The direct channel with a peer: asked of the server rather than taken from the invitation. A
 * peer of another domain whose address we do not know yet is no user our server knows (NotFound):
 * then the invitation's channel must be the id both servers derive from the two keys.
 */
async function directChannel(ctx: ChatContext, peerKey: Uint8Array, invited: Uint8Array): Promise<Uint8Array> {
  try {
    return (await ctx.client.channels.direct(peerKey)).channelId
  } catch (err) {
    if (!(err instanceof QpqError && err.status === Status.NotFound)) throw err
    if (!sameBytes(dmChannelId(ctx.identity.publicKey, peerKey), invited)) throw new Error('an invitation to a direct conversation on a channel that is not the direct channel of its two members')
    return invited
  }
}

/** A commit or application message of one of our groups. */
async function apply(ctx: ChatContext, state: ClientData, bytes: Uint8Array): Promise<Outcome> {
  const m = readMessage(bytes)
  if (m.wireformat !== 'mls_private_message') throw new Error(`an MLS ${m.wireformat} where a private message was expected`)
  const conv = state.conversations[hex(m.privateMessage.groupId)]
  if (conv === undefined) return 'later'
  if (conv.removed) return 'done'
  const before = loadGroup(conv.mls)
  const r = await open(before, m.privateMessage)
  if (r.kind === 'later') return 'later'
  if (r.kind === 'stale') return 'done'
  conv.mls = saveGroup(r.state)
  if (r.kind === 'application') {
    const content = decodeContent(r.data)
    if (content.type === 'addresses') {
      // only the group's members are looked up
      const inGroup = new Set(members(r.state).map((x) => hex(x.identityKey)))
      await learnAddresses(ctx, state, content.entries.filter((e) => inGroup.has(hex(e.identityKey))))
      return 'done'
    }
    const from = await nameOf(ctx, state, r.sender)
    if (content.type === 'text' || content.type === 'file') {
      state.inbox.push({
        type: 'message', conversation: conv.name, kind: conv.kind, groupId: conv.groupId, from, fromKey: r.sender, text: content.text,
        ...(content.type === 'file' && { file: content.file }), sentAtMs: content.sentAtMs, receivedAtMs: Date.now(),
      })
    } else if (conv.kind === 'group' && !conv.named) {
      conv.name = uniqueGroupName(state, content.name)
      conv.named = true
      state.inbox.push({ type: 'renamed', conversation: conv.name, groupId: conv.groupId, from })
    }
    return 'done'
  }
  const by = r.sender === null ? null : await nameOf(ctx, state, r.sender)
  if (r.removedSelf) {
    conv.removed = true
    state.inbox.push({ type: 'removed', conversation: conv.name, groupId: conv.groupId, by })
    return 'done'
  }
  const was = members(before).map((x) => hex(x.identityKey))
  const now = members(r.state).map((x) => hex(x.identityKey))
  const added = now.filter((k) => !was.includes(k))
  const removed = was.filter((k) => !now.includes(k))
  if (added.length + removed.length > 0) {
    const names = (keys: string[]) => Promise.all(keys.map((k) => nameOf(ctx, state, Buffer.from(k, 'hex'))))
    state.inbox.push({ type: 'members', conversation: conv.name, groupId: conv.groupId, added: await names(added), removed: await names(removed), by })
  }
  return 'done'
}
