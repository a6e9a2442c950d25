// Server pushes (events 1000-1003, and 1010 of the mesh): each push frame goes on its own
// server-opened uni stream. Frames wait in a bounded per-connection queue while the client grants
// no stream credit; when that queue is full the push is dropped and counted — the client fetches
// what it missed, and a slow or vanished client never holds up the sender. The hub routes by
// identity, and by the mesh broadcast topics each connection subscribed to (until it closes); the
// client transport that owns the connections attaches itself with serve() once it exists.
import { encodePush } from '../../protocol/frames.js'
import type { QuicConnection } from '../../protocol/quic/connection.js'
import type { Session } from '../services/call-context.js'

export interface PushTarget {
  connection(id: number): QuicConnection | undefined
}

export class PushHub {
  sent = 0
  dropped = 0
  /** Connections by the identity whose session they carry (hex key). */
  private readonly byIdentity = new Map<string, Set<number>>()
  /** Each connection's session: identity and device ('' = none), hex, and the Session last seen. */
  private readonly sessionOf = new Map<number, { id: string; device: string; session: Session }>()

  /** Mesh broadcast topics (hex): the connections subscribed to each, and each connection's topics. */
  private readonly byTopic = new Map<string, Set<number>>()
  private readonly topicsOf = new Map<number, Set<string>>()

  private target: PushTarget | null = null
  private presence: ((identityKey: Buffer, online: boolean) => void) | null = null

  /** The transport whose connections pushes go to. */
  serve(target: PushTarget): void {
    this.target = target
  }

  /**
   * `listener` hears an identity's first connection attach (online) and its last one detach
   * (offline): services/presence tells the identity's contacts.
   */
  onPresence(listener: (identityKey: Buffer, online: boolean) => void): void {
    this.presence = listener
  }

  isOnline(identityKey: Uint8Array): boolean {
    return this.byIdentity.has(Buffer.from(identityKey).toString('hex'))
  }

  /** A call on this connection carried this session: route its identity's pushes here. */
  attach(connectionId: number, session: Session): void {
    const known = this.sessionOf.get(connectionId)
    if (known?.session === session) return // the same session as the last call: nothing changed
    const id = Buffer.from(session.identityKey).toString('hex')
    const device = session.deviceId === null ? '' : Buffer.from(session.deviceId).toString('hex')
    if (known?.id === id) {
      // the session was bound to a device: same identity, no presence change
      known.device = device
      known.session = session
      return
    }
    this.detach(connectionId)
    this.sessionOf.set(connectionId, { id, device, session })
    let set = this.byIdentity.get(id)
    if (set === undefined) {
      set = new Set()
      this.byIdentity.set(id, set)
    }
    set.add(connectionId)
    if (set.size === 1) this.presence?.(Buffer.from(id, 'hex'), true)
  }

  detach(connectionId: number): void {
    const id = this.sessionOf.get(connectionId)?.id
    if (id === undefined) return
    this.sessionOf.delete(connectionId)
    const set = this.byIdentity.get(id)
    set?.delete(connectionId)
    if (set?.size === 0) {
      this.byIdentity.delete(id)
      this.presence?.(Buffer.from(id, 'hex'), false)
    }
  }

  /** The connection closed: no more pushes of any kind to it. */
  closed(connectionId: number): void {
    this.detach(connectionId)
    for (const topic of [...this.topicsOf.get(connectionId) ?? []]) this.unsubscribeTopic(connectionId, Buffer.from(topic, 'hex'))
  }

  /** Pushes the topic's broadcasts to this connection too; false when it has `max` topics already. */
  subscribeTopic(connectionId: number, topic: Uint8Array, max: number): boolean {
    const t = Buffer.from(topic).toString('hex')
    let mine = this.topicsOf.get(connectionId)
    if (mine?.has(t) === true) return true
    if ((mine?.size ?? 0) >= max) return false
    if (mine === undefined) this.topicsOf.set(connectionId, (mine = new Set()))
    mine.add(t)
    let set = this.byTopic.get(t)
    if (set === undefined) this.byTopic.set(t, (set = new Set()))
    set.add(connectionId)
    return true
  }

  unsubscribeTopic(connectionId: number, topic: Uint8Array): void {
    const t = Buffer.from(topic).toString('hex')
    const mine = this.topicsOf.get(connectionId)
    mine?.delete(t)
    if (mine?.size === 0) this.topicsOf.delete(connectionId)
    const set = this.byTopic.get(t)
    set?.delete(connectionId)
    if (set?.size === 0) this.byTopic.delete(t)
  }

  /** Pushes to every connection subscribed to a topic; returns how many took it. */
  pushToTopic(topic: Uint8Array, eventType: number, payload: Uint8Array): number {
    let n = 0
    for (const connectionId of this.byTopic.get(Buffer.from(topic).toString('hex')) ?? []) if (this.push(connectionId, eventType, payload)) n++
    return n
  }

  /** Sessions ended: stop pushing to the connections of that device (null: of every device of the identity). */
  detachSessions(identityKey: Uint8Array, deviceId: Uint8Array | null): void {
    const set = this.byIdentity.get(Buffer.from(identityKey).toString('hex'))
    if (set === undefined) return
    const device = deviceId === null ? null : Buffer.from(deviceId).toString('hex')
    for (const connectionId of [...set]) if (device === null || this.sessionOf.get(connectionId)?.device === device) this.detach(connectionId)
  }

  /** Pushes to every live connection of an identity; returns how many took it. */
  pushToIdentity(identityKey: Uint8Array, eventType: number, payload: Uint8Array): number {
    const set = this.byIdentity.get(Buffer.from(identityKey).toString('hex'))
    if (set === undefined) return 0
    let n = 0
    for (const connectionId of set) if (this.push(connectionId, eventType, payload)) n++
    return n
  }

  /** Queues a push for one connection; false when it was dropped (gone or its queue is full). */
  push(connectionId: number, eventType: number, payload: Uint8Array): boolean {
    const conn = this.target?.connection(connectionId)
    if (conn !== undefined && conn.sendUni(encodePush(eventType, payload))) {
      this.sent++
      return true
    }
    this.dropped++
    return false
  }
}
