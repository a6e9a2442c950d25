// The LAN mesh's client-facing methods (850–856, ours; mesh.proto, docs/mesh.md): subscribe and
// unsubscribe a connection to a broadcast topic (push 1010), broadcast (this node signs), the
// node's peers, its mesh identity and its store; and MeshSubmit, the way in for a client whose
// own server is unreachable: an envelope it signed with its identity key, with every check of
// the mesh — limited per source address, to this node's payload size and hop limit, and to a
// first hop (hop_count 0), so that a foreign node is no open relay.
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError, RateLimitedError, UnavailableError } from '../../../protocol/errors.js'
import { MAX_HOPS_LIMIT, MAX_TTL_SECS, MESH_TOPIC_BYTES, type WireEnvelope } from '../../../protocol/mesh/envelope.js'
import type { CallContext } from '../call-context.js'
import { sizedBytes } from '../sized-bytes.js'

/** Topics one connection may follow at once. */
export const MAX_TOPICS_PER_CONNECTION = 64
/** A broadcast's TTL when the client asks for none: a day (held for late joiners meanwhile). */
export const DEFAULT_BROADCAST_TTL_SECS = 86_400

/** What the mesh component answers for an envelope it was handed (mesh/ IngestResult). */
export type MeshResult = 'delivered' | 'accepted' | 'malformed' | 'oversize' | 'forged' | 'expired' | 'future' | 'too-old' | 'over-hop' | 'hop-limit' | 'duplicate' | 'vetoed' | 'store-full'

/** The mesh component, as these methods use it (mesh/ Mesh satisfies it). */
export interface MeshNode {
  readonly info: { nodeKey: Buffer; peerId: string; addresses: string[] }
  broadcast(r: { topic: Uint8Array; payload: Uint8Array; ttlSecs: number; maxHops?: number }): Promise<{ envelope: { id: Buffer }; result: MeshResult }>
  submit(envelope: WireEnvelope): Promise<MeshResult>
  peers(): Array<{ key: string; peerId: string; addresses: string[]; connectedAtMs: number }>
  storeStats(): { envelopes: number; bytes: number; seen: number; maxEnvelopes: number; maxBytes: number }
}

/** The per-connection topic lists of the push routing (daemon/rpc/push-hub.ts). */
export interface TopicSubscriptions {
  /** False when the connection follows `max` topics already. */
  subscribeTopic(connectionId: number, topic: Uint8Array, max: number): boolean
  unsubscribeTopic(connectionId: number, topic: Uint8Array): void
}

export type Admission = { ok: true } | { ok: false; retryAfterMs: number }

export interface MeshServiceDeps {
  mesh: MeshNode
  topics: TopicSubscriptions
  limits: { maxHops: number; maxPayloadBytes: number }
  /** Counts one MeshSubmit from this source address, or refuses it with the time to wait. */
  admitSubmit(remoteAddress: string): Admission | Promise<Admission>
}

type V1 = typeof qpq.v1

/** Why an envelope was refused, as the client reads it. */
const REFUSED: Partial<Record<MeshResult, string>> = {
  malformed: 'the envelope is malformed: a field has the wrong size or range (docs/mesh.md)',
  forged: "the envelope's signature does not verify against its origin_key",
  expired: 'the envelope has expired (created_at_ms + ttl_secs has passed)',
  future: "the envelope's created_at_ms is more than 10 minutes ahead of this node's clock",
  'too-old': "the envelope was made before this node's dedup floor",
  'over-hop': 'the envelope has crossed more hops than its max_hops',
  'hop-limit': 'the envelope cannot be carried further (max_hops reached)',
}

export class MeshService {
  constructor(private readonly d: MeshServiceDeps) {}

  meshSubscribe = (req: InstanceType<V1['MeshSubscribeRequest']>, ctx: CallContext): qpq.v1.MeshSubscribeResponse.$Properties => {
    const topic = sizedBytes(req.topic, 'topic', MESH_TOPIC_BYTES)
    if (!this.d.topics.subscribeTopic(ctx.connectionId, topic, MAX_TOPICS_PER_CONNECTION)) {
      throw new BadRequestError(`this connection follows ${MAX_TOPICS_PER_CONNECTION} topics already: unsubscribe one first`)
    }
    return {}
  }

