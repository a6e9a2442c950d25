// What a node does with envelopes: the accept pipeline (shape, size, times and hops, dedup,
// signature, the mesh.envelope veto), local delivery or local broadcast, holding in the store,
// and forwarding — towards the peer a route points to, else to every peer but the sender.
// On every new contact: its announcements and the refs it holds; the other side asks for what
// it lacks. Transport-free: it sends frames through `Links`.
import type { KeyObject } from 'node:crypto'
import type { Logger } from '../daemon/observability/logger.js'
import { qpq } from '../proto/qpq.js'
import {
  MESH_REF_BYTES, envelopeRef, expiresAtMs, parseEnvelope, signEnvelope, timeAndHopCheck, toWireEnvelope,
  type MeshEnvelope, type UnsignedEnvelope, type WireEnvelope,
} from '../protocol/mesh/envelope.js'
import type { Frame } from './frames.js'
import type { DropReason, MeshMetrics } from './metrics.js'
import type { MeshComponents } from './options.js'
import { ANNOUNCE_MAX_HOPS, MAX_DESTINATIONS, RouteTable, announceSignedBytes, destinationHash, parseAnnounce, signAnnounce, toWireAnnounce, type Announce } from './routes.js'
import type { HeldEnvelope, MeshStore, SeenRef } from './store.js'
import type { Verifier } from './verifier.js'

/** What happened to one envelope handed to the node. */
export type IngestResult = 'delivered' | 'accepted' | DropReason

export interface Links {
  connectedPeers(): string[]
  connected(peer: string): boolean
  send(peer: string, frame: qpq.v1.MeshFrame.$Properties): void
}

export interface RouterDeps {
  nodeKey: Buffer
  privateKey: KeyObject
  store: MeshStore
  routes: RouteTable
  metrics: MeshMetrics
  verifier: Verifier
  links: Links
  components: MeshComponents
  log: Logger
  maxPayloadBytes: number
  announceTtlSecs: number
}

/** Refs per summary, want or delivered frame; envelope bytes per push frame. */
const REFS_PER_FRAME = 4096
const BYTES_PER_PUSH = 1 << 20

interface Candidate { i: number; e: MeshEnvelope; ref: Buffer; key: string }

/** What became of one envelope handed to hold(): `place` is its row in the store (0 when not held). */
export type Held =
  | { kind: 'held' | 'oversize' | 'conflict' | 'store-full'; place: number }
  | { kind: 'duplicate'; place: number; proven: boolean }

/** The refs of a summary, want or delivered frame: at most REFS_PER_FRAME (what we send), the rest ignored. */
const refsOf = (refs: Uint8Array[] | null | undefined): Buffer[] =>
  (refs ?? []).slice(0, REFS_PER_FRAME).filter((r) => r.length === MESH_REF_BYTES).map((r) => Buffer.from(r))

export class Router {
  private readonly inflight = new Set<string>()
  /** Envelopes sent on but not yet committed: offered and served on a contact made meanwhile. */
  private readonly inTransit = new Map<string, MeshEnvelope>()
  private own: Announce | null = null
  private lastSeq: number | null = null
  private active = 0
  private readonly idleWaiters: Array<() => void> = []
  private readonly now: () => number

  constructor(private readonly d: RouterDeps) {
    this.now = d.components.now ?? Date.now
  }

  /** Signs an envelope as this node and takes it in (hop_count 0). */
  async originate(u: UnsignedEnvelope): Promise<{ envelope: MeshEnvelope; result: IngestResult }> {
    const envelope = signEnvelope(u, this.d.privateKey, this.d.nodeKey)
    const [result] = await this.ingest([toWireEnvelope(envelope)], null, true)
    return { envelope, result: result as IngestResult }
  }

