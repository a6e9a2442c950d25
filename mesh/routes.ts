// Where identities live: signed announcements (MeshAnnounce) in which a node lists the
// destination hashes of its local accounts — never their identity keys — and the route table
// built from them: for each announcing node, its newest announcement and the peers it came
// through, with their hop counts. Reticulum-style: a node forwards towards the closest peer an
// announcement came through, and floods when it knows none.
import { createHash, sign, type KeyObject } from 'node:crypto'
import { verifyEd25519 } from '../protocol/ed25519.js'
import { MESH_KEY_BYTES, MESH_SIGNATURE_BYTES, bytesOf } from '../protocol/mesh/envelope.js'

export const DESTINATION_BYTES = 16
/** Announcements travel further than envelopes: a route is worth knowing before it is usable. */
export const ANNOUNCE_MAX_HOPS = 7
/** At most this many destinations per announcement (65,536 × 16 B = 1 MiB). */
export const MAX_DESTINATIONS = 65_536

const DESTINATION_TAG = Buffer.from('qpq-mesh-destination-v1')
const ANNOUNCE_TAG = Buffer.from('qpq-mesh-announce-v1\0')

/** SHA-256("qpq-mesh-destination-v1" || identity key), first 16 bytes. */
export function destinationHash(identityKey: Uint8Array): Buffer {
  return createHash('sha256').update(DESTINATION_TAG).update(identityKey).digest().subarray(0, DESTINATION_BYTES)
}

export interface Announce {
  nodeKey: Buffer
  seq: number
  ttlSecs: number
  destinations: Buffer[]
  hopCount: number
  signature: Buffer
}

export interface WireAnnounce {
  node_key?: Uint8Array | null
  seq?: number | null
  ttl_secs?: number | null
  destinations?: Uint8Array[] | null
  hop_count?: number | null
  signature?: Uint8Array | null
}

/** TAG "qpq-mesh-announce-v1\0" | node_key (32) | u64 seq | u32 ttl_secs | u32 count | destinations (16 each), big-endian. */
export function announceSignedBytes(a: Omit<Announce, 'signature' | 'hopCount'>): Buffer {
  const fixed = Buffer.alloc(8 + 4 + 4)
  fixed.writeBigUInt64BE(BigInt(a.seq), 0)
  fixed.writeUInt32BE(a.ttlSecs, 8)
  fixed.writeUInt32BE(a.destinations.length, 12)
  return Buffer.concat([ANNOUNCE_TAG, a.nodeKey, fixed, ...a.destinations])
}

export function signAnnounce(a: Omit<Announce, 'signature' | 'hopCount'>, privateKey: KeyObject): Announce {
  return { ...a, hopCount: 0, signature: sign(null, announceSignedBytes(a), privateKey) }
}

export function verifyAnnounce(a: Announce): boolean {
  return verifyEd25519(a.nodeKey, announceSignedBytes(a), a.signature)
}

export function parseAnnounce(w: WireAnnounce): Announce | null {
  const nodeKey = bytesOf(w.node_key)
  const signature = bytesOf(w.signature)
  const destinations = (w.destinations ?? []).map(bytesOf)
  if (nodeKey.length !== MESH_KEY_BYTES || signature.length !== MESH_SIGNATURE_BYTES) return null
  if (destinations.length > MAX_DESTINATIONS || destinations.some((d) => d.length !== DESTINATION_BYTES)) return null
  const seq = w.seq ?? 0
  const ttlSecs = w.ttl_secs ?? 0
  // seq is a uint64 decoded as a JS number: past 2^53 it is no time of ours, and 2^64 cannot be signed again
  if (seq <= 0 || !Number.isSafeInteger(seq) || ttlSecs <= 0) return null
  return { nodeKey, seq, ttlSecs, destinations, hopCount: w.hop_count ?? 0, signature }
}

export function toWireAnnounce(a: Announce, hopCount: number): WireAnnounce {
  return { node_key: a.nodeKey, seq: a.seq, ttl_secs: a.ttlSecs, destinations: a.destinations, hop_count: hopCount, signature: a.signature }
}

interface NodeRoute {
  announce: Announce
  expiresAt: number
  /** Peer (node key hex) → hops, for the announcement of this seq. */
  via: Map<string, number>
}

export class RouteTable {
  private readonly nodes = new Map<string, NodeRoute>()
  private readonly byDestination = new Map<string, Set<string>>()

  /**
   * Takes an announcement (already verified) that came through `peer`: 'new' when it is newer
   * than what was known (pass it on), 'route' when it only adds a way to reach a known one,
   * 'stale' when it teaches nothing.
   */
  learn(a: Announce, peer: string, now: number): 'new' | 'route' | 'stale' {
    const node = a.nodeKey.toString('hex')
    const known = this.nodes.get(node)
    const expiresAt = a.seq + a.ttlSecs * 1000
    if (expiresAt <= now) return 'stale'
    if (known !== undefined && a.seq < known.announce.seq) return 'stale'
    if (known !== undefined && a.seq === known.announce.seq) {
      const hops = known.via.get(peer)
      if (hops !== undefined && hops <= a.hopCount) return 'stale'
      known.via.set(peer, a.hopCount)
      return 'route'
    }
    if (known !== undefined) this.unindex(node, known.announce)
    this.nodes.set(node, { announce: a, expiresAt, via: new Map([[peer, a.hopCount]]) })
    for (const d of a.destinations) {
      const k = d.toString('hex')
      let set = this.byDestination.get(k)
      if (set === undefined) this.byDestination.set(k, (set = new Set()))
      set.add(node)
    }
    return 'new'
  }

  /** The nodes (hex) that announced this identity, and the closest connected peer towards one. */
  route(recipient: Uint8Array, now: number, connected: (peer: string) => boolean): { homes: string[]; nextHop: string | null } {
    const homes = [...(this.byDestination.get(destinationHash(recipient).toString('hex')) ?? [])].filter((n) => (this.nodes.get(n)?.expiresAt ?? 0) > now)
    let nextHop: string | null = null
    let best = Infinity
    for (const n of homes) {
      for (const [peer, hops] of this.nodes.get(n)?.via ?? []) {
        if (hops < best && connected(peer)) {
          best = hops
          nextHop = peer
        }
      }
    }
    return { homes, nextHop }
  }

  /** Every unexpired announcement, with the fewest hops it came with (for a new contact). */
  all(now: number): Array<{ announce: Announce; hops: number }> {
    const out: Array<{ announce: Announce; hops: number }> = []
    for (const r of this.nodes.values()) {
      if (r.expiresAt > now) out.push({ announce: r.announce, hops: Math.min(...r.via.values()) })
    }
    return out
  }

  get size(): number {
    return this.byDestination.size
  }

  prune(now: number): void {
    for (const [node, r] of this.nodes) {
      if (r.expiresAt > now) continue
      this.unindex(node, r.announce)
      this.nodes.delete(node)
    }
  }

  private unindex(node: string, a: Announce): void {
    for (const d of a.destinations) {
      const k = d.toString('hex')
      const set = this.byDestination.get(k)
      set?.delete(node)
      if (set?.size === 0) this.byDestination.delete(k)
    }
  }
}
