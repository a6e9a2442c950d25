// The client end of the v2 RPC protocol over our QUIC layer: one bidi stream per call (opened
// only while the server grants stream credit; the rest wait in order), response frames read
// incrementally, push frames read from server-opened uni streams — several per stream when the
// connection asked for that (ConfigurePushes, 803, ours: the first call on every connection; a
// server without it answers 11 and sends one frame per stream, which reads the same).
import { qpq } from '../proto/qpq.js'
import { FrameReader, MAX_PAYLOAD, PUSH_HEADER_LEN, RESPONSE_HEADER_LEN, encodeRequest } from './frames.js'
import { connectQuic, type QuicClientOptions } from './quic/client.js'
import type { QuicConnection } from './quic/connection.js'
import { Shutdown } from './quic/native.js'

/** What came back on a request stream. */
export type StreamOutcome =
  | { kind: 'response'; streamId: number; status: number; requestId: number; payload: Buffer }
  | { kind: 'reset'; streamId: number; code: number }

export interface PushFrame { eventType: number; payload: Buffer }

export class ConnectionClosedError extends Error {
  override name = 'ConnectionClosedError'
}

export class CallTimeoutError extends Error {
  override name = 'CallTimeoutError'
}

interface Job {
  frame: Buffer
  fin: boolean
  resolve(o: StreamOutcome): void
  reject(e: Error): void
  timer: NodeJS.Timeout | null
  sid: number
  reader: FrameReader
  settled: boolean
}

/**
 * A stream we no longer want — its response complete but no FIN yet, an oversize frame, an
 * abandoned call — is discarded (QuicConnection.discard: read and dropped up to its FIN) for at
 * most this long and this many bytes, then stopped: so that a server that never ends its streams
 * cannot keep the connection's stream credit until no call can be sent (found by fuzzing).
 */
const DISCARD_MS = 2_000
const DISCARD_MAX_BYTES = 1 << 20

/** ConfigurePushes(coalesce), sent first on every connection (its answer is not needed). */
const COALESCE_PUSHES = encodeRequest(803, 0, qpq.v1.ConfigurePushesRequest.encode({ coalesce: true }).finish())

export interface RpcConnectionHandlers {
  onPush(push: PushFrame): void
  onClose(reason: string): void
}

export class RpcConnection {
  private conn: QuicConnection | null = null
  private closedReason: string | null = null
  private readonly waiting: Job[] = []
  private readonly active = new Map<number, Job>()
  private readonly pushReaders = new Map<number, FrameReader>()
  private readonly scratch = Buffer.allocUnsafe(64 * 1024)
  /** Abandons the handshake when the connection is closed before it is up. */
  private readonly connecting = new AbortController()
  /** Resolves once the handshake is done; rejects (with a ConnectError) if it fails. */
  readonly ready: Promise<void>

  constructor(opts: QuicClientOptions, private readonly handlers: RpcConnectionHandlers) {
    this.ready = connectQuic(opts, {
      onEstablished: (c) => {
        this.conn = c
        this.pump()
      },
      onReadable: (c, sid) => this.onReadable(c, sid),
      onStopped: (_c, sid) => this.settle(this.active.get(sid), { kind: 'reset', streamId: sid, code: 0 }),
      onProgress: () => this.pump(),
      onClosed: (c) => this.onClosed(c.closeReason()),
    }, this.connecting.signal).then(() => undefined, (err: Error) => {
      this.onClosed(err.message)
      throw err
    })
    this.ready.catch(() => {}) // callers see the failure through their calls or `ready`
    this.send(COALESCE_PUSHES).catch(() => {})
  }

  get isOpen(): boolean {
    return this.closedReason === null
  }

  /** The server's certificate chain as it sent it (DER, leaf first); empty before the handshake. */
  peerCertChain(): Uint8Array[] {
    return this.conn?.q.peerCertChain() ?? []
  }

  /**
   * Sends raw bytes on a new request stream (FIN after them unless `fin` is false) and resolves
   * with the response frame or the stream reset. Calls made before the handshake completes are
   * sent in the same flight as its last packet.
   */
  send(frame: Buffer, opts: { fin?: boolean; timeoutMs?: number } = {}): Promise<StreamOutcome> {
    if (this.closedReason !== null) return Promise.reject(new ConnectionClosedError(this.closedReason))
    return new Promise<StreamOutcome>((resolve, reject) => {
      const job: Job = { frame, fin: opts.fin ?? true, resolve, reject, timer: null, sid: -1, reader: new FrameReader(RESPONSE_HEADER_LEN), settled: false }
      if (opts.timeoutMs !== undefined) {
        job.timer = setTimeout(() => this.timeout(job, opts.timeoutMs as number), opts.timeoutMs)
      }
      this.waiting.push(job)
      this.pump()
    })
  }

  /** Abandons our side of a request stream (RESET_STREAM), e.g. after an early rejection. */
  resetStream(streamId: number, code = 0): void {
    this.conn?.shutdown(streamId, Shutdown.Write, code)
  }

