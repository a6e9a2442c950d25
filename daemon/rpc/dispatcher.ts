// Runs one call: looks the method up in the table, applies the per-address rate limit (→ 5),
// decodes the request at the edge (undecodable → 1), checks the session of methods that need one
// (→ 2; the only place that does, ruling 6), applies the per-account rate limit (→ 5), runs the
// handler under the per-RPC deadline (→ 8), and maps typed errors to their status; a full disk is
// 9 (nothing was stored). Anything unexpected becomes 10 with a correlation id in the log — never
// a crash, never a stack trace on the wire.
import { randomBytes } from 'node:crypto'
import { DeadlineExceededError, RateLimitedError, RpcError, Status, UnauthorizedError, UnavailableError, UnknownMethodError } from '../../protocol/errors.js'
import type { Logger } from '../observability/logger.js'
import type { CallContext, Session, SessionResolver } from '../services/call-context.js'
import type { MethodDef, MethodTable } from './method.js'
import { addressKey } from '../../protocol/address.js'
import type { RateDecision, RateLimiter, RateLimits } from './rate-limiter.js'
import { errorReply, okReply, rpcErrorReply, type Reply } from './replies.js'
import { LogThrottle } from '../observability/log-throttle.js'
import { DISK_FULL_ANSWER, isDiskFull } from '../storage/disk-full.js'

/** What the transport knows about a call. */
export interface CallInfo {
  requestId: number
  connectionId: number
  remoteAddress: string
  /** Aborted when the connection goes away or the server drains. */
  signal?: AbortSignal
}

const NEVER = new AbortController().signal

export interface DispatcherOptions {
  /** A call on a connection carried a valid session (the push hub routes the identity's pushes there). */
  onSession?: (connectionId: number, session: Session) => void
  /** Request rate limits (docs/rate-limits.md); absent = no limiting. */
  rateLimit?: { limiter: RateLimiter; limits: RateLimits } | null
  /** Called once per call refused with 5 (the daemon counts rate_limit_hit_total). */
  onLimited?: (methodId: number) => void
}

const PROCESS_TAG = randomBytes(3).toString('hex')
let callCounter = 0

interface Binding { token: Uint8Array; deviceId: Uint8Array | null }

/**
 * Whether a request's Auth is the connection's bound session (our SDK sends it on every call): the
 * binding's token object is then used, whose hash the session service has already computed.
 */
function sameCredential(bound: Binding | undefined, token: Uint8Array, deviceId: Uint8Array | undefined): bound is Binding {
  if (bound === undefined || !Buffer.from(token.buffer, token.byteOffset, token.length).equals(bound.token)) return false
  return deviceId === undefined || deviceId.length === 0 ? bound.deviceId === null : bound.deviceId !== null && Buffer.from(deviceId.buffer, deviceId.byteOffset, deviceId.length).equals(bound.deviceId)
}

/** One failed call, as the log throttles keep it. */
interface Failure { ctx: Context; name: string; err: unknown }

class Context implements CallContext {
  private logger: Logger | null = null
  private id: string | null = null
  session: Session | null = null
  constructor(
    private readonly baseLog: Logger,
    readonly methodId: number,
    private readonly info: CallInfo,
    readonly deadlineAt: number,
    private readonly seq: number,
    private readonly bind: (connectionId: number, binding: Binding) => void,
  ) {}

  bindSession(token: Uint8Array, deviceId: Uint8Array | null): void {
    this.bind(this.info.connectionId, { token, deviceId })
  }

  get requestId(): number { return this.info.requestId }
  get connectionId(): number { return this.info.connectionId }
  get remoteAddress(): string { return this.info.remoteAddress }
  get signal(): AbortSignal { return this.info.signal ?? NEVER }

  // Built on first use: most calls never log.
  get correlationId(): string {
    return (this.id ??= `${PROCESS_TAG}-${this.seq.toString(36)}`)
  }

  get log(): Logger {
    return (this.logger ??= this.baseLog.child({ cid: this.correlationId, method: this.methodId }))
  }
}

export class Dispatcher {
  /** Calls currently running, for drain. */
  inFlight = 0
  /** Sessions bound to connections by a login (ruling 6). */
  private readonly bindings = new Map<number, Binding>()
  /** Each session's per-account rate-limit key, made once (a session object lives for many calls). */
  private readonly identityKeys = new WeakMap<Session, string>()
  private readonly refused = new LogThrottle<Failure>((f, count) => {
    const e = f.err as RpcError
    f.ctx.log.debug({ status: e.status, reason: e.message, ...(count > 1 ? { count } : {}) }, `${f.name} refused`)
  })
  private readonly faults = new LogThrottle<Failure>((f, count) => f.ctx.log.error({ err: f.err, ...(count > 1 ? { count } : {}) }, `${f.name} failed`))
  /** The operator's to fix: one line a second, whichever method met it. */
  private readonly diskFull = new LogThrottle<Failure>((f, count) => f.ctx.log.error(
    { reason: (f.err as Error).message, method: f.name, ...(count > 1 ? { count } : {}) }, 'the disk is full: writes are refused (9) until space is freed'))