  /**
   * Signs envelopes as this node and holds them, synchronously, inside the caller's transaction
   * (an Enqueue for identities that live elsewhere: the envelopes are stored with its messages,
   * all or nothing). The veto hook is not asked: the Enqueue passed message.enqueue. An id seen
   * before is a retry: `duplicate`, `proven` when the held copy has the same payload (a different
   * payload is a `conflict`, nothing held). `committed()` sends the new ones on, once the
   * caller's transaction has committed.
   */
  hold(us: readonly UnsignedEnvelope[]): { held: Held[]; committed(): void } {
    const now = this.now()
    this.d.metrics.received(us.length)
    const fresh: Candidate[] = []
    const held = us.map((u, i): Held => {
      if (u.payload.length > this.d.maxPayloadBytes) return { kind: 'oversize', place: 0 }
      const envelope = signEnvelope(u, this.d.privateKey, this.d.nodeKey)
      const ref = envelopeRef(envelope.origin, envelope.id)
      if (this.d.store.isSeen(ref)) {
        const bytes = this.d.store.get(ref)
        const copy = bytes === null ? null : parseEnvelope(qpq.v1.MeshEnvelope.decode(bytes))
        if (copy !== null && !copy.payload.equals(envelope.payload)) return { kind: 'conflict', place: 0 }
        return { kind: 'duplicate', place: this.d.store.placeOf(ref) ?? 0, proven: copy !== null }
      }
      fresh.push({ i, e: envelope, ref, key: ref.toString('hex') })
      return { kind: 'held', place: 0 }
    })
    const r = this.d.store.commit(
      fresh.map((x) => ({ ref: x.ref, createdAt: x.e.createdAtMs, expiresAt: expiresAtMs(x.e) })),
      fresh.map((x) => this.held(x)), now)
    this.d.metrics.evicted('full', r.evicted)
    this.d.metrics.evicted('expired', r.expired)
    for (const x of fresh) held[x.i] = { kind: r.refused.some((b) => b.equals(x.ref)) ? 'store-full' : 'held', place: this.d.store.placeOf(x.ref) ?? 0 }
    return { held, committed: () => this.forward(fresh, null) }
  }

  /**
   * The accept pipeline for envelopes from a peer (`from`) or handed in here (null). Returns
   * one result per envelope, in order. `signedHere`: this node just signed them (no check).
   */
  async ingest(wires: readonly WireEnvelope[], from: string | null, signedHere = false): Promise<IngestResult[]> {
    this.active++
    try {
      return await this.accept(wires, from, signedHere)
    } finally {
      if (--this.active === 0) for (const w of this.idleWaiters.splice(0)) w()
    }
  }

  /** Resolves once no envelope is being taken in (stop waits for it before the database closes). */
  drained(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((r) => this.idleWaiters.push(r))
  }

