// One QUIC connection, server or client side, driven by hand over a UDP socket: feed it
// datagrams with recv(), let its owner pull stream bytes on demand, write with partial-write
// bookkeeping, open uni streams only with peer credit, and flush datagrams once per loop turn.
// Nothing here knows the RPC framing; see ../server.ts for that.
import { Shutdown, quicheError, type NativeConnection } from './native.js'
import type { HostPort } from '../address.js'
import type { AddressShare, BudgetMember, ByteBudget } from './budget.js'

/** Application error codes of the CONNECTION_CLOSE frames we send (documented in docs/protocol.md). */
export const CloseCode = { Normal: 0, Refused: 1, Misbehaving: 2 } as const

/** Largest datagram we let quiche build (it is configured to 1350). */
export const MAX_DATAGRAM = 1500
/** Most bytes of coalesced uni-stream messages put on one stream. */
const MAX_COALESCED_BYTES = 256 * 1024

export interface ConnectionEvents {
  /** The handshake completed. Return a reason string to refuse the connection (it is closed). */
  onEstablished(conn: QuicConnection): string | null
  /** A stream has bytes (or a FIN or a reset) to read; pull them with conn.read(). */
  onReadable(conn: QuicConnection, streamId: number): void
  /** The peer asked us to stop sending on a stream (our pending bytes for it were dropped). */
  onStopped(conn: QuicConnection, streamId: number, code: number): void
  /** Called after each batch of incoming packets: stream credit may have arrived. */
  onProgress(conn: QuicConnection): void
  /** The connection is gone (closed, timed out or destroyed). Called once. */
  onClosed(conn: QuicConnection): void
}

export interface ReadResult { bytes: number; fin: boolean; resetCode: number | null }

export interface ConnectionLimits {
  /** Counts the uni streams opened and the messages sent on them (shared by a listener's connections). */
  uniCounters?: { uniStreamsOpened: number; uniMessagesSent: number }
  /** Queued push (uni stream) frames and bytes; beyond them sendUni() refuses. */
  uniQueueMax: number
  uniQueueMaxBytes: number
}

export interface Transmit { (buf: Buffer, len: number, to: HostPort): void }
export interface Scheduler { mark(conn: QuicConnection): void }

interface PendingWrite { data: Buffer; fin: boolean }

let nextConnectionNumber = 1

export class QuicConnection implements BudgetMember {
  /** Short id for logs. */
  readonly id = nextConnectionNumber++
  readonly isServer: boolean
  held = 0
  /** This connection's address's part of the byte budget. */
  readonly share: AddressShare
  /** The connection carries a session (its address gets the larger share of the budget). */
  private authenticated = false
  established = false
  closed = false
  /** Set when reads stopped because of the byte budget. */
  private readBlocked = false
  private readonly pending = new Map<number, PendingWrite>()
  private readonly uniQueue: Buffer[] = []
  private uniQueueBytes = 0
  private nextUniStream: number
  private nextBidiStream: number
  /** Streams whose receiving side is open, oldest first. */
  private readonly watched = new Set<number>()
  /** Lowest id of each stream type the peer has not opened yet. */
  private nextPeerBidi: number
  private nextPeerUni: number
  private timer: NodeJS.Timeout | null = null
  private timerAt = 0
  /** Streams being read and dropped (discard()): bytes dropped so far, and the deadline's timer. */
  private readonly discarding = new Map<number, { dropped: number; maxBytes: number; timer: NodeJS.Timeout }>()
  private discardBuf: Buffer | null = null
  private out = Buffer.allocUnsafe(MAX_DATAGRAM)
  /** Owner data (the RPC layer keeps its per-connection state here). */
  app: unknown = null
  /**
   * The peer reads several messages per uni stream (until FIN): queued sendUni() messages go out
   * together on one stream per flush instead of a stream each.
   */
  coalesceUni = false

  constructor(
    readonly q: NativeConnection,
    readonly local: HostPort,
    public remote: HostPort,
    private readonly limits: ConnectionLimits,
    private readonly budget: ByteBudget,
    private readonly events: ConnectionEvents,
    private readonly transmit: Transmit,
    private readonly scheduler: Scheduler,
    isServer: boolean,
    /** The limits key of the peer's address (protocol/address.ts addressKey). */
    addressKey: string = remote.host,
  ) {
    this.isServer = isServer
    this.share = budget.join(addressKey)
    this.nextBidiStream = isServer ? 1 : 0
    this.nextUniStream = isServer ? 3 : 2
    this.nextPeerBidi = isServer ? 0 : 1
    this.nextPeerUni = isServer ? 2 : 3
  }

