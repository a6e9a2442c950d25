// The SDK's LAN mesh methods (850–856, ours; docs/mesh.md): `client.mesh.*`. Broadcast topics
// are encrypted here, by the client (MeshTopic: ChaCha20-Poly1305 with a key only the topic's
// members hold); the node signs and floods the ciphertext, and pushes what arrives on a topic
// this connection subscribed to as a 'mesh-broadcast' event (push 1010) — open it with the
// topic. submit() hands a node an envelope signed elsewhere (the fallback of client/mesh/).
import { toWireEnvelope, type MeshEnvelope } from '../../protocol/mesh/envelope.js'
import type { MeshTopic } from '../mesh/topic.js'
import type { Requester } from './requester.js'

export interface MeshPeerInfo { nodeKey: Uint8Array; peerId: string; addresses: string[]; connectedAtMs: number }
export interface MeshIdentityInfo { nodeKey: Uint8Array; peerId: string; listenAddresses: string[] }
export interface MeshStoreInfo { envelopes: number; bytes: number; maxEnvelopes: number; maxBytes: number; seen: number }

const topicId = (t: MeshTopic | Uint8Array): Uint8Array => (t instanceof Uint8Array ? t : t.id)

export class MeshApi {
  constructor(private readonly client: Requester) {}

  /** Pushes this connection the topic's broadcasts from now on (events 'mesh-broadcast'). */
  async subscribe(topic: MeshTopic | Uint8Array): Promise<void> {
    await this.client.request('MeshSubscribe', { topic: topicId(topic) })
  }

  async unsubscribe(topic: MeshTopic | Uint8Array): Promise<void> {
    await this.client.request('MeshUnsubscribe', { topic: topicId(topic) })
  }

  /** Encrypts a message for the topic and has the node flood it (within maxHops, default 3); returns the envelope's id. */
  async broadcast(topic: MeshTopic, message: Uint8Array, opts: { ttlSecs?: number; maxHops?: number } = {}): Promise<Uint8Array> {
    const r = await this.client.request('MeshBroadcast', { topic: topic.id, payload: topic.seal(message), ttl_secs: opts.ttlSecs, max_hops: opts.maxHops })
    return r.id
  }

  /** The mesh nodes the server is linked to. */
  async peers(): Promise<MeshPeerInfo[]> {
    return (await this.client.request('MeshPeers', {})).peers.map((p) => ({ nodeKey: p.node_key ?? new Uint8Array(), peerId: p.peer_id ?? '', addresses: p.addresses ?? [], connectedAtMs: Number(p.connected_at_ms ?? 0) }))
  }

  /** The server's own mesh identity (needs no session). */
  async identity(): Promise<MeshIdentityInfo> {
    const r = await this.client.request('MeshIdentity', {})
    return { nodeKey: r.node_key, peerId: r.peer_id, listenAddresses: r.listen_addresses }
  }

  /** What the server's mesh store holds, and its bounds. */
  async store(): Promise<MeshStoreInfo> {
    const r = await this.client.request('MeshStore', {})
    return { envelopes: Number(r.envelopes), bytes: Number(r.bytes), maxEnvelopes: Number(r.max_envelopes), maxBytes: Number(r.max_bytes), seen: Number(r.seen) }
  }

  /**
   * Hands the node an envelope signed with the sender's identity key (needs no session; the
   * node limits it per address). `delivered`: the recipient lives on that node and has it.
   */
  async submit(envelope: MeshEnvelope): Promise<{ delivered: boolean }> {
    return { delivered: (await this.client.request('MeshSubmit', { envelope: toWireEnvelope(envelope) })).delivered }
  }
}
