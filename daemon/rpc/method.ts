// The RPC method table: each method id with its request and response codecs, its handler,
// whether it needs a session and its rate class. Handlers see only the transport-neutral
// CallContext (services/call-context.ts).
import type { RateClass } from '../../proto/methods.js'
import type { MessageCodec } from '../../protocol/codec.js'
import type { CallContext } from '../services/call-context.js'

export type { RateClass }

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
