// Finding things in the client's state: conversations by group id, peer or name, and the queue
// cursor of a channel. Names are local: a group's is unique among this client's groups; a direct
// conversation is named after the peer.
import type { ClientData, Conversation, QueueCursor } from '../state/model.js'
import { sameBytes } from '../mls/suite.js'

export const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')

/** The state's key of a channel's queue ('' for the default channel). */
export const channelKey = (channelId: Uint8Array | null): string => (channelId === null ? '' : hex(channelId))

export function cursorOf(state: ClientData, key: string): QueueCursor {
  state.queues[key] ??= { acked: 0, done: [], deferred: {} }
  return state.queues[key]
}

/**
 * The direct conversation with a peer. Two can exist when both sides opened one at the same time;
 * both sides then pick the one with the lower group id, so they end up talking in the same one.
 */
export function directWith(state: ClientData, peerKey: Uint8Array): Conversation | null {
  const all = Object.values(state.conversations).filter((c) => c.kind === 'direct' && !c.removed && c.peerKey !== null && sameBytes(c.peerKey, peerKey))
  all.sort((a, b) => hex(a.groupId).localeCompare(hex(b.groupId)))
  return all[0] ?? null
}

export function groupNamed(state: ClientData, name: string): Conversation | null {
  return Object.values(state.conversations).find((c) => c.kind === 'group' && c.name === name) ?? null
}

/** The direct conversation named after a peer (its username). */
export function directNamed(state: ClientData, name: string): Conversation | null {
  return Object.values(state.conversations).find((c) => c.kind === 'direct' && !c.removed && c.name === name) ?? null
}

/** `wanted`, or `wanted-2`, `wanted-3` … when another of our groups has that name. */
export function uniqueGroupName(state: ClientData, wanted: string): string {
  let name = wanted
  for (let i = 2; groupNamed(state, name) !== null; i++) name = `${wanted}-${i}`
  return name
}

/** The conversations' channels to read (besides the default one), each once. */
export function channelsToRead(state: ClientData): Uint8Array[] {
  const seen = new Set<string>()
  const out: Uint8Array[] = []
  for (const c of Object.values(state.conversations)) {
    const key = hex(c.channelId)
    if (c.removed || seen.has(key)) continue
    seen.add(key)
    out.push(c.channelId)
  }
  return out
}
