// Wires the daemon's components together — the only place that does. Each domain's factory
// (daemon/wiring/) gets what it needs passed in; startNode() starts them in order on one
// lifecycle and returns a handle whose stop() drains and stops them in reverse. A start that
// fails half-way stops what had started, so nothing (threads, sockets, the database lock) stays.
import path from 'node:path'
import type { Config } from './config/config.js'
import type { HostPort } from '../protocol/address.js'
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
import { MetricsListener, Sweeps } from './wiring/background.js'
import { channelsDomain } from './wiring/channels.js'
import { blobsDomain, endpointsDomain, keysDomain } from './wiring/content.js'
import { CryptoDomain } from './wiring/crypto.js'
import { deliveryDomain } from './wiring/delivery.js'
import { ktDomain } from './wiring/kt.js'
import type { Forwarder } from './services/delivery/forwarding.js'
import { Lifecycle } from './wiring/lifecycle.js'
import { MeshDomain } from './wiring/mesh.js'
import { moderationDomain } from './wiring/moderation.js'
import { pluginsDomain } from './wiring/plugins.js'
import { RpcDomain } from './wiring/rpc.js'
import { StorageDomain } from './wiring/storage.js'

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
  /** The LAN mesh (peers, store), when it is on. */
  readonly mesh: MeshDomain | null
  /** Graceful stop: drain calls up to the drain timeout, close connections, release everything. */
  stop(): Promise<void>
}

export async function startNode(config: Config, log: Logger): Promise<RunningNode> {
  const startedAt = Date.now()
  const life = new Lifecycle(log)
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
    const kt = ktDomain(config, { stores, crypto })
    const accounts = accountsDomain(config, { storage, stores, crypto, kt: kt.log, hooks, metrics, log })
    // carriers of messages for keys that are no account here, asked in order: federation, then the mesh
    const forwarders: Forwarder[] = []
    const delivery = deliveryDomain(config, { stores, batcher, crypto, accounts, push, hooks, metrics, log, forwarders })
    const channels = channelsDomain(config, { stores, delivery, accounts, push, hooks })
    const moderation = moderationDomain(config, { stores, accounts, channels, hooks })
    const blobs = await life.start('blobs', blobsDomain(config, { stores, accounts, hooks, log }))
    const keys = keysDomain(config, { stores, accounts, metrics })
    const endpoints = endpointsDomain({ stores, accounts })
    // on the hooks before the first client comes
    const plugins = await life.start('plugins', pluginsDomain(config, { db: storage.db, stores, batcher, delivery, hooks, metrics, log }))
    // loads mesh/ (and libp2p) only when on
    const mesh = config.mesh.enabled ? await life.start('mesh', new MeshDomain(config, { storage, stores, batcher, delivery, push, hooks, metrics, log })) : null
    if (mesh !== null) forwarders.push(mesh.forwarder)
    const rpc = await life.start('rpc', new RpcDomain(config, {
      services: {
        health: { startedAt, version: VERSION, isDraining: () => life.stopping, deliveryProofKey: crypto.proofKey.publicKey },
        auth: accounts.auth, devices: accounts.devices, recovery: accounts.recovery, account: accounts.account,
        delivery, channels, blobs, keys, endpoints, moderation, kt: kt.kt, users: kt.users,
        sealedSender: config.sealedSender, ...(mesh !== null && { mesh: mesh.service }),
      },
      sessions: accounts.sessions, push, tls, secret, hooks, metrics, log,
    }))
    mesh?.announceRpc(rpc.address)
    const metricsListener = config.metricsListen === null ? null : await life.start('metrics', new MetricsListener(config.metricsListen, metrics))
    await life.start('sweeps', new Sweeps(config, { stores, blobs, log }))
    log.info({ listen: `${rpc.address.host}:${rpc.address.port}`, metrics: metricsListener?.address ?? null, version: VERSION }, 'qpqd listening')

    return {
      rpcAddress: rpc.address, metricsAddress: metricsListener?.address ?? null, tls, rpc: rpc.server, push, storage, hooks, plugins, mesh,
      async stop() {
        await life.stop()
        log.info('stopped')
      },
    }
  } catch (err) {
    await life.stop().catch(() => {}) // each failure is logged by the lifecycle
    throw err
  }
}
