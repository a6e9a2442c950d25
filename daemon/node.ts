// Wires the daemon's components together — the only place that does. Each domain's factory
// (daemon/wiring/) gets what it needs passed in; startNode() starts them in order on one
// lifecycle and returns a handle whose stop() drains and stops them in reverse. A start that
// fails half-way stops what had started, so nothing (threads, sockets, the database lock) stays.
import path from 'node:path'
import { checkConfig, type ConfigCheck } from './config/check.js'
import type { Config } from './config/config.js'
import { formatAddress, type HostPort } from '../protocol/address.js'
import type { Logger } from './observability/logger.js'
import { Metrics } from './observability/metrics.js'
import type { PluginHost } from '../plugins/host/host.js'
import { HookBus } from '../plugins/hooks.js'
import { METHODS } from '../proto/methods.js'
import { PushHub } from './rpc/push-hub.js'
import type { RpcServer } from './rpc/rpc-server.js'
import type { Storage } from './storage/database.js'
import { loadOrCreateSecret } from './storage/files.js'
import { loadServerTls, type ServerTls } from './tls/server-identity.js'
import { VERSION } from './version.js'
import { accountsDomain } from './wiring/accounts.js'
import { AdminDomain } from './wiring/admin.js'
import { MetricsListener, Sweeps } from './wiring/background.js'
import { channelsDomain } from './wiring/channels.js'
import { blobsDomain, endpointsDomain, keysDomain } from './wiring/content.js'
import { CryptoDomain } from './wiring/crypto.js'
import { deliveryDomain } from './wiring/delivery.js'
import { federationDomain, type FederationOps } from './wiring/federation.js'
import type { Forwarder } from './services/delivery/forwarding.js'
import { healthHandler } from './services/health/handler.js'
import { ktDomain } from './wiring/kt.js'
import { Lifecycle } from './wiring/lifecycle.js'
import { MeshDomain } from './wiring/mesh.js'
import { moderationDomain } from './wiring/moderation.js'
import { pluginsDomain } from './wiring/plugins.js'
import { RpcDomain } from './wiring/rpc.js'
import { StorageDomain } from './wiring/storage.js'
import { SystemdNotify } from './wiring/systemd.js'

export interface RunningNode {
  readonly rpcAddress: HostPort
  readonly metricsAddress: HostPort | null
  readonly tls: ServerTls
  readonly rpc: RpcServer
  readonly push: PushHub
  readonly storage: Storage
  /** Hook points of the services (plugins attach here). */
  readonly hooks: HookBus
  /** The plugins of plugin_dir: status, reload (SIGHUP). */
  readonly plugins: PluginHost
  /** The admin socket qpqctl speaks to. */
  readonly adminSocket: string
  /** The federation relay's destinations, link health and resets (qpqctl federation); null when federation is off. */
  readonly federation: FederationOps | null
  /** The LAN mesh (peers, store), when it is on. */
  readonly mesh: MeshDomain | null
  /** Graceful stop: drain calls up to the drain timeout, close connections, release everything. */
  stop(): Promise<void>
}

/** What the process around the node gives the admin socket and sd_notify (main.ts); tests leave it out. */
export interface NodeOps {
  /** qpqctl check-config: the configuration resolved again as a start would (default: the config file alone). */
  checkConfig?: () => ConfigCheck
  /** qpqctl drain: the graceful stop, as on SIGTERM (default: stop()). */
  drain?: () => void
  /** NOTIFY_SOCKET, WATCHDOG_USEC (default process.env). */
  env?: NodeJS.ProcessEnv
}

