// The mesh's Prometheus metrics, on the registry the daemon passes in: peers, envelopes received,
// forwarded, delivered and dropped (by reason), evictions, and the store's size (sampled).
import { Counter, Gauge, type Registry } from 'prom-client'

/** Why an arriving envelope was not taken (docs/mesh.md). */
export const DROP_REASONS = [
  'malformed', // a field of the wrong size or range
  'oversize', // over max_envelope_bytes
  'forged', // the origin's signature does not verify
  'expired', // created_at + ttl has passed
  'future', // created_at too far ahead of this node's clock
  'too-old', // made before the dedup floor (its ref may be forgotten)
  'over-hop', // hop_count above max_hops
  'hop-limit', // not for this node, and max_hops reached: cannot be carried on
  'duplicate', // already seen (a replay, or another copy of a flood)
  'vetoed', // a plugin's mesh.envelope hook refused to carry it
  'store-full', // larger than the whole store
] as const
export type DropReason = (typeof DROP_REASONS)[number]

export interface MeshMetricsView {
  received: number
  forwarded: number
  delivered: { unicast: number; broadcast: number }
  dropped: Record<DropReason, number>
  evicted: { expired: number; full: number }
}

export class MeshMetrics {
  private readonly view: MeshMetricsView = {
    received: 0, forwarded: 0, delivered: { unicast: 0, broadcast: 0 },
    dropped: Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>,
    evicted: { expired: 0, full: 0 },
  }
  private readonly c

  constructor(registry: Registry, sample: { peers(): number; store(): { envelopes: number; bytes: number; seen: number }; routes(): number }) {
    const registers = [registry]
    this.c = {
      received: new Counter({ name: 'qpq_mesh_envelopes_received_total', help: 'Envelopes that arrived from mesh peers or were handed in locally', registers }),
      forwarded: new Counter({ name: 'qpq_mesh_envelopes_forwarded_total', help: 'Envelope copies sent to mesh peers', registers }),
      delivered: new Counter({ name: 'qpq_mesh_envelopes_delivered_total', help: 'Envelopes delivered on this node: to a local account (unicast) or to local subscribers (broadcast)', labelNames: ['kind'], registers }),
      dropped: new Counter({ name: 'qpq_mesh_envelopes_dropped_total', help: 'Envelopes not taken, by reason', labelNames: ['reason'], registers }),
      evicted: new Counter({ name: 'qpq_mesh_store_evicted_total', help: 'Envelopes removed from the store before being delivered: expired, or evicted because the store was full', labelNames: ['reason'], registers }),
    }
    for (const r of DROP_REASONS) this.c.dropped.labels(r).inc(0)
    new Gauge({ name: 'qpq_mesh_peers', help: 'Mesh peers linked now', registers, collect() { this.set(sample.peers()) } })
    new Gauge({ name: 'qpq_mesh_store_envelopes', help: 'Envelopes held in the mesh store', registers, collect() { this.set(sample.store().envelopes) } })
    new Gauge({ name: 'qpq_mesh_store_bytes', help: 'Bytes held in the mesh store', registers, collect() { this.set(sample.store().bytes) } })
    new Gauge({ name: 'qpq_mesh_seen_refs', help: 'Envelope refs remembered for deduplication', registers, collect() { this.set(sample.store().seen) } })
    new Gauge({ name: 'qpq_mesh_routes', help: 'Destinations with a known home node', registers, collect() { this.set(sample.routes()) } })
  }

  received(n = 1): void {
    this.view.received += n
    this.c.received.inc(n)
  }

  forwarded(n: number): void {
    this.view.forwarded += n
    this.c.forwarded.inc(n)
  }

  delivered(kind: 'unicast' | 'broadcast'): void {
    this.view.delivered[kind]++
    this.c.delivered.labels(kind).inc()
  }

  dropped(reason: DropReason, n = 1): void {
    this.view.dropped[reason] += n
    this.c.dropped.labels(reason).inc(n)
  }

  evicted(reason: 'expired' | 'full', n: number): void {
    if (n === 0) return
    this.view.evicted[reason] += n
    this.c.evicted.labels(reason).inc(n)
  }

  /** A copy of the counters (tests, the MeshStore method). */
  snapshot(): MeshMetricsView {
    return structuredClone(this.view)
  }
}