  /**
   * Closes the connection: CONNECTION_CLOSE (no error) is on its way to the server when this
   * returns, so the server frees the connection at once (it counts towards its per-address cap)
   * even if the process exits right after.
   */
  close(): void {
    if (this.conn !== null) return this.conn.closeNow(true, 0, 'client closing')
    this.connecting.abort()
    this.onClosed('closed before connecting')
  }

  private pump(): void {
    const c = this.conn
    if (c === null || c.closed) return
    while (this.waiting.length > 0) {
      const sid = c.openBidi()
      if (sid === null) return
      const job = this.waiting.shift() as Job
      job.sid = sid
      this.active.set(sid, job)
      c.write(sid, job.frame, job.fin)
    }
  }

  private onReadable(c: QuicConnection, sid: number): void {
    if ((sid & 0x3) === 0x3) return this.readPush(c, sid)
    const job = this.active.get(sid)
    for (;;) {
      const r = c.read(sid, this.scratch)
      if (r === null) return
      if (r.resetCode !== null) {
        this.settle(job, { kind: 'reset', streamId: sid, code: r.resetCode })
        this.active.delete(sid)
        return
      }
      if (job !== undefined && r.bytes > 0) {
        job.reader.feed(this.scratch.subarray(0, r.bytes))
        if (job.reader.oversize) {
          // over the 4 MiB frame limit: refused after its header, never buffered (as push frames are)
          this.fail(job, new Error(`response frame from server declares ${job.reader.payloadLength} payload bytes, over the ${MAX_PAYLOAD}-byte limit`))
        } else if (job.reader.complete) {
          const h = job.reader.header
          this.settle(job, { kind: 'response', streamId: sid, status: h[0] as number, requestId: h.readUInt32BE(1), payload: job.reader.payload() })
        }
        if (job.settled && !r.fin) {
          this.active.delete(sid)
          return c.discard(sid, DISCARD_MAX_BYTES, DISCARD_MS)
        }
      }
      if (r.fin) {
        this.fail(job, new Error('truncated response frame from server'))
        if (job?.timer != null) clearTimeout(job.timer)
        this.active.delete(sid)
        return
      }
    }
  }

  private readPush(c: QuicConnection, sid: number): void {
    let reader = this.pushReaders.get(sid)
    if (reader === undefined) {
      reader = new FrameReader(PUSH_HEADER_LEN)
      this.pushReaders.set(sid, reader)
    }
    for (;;) {
      const r = c.read(sid, this.scratch)
      if (r === null) return
      // a chunk may end one frame and hold any number of the next (coalesced pushes)
      for (let at = 0; r.resetCode === null && at < r.bytes;) {
        at += reader.feed(this.scratch.subarray(at, r.bytes))
        if (reader.oversize) {
          // over the 4 MiB frame limit: not buffered; the rest of the stream is read and dropped
          this.pushReaders.delete(sid)
          if (!r.fin) c.discard(sid, DISCARD_MAX_BYTES, DISCARD_MS)
          return
        }
        if (!reader.complete) break
        this.handlers.onPush({ eventType: reader.header.readUInt16BE(0), payload: reader.payload() })
        reader = new FrameReader(PUSH_HEADER_LEN)
        this.pushReaders.set(sid, reader)
      }
      if (r.fin || r.resetCode !== null) {
        this.pushReaders.delete(sid)
        return
      }
    }
  }

  private settle(job: Job | undefined, outcome: StreamOutcome): void {
    if (job === undefined || job.settled) return
    job.settled = true
    if (job.timer !== null) clearTimeout(job.timer)
    job.resolve(outcome)
  }

  private fail(job: Job | undefined, err: Error): void {
    if (job === undefined || job.settled) return
    job.settled = true
    if (job.timer !== null) clearTimeout(job.timer)
    job.reject(err)
  }

  private timeout(job: Job, ms: number): void {
    if (job.settled) return
    // settled before the stream is shut down; the rejection is seen only after this returns
    this.fail(job, new CallTimeoutError(`no answer within ${ms} ms`))
    const i = this.waiting.indexOf(job)
    if (i >= 0) this.waiting.splice(i, 1)
    if (job.sid >= 0 && this.conn !== null) {
      // abandon the call: reset our side, and drop a late answer up to its FIN
      this.conn.shutdown(job.sid, Shutdown.Write, 0)
      this.active.delete(job.sid)
      this.conn.discard(job.sid, DISCARD_MAX_BYTES, DISCARD_MS)
    }
  }

  private onClosed(reason: string): void {
    if (this.closedReason !== null) return
    this.closedReason = reason
    const err = new ConnectionClosedError(`connection closed: ${reason}`)
    for (const job of [...this.waiting, ...this.active.values()]) {
      this.fail(job, err)
      if (job.timer !== null) clearTimeout(job.timer)
    }
    this.waiting.length = 0
    this.active.clear()
    this.handlers.onClose(reason)
  }
}