export async function startNode(config: Config, log: Logger, ops: NodeOps = {}): Promise<RunningNode> {
  const startedAt = Date.now()
  const life = new Lifecycle(log)
  const stop = async (): Promise<void> => {
    await life.stop()
    log.info('stopped')
  }
  try {
    const tls = loadServerTls(config)
    if (tls.generated) log.warn({ cert: config.tlsCert }, 'generated a self-signed development certificate; clients must pin it (use a real certificate in production)')
    const secret = loadOrCreateSecret(path.join(config.dataDir, 'quic-secret.key'), 32)
    const metrics = new Metrics(new Map(METHODS.map((m) => [m.id, m.name])))
    // hook points services call; the plugin host registers plugins' handlers on it
    const hooks = new HookBus()
    // routes pushes by identity; the client transport attaches itself below
    const push = new PushHub()

    const { storage, stores, batcher } = await life.start('storage', new StorageDomain(config, log, metrics))
    const crypto = await life.start('crypto', new CryptoDomain(config, { meta: stores.meta, metrics }))
    // null when [federation] is off; the services route users and keys of peer domains through its routes
    const federation = federationDomain(config, { storage, batcher, hooks, metrics, secret, isLocal: (k) => stores.accounts.identityExists(k), log })
    const routes = federation?.routes ?? null
    const kt = ktDomain(config, { stores, crypto, federation: routes })
    const accounts = accountsDomain(config, { storage, stores, crypto, kt: kt.log, hooks, metrics, log })
    // carriers of messages for keys that are no accounts here, asked in this order: federation, then the mesh
    const forwarders: Forwarder[] = []
    if (federation !== null) forwarders.push(federation.forwarder)
    const delivery = deliveryDomain(config, { stores, batcher, crypto, accounts, push, hooks, metrics, log, forwarders, localDomain: routes?.domain ?? null })
    const channels = channelsDomain(config, { stores, delivery, accounts, push, hooks, federation: routes })
    const moderation = moderationDomain(config, { stores, accounts, channels, hooks })
    const blobs = await life.start('blobs', blobsDomain(config, { stores, accounts, hooks, log }))
    const keys = keysDomain(config, { stores, accounts, metrics, federation: routes })
    const endpoints = endpointsDomain({ stores, accounts })
    // on the hooks before the first client comes
    const plugins = await life.start('plugins', pluginsDomain(config, { db: storage.db, stores, batcher, delivery, hooks, metrics, log }))
    const health = { startedAt, version: VERSION, isDraining: () => life.stopping, deliveryProofKey: crypto.proofKey.publicKey, federationDomain: routes?.domain ?? null }
    // peers are served once the hooks are ready; stopped after the client listener drained, so its Enqueues reach the queue
    if (federation !== null) {
      await life.start('federation', federation.serving({ delivery, users: kt.users, keys, health: healthHandler(health), proofSigner: crypto.proofSigner }))
    }
    // loads mesh/ (and libp2p) only when on
    const mesh = config.mesh.enabled ? await life.start('mesh', new MeshDomain(config, { storage, stores, batcher, delivery, push, hooks, metrics, log })) : null
    if (mesh !== null) forwarders.push(mesh.forwarder)
    const rpc = await life.start('rpc', new RpcDomain(config, {
      services: {
        health,
        auth: accounts.auth, devices: accounts.devices, recovery: accounts.recovery, account: accounts.account,
        delivery, channels, blobs, keys, endpoints, moderation, kt: kt.kt, users: kt.users,
        sealedSender: config.sealedSender,
        ...(federation !== null && { federation: { fetchPeerTreeHeads: federation.relay.fetchPeerTreeHeads } }),
        ...(mesh !== null && { mesh: mesh.service }),
      },
      sessions: accounts.sessions, push, tls, secret, hooks, metrics, log,
    }))
    mesh?.announceRpc(rpc.address)
    const metricsListener = config.metricsListen === null ? null : await life.start('metrics', new MetricsListener(config.metricsListen, metrics))
    await life.start('sweeps', new Sweeps(config, { stores, blobs, log }))
    const admin = await life.start('admin', new AdminDomain(config, {
      version: VERSION, startedAt, storage, stores, accounts, kt: kt.log, hooks, plugins, rpc: rpc.server, pool: crypto.pool, log,
      federation: routes === null || federation === null ? null
        : { isPeer: (d) => routes.isPeer(d), destinations: () => federation.destinations(), resetDestination: (d) => federation.resetDestination(d) },
      mesh: mesh === null ? null : {
        peers: () => mesh.peers(),
        storeStats: () => mesh.storeStats() ?? { envelopes: 0, bytes: 0, seen: 0, maxEnvelopes: config.mesh.storeMaxEnvelopes, maxBytes: config.mesh.storeMaxBytes },
      },
      listeners: () => ({ rpc: formatAddress(rpc.address), metrics: metricsListener?.address == null ? null : formatAddress(metricsListener.address) }),
      isDraining: () => life.stopping,
      drain: ops.drain ?? (() => void stop()),
      checkConfig: ops.checkConfig ?? (() => checkConfig(config.configFile === null ? {} : { config: config.configFile }, {}, VERSION)),
    }))
    log.info({ listen: formatAddress(rpc.address), metrics: metricsListener?.address ?? null, admin: admin.socket, version: VERSION }, 'qpqd listening')
    // last: READY=1 once every listener is up; first to stop: STOPPING=1 as the drain begins
    await life.start('systemd', new SystemdNotify(ops.env ?? process.env, () => `serving: ${rpc.server.connectionCount} connections, ${rpc.server.inFlight} calls in flight`, log))

    return {
      rpcAddress: rpc.address, metricsAddress: metricsListener?.address ?? null, tls, rpc: rpc.server, push, storage, hooks, plugins, adminSocket: admin.socket, federation, mesh, stop,
    }
  } catch (err) {
    await life.stop().catch(() => {}) // each failure is logged by the lifecycle
    throw err
  }
}
