// The LAN mesh as one component with a start/stop lifecycle: the node's mesh identity, its
// store, routes and metrics, the libp2p transport, mDNS discovery, and the router between them.
// What the daemon calls (send, broadcast, submit, peers, identity, store stats) and what it
// passes in (MeshComponents) are described in mesh/README.md.
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { parseAddress } from '../protocol/address.js'
import { MESH_TOPIC_BYTES, MAX_HOPS_LIMIT, type MeshEnvelope, type UnsignedEnvelope, type WireEnvelope } from '../protocol/mesh/envelope.js'
import { MdnsDiscovery } from './discovery.js'
import { MESH_KEY_FILE, loadOrCreateMeshIdentity, type MeshIdentity } from './identity.js'
import { MeshMetrics, type MeshMetricsView } from './metrics.js'
import { DEFAULT_MESH_OPTIONS, type MeshComponents, type MeshOptions } from './options.js'
import { RouteTable } from './routes.js'
import { Router, type Held, type IngestResult } from './router.js'
import { MeshStore, type StoreStats } from './store.js'
import { MeshTransport, type PeerLink } from './transport.js'
import { Verifier } from './verifier.js'

export interface SendRequest {
  recipient: Uint8Array
  channel?: Uint8Array
  payload: Uint8Array
  ttlSecs: number
  maxHops?: number
  /** 16 bytes; random when absent (the daemon passes the Enqueue's message_id). */
  id?: Uint8Array
}

export interface BroadcastRequest {
  topic: Uint8Array
  payload: Uint8Array
  ttlSecs: number
  maxHops?: number
}

export interface SendResult { envelope: MeshEnvelope; result: IngestResult }

export class Mesh {
  private readonly opts: MeshOptions
  private readonly identity: MeshIdentity
  private readonly store: MeshStore
  private readonly metrics: MeshMetrics
  private readonly transport: MeshTransport
  private readonly router: Router
  private discovery: MdnsDiscovery | null = null
  private sweeper: NodeJS.Timeout | null = null
  private redialer: NodeJS.Timeout | null = null
  private maintaining: Promise<void> | null = null
  /** The QUIC RPC address announced to clients (options.rpc, or what announceRpc set). */
  private rpc: { host: string; port: number } | null

  constructor(options: Partial<MeshOptions> & { dataDir: string }, private readonly c: MeshComponents) {
    this.opts = { ...DEFAULT_MESH_OPTIONS, ...options }
    this.rpc = this.opts.rpc
    if (this.opts.defaultMaxHops < 1 || this.opts.defaultMaxHops > MAX_HOPS_LIMIT) throw new RangeError(`mesh max hops must be 1-${MAX_HOPS_LIMIT}`)
    this.identity = loadOrCreateMeshIdentity(path.join(this.opts.dataDir, MESH_KEY_FILE))
    this.store = new MeshStore(c.db, { maxBytes: this.opts.storeMaxBytes, maxEnvelopes: this.opts.storeMaxEnvelopes, maxSeen: this.opts.seenMax })
    const routes = new RouteTable()
    const log = c.logger.child({ component: 'mesh' })
    this.metrics = new MeshMetrics(c.registry, { peers: () => this.transport.connectedPeers().length, store: () => this.store.stats(), routes: () => routes.size })
    const listen = this.opts.listen.map((a) => {
      const hp = parseAddress(a)
      if (hp === null || hp.host.includes(':')) throw new RangeError(`mesh listen address ${a} is not IPV4:PORT`)
      return `/ip4/${hp.host}/tcp/${hp.port}`
    })
    this.transport = new MeshTransport({ seed: this.identity.seed, listen }, log, {
      linkUp: (peer) => {
        log.info({ peer }, 'mesh peer linked')
        this.router.contact(peer)
        c.onPeer?.(peer, true)
      },
      linkDown: (peer) => {
        log.info({ peer }, 'mesh peer gone')
        c.onPeer?.(peer, false)
      },
      frame: (peer, f) => this.router.frame(peer, f),
    })
    this.router = new Router({
      nodeKey: this.identity.publicKey, privateKey: this.identity.privateKey, store: this.store, routes, metrics: this.metrics,
      verifier: new Verifier(), links: this.transport, components: c, log,
      maxPayloadBytes: this.opts.maxPayloadBytes, announceTtlSecs: this.opts.announceTtlSecs,
    })
  }

