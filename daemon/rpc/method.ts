// Types shared by the method table, the dispatcher and the service handlers. Handlers see only
// CallContext: they never touch the transport, so QUIC, federation and any later bridge share them.
import type { Logger } from '../observability/logger.js'
import type { RateClass } from '../../proto/methods.js'

export type { RateClass }

/** Who is calling: the session a token resolved to (accounts and tokens: services/auth). */
export interface Session {
  /** The account's row id (storage-internal; never sent to clients). */
  readonly accountId: number
  readonly username: string
  /** The 32-byte Ed25519 identity key the account was registered with. */
  readonly identityKey: Uint8Array
  readonly deviceId: Uint8Array | null
}

/** Turns a bearer token (and optional device id) into a live session, or null when it is unknown, expired or revoked. */
export interface SessionResolver {
  resolve(token: Uint8Array, deviceId: Uint8Array | null): Session | null | Promise<Session | null>
}

/** The halves of a generated protobuf message class (protobufjs static code) we use. */
export interface Encoder<T> { encode(message: T): { finish(): Uint8Array } }
export interface Decoder<T> { decode(bytes: Uint8Array): T }
export type MessageCodec<T> = Encoder<T> & Decoder<T>

export interface CallContext {
  readonly methodId: number
  readonly requestId: number
  /** Identifies this call in the logs; returned to the client with status 10. */
  readonly correlationId: string
  /** The transport connection the call came on (opaque number, for push routing). */
  readonly connectionId: number
  readonly remoteAddress: string
  /** Epoch ms after which the answer is DeadlineExceeded. */
  readonly deadlineAt: number
  /** Aborted when the caller's connection goes away or the server starts draining: long polls stop waiting. */
  readonly signal: AbortSignal
  readonly log: Logger
  /** The caller's session; always set for methods that need one (the dispatcher checked it). */
  readonly session: Session | null
  /** Binds a session token to this connection, so later calls on it need no Auth field (ruling 6). */
  bindSession(token: Uint8Array, deviceId: Uint8Array | null): void
}

export type Handler<Req, Res> = (request: Req, ctx: CallContext) => Res | Promise<Res>

export interface MethodDef<Req = unknown, Res = unknown> {
  readonly id: number
  readonly name: string
  readonly request: MessageCodec<Req>
  readonly response: MessageCodec<Res>
  /** Needs a session (checked once, in the dispatcher). */
  readonly auth: boolean
  readonly rateClass: RateClass
  readonly handler: Handler<Req, Res>
}

/** Keeps request and response types of one method tied together while the table erases them. */
export function method<Req, Res>(def: MethodDef<Req, Res>): MethodDef {
  return def as unknown as MethodDef
}

export type MethodTable = ReadonlyMap<number, MethodDef>

export function methodTable(defs: MethodDef[]): MethodTable {
  const table = new Map<number, MethodDef>()
  for (const d of defs) {
    if (table.has(d.id)) throw new Error(`method id ${d.id} defined twice`)
    table.set(d.id, d)
  }
  return table
}