  private async accept(wires: readonly WireEnvelope[], from: string | null, signedHere: boolean): Promise<IngestResult[]> {
    const { store, metrics, components: c } = this.d
    const now = this.now()
    metrics.received(wires.length)
    const results: IngestResult[] = new Array<IngestResult>(wires.length)
    const drop = (i: number, reason: DropReason): void => {
      results[i] = reason
      metrics.dropped(reason)
    }
    const candidates: Candidate[] = []
    const floor = store.floor // one read of mesh_state per batch, not per envelope
    wires.forEach((w, i) => {
      const e = parseEnvelope(w)
      if (e === null) return drop(i, 'malformed')
      if (e.payload.length > this.d.maxPayloadBytes) return drop(i, 'oversize')
      const t = timeAndHopCheck(e, now)
      if (t !== null) return drop(i, t)
      if (e.createdAtMs <= floor) return drop(i, 'too-old')
      const ref = envelopeRef(e.origin, e.id)
      const key = ref.toString('hex')
      if (this.inflight.has(key) || store.isSeen(ref)) return drop(i, 'duplicate')
      candidates.push({ i, e, ref, key })
    })
    if (candidates.length === 0) return results
    const ok = signedHere ? candidates.map(() => true) : await this.d.verifier.verify(candidates.map((x) => x.e))
    // Claimed only once verified: a forgery (same origin and id, bad signature) never shadows
    // the genuine envelope, in this batch or a concurrent one. Not marked seen either.
    const claimed: Candidate[] = []
    candidates.forEach((x, n) => {
      if (!ok[n]) return drop(x.i, 'forged')
      if (this.inflight.has(x.key) || store.isSeen(x.ref)) return drop(x.i, 'duplicate')
      this.inflight.add(x.key)
      claimed.push(x)
    })
    try {
      const seen: SeenRef[] = []
      const hold: HeldEnvelope[] = []
      const forward: Candidate[] = []
      const local: Candidate[] = []
      const broadcasts: Candidate[] = []
      for (const x of claimed) {
        const seenRef = { ref: x.ref, createdAt: x.e.createdAtMs, expiresAt: expiresAtMs(x.e) }
        if (c.hooks.has('mesh.envelope') && await this.vetoed(x.e)) {
          drop(x.i, 'vetoed')
          seen.push(seenRef) // refused once: not asked for again on every contact
          continue
        }
        if (x.e.recipient !== null && c.isLocalIdentity(x.e.recipient)) {
          local.push(x)
          continue
        }
        // seen even when it cannot go on: a later copy by a shorter path is dropped too (simple, stated)
        seen.push(seenRef)
        if (x.e.topic !== null) broadcasts.push(x)
        if (x.e.hopCount >= x.e.maxHops) {
          if (x.e.topic === null) drop(x.i, 'hop-limit')
          else results[x.i] = 'accepted'
          continue
        }
        hold.push(this.held(x))
        forward.push(x)
        results[x.i] = 'accepted'
      }
      // cut-through: sent on before this node's own commit (the copy upstream is still held, and
      // a copy that comes again after a crash here is deduplicated downstream)
      for (const x of forward) this.inTransit.set(x.key, x.e)
      this.forward(forward, from)
      const deliveredRefs: Buffer[] = []
      await Promise.all(local.map(async (x) => {
        const seenRef = { ref: x.ref, createdAt: x.e.createdAtMs, expiresAt: expiresAtMs(x.e) }
        try {
          await c.deliverLocal(x.e)
          results[x.i] = 'delivered'
          metrics.delivered('unicast')
          deliveredRefs.push(x.ref)
        } catch (err) {
          // kept and retried by the sweep; seen, so peers stop offering it
          this.d.log.warn({ err, ref: x.key }, 'mesh: local delivery failed; the envelope is held to retry')
          hold.push(this.held(x))
          results[x.i] = 'accepted'
        }
        seen.push(seenRef)
      }))
      // group commit with the daemon's other writes; the claims in `inflight` cover the wait
      const r = await c.commits.submit(() => store.commit(seen, hold, now))
      metrics.evicted('full', r.evicted)
      metrics.evicted('expired', r.expired)
      const refused = new Set(r.refused.map((b) => b.toString('hex')))
      for (const x of claimed) {
        if (!refused.has(x.key)) continue
        if (results[x.i] === 'accepted') {
          results[x.i] = 'store-full'
          metrics.dropped('store-full')
        }
      }
      for (const x of broadcasts) {
        metrics.delivered('broadcast')
        try {
          c.onBroadcast(x.e.topic as Buffer, x.e)
        } catch (err) {
          this.d.log.warn({ err }, 'mesh: a broadcast subscriber threw')
        }
      }
      if (from !== null && deliveredRefs.length > 0) this.sendRefs(from, 'delivered', deliveredRefs)
      return results
    } finally {
      for (const x of claimed) {
        this.inflight.delete(x.key)
        this.inTransit.delete(x.key)
      }
    }
  }

  /** A link came up: announcements first (so routes exist), then the refs held. */
  contact(peer: string): void {
    const now = this.now()
    const own = this.ownAnnounce()
    this.d.links.send(peer, { announce: toWireAnnounce(own, 1) })
    for (const { announce, hops } of this.d.routes.all(now)) {
      if (hops + 1 <= ANNOUNCE_MAX_HOPS) this.d.links.send(peer, { announce: toWireAnnounce(announce, hops + 1) })
    }
    const refs = [...this.d.store.heldRefs(now), ...[...this.inTransit.keys()].map((k) => Buffer.from(k, 'hex'))]
    if (refs.length > 0) this.sendRefs(peer, 'summary', refs)
  }

