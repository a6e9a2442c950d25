// The RPC listener: v2 frames on QUIC streams. Each client bidi stream carries one request; it is
// gathered incrementally, dispatched once its declared payload has arrived, and answered on the
// same stream. Bad frames get status 1 on that stream — the connection always survives them.
// Pushes go out on server-opened uni streams (see push-hub.ts).
import { Status } from '../../protocol/errors.js'
import type { Logger } from '../observability/logger.js'
import type { Dispatcher } from './dispatcher.js'
import { FrameReader, MAX_PAYLOAD, REQUEST_HEADER_LEN, encodeResponse } from '../../protocol/frames.js'
import { errorReply, type Reply } from './replies.js'
import { CloseCode, type QuicConnection } from '../../protocol/quic/connection.js'
import { Shutdown } from '../../protocol/quic/native.js'
import type { HostPort } from '../../protocol/address.js'
import { QuicServer, type QuicServerOptions, type QuicServerStats, type Refusal } from '../../protocol/quic/server.js'
import { LogThrottle } from '../observability/log-throttle.js'

export interface RpcServerOptions {
  quic: QuicServerOptions
  /** A request must arrive completely (header, payload and FIN) within this. */
  readTimeoutMs: number
  /** Streams a connection may leave stalled (no FIN within the read timeout) before it is closed. */
  maxStalledStreams: number
}

export const DEFAULT_RPC_LIMITS = { readTimeoutMs: 30_000, maxStalledStreams: 16 }

/** Observers the daemon wires to metrics and to plugin hooks. */
export interface RpcEvents {
  /**
   * A client completed its handshake; return a reason to refuse it. A promise (a plugin's
   * verdict) holds the connection's calls until it settles; a reason then closes it (Refused).
   */
  connect?(info: { connectionId: number; remoteAddress: string }): string | null | Promise<string | null>
  disconnect?(info: { connectionId: number; remoteAddress: string }): void
  /** A call was answered (framing errors included, methodId -1 when unknown). */
  answered?(methodId: number, status: number, startedAt: bigint): void
}

const enum Phase { Reading, Dispatched, Answered }

interface RequestStream {
  readonly sid: number
  readonly reader: FrameReader
  phase: Phase
  finSeen: boolean
  /** Bytes charged to the budget for this request's payload (what its reader allocated). */
  held: number
  timer: NodeJS.Timeout | null
  startedAt: bigint
  /** When the request's bytes last grew (performance.now()): the stalest go first under pressure. */
  progressAt: number
}

interface ConnState {
  readonly conn: QuicConnection
  readonly streams: Map<number, RequestStream>
  stalled: number
  /** Aborted when the connection closes or the server drains: handlers still waiting (long polls) stop. */
  readonly gone: AbortController
  /** Set while the connect event is still deciding: calls wait for it. */
  admission: Promise<void> | null
}

export interface RpcServerStats extends QuicServerStats {
  framingErrors: number
  oversizeRejected: number
  readTimeouts: number
  stalledStreamClosures: number
  /** Unfinished request bodies dropped because the byte budget's total was reached. */
  bodiesDropped: number
}

export class RpcServer {
  readonly stats: RpcServerStats
  private readonly quic: QuicServer
  private readonly conns = new Map<number, ConnState>()
  /** Read target for every stream (reads are synchronous, so one buffer serves all). */
  private readonly scratch = Buffer.allocUnsafe(64 * 1024)
  private draining = false
  /** Refused connections: each counted, logged at most once a second per reason and address. */
  private readonly refusals: LogThrottle<Refusal>

  constructor(
    private readonly opts: RpcServerOptions,
    private readonly dispatcher: Dispatcher,
    private readonly log: Logger,
    private readonly events: RpcEvents = {},
  ) {
    this.refusals = new LogThrottle((r, count) => this.log.warn(
      { reason: r.reason, limit: r.limit, remote: r.address, refused: count, told: r.answered },
      `refused ${count === 1 ? 'a new connection' : `${count} new connections`}: ${r.reason} (${r.limit}) reached`))
    this.quic = new QuicServer(opts.quic, {
      onConnection: (c) => this.onConnection(c),
      onRefused: (r) => this.refusals.note(`${r.reason} ${r.address}`, r),
      onReadable: (c, sid) => this.onReadable(c, sid),
      onStopped: (c, sid) => this.onStopped(c, sid),
      onClosed: (c) => this.onClosed(c),
      onBudgetPressure: () => this.dropStalestBodies(),
    }, (msg, err) => this.log.error({ err }, msg))
    this.stats = Object.assign(this.quic.stats, { framingErrors: 0, oversizeRejected: 0, readTimeouts: 0, stalledStreamClosures: 0, bodiesDropped: 0 })
  }

