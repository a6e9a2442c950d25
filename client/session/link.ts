// The client's connection to its server, kept up. One RpcConnection is current at a time; when
// it closes without the client asking (server restart, network change) and reconnecting is on, a
// new one is made with exponential backoff and the session is resumed on it before anything else
// goes out. Calls in flight on the lost connection fail with ConnectionClosedError (the caller
// decides whether to retry: an Enqueue retried with its message_id is stored once); calls made
// while reconnecting wait for the new connection, or fail once the link gives up.
import type { QuicClientOptions } from '../../protocol/quic/client.js'
import { Status } from '../../protocol/errors.js'
import { QpqError } from '../errors.js'
import { ConnectionClosedError, RpcConnection, type PushFrame, type StreamOutcome } from '../../protocol/rpc-connection.js'

export interface ReconnectOptions {
  /** Delay before the first attempt (default 200 ms); it doubles with each attempt. */
  initialDelayMs?: number
  /** Longest delay between attempts (default 10 s). */
  maxDelayMs?: number
  /** Attempts before giving up (default: never give up). */
  maxAttempts?: number
  /** Handshake timeout of each attempt (default 5 s). */
  attemptTimeoutMs?: number
}

export type LinkEvent =
  | { state: 'reconnecting'; reason: string; attempt: number; delayMs: number }
  | { state: 'open'; attempt: number }
  | { state: 'closed'; reason: string }

/** Sends a frame on one particular connection (the one being resumed). */
export type SendOn = (frame: Buffer, timeoutMs: number) => Promise<StreamOutcome>

export interface LinkHooks {
  onPush(push: PushFrame): void
  onState(event: LinkEvent): void
  /**
   * Runs on every new connection before waiting calls are let through. Throwing QpqError 2 or 3
   * (the session ended, the account is banned) ends the link; other failures are retried.
   */
  resume(send: SendOn): Promise<void>
}

const DEFAULTS: Required<ReconnectOptions> = { initialDelayMs: 200, maxDelayMs: 10_000, maxAttempts: Infinity, attemptTimeoutMs: 5_000 }

/** The wait before attempt `attempt` (1, 2, …): exponential, capped, with jitter in [½, 1] of it so clients do not come back in step. */
export function backoffDelay(attempt: number, o: Pick<Required<ReconnectOptions>, 'initialDelayMs' | 'maxDelayMs'>, random = Math.random): number {
  const ceiling = Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** (attempt - 1))
  return Math.round(ceiling * (0.5 + random() / 2))
}

const isFatal = (err: unknown): boolean => err instanceof QpqError && (err.status === Status.Unauthorized || err.status === Status.Forbidden)

export class Link {
  private conn: RpcConnection
  private opened = false
  private closedReason: string | null = null
  private closedByClient = false
  /** Set while reconnecting: calls wait on it. */
  private gate: { promise: Promise<void>; resolve(): void; reject(e: Error): void } | null = null
  private sleeping: { timer: NodeJS.Timeout; wake(): void } | null = null
  private readonly reconnect: Required<ReconnectOptions> | null
  /** Resolves once the first connection is up; rejects if it cannot be made (that is not retried). */
  readonly ready: Promise<void>

  constructor(private readonly opts: QuicClientOptions, reconnect: ReconnectOptions | null, private readonly hooks: LinkHooks) {
    this.reconnect = reconnect === null ? null : { ...DEFAULTS, ...reconnect }
    this.conn = this.connect(opts.connectTimeoutMs)
    this.ready = this.conn.ready.then(() => { this.opened = true })
    this.ready.catch(() => {}) // callers see the failure through `ready` or their calls
  }

  /** The current connection (the lost one while reconnecting). */
  get current(): RpcConnection {
    return this.conn
  }

  /** False once the link has ended for good (closed by the client, or reconnecting gave up or was refused). */
  get isOpen(): boolean {
    return this.closedReason === null
  }

  /** True while a connection is up and the link is not reconnecting: a call now goes out at once. */
  get connected(): boolean {
    return this.opened && this.gate === null && this.closedReason === null
  }

  async send(frame: Buffer, opts: { fin?: boolean; timeoutMs?: number }): Promise<StreamOutcome> {
    if (this.gate !== null) await this.gate.promise
    return await this.conn.send(frame, opts)
  }

  close(): void {
    this.closedByClient = true
    this.sleeping?.wake()
    this.conn.close()
    this.end('closed by the client')
  }

  private connect(timeoutMs: number): RpcConnection {
    const conn: RpcConnection = new RpcConnection({ ...this.opts, connectTimeoutMs: timeoutMs }, {
      onPush: (p) => this.hooks.onPush(p),
      onClose: (reason) => this.lost(conn, reason),
    })
    return conn
  }

  private lost(conn: RpcConnection, reason: string): void {
    // closes of attempts that never became current are handled by the reconnect loop
    if (conn !== this.conn || this.closedReason !== null || this.gate !== null) return
    if (this.closedByClient || this.reconnect === null || !this.opened) return this.end(reason)
    void this.reconnectLoop(reason, this.reconnect)
  }

  private async reconnectLoop(reason: string, o: Required<ReconnectOptions>): Promise<void> {
    let resolve!: () => void
    let reject!: (e: Error) => void
    const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej })
    promise.catch(() => {}) // nobody may be waiting
    this.gate = { promise, resolve, reject }
    for (let attempt = 1; attempt <= o.maxAttempts; attempt++) {
      const delayMs = backoffDelay(attempt, o)
      this.hooks.onState({ state: 'reconnecting', reason, attempt, delayMs })
      await this.sleep(delayMs)
      if (this.closedByClient) return
      const candidate = this.connect(o.attemptTimeoutMs)
      try {
        await candidate.ready
        await this.hooks.resume((frame, timeoutMs) => candidate.send(frame, { timeoutMs }))
      } catch (err) {
        candidate.close()
        if (isFatal(err)) return this.end(`the server refused to resume the session: ${(err as Error).message}`)
        reason = (err as Error).message
        continue
      }
      if (this.closedByClient) return candidate.close()
      this.conn = candidate
      this.gate = null
      resolve()
      this.hooks.onState({ state: 'open', attempt })
      return
    }
    this.end(`gave up reconnecting after ${o.maxAttempts} attempts: ${reason}`)
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((wake) => {
      const timer = setTimeout(() => { this.sleeping = null; wake() }, ms)
      this.sleeping = { timer, wake: () => { clearTimeout(timer); this.sleeping = null; wake() } }
    })
  }

  /** The link is over: waiting calls fail, listeners hear it once. */
  private end(reason: string): void {
    if (this.closedReason !== null) return
    this.closedReason = reason
    this.gate?.reject(new ConnectionClosedError(`connection closed: ${reason}`))
    this.gate = null
    this.hooks.onState({ state: 'closed', reason })
  }
}