  private readonly limiter: RateLimiter | null
  private readonly onSession: ((connectionId: number, session: Session) => void) | undefined
  private readonly limits: RateLimits
  private readonly onLimited: ((methodId: number) => void) | null

  constructor(
    private readonly methods: MethodTable,
    private readonly sessions: SessionResolver,
    private readonly log: Logger,
    private readonly rpcTimeoutMs: number,
    options: DispatcherOptions = {},
  ) {
    const rl = options.rateLimit ?? null
    this.limiter = rl?.limiter ?? null
    this.limits = rl?.limits ?? { perIp: Infinity, perIdentity: Infinity, authPerIp: Infinity }
    for (const name of ['perIp', 'perIdentity', 'authPerIp'] as const) {
      const v = this.limits[name]
      if (!(v >= 1)) throw new RangeError(`rate limit ${name} must be at least 1 request per second, got ${v}`)
    }
    this.onLimited = options.onLimited ?? null
    this.onSession = options.onSession
  }

  /**
   * A login bound a session to a connection: later calls on it need no Auth field, and its
   * pushes route there at once (not only after its first authenticated call).
   */
  private readonly bind = (connectionId: number, binding: Binding): void => {
    this.bindings.set(connectionId, binding)
    if (this.onSession === undefined) return
    const onSession = this.onSession
    const ready = (session: Session | null): void => {
      if (session !== null && this.bindings.get(connectionId) === binding) onSession(connectionId, session)
    }
    try {
      const resolved = this.sessions.resolve(binding.token, binding.deviceId)
      if (resolved instanceof Promise) resolved.then(ready, () => {})
      else ready(resolved)
    } catch {
      // resolving failed: the binding stays, and the next call reports the failure
    }
  }

  /** The transport lost a connection: forget its session binding. */
  connectionClosed(connectionId: number): void {
    this.bindings.delete(connectionId)
  }

  has(methodId: number): boolean {
    return this.methods.has(methodId)
  }

  dispatch(methodId: number, payload: Uint8Array, info: CallInfo): Reply | Promise<Reply> {
    const def = this.methods.get(methodId)
    if (def === undefined) return rpcErrorReply(new UnknownMethodError(methodId))
    // The per-address limit comes first, before decoding and before the session lookup: a flood
    // from one address is refused for the price of a map lookup, and never reaches the protobuf
    // decoder, the session store or (for the auth class) the OPAQUE/Argon2 work behind login.
    // Calls that then fail (undecodable, no session) have been counted, so a flood of garbage or
    // of guessed tokens is limited like any other.
    if (this.limiter !== null && def.rateClass !== 'none') {
      let decision: RateDecision | Promise<RateDecision>
      try {
        decision = def.rateClass === 'auth'
          ? this.limiter.take(`a|${addressKey(info.remoteAddress)}`, this.limits.authPerIp)
          : this.limiter.take(`i|${addressKey(info.remoteAddress)}`, this.limits.perIp)
      } catch (err) {
        return this.failure(def, this.context(def, info), err)
      }
      if (decision instanceof Promise) {
        return decision.then(
          (d) => (d.ok ? this.decoded(def, payload, info) : this.limited(def, d.retryAfterMs, 'this address')),
          (err: unknown) => this.failure(def, this.context(def, info), err),
        )
      }
      if (!decision.ok) return this.limited(def, decision.retryAfterMs, 'this address')
    }
    return this.decoded(def, payload, info)
  }

  private context(def: MethodDef, info: CallInfo): Context {
    return new Context(this.log, def.id, info, Date.now() + this.rpcTimeoutMs, ++callCounter, this.bind)
  }

  /** Refuses a call with 5 and the retry hint. */
  private limited(def: MethodDef, retryAfterMs: number, who: string): Reply {
    try {
      this.onLimited?.(def.id)
    } catch {
      // a metrics callback never fails the call
    }
    return rpcErrorReply(new RateLimitedError(retryAfterMs, `rate limit exceeded: too many requests from ${who}; retry after ${retryAfterMs} ms`))
  }