  async start(): Promise<HostPort> {
    return await this.quic.listen()
  }

  get address(): HostPort {
    return this.quic.address
  }

  get isDraining(): boolean {
    return this.draining
  }

  get connectionCount(): number {
    return this.conns.size
  }

  get halfOpenCount(): number {
    return this.quic.halfOpenCount
  }

  get openStreams(): number {
    let n = 0
    for (const st of this.conns.values()) n += st.streams.size
    return n
  }

  /** Bytes held in JS for all connections (request bodies, unsent responses, queued pushes). */
  get bufferedBytes(): number {
    return this.quic.budget.used
  }

  get peakBufferedBytes(): number {
    return this.quic.budget.peak
  }

  get inFlight(): number {
    return this.dispatcher.inFlight
  }

  /** The live connection with this id (push routing). */
  connection(id: number): QuicConnection | undefined {
    return this.conns.get(id)?.conn
  }

  /**
   * Graceful drain: no new connections, new streams are answered 9 Unavailable, in-flight calls
   * finish (up to timeoutMs), then every connection is closed with CONNECTION_CLOSE.
   */
  async drain(timeoutMs: number): Promise<void> {
    this.draining = true
    this.quic.stopAccepting()
    // long polls answer now (empty) instead of holding the drain for their whole timeout
    for (const st of this.conns.values()) st.gone.abort()
    const deadline = Date.now() + timeoutMs
    while (this.dispatcher.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
    if (this.dispatcher.inFlight > 0) this.log.warn({ inFlight: this.dispatcher.inFlight, drainTimeoutMs: timeoutMs }, 'drain_timeout reached: closing the connections with calls still in flight')
    // give the last answers a moment to reach the wire before CONNECTION_CLOSE
    await new Promise((r) => setImmediate(r))
    await this.quic.close('server shutting down', Math.max(500, Math.min(2_000, deadline - Date.now())))
    this.refusals.close()
  }

  private onConnection(conn: QuicConnection): string | null {
    const info = { connectionId: conn.id, remoteAddress: conn.remote.host }
    const refusal = this.events.connect?.(info) ?? null
    if (typeof refusal === 'string') return refusal
    const st: ConnState = { conn, streams: new Map(), stalled: 0, gone: new AbortController(), admission: null }
    conn.app = st
    this.conns.set(conn.id, st)
    if (refusal !== null) {
      st.admission = refusal.then(
        (reason) => this.admitted(st, reason),
        (err: unknown) => {
          this.log.error({ err, conn: conn.id }, 'connect event failed')
          this.admitted(st, 'internal error')
        },
      )
    }
    this.log.debug({ conn: conn.id, remote: `${conn.remote.host}:${conn.remote.port}` }, 'connection established')
    return null
  }

  private admitted(st: ConnState, refusal: string | null): void {
    st.admission = null
    if (refusal !== null && !st.conn.closed) st.conn.close(true, CloseCode.Refused, refusal)
  }

  private onClosed(conn: QuicConnection): void {
    const st = conn.app as ConnState | null
    if (st === null) return
    for (const s of st.streams.values()) this.forget(st, s)
    st.gone.abort()
    this.conns.delete(conn.id)
    this.dispatcher.connectionClosed(conn.id)
    this.log.debug({ conn: conn.id, reason: conn.closeReason() }, 'connection closed')
    this.events.disconnect?.({ connectionId: conn.id, remoteAddress: conn.remote.host })
  }

  private onStopped(conn: QuicConnection, sid: number): void {
    // the client no longer wants this answer; pending bytes are already dropped
    const st = conn.app as ConnState | null
    const s = st?.streams.get(sid)
    if (st && s && s.phase === Phase.Answered && s.finSeen) this.forget(st, s)
  }

  private onReadable(conn: QuicConnection, sid: number): void {
    const st = conn.app as ConnState | null
    if (st === null) return
    let s = st.streams.get(sid)
    if (s === undefined) {
      s = { sid, reader: new FrameReader(REQUEST_HEADER_LEN), phase: Phase.Reading, finSeen: false, held: 0, timer: null, startedAt: process.hrtime.bigint(), progressAt: performance.now() }
      // client-opened uni streams are not part of the protocol: read and drop them
      if ((sid & 0x2) !== 0) s.phase = Phase.Answered
      st.streams.set(sid, s)
    }
    for (;;) {
      if (s.phase === Phase.Reading && conn.overBudget()) {
        conn.blockReads()
        break
      }
      const r = conn.read(sid, this.scratch)
      if (r === null) break
      if (r.resetCode !== null) return this.onPeerReset(st, s)
      if (r.bytes > 0 && s.phase === Phase.Reading) this.consume(st, s, this.scratch.subarray(0, r.bytes))
      if (r.fin) {
        s.finSeen = true
        if (s.phase === Phase.Reading) this.truncated(st, s)
        if (s.phase === Phase.Answered) this.forget(st, s)
        return
      }
    }
    if (s.timer === null && !s.finSeen && st.streams.has(sid)) {
      s.timer = setTimeout(() => this.readTimeout(st, s), this.opts.readTimeoutMs)
    }
  }

  private consume(st: ConnState, s: RequestStream, bytes: Buffer): void {
    const before = s.reader.buffered
    s.reader.feed(bytes) // bytes after the frame's end are ignored
    if (s.reader.buffered > before) s.progressAt = performance.now()
    // the budget is charged what the reader allocated (it grows ahead of the bytes, at most twice)
    const grown = s.reader.capacity - s.held
    if (grown > 0) {
      s.held += grown
      st.conn.hold(grown)
    }
    const r = s.reader
    if (!r.headerComplete) return
    if (r.oversize) {
      this.stats.oversizeRejected++
      // answered at once, without buffering; the body is read and dropped up to the FIN
      return this.answer(st, s, errorReply(Status.BadRequest, `payload_len ${r.payloadLength} exceeds the ${MAX_PAYLOAD}-byte limit`))
    }
    if (this.draining) return this.answer(st, s, errorReply(Status.Unavailable, 'server is shutting down'))
    if (r.complete) this.dispatch(st, s)
  }

  private dispatch(st: ConnState, s: RequestStream): void {
    s.phase = Phase.Dispatched
    if (st.admission !== null) {
      // refused meanwhile: the connection is closed, and the answer only releases the request's bytes
      void st.admission.then(() => (st.conn.closed ? this.answer(st, s, errorReply(Status.Unavailable, 'connection refused')) : this.call(st, s)))
      return
    }
    this.call(st, s)
  }

  private call(st: ConnState, s: RequestStream): void {
    const header = s.reader.header
    const reply = this.dispatcher.dispatch(header.readUInt16BE(0), s.reader.payload(), {
      requestId: header.readUInt32BE(2), connectionId: st.conn.id, remoteAddress: st.conn.remote.host, signal: st.gone.signal,
    })
    if (reply instanceof Promise) void reply.then((r) => this.answer(st, s, r))
    else this.answer(st, s, reply)
  }

  private answer(st: ConnState, s: RequestStream, reply: Reply): void {
    if (s.phase === Phase.Answered) return
    // a body answered before it was dispatched (refused, dropped, timed out) is never read: its
    // memory goes now, not when its FIN or the read timeout ends the stream
    if (s.phase === Phase.Reading) s.reader.releasePayload()
    s.phase = Phase.Answered
    this.releaseHeld(st, s)
    const header = s.reader.header
    // the request id is known once 6 header bytes arrived; a frame cut shorter is answered with 0
    const requestId = s.reader.headerReceived >= 6 ? header.readUInt32BE(2) : 0
    const methodId = s.reader.headerComplete ? header.readUInt16BE(0) : -1
    if (reply.payload.length > MAX_PAYLOAD) reply = errorReply(Status.Internal, `response of ${reply.payload.length} bytes exceeds the ${MAX_PAYLOAD}-byte limit`)
    this.events.answered?.(methodId, reply.status, s.startedAt)
    if (st.conn.closed) return
    st.conn.write(s.sid, encodeResponse(reply.status, requestId, reply.payload), true)
    if (s.finSeen) this.forget(st, s)
  }

  /** FIN before the frame was complete. */
  private truncated(st: ConnState, s: RequestStream): void {
    this.stats.framingErrors++
    const r = s.reader
    const what = r.headerComplete
      ? `truncated frame: ${r.buffered} of ${r.payloadLength} payload bytes before end of stream`
      : `truncated frame: the ${REQUEST_HEADER_LEN}-byte request header is incomplete`
    this.answer(st, s, errorReply(Status.BadRequest, what))
  }

  private onPeerReset(st: ConnState, s: RequestStream): void {
    s.finSeen = true
    if (s.phase === Phase.Reading) {
      // nothing to answer: reset our side too so quiche can collect the stream
      st.conn.shutdown(s.sid, Shutdown.Write, 0)
      s.phase = Phase.Answered
    }
    if (s.phase === Phase.Answered) this.forget(st, s)
  }

  /**
   * The budget's total is reached: drop unfinished request bodies, the one whose bytes last grew
   * longest ago first (a stalled body before one still arriving), until a tenth of the total is
   * free again. Each is answered 9 and its memory is back at once; the rest of its body is read
   * and dropped up to the FIN (as for an oversize request: no STOP_SENDING, whose unread bytes
   * quiche 0.18 never credits back), or the read timeout ends it. Calls already running keep
   * their bytes. Connections holding little were never stopped meanwhile.
   */
  private dropStalestBodies(): void {
    const budget = this.quic.budget
    const target = budget.limits.total * 0.9
    const candidates: Array<{ st: ConnState; s: RequestStream }> = []
    for (const st of this.conns.values()) for (const s of st.streams.values()) if (s.phase === Phase.Reading && s.held > 0) candidates.push({ st, s })
    candidates.sort((a, b) => a.s.progressAt - b.s.progressAt || b.s.held - a.s.held)
    for (const { st, s } of candidates) {
      if (budget.used < target) break
      this.stats.bodiesDropped++
      this.answer(st, s, errorReply(Status.Unavailable, 'the server\'s memory for request bodies is full: this body was dropped; send it again'))
    }
  }

  private readTimeout(st: ConnState, s: RequestStream): void {
    s.timer = null
    if (s.finSeen || !st.streams.has(s.sid) || st.conn.closed) return
    if (s.phase === Phase.Dispatched) {
      // the handler owns the deadline now; wait for its answer, then for the FIN
      s.timer = setTimeout(() => this.readTimeout(st, s), this.opts.readTimeoutMs)
      return
    }
    this.stats.readTimeouts++
    if (s.phase === Phase.Reading) this.answer(st, s, errorReply(Status.DeadlineExceeded, `request not received within ${this.opts.readTimeoutMs} ms`))
    // Stop waiting for a FIN that does not come. quiche 0.18 does not credit bytes dropped after
    // STOP_SENDING to the connection window, so a connection that keeps stalling is closed.
    st.conn.shutdown(s.sid, Shutdown.Read, 0)
    this.forget(st, s)
    if (++st.stalled > this.opts.maxStalledStreams) {
      this.stats.stalledStreamClosures++
      st.conn.close(true, CloseCode.Misbehaving, 'too many stalled streams')
    }
  }

  private releaseHeld(st: ConnState, s: RequestStream): void {
    if (s.held === 0) return
    st.conn.release(s.held)
    s.held = 0
  }

  private forget(st: ConnState, s: RequestStream): void {
    if (s.timer !== null) clearTimeout(s.timer)
    s.timer = null
    // a call still running keeps its bytes until it answers
    if (s.phase !== Phase.Dispatched) this.releaseHeld(st, s)
    st.streams.delete(s.sid)
  }
}
