// The LAN mesh domain (docs/mesh.md), built only when the mesh is on: start() loads mesh/ — and
// with it libp2p — with import(), so a daemon with the mesh off loads none of it. The mesh
// shares the database and its group commit, delivers into local queues through the delivery
// service (hooks, channel membership, TTL, push; the envelope's ref as message id, so a repeat is
// a duplicate), pushes broadcasts (1010) to the connections subscribed to their topic, and
// re-announces which identities live here when an account is registered or deleted. It gives
// delivery a forwarder (identities that live elsewhere), the RPC table its methods (850–856),
// and operators its peers and store. Started after the plugins (their hooks) and before the RPC
// listener; stopped after it, before the database closes.
import { addressKey, formatAddress, type HostPort } from '../../protocol/address.js'
import { RpcError, Status } from '../../protocol/errors.js'
import { envelopeRef, expiresAtMs, toWireEnvelope, type MeshEnvelope } from '../../protocol/mesh/envelope.js'
import { PushEvent } from '../../protocol/push.js'
import { qpq } from '../../proto/qpq.js'
import type { HookBus } from '../../plugins/hooks.js'
import type { Config } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { PushHub } from '../rpc/push-hub.js'
import { InProcessRateLimiter } from '../rpc/rate-limiter.js'
import type { DeliveryService } from '../services/delivery/handler.js'
import type { Forwarder } from '../services/delivery/forwarding.js'
import { meshForwarder } from '../services/mesh/forwarder.js'
import { MeshService } from '../services/mesh/handler.js'
import type { CommitBatcher } from '../storage/commit-batcher.js'
import type { Storage } from '../storage/database.js'
import type { Startable } from './lifecycle.js'
import type { Stores } from './storage.js'

type MeshModule = typeof import('../../mesh/index.js')
type Mesh = InstanceType<MeshModule['Mesh']>

export interface MeshParts {
  storage: Storage
  stores: Stores
  batcher: CommitBatcher
  delivery: DeliveryService
  push: PushHub
  hooks: HookBus
  metrics: Metrics
  log: Logger
}

export class MeshDomain implements Startable {
  private mesh: Mesh | null = null
  private parts: { forwarder: Forwarder; service: MeshService } | null = null
  private readonly submits = new InProcessRateLimiter()
  private readonly unhook: Array<() => void> = []
  private readonly log: Logger

  constructor(private readonly config: Config, private readonly c: MeshParts) {
    this.log = c.log.child({ component: 'mesh' })
  }

  async start(): Promise<void> {
    const { config, c } = this
    const m = config.mesh
    const { Mesh } = await import('../../mesh/index.js')
    const mesh = new Mesh({
      dataDir: config.dataDir, listen: [formatAddress(m.listen)], mdns: m.mdns, peers: m.peers,
      storeMaxBytes: m.storeMaxBytes, storeMaxEnvelopes: m.storeMaxEnvelopes, maxPayloadBytes: m.maxPayloadBytes, defaultMaxHops: m.maxHops,
    }, {
      db: c.storage.db, commits: c.batcher, logger: c.log, registry: c.metrics.registry, hooks: c.hooks,
      isLocalIdentity: (key) => c.stores.accounts.identityExists(Buffer.from(key)),
      localIdentities: () => c.stores.accounts.identityKeys(),
      deliverLocal: (e) => this.deliverLocal(e),
      onBroadcast: (topic, e) => { c.push.pushToTopic(topic, PushEvent.MeshBroadcast, qpq.v1.MeshBroadcastEvent.encode({ envelope: toWireEnvelope(e) }).finish()) },
    })
    this.mesh = mesh
    await mesh.start()
    // which identities live here changed: announce the new set
    const changed = (): void => this.mesh?.localIdentitiesChanged()
    this.unhook.push(c.hooks.register('user.registered', changed), c.hooks.register('account.deleted', changed))
    this.parts = {
      forwarder: meshForwarder(mesh, { maxPayloadBytes: m.maxPayloadBytes }),
      service: new MeshService({
        mesh, topics: c.push, limits: { maxHops: m.maxHops, maxPayloadBytes: m.maxPayloadBytes },
        admitSubmit: (address) => this.submits.take(`m|${addressKey(address)}`, m.submitRate),
      }),
    }
    this.log.info({ nodeKey: mesh.info.nodeKey.toString('hex'), peerId: mesh.info.peerId, addresses: mesh.info.addresses }, 'mesh started')
  }

  async stop(): Promise<void> {
    for (const off of this.unhook.splice(0)) off()
    this.submits.close()
    await this.mesh?.stop()
    this.mesh = null
  }

  /** Delivery's carrier for identities that live elsewhere (valid once started). */
  get forwarder(): Forwarder {
    return this.started().forwarder
  }

  /** The methods 850–856 (valid once started). */
  get service(): MeshService {
    return this.started().service
  }

  /** The RPC listener is up: nearby clients find its address in mDNS. */
  announceRpc(address: HostPort): void {
    this.mesh?.announceRpc(address)
  }

  /** The linked mesh peers (qpqctl). */
  peers(): ReturnType<Mesh['peers']> {
    return this.mesh?.peers() ?? []
  }

  /** What the store holds, and its bounds (qpqctl). */
  storeStats(): ReturnType<Mesh['storeStats']> | null {
    return this.mesh?.storeStats() ?? null
  }

  private started(): { forwarder: Forwarder; service: MeshService } {
    if (this.parts === null) throw new Error('the mesh is not started')
    return this.parts
  }

  /**
   * An envelope for an account here, into its queue. A refusal that retrying cannot change (a
   * veto, the channel's membership, a conflict, the account gone) drops it, logged; a full
   * queue or a failed write rejects, and the mesh holds the envelope and tries again later.
   */
  private async deliverLocal(e: MeshEnvelope): Promise<void> {
    try {
      await this.c.delivery.deliverCarried({ recipient: e.recipient as Buffer, channel: e.channel, payload: e.payload, messageId: envelopeRef(e.origin, e.id), expiresAtMs: expiresAtMs(e) })
    } catch (err) {
      if (!(err instanceof RpcError) || err.status === Status.Unavailable) throw err
      this.log.info({ reason: err.message, status: err.status }, 'a message the mesh carried here was refused by delivery (dropped)')
    }
  }
}
