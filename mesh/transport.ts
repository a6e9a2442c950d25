// The libp2p node that carries the mesh: TCP, noise, yamux and identify, the node's mesh key as
// its libp2p identity, and one link per peer over which MeshFrames flow (protocol
// /qpq/mesh/1.0.0: each side opens one stream for what it sends and reads the other's).
// One connection per peer pair: the node with the smaller key dials; when both dialed anyway,
// each side closes only connections it dialed, keeping the one the smaller key dialed (ties: the
// oldest), so both ends converge on the same connection. Loopback is never announced.
import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { isLoopback } from '@libp2p/utils'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import type { Logger } from '../daemon/observability/logger.js'
import { coalesce, encodeFrame, readFrames, type Frame } from './frames.js'
import type { qpq } from '../proto/qpq.js'

export const MESH_PROTOCOL = '/qpq/mesh/1.0.0'
/** Frames waiting for a link's stream; past this the oldest go (anti-entropy repairs the loss). */
const MAX_QUEUED_FRAMES = 10_000
const PING_INTERVAL_MS = 30_000

export interface TransportEvents {
  /** A link to a peer is up (or moved to another connection): time for the contact exchange. */
  linkUp(peer: string): void
  linkDown(peer: string): void
  frame(peer: string, frame: Frame): Promise<void>
}

export interface PeerLink {
  /** The peer's node key (hex). */
  key: string
  peerId: string
  addresses: string[]
  connectedAtMs: number
}

export interface TransportOptions {
  seed: Uint8Array
  /** Multiaddrs to listen on, e.g. /ip4/0.0.0.0/tcp/7001. */
  listen: string[]
}

/** The raw Ed25519 key (hex) of a peer id, or null for other key types. */
export function peerKeyHex(id: PeerId): string | null {
  return id.type === 'Ed25519' && id.publicKey !== undefined ? Buffer.from(id.publicKey.raw).toString('hex') : null
}

export interface ConnectionLike { direction: 'inbound' | 'outbound'; status: string; timeline: { open: number } }

/**
 * Of the connections to one peer, the one both ends keep: dialed by the smaller key if any was,
 * then the oldest. Each end closes only the others that it dialed itself.
 */
export function keeperOf<C extends ConnectionLike>(conns: readonly C[], myKey: string, peerKey: string): C | null {
  const open = conns.filter((c) => c.status === 'open')
  if (open.length === 0) return null
  const smallerDialed = (c: C): boolean => (c.direction === 'outbound' ? myKey < peerKey : peerKey < myKey)
  const preferred = open.filter(smallerDialed)
  return (preferred.length > 0 ? preferred : open).reduce((a, b) => (b.timeline.open < a.timeline.open ? b : a))
}

class Link {
  out: Stream | null = null
  private queue: Uint8Array[] = []
  private pumping = false
  readonly connectedAtMs = Date.now()

  constructor(readonly key: string, public conn: Connection, private readonly log: Logger) {}

  send(bytes: Uint8Array): void {
    if (this.queue.length >= MAX_QUEUED_FRAMES) this.queue.shift()
    this.queue.push(bytes)
    void this.pump()
  }

  /** Writes queued frames in order, waiting for the stream to drain when its buffer is full. */
  async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      while (this.queue.length > 0 && this.out !== null && this.out.status === 'open') {
        const next = this.queue.shift() as Uint8Array
        if (!this.out.send(next)) await this.out.onDrain()
      }
    } catch (err) {
      this.log.debug({ err, peer: this.key }, 'mesh link write failed')
    } finally {
      this.pumping = false
    }
  }
}

export class MeshTransport {
  private node: Libp2p | null = null
  private readonly links = new Map<string, Link>()
  private readonly dialing = new Set<string>()
  private pinger: NodeJS.Timeout | null = null
  myKey = ''

  constructor(private readonly opts: TransportOptions, private readonly log: Logger, private readonly events: TransportEvents) {}

  async start(): Promise<void> {
    const privateKey = await generateKeyPairFromSeed('Ed25519', this.opts.seed)
    const node = await createLibp2p({
      privateKey,
      start: false,
      addresses: { listen: this.opts.listen, announceFilter: (addrs: Multiaddr[]) => addrs.filter((a) => !isLoopback(a)) },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      services: { identify: identify() },
    })
    this.node = node
    this.myKey = peerKeyHex(node.peerId) as string
    node.addEventListener('connection:open', (evt) => this.opened(evt.detail))
    node.addEventListener('connection:close', (evt) => this.closed(evt.detail))
    await node.handle(MESH_PROTOCOL, (stream, conn) => { void this.read(stream, conn) }, { maxInboundStreams: 4 })
    await node.start()
    this.pinger = setInterval(() => this.broadcast(encodeFrame({ ping: {} })), PING_INTERVAL_MS)
    this.pinger.unref()
  }

  async stop(): Promise<void> {
    if (this.pinger !== null) clearInterval(this.pinger)
    this.pinger = null
    const node = this.node
    this.node = null
    this.links.clear()
    await node?.stop()
  }

  get peerId(): string {
    return this.node?.peerId.toString() ?? ''
  }

  /** The multiaddrs this node announces, with its peer id. */
  addresses(): string[] {
    return this.node?.getMultiaddrs().map((a) => a.toString()) ?? []
  }

  /** The IPv4 TCP addresses it can be reached on (interfaces expanded, loopback left out). */
  listening(): Array<{ host: string; port: number }> {
    const out: Array<{ host: string; port: number }> = []
    for (const a of this.node?.getMultiaddrs() ?? []) {
      const c = a.getComponents()
      const ip = c.find((x) => x.name === 'ip4')?.value
      const port = c.find((x) => x.name === 'tcp')?.value
      if (ip !== undefined && port !== undefined) out.push({ host: ip, port: Number(port) })
    }
    return out
  }