  async start(): Promise<void> {
    await this.transport.start()
    if (this.opts.mdns) {
      this.discovery = new MdnsDiscovery({
        serviceTag: this.opts.serviceTag, intervalMs: this.opts.mdnsIntervalMs, peerName: this.transport.peerId, peerId: this.transport.peerId,
        listening: () => this.transport.listening(), rpc: () => this.rpc, port: this.opts.mdnsPort,
      }, this.c.logger.child({ component: 'mesh' }), (node) => this.transport.discovered(node.peerId, node.multiaddrs, this.opts.dialFallbackMs))
      this.discovery.start()
    }
    this.dialPeers()
    if (this.opts.peers.length > 0) {
      this.redialer = setInterval(() => this.dialPeers(), this.opts.mdnsIntervalMs)
      this.redialer.unref()
    }
    this.sweeper = setInterval(() => { void this.maintain() }, this.opts.sweepIntervalMs)
    this.sweeper.unref()
    await this.maintain()
  }

  async stop(): Promise<void> {
    for (const t of [this.sweeper, this.redialer]) if (t !== null) clearInterval(t)
    this.sweeper = this.redialer = null
    await this.discovery?.stop()
    this.discovery = null
    await this.transport.stop()
    await this.maintaining
    await this.router.drained()
  }

  /** This node's mesh identity: node key, libp2p peer id, listen multiaddrs. */
  get info(): { nodeKey: Buffer; peerId: string; addresses: string[] } {
    return { nodeKey: this.identity.publicKey, peerId: this.transport.peerId, addresses: this.transport.addresses() }
  }

  /** Makes, signs (as this node) and takes in a unicast envelope: delivered here, or held and forwarded. */
  send(r: SendRequest): Promise<SendResult> {
    return this.router.originate(this.unicast(r))
  }

  /**
   * Enqueue's way in: signs unicast envelopes for identities that are not local accounts and
   * holds them inside the caller's open transaction on the daemon's database (synchronous; the
   * caller's rollback undoes them). Call `committed()` once that transaction has committed: the
   * envelopes are then sent on. See Router.hold for the results.
   */
  queue(requests: readonly SendRequest[]): { held: Held[]; committed(): void } {
    return this.router.hold(requests.map((r) => this.unicast(r)))
  }

  private unicast(r: SendRequest): UnsignedEnvelope {
    return {
      id: Buffer.from(r.id ?? randomBytes(16)), recipient: Buffer.from(r.recipient), topic: null, channel: Buffer.from(r.channel ?? []),
      createdAtMs: this.now(), ttlSecs: r.ttlSecs, maxHops: r.maxHops ?? this.opts.defaultMaxHops, payload: Buffer.from(r.payload),
    }
  }

  /** The daemon's RPC listener is up (its port known): announce it to clients in mDNS. */
  announceRpc(address: { host: string; port: number }): void {
    this.rpc = address
  }

  broadcast(r: BroadcastRequest): Promise<SendResult> {
    if (r.topic.length !== MESH_TOPIC_BYTES) throw new RangeError(`a topic is ${MESH_TOPIC_BYTES} bytes`)
    return this.router.originate({
      id: randomBytes(16), recipient: null, topic: Buffer.from(r.topic), channel: Buffer.alloc(0),
      createdAtMs: this.now(), ttlSecs: r.ttlSecs, maxHops: r.maxHops ?? this.opts.defaultMaxHops, payload: Buffer.from(r.payload),
    })
  }

  /** Takes in an envelope signed elsewhere (a client's, for the mesh fallback), with every check. */
  async submit(envelope: WireEnvelope): Promise<IngestResult> {
    return (await this.router.ingest([envelope], null))[0] as IngestResult
  }

  peers(): PeerLink[] {
    return this.transport.peers()
  }

  storeStats(): StoreStats {
    return this.store.stats()
  }

  stats(): MeshMetricsView & { store: StoreStats; routes: number; peers: number } {
    return { ...this.metrics.snapshot(), store: this.store.stats(), routes: this.router.routeCount, peers: this.transport.connectedPeers().length }
  }

  /** Accounts were created or deleted: re-announce which identities live here. */
  localIdentitiesChanged(): void {
    this.router.reannounce()
  }

  private dialPeers(): void {
    for (const p of this.opts.peers) void this.transport.dial(p).catch((err: unknown) => this.c.logger.debug({ err, peer: p }, 'mesh: configured peer not reachable'))
  }

  private maintain(): Promise<void> {
    this.maintaining ??= this.router.maintain(this.opts.announceIntervalMs)
      .catch((err: unknown) => this.c.logger.warn({ err }, 'mesh maintenance failed'))
      .finally(() => { this.maintaining = null })
    return this.maintaining
  }

  private now(): number {
    return (this.c.now ?? Date.now)()
  }
}
