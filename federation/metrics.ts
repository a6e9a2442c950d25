// The federation relay's Prometheus metrics, on the registry the daemon passes in: each
// destination's queue and retry state (sampled at scrape time), relay and inbound outcomes,
// refused peers, and key transparency alerts about peers' logs (docs/federation.md lists them).
import { Counter, Gauge, type Registry } from 'prom-client'

/** A destination's state as the gauges read it (relay.ts). */
export interface DestinationGaugeState {
  domain: string
  pending: number
  oldestEnqueuedAt: number | null
  failures: number
  lastSuccessAt: number
  lastFailureAt: number
  nextRetryAt: number
}

export class FederationMetrics {
  readonly relayed: Counter<'destination'>
  readonly relayRefused: Counter<'destination' | 'status'>
  readonly relayExpired: Counter<'destination'>
  readonly attempts: Counter<'destination' | 'outcome'>
  readonly inbound: Counter<'origin' | 'outcome'>
  readonly handshakeRefused: Counter
  readonly ktAlerts: Counter<'domain' | 'kind'>
  readonly ktHeads: Counter<'domain'>
  readonly rtt: Gauge<'domain'>

  constructor(registry: Registry, states: () => DestinationGaugeState[], now: () => number = Date.now) {
    const registers = [registry]
    const perDestination = (name: string, help: string, value: (s: DestinationGaugeState) => number | null): void => {
      new Gauge({
        name, help, labelNames: ['destination'], registers,
        collect() {
          this.reset()
          for (const s of states()) {
            const v = value(s)
            if (v !== null) this.labels(s.domain).set(v)
          }
        },
      })
    }
    const seconds = (ms: number): number | null => (ms === 0 ? null : ms / 1000)
    perDestination('federation_outbound_pending', 'Messages waiting in the outbound relay queue of a destination domain', (s) => s.pending)
    perDestination('federation_outbound_oldest_age_seconds', 'Age of the oldest message waiting for a destination', (s) => (s.oldestEnqueuedAt === null ? 0 : (now() - s.oldestEnqueuedAt) / 1000))
    perDestination('federation_destination_failures', 'Failed relay attempts to a destination in a row (0 after a success)', (s) => s.failures)
    perDestination('federation_destination_last_success_timestamp_seconds', 'When a destination last acknowledged a batch', (s) => seconds(s.lastSuccessAt))
    perDestination('federation_destination_last_failure_timestamp_seconds', 'When the last relay attempt to a destination failed', (s) => seconds(s.lastFailureAt))
    perDestination('federation_destination_next_retry_timestamp_seconds', 'When the relay tries a failing destination again', (s) => seconds(s.nextRetryAt))
    this.relayed = new Counter({ name: 'federation_relayed_total', help: 'Messages a destination acknowledged (stored, or already stored)', labelNames: ['destination'], registers })
    this.relayRefused = new Counter({ name: 'federation_relay_refused_total', help: 'Messages a destination refused for good (removed from the queue), by status', labelNames: ['destination', 'status'], registers })
    this.relayExpired = new Counter({ name: 'federation_relay_expired_total', help: 'Messages whose TTL ran out before their destination took them', labelNames: ['destination'], registers })
    this.attempts = new Counter({ name: 'federation_relay_attempts_total', help: 'Relay transactions sent, by outcome', labelNames: ['destination', 'outcome'], registers })
    this.inbound = new Counter({ name: 'federation_inbound_total', help: 'Messages relayed to this server, by origin and outcome (stored, duplicate, refused)', labelNames: ['origin', 'outcome'], registers })
    this.handshakeRefused = new Counter({ name: 'federation_peer_refused_total', help: 'Connections to the federation listener refused after the TLS handshake (certificate of no configured peer)', registers })
    this.ktAlerts = new Counter({ name: 'federation_kt_alerts_total', help: 'Alerts raised about a peer\'s key transparency log, by kind', labelNames: ['domain', 'kind'], registers })
    this.ktHeads = new Counter({ name: 'federation_kt_heads_verified_total', help: 'Signed tree heads of a peer verified against the last one', labelNames: ['domain'], registers })
    this.rtt = new Gauge({ name: 'federation_link_rtt_seconds', help: 'Round trip of the last FederationHealth (905) call to a peer', labelNames: ['domain'], registers })
  }
}
