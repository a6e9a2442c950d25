// What the federation relay is configured with: this server's domain and TLS identity, its
// peers and how each is authenticated (the CA, a pinned key, or both), and the relay's timing.
// federation/settings.ts builds it from the daemon's configuration; tests build it directly.
import type { HostPort } from '../protocol/address.js'
import { DEFAULT_TRANSPORT, type TransportSettings } from '../protocol/quic/config.js'

export interface FederationPeerOptions {
  /** The peer's federation domain, lower case: its certificate must name it (SAN dNSName). */
  domain: string
  /** Its federation listener. */
  address: HostPort
  /** SHA-256 of the SubjectPublicKeyInfo its certificate must carry; null = the CA alone decides. */
  pinSha256: Buffer | null
  /** PEM of its own self-signed certificate: the trust anchor of a peer pinned without a CA. */
  certPem: Buffer | null
}

export interface RelaySettings {
  /** Messages per RelayBatchEnqueue (901) transaction. */
  batchMax: number
  /** Payload bytes per transaction (a frame carries at most 4 MiB). */
  batchMaxBytes: number
  /** Backoff after a failed attempt: from minBackoffMs, doubling per failure, capped at maxBackoffMs, jittered. */
  minBackoffMs: number
  maxBackoffMs: number
}

export interface FederationOptions {
  domain: string
  listen: HostPort
  /** The certificate chain (leaf first) and key this server presents, PEM. */
  certPem: Buffer
  keyPem: Buffer
  /** PEM of the CA certificate(s) peers chain to; null when every peer is pinned. */
  caPem: Buffer | null
  peers: FederationPeerOptions[]
  /** 32+ byte secret of the listener's connection ids, reset and Retry tokens (keep it across restarts). */
  secret: Uint8Array
  relay: RelaySettings
  /** How often each peer's key transparency log is checked. */
  auditIntervalMs: number
  /** A call to a peer that has not answered by then fails (the relay retries it). */
  callTimeoutMs: number
  connectTimeoutMs: number
  transport: TransportSettings
}

export const DEFAULT_RELAY: RelaySettings = {
  batchMax: 100,
  batchMaxBytes: 3 << 20,
  minBackoffMs: 2_000,
  maxBackoffMs: 15 * 60_000,
}

export const FEDERATION_DEFAULTS = {
  relay: DEFAULT_RELAY,
  auditIntervalMs: 5 * 60_000,
  callTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  transport: { ...DEFAULT_TRANSPORT, alpn: ['qpq'] },
} satisfies Partial<FederationOptions>
