// The LAN mesh as a carrier of delivery (services/delivery/forwarding.ts): with the mesh on, a
// message for an identity key that is no account here — and for no named domain, which only the
// federation carries — becomes a mesh envelope signed by this node, held in the mesh store inside
// the Enqueue's own transaction (all or nothing with its other recipients) and sent on once that
// commits. The Enqueue is answered Ok with forwarded_via "mesh", the envelope's place in the store
// as seq, and the "accepted for forwarding" proof (docs/delivery.md). The message lands in the
// recipient's queue on the node where that identity is a local account, once.
import { randomBytes } from 'node:crypto'
import { BadRequestError, UnavailableError } from '../../../protocol/errors.js'
import { MAX_TTL_SECS, MESH_ID_BYTES, messageEnvelopeId } from '../../../protocol/mesh/envelope.js'
import type { ForwardResult, Forwarder } from '../delivery/forwarding.js'
import type { NewMessage } from '../delivery/store.js'

export const MESH_ROUTE = 'mesh'

/** One envelope for the mesh to sign and hold (mesh/ Mesh.queue). */
export interface MeshSendRequest { recipient: Buffer; channel: Buffer; payload: Buffer; ttlSecs: number; id: Buffer }

/** What became of it (mesh/ `Held`): its row in the mesh store, or why it was not held. */
export type MeshHeld =
  | { kind: 'held' | 'oversize' | 'conflict' | 'store-full'; place: number }
  | { kind: 'duplicate'; place: number; proven: boolean }

/** The mesh's transactional send, as this forwarder uses it (the mesh component satisfies it). */
export interface MeshQueue {
  queue(requests: readonly MeshSendRequest[]): { held: MeshHeld[]; committed(): void }
}

export function meshForwarder(mesh: MeshQueue, limits: { maxPayloadBytes: number }, now: () => number = Date.now): Forwarder {
  return {
    routeOf: (_recipient, domain) => (domain === null ? MESH_ROUTE : null),
    queue: (_route, messages: readonly NewMessage[]) => {
      const at = now()
      const { held, committed } = mesh.queue(messages.map((m) => ({
        recipient: m.recipient, channel: m.channel, payload: m.payload,
        ttlSecs: Math.min(MAX_TTL_SECS, Math.max(1, Math.ceil((m.expiresAt - at) / 1000))),
        // a retried Enqueue (same message_id) is the same envelope: the mesh answers it as a duplicate
        id: m.messageId === null ? randomBytes(MESH_ID_BYTES) : messageEnvelopeId(m.messageId, m.recipient),
      })))
      const results = held.map((h, i): ForwardResult => {
        switch (h.kind) {
          case 'held': return { seq: h.place, duplicate: false }
          case 'duplicate': return { seq: h.place, duplicate: true, proven: h.proven }
          case 'oversize': throw new BadRequestError(`payload of ${(messages[i] as NewMessage).payload.length} bytes is over the ${limits.maxPayloadBytes}-byte limit of what the mesh carries`)
          case 'conflict': throw new BadRequestError('message_id was already used for this recipient with other payload bytes: a retry must resend the same bytes, a new message needs a new message_id')
          case 'store-full': throw new UnavailableError('the mesh store cannot hold this message now: retry later')
        }
      })
      return { results, committed }
    },
  }
}
