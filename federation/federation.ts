// The federation relay as one component (federation/README.md is its contract with the daemon):
// the mTLS listener serving 900–905 to configured peers, a link per peer, the durable outbound
// queues and their relay workers, inbound exactly-once storage, lookups of remote users, the
// audit of the peers' key transparency logs, and link health. Built with (options, components);
// start() brings the listener and the workers up, stop() takes them down.
import { createHmac } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Registry } from 'prom-client'
import { qpq } from '../proto/qpq.js'
import type { HostPort } from '../protocol/address.js'
import { NotFoundError } from '../protocol/errors.js'
import { normalizeDomain } from '../protocol/domain.js'
import type { HookBus } from '../plugins/hooks.js'
import type { Logger } from '../daemon/observability/logger.js'
import type { CallContext } from '../daemon/services/call-context.js'
import { Sweep } from '../daemon/services/sweep.js'
import { FederationHandlers, type LocalServices } from './handlers.js'
import { InboundRelay } from './inbound.js'
import { InboundStore } from './inbound-store.js'
import { PeerLogAuditor, headMessage, type HeadAnswer } from './kt-audit.js'
import { FederationListener } from './listener.js'
import { FederationMetrics } from './metrics.js'
import { federationMethods } from './methods.js'
import type { FederationOptions } from './options.js'
import { OutboundStore, type OutboundMessage, type Queued } from './outbound-store.js'
import { PeerLink } from './peer-link.js'
import { PeerLogStore } from './peer-log-store.js'
import { OutboundRelay, type DestinationState } from './relay.js'
import { PROXY_RESOLVE_USER, RemoteLookups, alertMessage, peerFailure } from './remote.js'
import { RemoteUserStore } from './remote-users.js'
import { PeerTrust } from './trust.js'

export type { LocalServices } from './handlers.js'
export type { DestinationState } from './relay.js'
export type { OutboundMessage, Queued } from './outbound-store.js'

export interface FederationComponents {
  /** The daemon's database (migration 14's tables). */
  db: Database.Database
  /** The daemon's group commit (CommitBatcher.submit): `op` runs in its own savepoint and settles after the commit. */
  submit<T>(op: () => T): Promise<T>
  local: LocalServices
  hooks: HookBus
  registry: Registry
  log: Logger
  /** Per-call deadline of the listener (the daemon's rpc_timeout). */
  rpcTimeoutMs: number
  now?: () => number
}

/** The link to a peer as seen from here, with its queue (FederationHealth, 905). */
export interface LinkHealth {
  domain: string
  reachable: boolean
  /** Round trip of the 905 call (ms); null when the peer did not answer. */
  rttMs: number | null
  /** Why the peer could not be asked. */
  error: string | null
  /** The peer's answer: its health, clock and its queue back to us. */
  remote: qpq.v1.IFederationHealthResponse | null
  queue: DestinationState
}

const FEDERATION_HEALTH = 905
/** Peers often start together: the first check of their logs waits this long (or the interval, if shorter). */
const FIRST_AUDIT_MS = 30_000
const HEADS_DEFAULT = 20
const HEADS_MAX = 100
const SWEEP_BATCH = 5_000

export class Federation {
  readonly domain: string
  private readonly trust: PeerTrust
  private readonly links = new Map<string, PeerLink>()
  private readonly listener: FederationListener
  private readonly relay: OutboundRelay
  private readonly remote: RemoteLookups
  private readonly auditor: PeerLogAuditor
  private readonly logs: PeerLogStore
  private readonly users: RemoteUserStore
  private readonly metrics: FederationMetrics
  private readonly sweeps: Sweep[]
  private readonly log: Logger
  private readonly now: () => number
  private auditTimer: NodeJS.Timeout | null = null
  private auditing: Promise<void> | null = null