  /** Feeds one datagram. Never throws. */
  recv(packet: Buffer, from: HostPort): void {
    if (this.closed) return
    try {
      this.q.recv(packet, { from, to: this.local })
    } catch {
      // undecryptable or invalid packet: quiche has already decided whether the connection survives
    }
    this.afterRecv()
  }

  private afterRecv(): void {
    if (!this.established && this.q.isEstablished()) {
      this.established = true
      const refusal = this.events.onEstablished(this)
      if (refusal !== null) {
        this.close(true, CloseCode.Refused, refusal)
        return
      }
    }
    if (this.established) {
      this.readStreams()
      this.events.onProgress(this)
    }
    this.scheduler.mark(this)
  }

  /**
   * Offers every stream with something to read to onReadable. quiche's readable() iterator costs
   * ~25 µs a call through the binding (against ~0.3 µs for isReadable/streamReadable), so the
   * common cases are found by cheap probes: new peer streams in id order, then known streams
   * oldest first, stopping as soon as nothing is left; the full scan only catches the rest
   * (streams that arrived out of order).
   */
  private readStreams(): void {
    if (this.readBlocked || this.closed || !this.q.isReadable()) return
    this.nextPeerBidi = this.discover(this.nextPeerBidi)
    this.nextPeerUni = this.discover(this.nextPeerUni)
    if (this.readBlocked || this.closed || !this.q.isReadable()) return
    for (const sid of this.watched) {
      if (!this.q.streamReadable(sid)) continue
      this.offer(sid)
      if (this.readBlocked || this.closed || !this.q.isReadable()) return
    }
    for (const sid of this.q.readable()) {
      if (!this.watched.has(sid)) {
        this.watched.add(sid)
        const peer = (sid & 1) === (this.isServer ? 0 : 1)
        if (peer && (sid & 2) === 0 && sid >= this.nextPeerBidi) this.nextPeerBidi = sid + 4
        if (peer && (sid & 2) !== 0 && sid >= this.nextPeerUni) this.nextPeerUni = sid + 4
      }
      this.offer(sid)
      if (this.readBlocked || this.closed) return
    }
  }

  /** Reads the peer's newly opened streams of one type, in id order; returns the next id to expect. */
  private discover(next: number): number {
    while (!this.readBlocked && !this.closed && this.q.streamReadable(next)) {
      this.watched.add(next)
      this.offer(next)
      next += 4
    }
    return next
  }

  /** A readable stream goes to its owner, or is drained here when it is being discarded. */
  private offer(sid: number): void {
    if (this.discarding.has(sid)) this.drain(sid)
    else this.events.onReadable(this, sid)
  }

  /**
   * Reads and drops the rest of a stream its owner no longer wants, up to its FIN — at most
   * `maxBytes`, for at most `maxMs` — and only then stops it (STOP_SENDING). Not at once: quiche
   * 0.18 never credits the connection's flow-control window with the bytes it drops after
   * STOP_SENDING (fixed upstream in 2025, cloudflare/quiche#2158), so every stop leaked what was in
   * flight, and in some orderings a stopped stream never finished and kept its stream credit.
   */
  discard(streamId: number, maxBytes: number, maxMs: number): void {
    if (this.closed || this.discarding.has(streamId)) return
    const timer = setTimeout(() => this.stopDiscarding(streamId), maxMs).unref()
    this.discarding.set(streamId, { dropped: 0, maxBytes, timer })
    this.drain(streamId)
  }

  private drain(sid: number): void {
    const d = this.discarding.get(sid)
    if (d === undefined) return
    this.discardBuf ??= Buffer.allocUnsafe(16 * 1024)
    for (let r = this.read(sid, this.discardBuf); r !== null; r = this.read(sid, this.discardBuf)) {
      if (r.fin) {
        clearTimeout(d.timer)
        this.discarding.delete(sid)
        return
      }
      d.dropped += r.bytes
      if (d.dropped > d.maxBytes) return this.stopDiscarding(sid)
    }
  }

  private stopDiscarding(sid: number): void {
    const d = this.discarding.get(sid)
    if (d === undefined) return
    clearTimeout(d.timer)
    this.discarding.delete(sid)
    this.shutdown(sid, Shutdown.Read, 0)
  }

  /** Pulls stream bytes into `buf`; null when nothing is buffered. A reset by the peer is reported, not thrown. */
  read(streamId: number, buf: Buffer): ReadResult | null {
    try {
      const r = this.q.streamRecv(streamId, buf)
      if (r === null) return null
      if (r[1]) this.watched.delete(streamId)
      return { bytes: r[0], fin: r[1], resetCode: null }
    } catch (e) {
      this.watched.delete(streamId)
      const err = quicheError(e)
      if (err.name === 'StreamReset') return { bytes: 0, fin: true, resetCode: err.code ?? 0 }
      return null // InvalidStreamState: the stream is already gone
    }
  }

