// Runs one call: looks the method up in the table, decodes the request at the edge (undecodable
// → 1), checks the session of methods that need one (→ 2; the only place that does, ruling 6),
// runs the handler under the per-RPC deadline (→ 8), and maps typed errors to their status.
// Anything unexpected becomes 10 with a correlation id in the log — never a crash, never a stack
// trace on the wire.
import { randomBytes } from 'node:crypto'
import { DeadlineExceededError, RpcError, Status, UnauthorizedError, UnknownMethodError } from '../errors.js'
import type { Logger } from '../observability/logger.js'
import type { CallContext, MethodDef, MethodTable, Session, SessionResolver } from './method.js'
import { errorReply, okReply, rpcErrorReply, type Reply } from './replies.js'

/** What the transport knows about a call. */
export interface CallInfo {
  requestId: number
  connectionId: number
  remoteAddress: string
}

const PROCESS_TAG = randomBytes(3).toString('hex')
let callCounter = 0

interface Binding { token: Uint8Array; deviceId: Uint8Array | null }

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
    private readonly bindings: Map<number, Binding>,
  ) {}

  bindSession(token: Uint8Array, deviceId: Uint8Array | null): void {
    this.bindings.set(this.info.connectionId, { token, deviceId })
  }

  get requestId(): number { return this.info.requestId }
  get connectionId(): number { return this.info.connectionId }
  get remoteAddress(): string { return this.info.remoteAddress }

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

  constructor(
    private readonly methods: MethodTable,
    private readonly sessions: SessionResolver,
    private readonly log: Logger,
    private readonly rpcTimeoutMs: number,
  ) {}

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
    let request: unknown
    try {
      request = def.request.decode(payload)
    } catch (err) {
      return errorReply(Status.BadRequest, `undecodable ${def.name} request: ${(err as Error).message}`)
    }
    const ctx = new Context(this.log, methodId, info, Date.now() + this.rpcTimeoutMs, ++callCounter, this.bindings)
    if (!def.auth) return this.run(def, ctx, request)
    // Auth in the request (field 15) wins over the connection's binding
    const auth = (request as { auth?: { access_token?: Uint8Array; device_id?: Uint8Array } | null }).auth
    const credential: Binding | undefined = auth?.access_token?.length
      ? { token: auth.access_token, deviceId: auth.device_id?.length ? auth.device_id : null }
      : this.bindings.get(info.connectionId)
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
      return this.run(def, ctx, request)
    }
    if (!(resolved instanceof Promise)) return withSession(resolved)
    return resolved.then(withSession, (err: unknown) => this.failure(def, ctx, err))
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
    if (err instanceof RpcError) return rpcErrorReply(err)
    ctx.log.error({ err }, `${def.name} failed`)
    return errorReply(Status.Internal, 'internal error', { correlationId: ctx.correlationId })
  }
}