  async frame(peer: string, f: Frame): Promise<void> {
    switch (f.body) {
      case 'envelopes':
        await this.ingest(f.envelopes?.envelopes ?? [], peer)
        return
      case 'summary': {
        const want = refsOf(f.summary?.refs).filter((r) => !this.inflight.has(r.toString('hex')) && !this.d.store.isSeen(r))
        if (want.length > 0) this.sendRefs(peer, 'want', want)
        return
      }
      case 'want':
        this.pushHeld(peer, refsOf(f.want?.refs))
        return
      case 'announce':
        this.announced(peer, f.announce ?? {})
        return
      case 'delivered':
        this.deliveredDownstream(peer, refsOf(f.delivered?.refs))
        return
      default:
    }
  }

  /** The local accounts changed: announce the new set to every peer. */
  reannounce(): void {
    this.own = null
    const own = this.ownAnnounce()
    for (const p of this.d.links.connectedPeers()) this.d.links.send(p, { announce: toWireAnnounce(own, 1) })
  }

  /** Periodic: expiry, routes, our announcement's freshness, and local deliveries to retry. */
  async maintain(announceIntervalMs: number): Promise<void> {
    const now = this.now()
    this.d.metrics.evicted('expired', this.d.store.sweep(now))
    this.d.routes.prune(now)
    if (this.own === null || now - this.own.seq >= announceIntervalMs) this.reannounce()
    for (const recipient of this.d.store.recipients()) {
      if (!this.d.components.isLocalIdentity(recipient)) continue
      for (const { ref, envelope } of this.d.store.heldFor(recipient)) {
        const e = parseEnvelope(qpq.v1.MeshEnvelope.decode(envelope))
        if (e === null) continue
        try {
          await this.d.components.deliverLocal(e)
          this.d.store.remove([ref])
          this.d.metrics.delivered('unicast')
        } catch (err) {
          this.d.log.warn({ err }, 'mesh: local delivery failed again; still held')
        }
      }
    }
  }

  get routeCount(): number {
    return this.d.routes.size
  }

  private async vetoed(e: MeshEnvelope): Promise<boolean> {
    const v = await this.d.components.hooks.veto('mesh.envelope', { id: e.id, origin: e.origin, recipient: e.recipient, topic: e.topic, hops: e.hopCount, size: e.payload.length })
    return v !== null
  }

  private held(x: Candidate): HeldEnvelope {
    return { ref: x.ref, origin: x.e.origin, recipient: x.e.recipient, expiresAt: expiresAtMs(x.e), bytes: qpq.v1.MeshEnvelope.encode(toWireEnvelope(x.e)).finish() }
  }

  /** Sends each envelope on with one more hop: along its route, else to every peer but `from`. */
  private forward(items: readonly Candidate[], from: string | null): void {
    if (items.length === 0) return
    const now = this.now()
    const peers = this.d.links.connectedPeers().filter((p) => p !== from)
    if (peers.length === 0) return
    const perPeer = new Map<string, MeshEnvelope[]>()
    for (const x of items) {
      let targets = peers
      if (x.e.recipient !== null) {
        const hop = this.d.routes.route(x.e.recipient, now, (p) => this.d.links.connected(p)).nextHop
        if (hop !== null && hop !== from) targets = [hop]
      }
      for (const p of targets) {
        let list = perPeer.get(p)
        if (list === undefined) perPeer.set(p, (list = []))
        list.push(x.e)
      }
    }
    for (const [peer, list] of perPeer) this.push(peer, list.map((e) => toWireEnvelope(e, e.hopCount + 1)), list)
  }