  /** True when this connection should stop gathering bytes (its own or the global budget is spent). */
  overBudget(): boolean {
    return this.budget.isOver(this)
  }

  /** The reader hit the budget: stop reading streams until bytes are released. */
  blockReads(): void {
    if (this.readBlocked) return
    this.readBlocked = true
    this.budget.block(this)
  }

  resumeReading(): void {
    if (!this.readBlocked || this.closed) return
    this.readBlocked = false
    this.readStreams()
    this.scheduler.mark(this)
  }

  hold(n: number): void {
    this.held += n
    this.budget.hold(this, n)
  }

  /** Releases held bytes; the budget wakes blocked connections once there is room. */
  release(n: number): void {
    this.held -= n
    this.budget.release(this, n)
  }

  /** A call on this connection carried a valid session: its address gets the larger share. */
  markAuthenticated(): void {
    if (this.authenticated || this.closed) return
    this.authenticated = true
    this.budget.markAuthenticated(this)
  }

  /** Writes to a stream; what quiche cannot take now is kept and retried when the stream is writable. */
  write(streamId: number, data: Buffer, fin: boolean): void {
    if (this.closed) return
    const queued = this.pending.get(streamId)
    if (queued !== undefined) {
      this.pending.set(streamId, { data: Buffer.concat([queued.data, data]), fin })
      this.hold(data.length)
      this.scheduler.mark(this)
      return
    }
    const taken = this.trySend(streamId, data, fin)
    if (taken >= 0 && taken < data.length) {
      this.pending.set(streamId, { data: data.subarray(taken), fin })
      this.hold(data.length - taken)
    }
    this.scheduler.mark(this)
  }

  /** Returns bytes taken, or -1 when the stream is stopped or gone (its data is dropped). */
  private trySend(streamId: number, data: Buffer, fin: boolean): number {
    try {
      return this.q.streamSend(streamId, data, fin) ?? 0
    } catch (e) {
      const err = quicheError(e)
      if (err.name === 'StreamStopped') {
        this.shutdown(streamId, Shutdown.Write, err.code ?? 0)
        this.events.onStopped(this, streamId, err.code ?? 0)
      }
      return -1
    }
  }

  // Retries writes quiche could not take; per stream rather than through writable(), whose
  // iterator is as costly as readable()'s.
  private flushPending(): void {
    for (const [sid, p] of this.pending) {
      const taken = this.trySend(sid, p.data, p.fin)
      if (taken < 0 || taken === p.data.length) {
        this.pending.delete(sid)
        this.release(p.data.length)
      } else if (taken > 0) {
        this.pending.set(sid, { data: p.data.subarray(taken), fin: p.fin })
        this.release(taken)
      }
    }
  }

  /** Bytes written but not yet taken by quiche (the peer is slow to read). */
  get pendingWrites(): number {
    return this.pending.size
  }

  /** Resets our sending side (RESET_STREAM) or asks the peer to stop sending (STOP_SENDING). */
  shutdown(streamId: number, direction: Shutdown, code: number): void {
    if (direction === Shutdown.Write) {
      const p = this.pending.get(streamId)
      if (p !== undefined) {
        this.pending.delete(streamId)
        this.release(p.data.length)
      }
    } else {
      this.watched.delete(streamId)
    }
    try {
      this.q.streamShutdown(streamId, direction, code)
    } catch {
      // already finished or collected
    }
    this.scheduler.mark(this)
  }

  /** Opens our next bidirectional stream if the peer grants one; null when out of credit. */
  openBidi(): number | null {
    if (this.closed || !this.established || this.q.peerStreamsLeftBidi() === 0) return null
    const sid = this.nextBidiStream
    this.nextBidiStream += 4
    this.watched.add(sid)
    return sid
  }

  /**
   * Queues a whole message for its own unidirectional stream (data then FIN). Streams are opened
   * only while the peer grants credit. Returns false (and queues nothing) when the queue is full.
   */
  sendUni(frame: Buffer): boolean {
    if (this.closed) return false
    if (this.uniQueue.length >= this.limits.uniQueueMax || this.uniQueueBytes + frame.length > this.limits.uniQueueMaxBytes) return false
    // a peer that does not take its pushes cannot make its address hold more than its share
    if (this.budget.isOver(this)) return false
    this.uniQueue.push(frame)
    this.uniQueueBytes += frame.length
    this.hold(frame.length)
    this.scheduler.mark(this)
    return true
  }

