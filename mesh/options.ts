// What the mesh is configured with (options, with defaults sized for a home router) and what the
// daemon passes in (components). See mesh/README.md for the contract and docs/mesh.md for the
// configuration the daemon maps onto these.
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Registry } from 'prom-client'
import type { Logger } from '../daemon/observability/logger.js'
import type { CommitBatcher } from '../daemon/storage/commit-batcher.js'
import type { HookBus } from '../plugins/hooks.js'
import type { MeshEnvelope } from '../protocol/mesh/envelope.js'
import { DEFAULT_MAX_HOPS } from '../protocol/mesh/envelope.js'
import { MESH_SERVICE_TAG } from '../protocol/mesh/discovery.js'

export interface MeshOptions {
  /** Where the mesh key file lives (DATA_DIR). */
  dataDir: string
  /** TCP listen addresses HOST:PORT (IPv4); port 0 picks one. */
  listen: string[]
  /** Discover peers with mDNS on every IPv4 interface but loopback. */
  mdns: boolean
  mdnsIntervalMs: number
  mdnsPort: number
  serviceTag: string
  /** The daemon's QUIC RPC address, announced in mDNS for clients (null: not announced). */
  rpc: { host: string; port: number } | null
  /** Peers to dial at start and after they drop: multiaddrs with /p2p/ID. */
  peers: string[]
  storeMaxBytes: number
  storeMaxEnvelopes: number
  /** Refs remembered for dedup (each ~60 B on disk). */
  seenMax: number
  /** Envelope payloads above this are refused. */
  maxPayloadBytes: number
  /** Hop limit of what this node originates when the caller gives none. */
  defaultMaxHops: number
  announceIntervalMs: number
  announceTtlSecs: number
  /** Expiry sweep, route pruning and retries of local deliveries that failed. */
  sweepIntervalMs: number
  /** The node with the larger key dials a discovered peer only if it was not dialed within this. */
  dialFallbackMs: number
}

export const DEFAULT_MESH_OPTIONS: Omit<MeshOptions, 'dataDir'> = {
  listen: ['0.0.0.0:7001'],
  mdns: true,
  mdnsIntervalMs: 10_000,
  mdnsPort: 5353,
  serviceTag: MESH_SERVICE_TAG,
  rpc: null,
  peers: [],
  storeMaxBytes: 64 * 1024 * 1024,
  storeMaxEnvelopes: 20_000,
  seenMax: 200_000,
  maxPayloadBytes: 256 * 1024,
  defaultMaxHops: DEFAULT_MAX_HOPS,
  announceIntervalMs: 5 * 60_000,
  announceTtlSecs: 30 * 60,
  sweepIntervalMs: 30_000,
  dialFallbackMs: 2_000,
}

/** The two hooks of plugins/hooks.ts the mesh calls (the daemon passes its HookBus). */
export type MeshHooks = Pick<HookBus, 'has' | 'veto' | 'observe'>

export interface MeshComponents {
  /** The daemon's open database (migrations applied, "mesh store" among them). */
  db: Database.Database
  /** The daemon's group commit on that database (daemon/storage/commit-batcher.ts). */
  commits: Pick<CommitBatcher, 'submit'>
  logger: Logger
  registry: Registry
  hooks: MeshHooks
  /** True when the identity key is a local account of this node. */
  isLocalIdentity(identityKey: Uint8Array): boolean
  /** Every local account's identity key (hashed into announcements). */
  localIdentities(): Iterable<Uint8Array>
  /**
   * Puts a unicast envelope for a local account into its queue through the daemon's delivery
   * path; settles once committed. Must be idempotent by (origin, id): after a crash between the
   * commit and the mesh's own, the same envelope may come again.
   */
  deliverLocal(envelope: MeshEnvelope): Promise<void>
  /** A broadcast arrived (or was made here): push it to the topic's local subscribers. */
  onBroadcast(topic: Buffer, envelope: MeshEnvelope): void
  /** Optional: a link to a mesh peer (its node key, hex) came up or went down. */
  onPeer?(peer: string, up: boolean): void
  now?: () => number
}