  /** Answers a want with the held envelopes asked for, one hop further. */
  private pushHeld(peer: string, refs: readonly Buffer[]): void {
    const wires: WireEnvelope[] = []
    const envelopes: MeshEnvelope[] = []
    for (const ref of refs) {
      const bytes = this.d.store.get(ref)
      const e = bytes !== null ? parseEnvelope(qpq.v1.MeshEnvelope.decode(bytes)) : this.inTransit.get(ref.toString('hex')) ?? null
      if (e === null || e.hopCount >= e.maxHops) continue
      wires.push(toWireEnvelope(e, e.hopCount + 1))
      envelopes.push(e)
    }
    if (wires.length > 0) this.push(peer, wires, envelopes)
  }

  private push(peer: string, wires: WireEnvelope[], envelopes: readonly MeshEnvelope[]): void {
    let batch: WireEnvelope[] = []
    let bytes = 0
    for (const w of wires) {
      const size = (w.payload?.length ?? 0) + 200
      if (batch.length > 0 && bytes + size > BYTES_PER_PUSH) {
        this.d.links.send(peer, { envelopes: { envelopes: batch } })
        batch = []
        bytes = 0
      }
      batch.push(w)
      bytes += size
    }
    if (batch.length > 0) this.d.links.send(peer, { envelopes: { envelopes: batch } })
    this.d.metrics.forwarded(wires.length)
    const hooks = this.d.components.hooks
    if (hooks.has('mesh.forwarded')) {
      const to = Buffer.from(peer, 'hex')
      for (const e of envelopes) hooks.observe('mesh.forwarded', { id: e.id, origin: e.origin, recipient: e.recipient, topic: e.topic, hops: e.hopCount + 1, peer: to })
    }
  }

  private sendRefs(peer: string, kind: 'summary' | 'want' | 'delivered', refs: readonly Buffer[]): void {
    for (let i = 0; i < refs.length; i += REFS_PER_FRAME) {
      const body = { refs: refs.slice(i, i + REFS_PER_FRAME) }
      this.d.links.send(peer, kind === 'summary' ? { summary: body } : kind === 'want' ? { want: body } : { delivered: body })
    }
  }

  private announced(peer: string, w: qpq.v1.MeshAnnounce.$Properties): void {
    const a = parseAnnounce(w)
    if (a === null || a.nodeKey.equals(this.d.nodeKey) || a.hopCount < 1 || a.hopCount > ANNOUNCE_MAX_HOPS) return
    if (!this.d.verifier.check(a.nodeKey, announceSignedBytes(a), a.signature)) return
    if (this.d.routes.learn(a, peer, this.now()) !== 'new') return
    this.d.log.debug({ node: a.nodeKey.toString('hex'), destinations: a.destinations.length, hops: a.hopCount, via: peer }, 'mesh announcement learned')
    if (a.hopCount >= ANNOUNCE_MAX_HOPS) return
    for (const p of this.d.links.connectedPeers()) if (p !== peer) this.d.links.send(p, { announce: toWireAnnounce(a, a.hopCount + 1) })
  }

  /** The peer delivered these: drop our copies of those it is the announced home for. */
  private deliveredDownstream(peer: string, refs: readonly Buffer[]): void {
    const now = this.now()
    const done = refs.filter((ref) => {
      const recipient = this.d.store.recipientOf(ref)
      return recipient !== null && this.d.routes.route(recipient, now, () => true).homes.includes(peer)
    })
    if (done.length > 0) this.d.store.remove(done)
  }

  private ownAnnounce(): Announce {
    if (this.own !== null) return this.own
    const destinations: Buffer[] = []
    for (const k of this.d.components.localIdentities()) {
      if (destinations.length >= MAX_DESTINATIONS) break
      destinations.push(destinationHash(k))
    }
    const seq = Math.max(this.now(), (this.lastSeq ?? 0) + 1)
    this.lastSeq = seq
    this.own = signAnnounce({ nodeKey: this.d.nodeKey, seq, ttlSecs: this.d.announceTtlSecs, destinations }, this.d.privateKey)
    return this.own
  }

}
