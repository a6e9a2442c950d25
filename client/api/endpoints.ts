// The SDK's P2P endpoints (methods 800, 801): `client.endpoints.*`. Publish where peers can reach
// this client directly (an iroh node address); resolve a peer's. Only users sharing a channel
// with the publisher can resolve it (docs/p2p.md).
import type { Requester } from './requester.js'

export interface Endpoint { nodeId: Uint8Array; relayUrl: string; directAddresses: string[]; publishedAt: number; expiresAt: number }

export class EndpointsApi {
  constructor(private readonly client: Requester) {}

  /** Publishes (replaces) the logged-in identity's endpoint; returns when it expires (unix ms). */
  async publish(e: { nodeId: Uint8Array; relayUrl?: string; directAddresses?: string[]; ttlSecs?: number }): Promise<number> {
    const r = await this.client.request('PublishEndpoint', { node_id: e.nodeId, relay_url: e.relayUrl, direct_addresses: e.directAddresses, ttl_secs: e.ttlSecs })
    return Number(r.expires_at_ms)
  }

  /** A peer's endpoint; null when it has none (or shares no channel with the caller). */
  async resolve(identityKey: Uint8Array): Promise<Endpoint | null> {
    const r = await this.client.request('ResolveEndpoint', { identity_key: identityKey })
    if (r.node_id.length === 0) return null
    return { nodeId: r.node_id, relayUrl: r.relay_url, directAddresses: r.direct_addresses, publishedAt: Number(r.published_at_ms), expiresAt: Number(r.expires_at_ms) }
  }
}
