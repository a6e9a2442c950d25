// Finding qpqd mesh nodes nearby (docs/mesh.md "Discovery"): an mDNS query for
// `_quicproquo._udp.local` on each interface the caller names — never any other — and the
// answers read for the nodes' QUIC RPC addresses (`qpq=A:P`). Bounded in time; multicast-dns is
// loaded only when a discovery runs, so the SDK costs nothing for it otherwise.
import os from 'node:os'
import { isIP } from 'node:net'
import { MESH_SERVICE_TAG, parseNodeResponse } from '../../protocol/mesh/discovery.js'

type MulticastDns = ReturnType<typeof import('multicast-dns')>

export interface NearbyNode {
  /** The node's libp2p peer id (its mesh key). */
  peerId: string
  /** Its QUIC RPC addresses for clients, HOST:PORT. */
  rpc: string[]
  /** Its mesh multiaddrs. */
  multiaddrs: string[]
  /** The address of our interface it answered on. */
  via: string
}

export interface DiscoverOptions {
  /** Interfaces to ask on, by name (eth0) or IPv4 address. Queries go out on these only. */
  interfaces: string[]
  /** How long to listen for answers (default 1,500 ms). */
  timeoutMs?: number
  /** Stop at the first node that announces an RPC address. */
  first?: boolean
  /** mDNS port and service (tests). */
  port?: number
  serviceTag?: string
}

/** The IPv4 address of each interface named (a name, or an address one of them has). */
export function interfaceAddresses(names: readonly string[]): string[] {
  const all = os.networkInterfaces()
  return names.map((n) => {
    const byName = all[n]?.find((a) => a.family === 'IPv4')?.address
    if (byName !== undefined) return byName
    if (isIP(n) === 4 && Object.values(all).some((list) => list?.some((a) => a.address === n))) return n
    throw new RangeError(`no IPv4 interface ${n} here (interfaces: ${Object.keys(all).join(', ')})`)
  })
}

export async function discoverNodes(opts: DiscoverOptions): Promise<NearbyNode[]> {
  const addresses = interfaceAddresses(opts.interfaces)
  if (addresses.length === 0) return []
  const serviceTag = opts.serviceTag ?? MESH_SERVICE_TAG
  const { default: makeMdns } = await import('multicast-dns')
  const found = new Map<string, NearbyNode>()
  const instances: MulticastDns[] = []
  return await new Promise<NearbyNode[]>((resolve) => {
    let done = false
    const finish = (): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      for (const m of instances) m.destroy()
      resolve([...found.values()])
    }
    const timer = setTimeout(finish, opts.timeoutMs ?? 1_500)
    for (const via of addresses) {
      const mdns = makeMdns({ interface: via, bind: '0.0.0.0', port: opts.port ?? 5353 })
      instances.push(mdns)
      mdns.on('response', (r) => {
        const node = parseNodeResponse(serviceTag, [...r.answers, ...(r.additionals ?? [])] as Array<{ name: string; type: string; data?: unknown }>)
        if (node === null) return
        const known = found.get(node.peerId)
        if (known === undefined) found.set(node.peerId, { peerId: node.peerId, rpc: node.rpc, multiaddrs: node.multiaddrs, via })
        else known.rpc = [...new Set([...known.rpc, ...node.rpc])]
        if (opts.first === true && node.rpc.length > 0) finish()
      })
      // a socket that cannot be used (the interface went away) just hears nothing
      mdns.on('error', () => {})
      mdns.query({ questions: [{ name: serviceTag, type: 'PTR' }] }, () => {})
    }
  })
}
