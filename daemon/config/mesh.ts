// The mesh part of the configuration (docs/mesh.md): the keys of the `[mesh]` table and the
// option each sets, and the checks on the mesh options that a type alone cannot make (IPv4
// listen address, peer multiaddrs, hop and size limits that must fit together). Each refusal
// names the key and where its value came from.
import { isIP } from 'node:net'
import type { HostPort } from '../../protocol/address.js'
import { MAX_HOPS_LIMIT } from '../../protocol/mesh/envelope.js'

export interface MeshConfig {
  enabled: boolean
  listen: HostPort
  mdns: boolean
  /** Multiaddrs /ip4/A/tcp/P/p2p/ID to dial. */
  peers: string[]
  storeMaxBytes: number
  storeMaxEnvelopes: number
  maxPayloadBytes: number
  maxHops: number
  /** MeshSubmit calls per second per source address. */
  submitRate: number
}

/** The keys of `[mesh]`, and the option each one sets. */
export const MESH_TABLE_KEYS: ReadonlyMap<string, string> = new Map([
  ['enabled', 'mesh_enabled'], ['listen', 'mesh_listen'], ['mdns', 'mesh_mdns'], ['peers', 'mesh_peers'],
  ['store_max_bytes', 'mesh_store_max_bytes'], ['store_max_envelopes', 'mesh_store_max_envelopes'],
  ['max_payload_bytes', 'mesh_max_payload_bytes'], ['max_hops', 'mesh_max_hops'], ['submit_rate', 'mesh_submit_rate'],
])

/** Payloads above this would not fit a mesh push of 1 MiB or leave room in a 4 MiB frame. */
export const MESH_PAYLOAD_CEILING = 1 << 20
/** What an envelope adds to its payload, at most (keys, ids, signature, times, framing). */
const ENVELOPE_OVERHEAD = 1024

const MULTIADDR = /^\/ip4\/(\d{1,3}(?:\.\d{1,3}){3})\/tcp\/(\d{1,5})\/p2p\/[1-9A-HJ-NP-Za-km-z]{40,100}$/

/** `mesh_peers`: comma-separated multiaddrs; the list, or why one is refused. */
export function parseMeshPeers(list: string | null): string[] | { error: string } {
  const peers = (list ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')
  for (const p of peers) {
    const m = MULTIADDR.exec(p)
    if (m === null || isIP(m[1] as string) !== 4 || Number(m[2]) > 65_535) return { error: `${JSON.stringify(p)} is not a multiaddr /ip4/A/tcp/P/p2p/ID (the peer's id is in qpq mesh identity)` }
  }
  return peers
}

/**
 * The checks across mesh options; `source(key)` says where an option's value came from.
 * Returns the reason the combination is refused, or null. Checked whether or not the mesh is
 * on, so that turning it on later does not find a mistake made earlier.
 */
export function checkMesh(m: Omit<MeshConfig, 'peers'>, peers: string[] | { error: string }, source: (key: string) => string): string | null {
  if (isIP(m.listen.host) !== 4) return `invalid mesh_listen (${source('mesh_listen')}): ${m.listen.host} is not an IPv4 address: the mesh listens on IPv4 only (0.0.0.0 for every interface)`
  if ('error' in peers) return `invalid mesh_peers (${source('mesh_peers')}): ${peers.error}`
  if (m.maxHops > MAX_HOPS_LIMIT) return `invalid mesh_max_hops (${source('mesh_max_hops')}): ${m.maxHops} is above the protocol's limit of ${MAX_HOPS_LIMIT}`
  if (m.maxPayloadBytes > MESH_PAYLOAD_CEILING) return `invalid mesh_max_payload_bytes (${source('mesh_max_payload_bytes')}): ${m.maxPayloadBytes} is above ${MESH_PAYLOAD_CEILING} (1 MiB)`
  if (m.storeMaxBytes < m.maxPayloadBytes + ENVELOPE_OVERHEAD) {
    return `mesh_store_max_bytes (${source('mesh_store_max_bytes')}) must hold one envelope of mesh_max_payload_bytes (${source('mesh_max_payload_bytes')}): at least ${m.maxPayloadBytes + ENVELOPE_OVERHEAD}`
  }
  return null
}
