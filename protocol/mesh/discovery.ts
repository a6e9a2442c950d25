// The mDNS records by which mesh nodes (and the SDK, to find a nearby node) discover each other
// on a LAN: service `_quicproquo._udp.local`, a PTR to `<peer id>._quicproquo._udp.local`, and
// TXT records in the libp2p mDNS format — `dnsaddr=/ip4/A/tcp/P/p2p/ID` per address of the link
// the response goes out on — plus ours, `qpq=A:P`, the node's QUIC RPC address for clients.
// Loopback addresses are never announced.
import { parseAddress } from '../address.js'

export const MESH_SERVICE_TAG = '_quicproquo._udp.local'
const TXT_MAX = 255

export interface TxtAnswer { name: string; type: 'TXT'; class: 'IN'; ttl: number; data: string }
export interface PtrAnswer { name: string; type: 'PTR'; class: 'IN'; ttl: number; data: string }

export interface NodeRecord {
  peerName: string
  /** libp2p multiaddrs with the peer id (/ip4/A/tcp/P/p2p/ID). */
  multiaddrs: string[]
  /** The peer id the multiaddrs name. */
  peerId: string
  /** QUIC RPC addresses "A:P" for clients. */
  rpc: string[]
}

const isLoopbackIp = (ip: string): boolean => ip.startsWith('127.') || ip === '::1'

/** The answers a node gives on one link: its TCP addresses there and, if it serves clients, its RPC address. */
export function nodeAnswers(serviceTag: string, peerName: string, peerId: string, tcp: ReadonlyArray<{ host: string; port: number }>, rpc: ReadonlyArray<{ host: string; port: number }>, ttl = 120): Array<PtrAnswer | TxtAnswer> {
  const name = `${peerName}.${serviceTag}`
  const txt = [
    ...tcp.filter((a) => !isLoopbackIp(a.host)).map((a) => `dnsaddr=/ip4/${a.host}/tcp/${a.port}/p2p/${peerId}`),
    ...rpc.filter((a) => !isLoopbackIp(a.host)).map((a) => `qpq=${a.host}:${a.port}`),
  ].filter((d) => d.length <= TXT_MAX)
  return [
    { name: serviceTag, type: 'PTR', class: 'IN', ttl, data: name },
    ...txt.map((data): TxtAnswer => ({ name, type: 'TXT', class: 'IN', ttl, data })),
  ]
}

interface RecordLike { name: string; type: string; data?: unknown }

const texts = (data: unknown): string[] => {
  const parts = Array.isArray(data) ? data : [data]
  return parts.map((p) => (typeof p === 'string' ? p : p instanceof Uint8Array ? Buffer.from(p).toString('utf8') : '')).filter((s) => s !== '')
}

/** Reads a response's answers and additionals; null when it is not a node of this service. */
export function parseNodeResponse(serviceTag: string, records: readonly RecordLike[]): NodeRecord | null {
  const ptr = records.find((r) => r.type === 'PTR' && r.name === serviceTag)
  if (ptr === undefined || typeof ptr.data !== 'string' || !ptr.data.endsWith(`.${serviceTag}`)) return null
  const peerName = ptr.data.slice(0, -serviceTag.length - 1)
  const multiaddrs: string[] = []
  const rpc: string[] = []
  for (const r of records) {
    if (r.type !== 'TXT' || r.name !== ptr.data) continue
    for (const t of texts(r.data)) {
      if (t.startsWith('dnsaddr=')) multiaddrs.push(t.slice('dnsaddr='.length))
      else if (t.startsWith('qpq=')) rpc.push(t.slice('qpq='.length))
    }
  }
  const ids = new Set(multiaddrs.map((m) => /\/p2p\/([^/]+)$/.exec(m)?.[1]).filter((x): x is string => x !== undefined))
  if (ids.size !== 1) return null
  const peerId = [...ids][0] as string
  const usable = multiaddrs.filter((m) => !isLoopbackIp(/^\/ip[46]\/([^/]+)\//.exec(m)?.[1] ?? '127.0.0.1'))
  // what a client will connect to: only addresses that parse (a garbage one would stop its fallback)
  const reachable = rpc.filter((a) => { const p = parseAddress(a); return p !== null && !isLoopbackIp(p.host) })
  return { peerName, multiaddrs: usable, peerId, rpc: reachable }
}