  /** Everything after the per-address limit: decode, session check, per-account limit, handler. */
  private decoded(def: MethodDef, payload: Uint8Array, info: CallInfo): Reply | Promise<Reply> {
    let request: unknown
    try {
      request = def.request.decode(payload)
    } catch (err) {
      return errorReply(Status.BadRequest, `undecodable ${def.name} request: ${(err as Error).message}`)
    }
    const ctx = this.context(def, info)
    if (!def.auth) return this.run(def, ctx, request)
    // Auth in the request (field 15) wins over the connection's binding
    const auth = (request as { auth?: { access_token?: Uint8Array; device_id?: Uint8Array } | null }).auth
    const bound = this.bindings.get(info.connectionId)
    const credential: Binding | undefined = auth?.access_token?.length
      ? sameCredential(bound, auth.access_token, auth.device_id) ? bound : { token: auth.access_token, deviceId: auth.device_id?.length ? auth.device_id : null }
      : bound
    if (credential === undefined) return rpcErrorReply(new UnauthorizedError(`${def.name} needs a session: log in (102, 103) or send Auth in field 15`))
    let resolved: Session | null | Promise<Session | null>
    try {
      resolved = this.sessions.resolve(credential.token, credential.deviceId)
    } catch (err) {
      return this.failure(def, ctx, err)
    }
    const withSession = (session: Session | null): Reply | Promise<Reply> => {
      if (session === null) return rpcErrorReply(new UnauthorizedError('session unknown, expired or revoked'))
      ctx.session = session
      this.onSession?.(info.connectionId, session)
      // per account, once the session is known: many accounts behind one address (a NAT) each
      // get their own budget, and one account cannot multiply its budget over many addresses
      if (this.limiter !== null && def.rateClass === 'default') return this.perIdentity(def, ctx, request, session)
      return this.run(def, ctx, request)
    }
    if (!(resolved instanceof Promise)) return withSession(resolved)
    return resolved.then(withSession, (err: unknown) => this.failure(def, ctx, err))
  }

  private perIdentity(def: MethodDef, ctx: Context, request: unknown, session: Session): Reply | Promise<Reply> {
    let key = this.identityKeys.get(session)
    if (key === undefined) {
      const id = session.identityKey
      key = `u|${Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString('hex')}`
      this.identityKeys.set(session, key)
    }
    let decision: RateDecision | Promise<RateDecision>
    try {
      decision = (this.limiter as RateLimiter).take(key, this.limits.perIdentity)
    } catch (err) {
      return this.failure(def, ctx, err)
    }
    if (decision instanceof Promise) {
      return decision.then(
        (d) => (d.ok ? this.run(def, ctx, request) : this.limited(def, d.retryAfterMs, 'this account')),
        (err: unknown) => this.failure(def, ctx, err),
      )
    }
    return decision.ok ? this.run(def, ctx, request) : this.limited(def, decision.retryAfterMs, 'this account')
  }

  private run(def: MethodDef, ctx: Context, request: unknown): Reply | Promise<Reply> {
    let result: unknown
    try {
      result = def.handler(request, ctx)
    } catch (err) {
      return this.failure(def, ctx, err)
    }
    if (!(result instanceof Promise)) return this.success(def, ctx, result)
    this.inFlight++
    return new Promise<Reply>((resolve) => {
      const timer = setTimeout(() => resolve(rpcErrorReply(new DeadlineExceededError(`${def.name} did not finish within ${this.rpcTimeoutMs} ms`))), this.rpcTimeoutMs)
      result.then(
        (res) => resolve(this.success(def, ctx, res)),
        (err) => resolve(this.failure(def, ctx, err)),
      ).finally(() => {
        clearTimeout(timer)
        this.inFlight--
      })
    })
  }

  private success(def: MethodDef, ctx: Context, response: unknown): Reply {
    try {
      return okReply(def.response.encode(response).finish())
    } catch (err) {
      return this.failure(def, ctx, err)
    }
  }

  private failure(def: MethodDef, ctx: Context, err: unknown): Reply {
    if (err instanceof RpcError) {
      // the client's error, answered with its reason: worth a debug line (one a second per
      // connection, method and status, with a count), never a stack trace
      if (this.log.isLevelEnabled('debug')) this.refused.note(`${ctx.connectionId}|${def.id}|${err.status}`, { ctx, name: def.name, err })
      return rpcErrorReply(err)
    }
    if (isDiskFull(err)) {
      this.diskFull.note('disk-full', { ctx, name: def.name, err })
      return rpcErrorReply(new UnavailableError(DISK_FULL_ANSWER))
    }
    // a fault of the server: its stack, but one a second per method (the rest counted, the last correlation id named)
    this.faults.note(String(def.id), { ctx, name: def.name, err })
    return errorReply(Status.Internal, 'internal error', { correlationId: ctx.correlationId })
  }

  /** Logs what the throttles still count. */
  close(): void {
    this.refused.close()
    this.faults.close()
    this.diskFull.close()
  }
}