  private drainUni(): void {
    while (this.uniQueue.length > 0 && this.q.peerStreamsLeftUni() > 0) {
      let data: Buffer
      let n = 1
      if (this.coalesceUni && this.uniQueue.length > 1) {
        // as many queued messages as fit one stream's worth, in order
        let bytes = (this.uniQueue[0] as Buffer).length
        while (n < this.uniQueue.length && bytes + (this.uniQueue[n] as Buffer).length <= MAX_COALESCED_BYTES) bytes += (this.uniQueue[n++] as Buffer).length
        data = Buffer.concat(this.uniQueue.splice(0, n), bytes)
      } else {
        data = this.uniQueue.shift() as Buffer
      }
      const counters = this.limits.uniCounters
      if (counters !== undefined) {
        counters.uniStreamsOpened++
        counters.uniMessagesSent += n
      }
      this.uniQueueBytes -= data.length
      this.release(data.length)
      const sid = this.nextUniStream
      this.nextUniStream += 4
      this.write(sid, data, true)
    }
  }

  /** Sends what quiche has for the wire and re-arms the timer. Called once per dirty loop turn. */
  service(): void {
    if (this.closed) return
    if (this.established) {
      if (this.pending.size > 0) this.flushPending()
      if (this.uniQueue.length > 0) this.drainUni()
    }
    for (;;) {
      let r
      try {
        r = this.q.send(this.out)
      } catch {
        break
      }
      if (r === null) break
      this.transmit(this.out, r[0], r[1].to)
      this.out = Buffer.allocUnsafe(MAX_DATAGRAM)
    }
    if (this.q.isClosed()) {
      this.finish()
      return
    }
    const ms = this.q.timeout()
    if (ms === null) return
    const at = Date.now() + ms + 1
    if (this.timer !== null && this.timerAt <= at) return
    if (this.timer !== null) clearTimeout(this.timer)
    this.timerAt = at
    this.timer = setTimeout(this.onTimer, ms + 1)
  }

  private readonly onTimer = (): void => {
    this.timer = null
    if (this.closed) return
    try {
      this.q.onTimeout()
    } catch {
      // nothing to do: the connection state tells the rest
    }
    this.service()
  }

  /** Asks the peer for an ACK (keep-alive against idle timeouts and NAT bindings). */
  ping(): void {
    if (this.closed) return
    try {
      this.q.sendAckEliciting()
    } catch {
      // not established yet or closing
    }
    this.scheduler.mark(this)
  }

  /** Starts a graceful close (CONNECTION_CLOSE); the connection finishes once quiche has drained. */
  close(app: boolean, code: number, reason: string): void {
    if (this.closed) return
    try {
      this.q.close(app, code, Buffer.from(reason))
    } catch {
      // already closing
    }
    this.scheduler.mark(this)
  }

  /**
   * close(), with the CONNECTION_CLOSE handed to the socket before it returns rather than at the
   * next loop turn: a process may exit right after (the qpq CLI does), and the server must hear it.
   */
  closeNow(app: boolean, code: number, reason: string): void {
    this.close(app, code, reason)
    this.service()
  }

  /** Drops the connection at once, without waiting for the peer. */
  destroy(): void {
    if (this.closed) return
    this.close(true, CloseCode.Normal, 'destroyed')
    this.service()
    this.finish()
  }

  private finish(): void {
    if (this.closed) return
    this.closed = true
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    for (const d of this.discarding.values()) clearTimeout(d.timer)
    this.discarding.clear()
    for (const p of this.pending.values()) this.release(p.data.length)
    this.pending.clear()
    this.release(this.uniQueueBytes)
    this.uniQueue.length = 0
    this.uniQueueBytes = 0
    this.events.onClosed(this)
    // the owner released what it held for this connection in onClosed
    this.budget.leave(this, this.authenticated)
  }

  /** Why the connection closed, for logs and for the client's errors. */
  closeReason(): string {
    const fmt = (side: string, e: { isApp: boolean; errorCode: number; reason: Uint8Array } | null): string | null =>
      e === null ? null : `${side} ${e.isApp ? 'application' : 'transport'} error ${e.errorCode}${e.reason.length ? ` (${Buffer.from(e.reason).toString()})` : ''}`
    if (this.q.isTimedOut()) return 'idle timeout'
    return fmt('peer', this.q.peerError()) ?? fmt('local', this.q.localError()) ?? 'closed'
  }
}

/** Flushes every connection marked during this loop turn once, on setImmediate. */
export class FlushScheduler implements Scheduler {
  private readonly dirty = new Set<QuicConnection>()
  private scheduled = false

  mark(conn: QuicConnection): void {
    this.dirty.add(conn)
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(this.flush)
    }
  }

  private readonly flush = (): void => {
    this.scheduled = false
    for (const c of this.dirty) {
      this.dirty.delete(c)
      c.service()
    }
  }
}