  constructor(private readonly o: FederationOptions, c: FederationComponents) {
    this.domain = o.domain
    this.log = c.log
    this.now = c.now ?? Date.now
    this.trust = new PeerTrust(o.caPem, o.peers, o.certPem)
    const outbound = new OutboundStore(c.db)
    const inboundStore = new InboundStore(c.db)
    this.logs = new PeerLogStore(c.db)
    this.users = new RemoteUserStore(c.db)
    let relay: OutboundRelay | null = null
    this.metrics = new FederationMetrics(c.registry, () => relay?.states() ?? [], this.now)
    relay = new OutboundRelay({
      store: outbound, submit: c.submit, link: (d) => this.link(d), peers: o.peers.map((p) => p.domain), originDomain: o.domain,
      settings: o.relay, hooks: c.hooks, metrics: this.metrics, log: c.log.child({ component: 'federation-relay' }), now: this.now,
    })
    this.relay = relay
    this.auditor = new PeerLogAuditor({
      store: this.logs, metrics: this.metrics, log: c.log.child({ component: 'federation-kt' }), now: this.now,
      currentHead: (domain, known) => this.currentHead(domain, known),
    })
    this.remote = new RemoteLookups({
      originDomain: o.domain, isPeer: (d) => this.trust.isPeer(d), link: (d) => this.link(d), auditor: this.auditor, logs: this.logs,
      users: this.users, now: this.now,
    })
    const inbound = new InboundRelay({ store: inboundStore, local: c.local.delivery, submit: c.submit, hooks: c.hooks, metrics: this.metrics, log: c.log, now: this.now })
    let listener: FederationListener | null = null
    const handlers = new FederationHandlers({
      domain: o.domain, local: c.local, inbound, relay, now: this.now,
      domainsOf: (id) => listener?.domainsOf(id) ?? new Set(),
    })
    listener = new FederationListener({
      listen: o.listen, certPem: o.certPem, keyPem: o.keyPem, transport: o.transport, rpcTimeoutMs: c.rpcTimeoutMs,
      // its own secret, derived: tokens of the client listener mean nothing here
      secret: createHmac('sha256', o.secret).update('qpq federation listener').digest(),
    }, this.trust, federationMethods(handlers), c.log.child({ component: 'federation' }), () => this.metrics.handshakeRefused.inc())
    this.listener = listener
    const sweepLog = c.log.child({ component: 'sweep' })
    this.sweeps = [
      new Sweep('expired federation dedup records', 60_000, () => inboundStore.sweep(this.now(), SWEEP_BATCH), sweepLog),
      new Sweep('expired relayed messages', 60_000, () => {
        for (const [d, n] of outbound.expireEverywhere(this.now())) {
          this.metrics.relayExpired.labels(d).inc(n)
          c.log.warn({ destination: d, expired: n }, 'relayed messages expired before their destination took them')
        }
      }, sweepLog),
    ]
  }

  /** Binds the listener and resumes the queues; resolves with the listener's address. */
  async start(): Promise<HostPort> {
    const address = await this.listener.start()
    this.relay.start()
    for (const s of this.sweeps) s.start()
    this.scheduleAudit(Math.min(FIRST_AUDIT_MS, this.o.auditIntervalMs))
    this.log.info({ domain: this.domain, listen: `${address.host}:${address.port}`, peers: this.o.peers.map((p) => p.domain) }, 'federation relay listening')
    return address
  }

