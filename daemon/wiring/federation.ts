// The federation domain (federation/, contract in federation/README.md): built only when
// [federation] is enabled. It turns the configuration into the relay's options (a refusal is a
// ConfigError: exit 2), gives the services what they route by — which keys and domains are
// remote, the proxied lookups, delivery's forwarder — and, once the services exist, serves
// them to the peers: started after the plugins and before the client listener, so it is
// stopped after that listener drained (Enqueues in flight reach the queue) and before storage.
import type { Config } from '../config/config.js'
import { ConfigError } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { HookBus } from '../../plugins/hooks.js'
import { qpq } from '../../proto/qpq.js'
import type { HostPort } from '../../protocol/address.js'
import { Federation, type DestinationState, type LinkHealth, type LocalServices } from '../../federation/federation.js'
import { FederationSetupError, federationOptions } from '../../federation/settings.js'
import type { ProofSigner } from '../crypto/proof-signer.js'
import type { Forwarder } from '../services/delivery/forwarding.js'
import type { DeliveryService } from '../services/delivery/handler.js'
import type { KeyService } from '../services/keys/handler.js'
import type { UserService } from '../services/users/handler.js'
import type { CommitBatcher } from '../storage/commit-batcher.js'
import type { Storage } from '../storage/database.js'
import type { Startable } from './lifecycle.js'

const ROUTE = 'federation:'

/** What the services route by (daemon/services never import federation/). */
export interface FederationRoutes {
  /** This server's federation domain: `name@<it>` is a local user. */
  readonly domain: string
  isPeer(domain: string): boolean
  /** The peer domain that vouched for a key that is no account here; null for local or unknown keys. */
  domainOfKey(identityKey: Buffer): string | null
  resolveUser(name: string, domain: string): Promise<qpq.v1.IResolveUserResponse>
  fetchKeyPackage(domain: string, identityKey: Uint8Array): Promise<Uint8Array>
  fetchHybridKey(domain: string, identityKey: Uint8Array): Promise<Uint8Array>
}

/** What the operator's tools show and do (qpqctl federation …). */
export interface FederationOps {
  readonly domain: string
  readonly address: HostPort
  destinations(): DestinationState[]
  destination(domain: string): DestinationState
  /** Ends a destination's backoff and tries it now. */
  resetDestination(domain: string): void
  linkHealth(domain: string): Promise<LinkHealth>
  auditPeer(domain: string): Promise<void>
  resetPeerLog(domain: string): void
}

export interface FederationComponents {
  storage: Storage
  batcher: CommitBatcher
  hooks: HookBus
  metrics: Metrics
  /** The client listener's QUIC secret (the relay derives its own from it). */
  secret: Uint8Array
  /** True when an account here has this identity key (a local key is never routed away). */
  isLocal(identityKey: Buffer): boolean
  log: Logger
}

export class FederationDomain implements Startable, FederationOps {
  readonly relay: Federation
  readonly routes: FederationRoutes
  /** Delivery's carrier of messages for users of peer domains (the first of the forwarders). */
  readonly forwarder: Forwarder
  private served: LocalServices | null = null
  private readonly log: Logger

  constructor(private readonly config: Config, c: FederationComponents) {
    this.log = c.log.child({ component: 'federation' })
    let options: ReturnType<typeof federationOptions>
    try {
      options = federationOptions({ federation: config.federation, dataDir: config.dataDir, production: config.production, secret: c.secret })
    } catch (err) {
      if (err instanceof FederationSetupError) throw new ConfigError(err.message)
      throw err
    }
    if (options.generatedCertificate) this.log.warn({ domain: options.domain }, 'generated a self-signed federation certificate (development): peers must pin it')
    const local = (): LocalServices => {
      if (this.served === null) throw new Error('the federation relay is not serving yet')
      return this.served
    }
    const relay = (this.relay = new Federation(options, {
      db: c.storage.db,
      submit: (op) => c.batcher.submit(op),
      hooks: c.hooks,
      registry: c.metrics.registry,
      log: this.log,
      rpcTimeoutMs: config.rpcTimeoutMs,
      // the services exist only after this component: bound by serving(), before start()
      local: {
        delivery: { store: (m) => local().delivery.store(m) },
        resolveUser: (r) => local().resolveUser(r),
        fetchKeyPackage: (r) => local().fetchKeyPackage(r),
        fetchHybridKey: (r) => local().fetchHybridKey(r),
        health: () => local().health(),
        prove: (facts) => local().prove?.(facts) ?? Promise.resolve(new Uint8Array()),
      },
    }))
    const domainOfKey = (key: Buffer): string | null => (c.isLocal(key) ? null : relay.domainOfKey(key))
    this.routes = {
      domain: relay.domain,
      isPeer: (d) => relay.isPeer(d),
      domainOfKey,
      resolveUser: (name, d) => relay.resolveUser(name, d),
      fetchKeyPackage: (d, key) => relay.fetchKeyPackage(d, key),
      fetchHybridKey: (d, key) => relay.fetchHybridKey(d, key),
    }
    this.forwarder = {
      // delivery asks only for keys that are no account here, or when the client named a domain
      routeOf: (key, named) => {
        const d = named ?? relay.domainOfKey(key)
        return d !== null && relay.isPeer(d) ? ROUTE + d : null
      },
      queue: (route, messages) => {
        const { queued, committed } = relay.relayInTransaction(route.slice(ROUTE.length), messages)
        return { results: queued.map((q) => ({ seq: q.id, duplicate: q.duplicate })), committed }
      },
    }
  }

  /** Binds the services the peers are served with: this server's own users only (nothing is proxied on). */
  serving(s: { delivery: DeliveryService; users: UserService; keys: KeyService; health: () => qpq.v1.IHealthResponse; proofSigner: ProofSigner }): this {
    this.served = {
      delivery: { store: (m) => s.delivery.storeRelayed(m) },
      // a peer asks for a bare name of ours (federation/handlers.ts), never name@domain
      resolveUser: (r) => s.users.resolveUser(qpq.v1.ResolveUserRequest.create(r)),
      fetchKeyPackage: (r) => s.keys.fetchLocalKeyPackage(r),
      fetchHybridKey: (r) => s.keys.fetchLocalHybridKey(r),
      health: s.health,
      prove: (facts) => s.proofSigner.prove(facts),
    }
    return this
  }

  async start(): Promise<void> {
    if (this.served === null) throw new Error('federation: serving() must be called before start()')
    await this.relay.start() // logs "federation relay listening" with the address
  }

  async stop(): Promise<void> {
    await this.relay.stop(this.config.drainTimeoutMs)
  }

  get domain(): string {
    return this.relay.domain
  }

  get address(): HostPort {
    return this.relay.address
  }

  destinations(): DestinationState[] {
    return this.relay.destinations()
  }

  destination(domain: string): DestinationState {
    return this.relay.destination(domain)
  }

  resetDestination(domain: string): void {
    this.relay.resetDestination(domain)
  }

  linkHealth(domain: string): Promise<LinkHealth> {
    return this.relay.linkHealth(domain)
  }

  auditPeer(domain: string): Promise<void> {
    return this.relay.auditPeer(domain)
  }

  resetPeerLog(domain: string): void {
    this.relay.resetPeerLog(domain)
  }
}

/** The federation domain, or null when [federation] is not enabled. */
export function federationDomain(config: Config, c: FederationComponents): FederationDomain | null {
  return config.federation.enabled ? new FederationDomain(config, c) : null
}
