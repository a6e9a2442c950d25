// mDNS discovery of mesh nodes, one multicast-dns instance per IPv4 interface (loopback never):
// multicast-dns sends through one interface only, so a node that bridges two links (a router,
// the middle of a line A–B–C) needs an instance per link to be heard on each (spike-notes §1b).
// Every instance hears every packet; a packet is handled once, by the instance of the link whose
// subnet holds its source, and answered on that link with that link's addresses. Interfaces are
// listed again at each query interval, so links that come and go are followed.
import os from 'node:os'
import makeMdns from 'multicast-dns'
import type { Logger } from '../daemon/observability/logger.js'
import { nodeAnswers, parseNodeResponse, type NodeRecord } from '../protocol/mesh/discovery.js'

export interface DiscoveryOptions {
  serviceTag: string
  intervalMs: number
  peerName: string
  peerId: string
  /** Where the node listens (host 0.0.0.0 = every interface). */
  listening: () => Array<{ host: string; port: number }>
  /** The QUIC RPC listener to announce for clients, if any (asked at each answer: it may start later). */
  rpc: () => { host: string; port: number } | null
  /** mDNS port (5353; tests may move it). */
  port: number
}

interface Iface { name: string; address: string; netmask: string }

interface Instance { iface: Iface; mdns: makeMdns.MulticastDNS }

const ipNum = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0)
const sameSubnet = (a: string, i: Iface): boolean => {
  const mask = ipNum(i.netmask)
  return ((ipNum(a) & mask) >>> 0) === ((ipNum(i.address) & mask) >>> 0)
}

function interfaces(): Iface[] {
  const out: Iface[] = []
  for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
    const v4 = addrs?.find((a) => a.family === 'IPv4' && !a.internal)
    if (v4 !== undefined) out.push({ name, address: v4.address, netmask: v4.netmask })
  }
  return out
}

export class MdnsDiscovery {
  private readonly instances = new Map<string, Instance>()
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly opts: DiscoveryOptions, private readonly log: Logger, private readonly found: (record: NodeRecord) => void) {}

  start(): void {
    this.tick()
    this.timer = setInterval(() => this.tick(), this.opts.intervalMs)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
    await Promise.all([...this.instances.values()].map((i) => new Promise<void>((r) => i.mdns.destroy(() => r()))))
    this.instances.clear()
  }

  /** Follows the interfaces, then asks every link who is there. */
  private tick(): void {
    const now = interfaces()
    for (const [addr, inst] of this.instances) {
      if (now.some((i) => i.address === addr)) continue
      inst.mdns.destroy()
      this.instances.delete(addr)
    }
    for (const iface of now) {
      if (this.instances.has(iface.address)) continue
      const mdns = makeMdns({ interface: iface.address, bind: '0.0.0.0', port: this.opts.port })
      const inst: Instance = { iface, mdns }
      mdns.on('query', (q, rinfo) => { if (this.handles(inst, rinfo.address)) this.onQuery(inst, q) })
      mdns.on('response', (r, rinfo) => { if (this.handles(inst, rinfo.address)) this.onResponse(r) })
      mdns.on('warning', (err: Error) => this.log.debug({ err, iface: iface.name }, 'mesh mDNS warning'))
      mdns.on('error', (err: Error) => this.log.warn({ err, iface: iface.name }, 'mesh mDNS error'))
      this.instances.set(iface.address, inst)
    }
    for (const inst of this.instances.values()) {
      inst.mdns.query({ questions: [{ name: this.opts.serviceTag, type: 'PTR' }] }, (err: Error | null) => {
        if (err) this.log.debug({ err, iface: inst.iface.name }, 'mesh mDNS query failed')
      })
    }
  }

  /** True for the one instance that handles a packet from `source`: the link it came from. */
  private handles(inst: Instance, source: string): boolean {
    const all = [...this.instances.values()]
    const owner = all.find((i) => sameSubnet(source, i.iface)) ?? all[0]
    return owner === inst
  }

  private onQuery(inst: Instance, q: { questions?: Array<{ name: string }> }): void {
    if (!(q.questions ?? []).some((x) => x.name === this.opts.serviceTag)) return
    const here = (h: string): boolean => h === '0.0.0.0' || h === inst.iface.address
    const tcp = this.opts.listening().filter((l) => here(l.host)).map((l) => ({ host: inst.iface.address, port: l.port }))
    if (tcp.length === 0) return
    const listener = this.opts.rpc()
    // an RPC listener on every interface ("::" takes IPv4 too) is reached here at this link's address
    const rpc = listener !== null && (here(listener.host) || listener.host === '::') ? [{ host: inst.iface.address, port: listener.port }] : []
    inst.mdns.respond({ answers: nodeAnswers(this.opts.serviceTag, this.opts.peerName, this.opts.peerId, tcp, rpc) }, (err: Error | null) => {
      if (err) this.log.debug({ err, iface: inst.iface.name }, 'mesh mDNS response failed')
    })
  }

  private onResponse(r: { answers?: unknown[]; additionals?: unknown[] }): void {
    const records = [...(r.answers ?? []), ...(r.additionals ?? [])] as Array<{ name: string; type: string; data?: unknown }>
    const node = parseNodeResponse(this.opts.serviceTag, records)
    if (node === null || node.peerName === this.opts.peerName || node.multiaddrs.length === 0) return
    this.found(node)
  }
}