  /** Stops the workers and the audit, closes the links, drains the listener (up to timeoutMs). */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (this.auditTimer !== null) clearTimeout(this.auditTimer)
    this.auditTimer = null
    const relayStopped = this.relay.stop()
    for (const l of this.links.values()) l.close()
    await relayStopped
    await this.auditing
    await Promise.all(this.sweeps.map((s) => s.stop()))
    await this.listener.stop(timeoutMs)
  }

  get address(): HostPort {
    return this.listener.address
  }

  isPeer(domain: string): boolean {
    return this.trust.isPeer(domain)
  }

  /** Commits messages for users of `domain` into its outbound queue; settles once durable. */
  relayTo(domain: string, messages: readonly OutboundMessage[]): Promise<Queued[]> {
    if (!this.trust.isPeer(domain)) return Promise.reject(new NotFoundError(`${domain} is not a federation peer of this server`))
    return this.relay.enqueue(domain, messages)
  }

  /**
   * relayTo inside the caller's transaction (all or none with its own writes); call
   * `committed()` after the commit (it wakes the relay and fires federation.outbound).
   */
  relayInTransaction(domain: string, messages: readonly OutboundMessage[]): { queued: Queued[]; committed(): void } {
    if (!this.trust.isPeer(domain)) throw new NotFoundError(`${domain} is not a federation peer of this server`)
    return this.relay.queueInTransaction(domain, messages)
  }

  /** The domain a remote identity key was resolved at (where an Enqueue to it is relayed). */
  domainOfKey(identityKey: Uint8Array): string | null {
    return this.users.domainOf(identityKey) ?? null
  }

  resolveUser(name: string, domain: string): Promise<qpq.v1.IResolveUserResponse> {
    return this.remote.resolveUser(name, domain)
  }

  fetchKeyPackage(domain: string, identityKey: Uint8Array): Promise<Uint8Array> {
    return this.remote.fetchKeyPackage(domain, identityKey)
  }

  fetchHybridKey(domain: string, identityKey: Uint8Array): Promise<Uint8Array> {
    return this.remote.fetchHybridKey(domain, identityKey)
  }

  destinations(): DestinationState[] {
    return this.relay.states()
  }

  destination(domain: string): DestinationState {
    return this.relay.state(domain)
  }

  /** Ends a destination's backoff and tries it now. */
  resetDestination(domain: string): void {
    this.relay.reset(domain)
  }

  /** Asks the peer for its FederationHealth (905) and reports the link: reachable, round trip, queue. */
  async linkHealth(domain: string): Promise<LinkHealth> {
    if (!this.trust.isPeer(domain)) throw new NotFoundError(`${domain} is not a federation peer of this server`)
    const started = process.hrtime.bigint()
    try {
      const remote = await this.link(domain).call(FEDERATION_HEALTH, qpq.v1.FederationHealthRequest.encode({ federation_auth: { origin_domain: this.domain } }).finish(), qpq.v1.FederationHealthResponse)
      const rttMs = Number(process.hrtime.bigint() - started) / 1e6
      this.metrics.rtt.labels(domain).set(rttMs / 1000)
      return { domain, reachable: true, rttMs, error: null, remote, queue: this.relay.state(domain) }
    } catch (err) {
      return { domain, reachable: false, rttMs: null, error: (err as Error).message, remote: null, queue: this.relay.state(domain) }
    }
  }

  /** Checks one peer's KT log now (the periodic audit does every peer). */
  async auditPeer(domain: string): Promise<void> {
    await this.auditor.audit(domain)
  }

  /** The operator accepted a change of a peer's log (restored from backup, new KT key): forget its heads, pin and alerts. */
  resetPeerLog(domain: string): void {
    this.logs.forget(domain)
  }

  /** FetchPeerTreeHeads (530), on the client listener: what this server saw of a peer's log. */
  fetchPeerTreeHeads = (req: InstanceType<typeof qpq.v1.FetchPeerTreeHeadsRequest>, _ctx: CallContext): qpq.v1.IFetchPeerTreeHeadsResponse => {
    const domain = normalizeDomain(req.domain)
    if (domain === null || !this.trust.isPeer(domain)) throw new NotFoundError(`${req.domain} is not a federation peer of this server`)
    const limit = req.limit === 0 ? HEADS_DEFAULT : Math.min(req.limit, HEADS_MAX)
    const log = this.logs.log(domain)
    return {
      heads: this.logs.heads(domain, limit).map(headMessage),
      alerts: this.logs.alerts(domain).map(alertMessage),
      last_checked_ms: log?.lastCheckedAt ?? 0,
      signer_key: log?.signerKey,
    }
  }

  private link(domain: string): PeerLink {
    let l = this.links.get(domain)
    if (l === undefined) {
      const peer = this.trust.peer(domain)
      if (peer === undefined) throw new NotFoundError(`${domain} is not a federation peer of this server`)
      l = new PeerLink({
        peer, trust: this.trust, clientCert: { certPem: this.o.certPem, keyPem: this.o.keyPem }, transport: this.o.transport,
        connectTimeoutMs: this.o.connectTimeoutMs, callTimeoutMs: this.o.callTimeoutMs,
      })
      this.links.set(domain, l)
    }
    return l
  }

  private async currentHead(domain: string, knownTreeSize: number): Promise<HeadAnswer> {
    const r = await this.link(domain).call(PROXY_RESOLVE_USER, qpq.v1.ProxyResolveUserRequest.encode({
      federation_auth: { origin_domain: this.domain }, resolve: { username: '', known_tree_size: knownTreeSize },
    }).finish(), qpq.v1.ProxyResolveUserResponse)
    return r.result ?? {}
  }

  private scheduleAudit(delayMs: number): void {
    this.auditTimer = setTimeout(() => {
      this.auditing = this.auditAll().finally(() => {
        this.auditing = null
        if (this.auditTimer !== null) this.scheduleAudit(this.o.auditIntervalMs)
      })
    }, delayMs)
    this.auditTimer.unref()
  }

  private async auditAll(): Promise<void> {
    for (const p of this.o.peers) {
      if (this.auditTimer === null) return
      try {
        await this.auditor.audit(p.domain)
      } catch (err) {
        this.log.warn({ domain: p.domain, reason: peerFailure(p.domain, err).message }, 'could not check a federation peer\'s key transparency log')
      }
    }
  }
}