  peers(): PeerLink[] {
    return [...this.links.values()].map((l) => ({ key: l.key, peerId: l.conn.remotePeer.toString(), addresses: [l.conn.remoteAddr.toString()], connectedAtMs: l.connectedAtMs }))
  }

  connected(peer: string): boolean {
    return this.links.get(peer)?.out != null
  }

  connectedPeers(): string[] {
    return [...this.links.values()].filter((l) => l.out !== null).map((l) => l.key)
  }

  send(peer: string, frame: qpq.v1.MeshFrame.$Properties): void {
    this.links.get(peer)?.send(encodeFrame(frame))
  }

  broadcast(bytes: Uint8Array, except?: string): void {
    for (const l of this.links.values()) if (l.key !== except) l.send(bytes)
  }

  /**
   * A peer was found (mDNS or configured): the smaller key dials at once; the larger waits
   * `fallbackMs` for the other to dial and dials only if it did not.
   */
  discovered(peerId: string, addrs: string[], fallbackMs: number): void {
    const node = this.node
    if (node === null) return
    let id: PeerId
    try {
      id = peerIdFromString(peerId)
    } catch {
      return
    }
    const key = peerKeyHex(id)
    if (key === null || key === this.myKey || this.links.has(key) || this.dialing.has(key)) return
    // a record is anyone's on the LAN: an address that does not parse is skipped (multiaddr throws,
    // and this runs in the mDNS socket's event, where a throw would end the daemon)
    const targets = addrs.flatMap((a) => {
      try {
        return [multiaddr(a.includes('/p2p/') ? a : `${a}/p2p/${peerId}`)]
      } catch {
        return []
      }
    })
    if (targets.length === 0) return
    const dial = (): void => {
      if (this.node === null || this.links.has(key) || this.dialing.has(key)) return
      this.dialing.add(key)
      node.dial(targets).catch((err: unknown) => this.log.debug({ err, peer: key }, 'mesh dial failed')).finally(() => this.dialing.delete(key))
    }
    if (this.myKey < key) dial()
    else setTimeout(dial, fallbackMs).unref()
  }

  /** Dials a multiaddr that names its peer (/…/p2p/ID), whoever's key is smaller. */
  async dial(addr: string): Promise<void> {
    await this.node?.dial(multiaddr(addr))
  }

  private opened(conn: Connection): void {
    const key = peerKeyHex(conn.remotePeer)
    if (key === null) {
      conn.abort(new Error('mesh peers have Ed25519 keys'))
      return
    }
    const keeper = this.keeper(conn.remotePeer, key)
    for (const c of this.node?.getConnections(conn.remotePeer) ?? []) {
      if (c !== keeper && c.direction === 'outbound') void c.close().catch(() => {})
    }
    if (keeper !== null) this.bind(key, keeper)
  }

  private closed(conn: Connection): void {
    const key = peerKeyHex(conn.remotePeer)
    if (key === null) return
    const link = this.links.get(key)
    if (link === undefined || link.conn !== conn) return
    const next = this.keeper(conn.remotePeer, key)
    if (next !== null) {
      this.bind(key, next)
      return
    }
    this.links.delete(key)
    this.events.linkDown(key)
  }

  private keeper(peer: PeerId, key: string): Connection | null {
    return keeperOf(this.node?.getConnections(peer) ?? [], this.myKey, key)
  }

  /** Puts the peer's link on `conn` and opens the stream this side sends on. */
  private bind(key: string, conn: Connection): void {
    let link = this.links.get(key)
    if (link !== undefined && link.conn === conn && link.out !== null) return
    if (link === undefined) this.links.set(key, (link = new Link(key, conn, this.log)))
    link.conn = conn
    link.out = null
    const l = link
    conn.newStream(MESH_PROTOCOL).then((stream) => {
      if (this.links.get(key) !== l || l.conn !== conn) {
        stream.abort(new Error('link moved'))
        return
      }
      l.out = stream
      this.events.linkUp(key)
      void l.pump()
    }, (err: unknown) => this.log.debug({ err, peer: key }, 'mesh stream failed to open'))
  }

  /**
   * Reads a peer's stream ahead of handling it: frames queue while the previous batch is being
   * handled, and each turn takes everything queued (consecutive envelope frames as one batch),
   * so batches grow with the load. Reading pauses while MAX_QUEUED_FRAMES wait.
   */
  private async read(stream: Stream, conn: Connection): Promise<void> {
    const key = peerKeyHex(conn.remotePeer)
    if (key === null) return
    const queue: Frame[] = []
    let ended = false
    const wake: { handler: (() => void) | null; reader: (() => void) | null } = { handler: null, reader: null }
    const handler = (async () => {
      for (;;) {
        while (queue.length === 0 && !ended) await new Promise<void>((r) => { wake.handler = r })
        if (queue.length === 0) return
        const batch = coalesce(queue.splice(0))
        wake.reader?.()
        for (const frame of batch) {
          try {
            await this.events.frame(key, frame)
          } catch (err) {
            this.log.warn({ err, peer: key }, 'mesh: handling a frame failed')
          }
        }
      }
    })()
    try {
      for await (const frames of readFrames(stream)) {
        queue.push(...frames)
        wake.handler?.()
        if (queue.length >= MAX_QUEUED_FRAMES) await new Promise<void>((r) => { wake.reader = r })
        wake.reader = null
      }
    } catch (err) {
      this.log.debug({ err, peer: key }, 'mesh stream ended')
      stream.abort(err as Error)
    } finally {
      ended = true
      wake.handler?.()
    }
    await handler
  }
}