  meshUnsubscribe = (req: InstanceType<V1['MeshUnsubscribeRequest']>, ctx: CallContext): qpq.v1.MeshUnsubscribeResponse.$Properties => {
    this.d.topics.unsubscribeTopic(ctx.connectionId, sizedBytes(req.topic, 'topic', MESH_TOPIC_BYTES))
    return {}
  }

  meshBroadcast = async (req: InstanceType<V1['MeshBroadcastRequest']>): Promise<qpq.v1.MeshBroadcastResponse.$Properties> => {
    const topic = sizedBytes(req.topic, 'topic', MESH_TOPIC_BYTES)
    if (req.payload.length === 0) throw new BadRequestError('payload is empty')
    this.payloadFits(req.payload.length)
    if (req.ttl_secs > MAX_TTL_SECS) throw new BadRequestError(`ttl_secs ${req.ttl_secs} is above ${MAX_TTL_SECS} (30 days)`)
    if (req.max_hops > MAX_HOPS_LIMIT) throw new BadRequestError(`max_hops ${req.max_hops} is above ${MAX_HOPS_LIMIT}`)
    const r = await this.d.mesh.broadcast({
      topic, payload: req.payload, ttlSecs: req.ttl_secs === 0 ? DEFAULT_BROADCAST_TTL_SECS : req.ttl_secs, ...(req.max_hops > 0 && { maxHops: req.max_hops }),
    })
    // too large for the store is still flooded to the peers linked now
    if (r.result !== 'accepted' && r.result !== 'store-full') this.refuse(r.result)
    return { id: r.envelope.id }
  }

  meshPeers = (): qpq.v1.MeshPeersResponse.$Properties => ({
    peers: this.d.mesh.peers().map((p) => ({ node_key: Buffer.from(p.key, 'hex'), peer_id: p.peerId, addresses: p.addresses, connected_at_ms: p.connectedAtMs })),
  })

  meshIdentity = (): qpq.v1.MeshIdentityResponse.$Properties => {
    const i = this.d.mesh.info
    return { node_key: i.nodeKey, peer_id: i.peerId, listen_addresses: i.addresses }
  }

  meshStore = (): qpq.v1.MeshStoreResponse.$Properties => {
    const s = this.d.mesh.storeStats()
    return { envelopes: s.envelopes, bytes: s.bytes, max_envelopes: s.maxEnvelopes, max_bytes: s.maxBytes, seen: s.seen }
  }

  meshSubmit = async (req: InstanceType<V1['MeshSubmitRequest']>, ctx: CallContext): Promise<qpq.v1.MeshSubmitResponse.$Properties> => {
    const admitted = await this.d.admitSubmit(ctx.remoteAddress)
    if (!admitted.ok) throw new RateLimitedError(admitted.retryAfterMs, `too many envelopes from this address: retry after ${admitted.retryAfterMs} ms`)
    const e = req.envelope
    if (e == null) throw new BadRequestError('envelope is missing')
    if ((e.hop_count ?? 0) !== 0) throw new BadRequestError('a submitted envelope starts here: hop_count must be 0')
    if ((e.max_hops ?? 0) > this.d.limits.maxHops) throw new BadRequestError(`max_hops ${e.max_hops} is above this node's limit of ${this.d.limits.maxHops}`)
    this.payloadFits(e.payload?.length ?? 0)
    const result = await this.d.mesh.submit(e)
    if (result === 'delivered') return { delivered: true }
    // a duplicate is a retry of what this node has (idempotent)
    if (result === 'accepted' || result === 'duplicate') return { delivered: false }
    return this.refuse(result)
  }

  private payloadFits(size: number): void {
    if (size > this.d.limits.maxPayloadBytes) throw new BadRequestError(`payload of ${size} bytes is over this node's ${this.d.limits.maxPayloadBytes}-byte limit`)
  }

  private refuse(result: MeshResult): never {
    if (result === 'vetoed') throw new UnavailableError('a plugin of this node refuses to carry this envelope')
    if (result === 'store-full') throw new UnavailableError('the mesh store of this node cannot hold this envelope')
    throw new BadRequestError(REFUSED[result] ?? `the envelope was refused (${result})`)
  }
}
