// The federation listener's method table: 900–905 with their handlers. The protocol's other
// methods are answered 3 here (they belong to the client port), before their payload is decoded;
// ids outside the protocol get 11, as everywhere.
import { qpq } from '../proto/qpq.js'
import { METHODS } from '../proto/methods.js'
import { ForbiddenError } from '../protocol/errors.js'
import type { MessageCodec } from '../protocol/codec.js'
import { methodTable, type Handler, type MethodDef, type MethodTable } from '../daemon/rpc/method.js'
import type { FederationHandlers } from './handlers.js'

const raw: MessageCodec<Uint8Array> = { encode: (m) => ({ finish: () => m }), decode: (b) => b }

function codec(name: string): MessageCodec<unknown> {
  return (qpq.v1 as unknown as Record<string, MessageCodec<unknown>>)[name] as MessageCodec<unknown>
}

export function federationMethods(h: FederationHandlers): MethodTable {
  const handlers: Record<string, Handler<never, unknown>> = {
    RelayEnqueue: h.relayEnqueue, RelayBatchEnqueue: h.relayBatchEnqueue, ProxyFetchKeyPackage: h.proxyFetchKeyPackage,
    ProxyFetchHybridKey: h.proxyFetchHybridKey, ProxyResolveUser: h.proxyResolveUser, FederationHealth: h.federationHealth,
  }
  return methodTable(METHODS.map((m): MethodDef => {
    const handler = handlers[m.name] as Handler<unknown, unknown> | undefined
    if (handler !== undefined) return { id: m.id, name: m.name, auth: false, rateClass: 'none', request: codec(`${m.name}Request`), response: codec(`${m.name}Response`), handler }
    return {
      id: m.id, name: m.name, auth: false, rateClass: 'none', request: raw as MessageCodec<unknown>, response: raw as MessageCodec<unknown>,
      handler: () => { throw new ForbiddenError(`${m.name} is served on the client port; the federation listener serves only 900-905`) },
    }
  }))
}
