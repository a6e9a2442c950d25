// Wires the daemon's components together — the only place that does. Each component gets what
// it needs passed in; startNode() brings them up in order and returns a handle that drains and
// stops them in reverse.
import path from 'node:path'
import type { Config } from './config/config.js'
import type { HostPort } from '../protocol/address.js'
import type { Logger } from './observability/logger.js'
import { Metrics } from './observability/metrics.js'
import { Dispatcher } from './rpc/dispatcher.js'
import { InProcessRateLimiter } from './rpc/rate-limiter.js'
import { buildMethodTable } from './rpc/methods.js'
import { PushHub } from './rpc/push-hub.js'
import { DEFAULT_TRANSPORT } from '../protocol/quic/config.js'
import { DEFAULT_SERVER_LIMITS } from '../protocol/quic/server.js'
import { DEFAULT_RPC_LIMITS, RpcServer } from './rpc/rpc-server.js'
import { openDatabase, type Storage } from './storage/database.js'
import { loadOrCreateSecret } from './storage/files.js'
import { devKeyFileOf, resolveDatabaseKey } from './storage/key.js'
import { migrations } from './storage/migrations.js'
import { loadServerTls, type ServerTls } from './tls/server-identity.js'
import { VERSION } from './version.js'
import { METHODS } from '../proto/methods.js'
import { CryptoPool } from './crypto/pool.js'
import { MetaStore } from './storage/meta.js'
import { AccountStore } from './services/auth/store.js'
import { SessionService } from './services/auth/sessions.js'
import { LoginStates } from './services/auth/login-states.js'
import { AuthService } from './services/auth/handler.js'
import { DeliveryStore } from './services/delivery/store.js'
import { CommitBatcher } from './storage/commit-batcher.js'
import { Waiters } from './services/delivery/waiters.js'
import { DEFAULT_DELIVERY_LIMITS, DeliveryService } from './services/delivery/handler.js'
import { PushEvent } from '../protocol/push.js'
import { qpq } from '../proto/qpq.js'
import { ed25519PublicKey, newEd25519PrivateKeyDer } from './crypto/ed25519.js'
import { BatchSigner } from './crypto/batch-signer.js'
import { HookBus } from '../plugins/hooks.js'
import { PluginHost } from '../plugins/host/host.js'
import { PluginKvStore } from '../plugins/host/kv-store.js'
import { noticeSender } from './services/delivery/server-notice.js'
import { proofMessage } from '../protocol/proof.js'
import { DeviceStore } from './services/devices/store.js'
import { DeviceService } from './services/devices/handler.js'
import { RecoveryStore } from './services/recovery/store.js'
import { RecoveryService } from './services/recovery/handler.js'
import { AccountPurger } from './services/account/purger.js'
import { AccountService } from './services/account/handler.js'
import { ChannelStore } from './services/channels/store.js'
import { ChannelService } from './services/channels/handler.js'
import { PresenceService } from './services/presence/presence.js'
import { KtStore } from './services/kt/store.js'
import { KtLog } from './services/kt/log.js'
import { KtService } from './services/kt/handler.js'
import { UserService } from './services/users/handler.js'
import { Sweep } from './services/sweep.js'
import { BlobStore } from './services/blobs/store.js'
import { BlobDisk } from './services/blobs/disk.js'
import { BlobService } from './services/blobs/handler.js'
import { DEFAULT_BLOB_LIMITS } from './services/blobs/limits.js'
import { KeyStore } from './services/keys/store.js'
import { KeyService } from './services/keys/handler.js'
import { EndpointStore } from './services/p2p/store.js'
import { EndpointService } from './services/p2p/handler.js'
import { ModerationStore } from './services/moderation/store.js'
import { ModerationService } from './services/moderation/handler.js'

/** server_meta key of the OPAQUE server setup (the long-term OPAQUE key; losing it invalidates every account). */
const OPAQUE_SETUP_KEY = 'opaque_server_setup'
/** A login must be finished within this long after it started. */
const LOGIN_STATE_TTL_MS = 60_000
const LOGIN_STATES_MAX = 10_000
/** server_meta key of the delivery-proof signing key. */
const PROOF_KEY = 'delivery_proof_key'
/** server_meta key of the key transparency signing key (tree heads): its own, so either key can be replaced alone. */
const KT_KEY = 'kt_signing_key'

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
  /** Graceful stop: drain calls up to the drain timeout, close connections, release everything. */
  stop(): Promise<void>
}

export async function startNode(config: Config, log: Logger): Promise<RunningNode> {
  const startedAt = Date.now()
  const tls = loadServerTls(config)
  if (tls.generated) log.warn({ cert: config.tlsCert }, 'generated a self-signed development certificate; clients must pin it (use a real certificate in production)')
  const secret = loadOrCreateSecret(path.join(config.dataDir, 'quic-secret.key'), 32)
  const storage = openStorage(config, log)
  try {
    return await startServices(config, log, startedAt, tls, secret, storage)
  } catch (err) {
    storage.close()
    throw err
  }
}

function openStorage(config: Config, log: Logger): Storage {
  const dbKey = resolveDatabaseKey({ database: config.dbPath, passphrase: config.dbKey })
  if (dbKey.source === 'dev-key-file') log.warn({ keyFile: devKeyFileOf(config.dbPath) }, 'database key from a generated key file (development); set db_key in production')
  const storage = openDatabase({ file: config.dbPath, key: dbKey.key, durability: config.durability, migrations })
  log.info({ file: storage.file, migrationsApplied: storage.applied, durability: config.durability }, 'database open')
  return storage
}

async function startServices(config: Config, log: Logger, startedAt: number, tls: ServerTls, secret: Buffer, storage: Storage): Promise<RunningNode> {
  const metrics = new Metrics(new Map(METHODS.map((m) => [m.id, m.name])))
  let observeTask: (task: string, ms: number) => void = () => {}
  const pool = new CryptoPool({ workers: config.cryptoWorkers, onTask: (task, ms) => observeTask(task, ms) })
  observeTask = metrics.watchCryptoPool(pool)
  const meta = new MetaStore(storage.db)
  const serverSetup = meta.read(OPAQUE_SETUP_KEY)?.toString() ??
    meta.writeOnce(OPAQUE_SETUP_KEY, Buffer.from(await pool.run('opaqueCreateSetup', {}))).toString()
  const accounts = new AccountStore(storage.db)
  const sessions = new SessionService(accounts, config.sessionTtlMs)
  // hook points services call; the plugin host registers plugins' handlers on it
  const hooks = new HookBus()
  // the key transparency log; registration appends each new account's binding to it
  const ktKeyDer = signingKey(meta, KT_KEY)
  const ktStore = new KtStore(storage.db)
  const ktLog = new KtLog({ store: ktStore, signerKey: ed25519PublicKey(ktKeyDer), sign: (message) => pool.run('ed25519Sign', { privateKeyDer: ktKeyDer, message }) })
  const auth = new AuthService({
    registered: (username, identityKey, createdAt) => ktLog.bind(username, identityKey, createdAt),
    store: accounts, pool, sessions, serverSetup, hooks,
    logins: new LoginStates(LOGIN_STATE_TTL_MS, LOGIN_STATES_MAX),
    onLogin: (ok) => (ok ? metrics.service.loginSuccess : metrics.service.loginFailure).inc(),
  })
  const deviceStore = new DeviceStore(storage.db)
  // a revoked device's queue cursors go with it (deliveryStore is made below; called only at run time)
  const devices = new DeviceService({
    store: deviceStore, sessions, maxDevices: config.maxDevices, log: log.child({ component: 'devices' }),
    forgetDevice: (key, device) => { deliveryStore.forgetDevice(key, device) },
  })
  sessions.onDeviceSeen(devices.seen)
  const recoveryStore = new RecoveryStore(storage.db)
  const recovery = new RecoveryService({ store: recoveryStore, sessions })
  // what deleting an account deletes: every service keeping data of accounts adds its step here
  const purger = new AccountPurger({ db: storage.db, deleteAccountRow: (id) => accounts.deleteAccount(id), log: log.child({ component: 'account' }) })
  purger.register('sessions', (a) => sessions.endAccount(a.id))
  purger.register('devices', (a) => deviceStore.purgeAccount(a.id))
  purger.register('recovery bundles', (a) => recoveryStore.purgeAccount(a.id))
  // the tree is append-only: the account's leaves go, their hashes (and so every proof) stay
  purger.register('key transparency leaves', (a) => ktLog.forget(a.identityKey))
  // the delivery-proof signing key (Ed25519, PKCS#8), created on first start
  const proofKeyDer = signingKey(meta, PROOF_KEY)
  const proofPublicKey = ed25519PublicKey(proofKeyDer)
  const signer = new BatchSigner(pool, proofKeyDer)
  const deliveryStore = new DeliveryStore(storage.db)
  purger.register('delivery queues', (a) => deliveryStore.purgeRecipient(a.identityKey))
  const account = new AccountService({ purger, hooks })
  let push: PushHub | null = null
  const pushTo = (to: Uint8Array, event: number, payload: Uint8Array): number => push?.pushToIdentity(to, event, payload) ?? 0
  const channelStore = new ChannelStore(storage.db)
  let channels: ChannelService | null = null
  // one group commit serves the queues and the plugins' stores
  const batcher = new CommitBatcher(storage.db)
  const delivery = new DeliveryService({
    store: deliveryStore,
    batcher,
    waiters: new Waiters(),
    limits: { ...DEFAULT_DELIVERY_LIMITS, maxPayloadBytes: config.delivery.maxMessageBytes, maxQueueDepth: config.delivery.maxQueueDepth, defaultTtlSecs: config.delivery.defaultTtlSecs },
    recipientExists: (key) => accounts.identityExists(key),
    mayEnqueue: (sender, recipients, channel) => channels?.mayEnqueue(sender, recipients, channel),
    prove: (facts) => signer.sign(proofMessage(facts)),
    hooks,
    delivered: (m) => pushTo(m.recipient_key as Uint8Array, PushEvent.NewMessage, qpq.v1.NewMessage.encode(m).finish()),
    log: log.child({ component: 'delivery' }),
    counters: {
      enqueue: (bytes) => { metrics.service.enqueue.inc(); metrics.service.enqueueBytes.inc(bytes) },
      fetch: () => metrics.service.fetch.inc(),
      fetchWait: () => metrics.service.fetchWait.inc(),
    },
  })
  const moderationStore = new ModerationStore(storage.db)
  const channelService = new ChannelService({
    store: channelStore, accountExists: (key) => accounts.identityExists(key), deposit: (build) => delivery.deposit(build),
    push: pushTo, hooks, ttlSecs: config.delivery.defaultTtlSecs,
    isBanned: (channel, key) => moderationStore.banOn(key, channel, Date.now()) !== undefined,
  })
  channels = channelService
  purger.register('channel memberships', (a) => channelService.purgeMember(a.identityKey))
  const blobs = new BlobService({
    store: new BlobStore(storage.db), disk: new BlobDisk(config.blobs.dir), hooks, log: log.child({ component: 'blobs' }),
    limits: { ...DEFAULT_BLOB_LIMITS, maxBlobBytes: config.blobs.maxBytes, uploadTtlMs: config.blobs.uploadTtlMs },
  })
  await blobs.start()
  purger.register('blobs and uploads', (a) => blobs.purgeAccount(a.id))
  const keyStore = new KeyStore(storage.db)
  const keys = new KeyService({ store: keyStore, ciphersuites: config.keyPackageCheck === 'ciphersuite' ? config.mlsCiphersuites : null, onUpload: () => metrics.service.keyPackageUpload.inc() })
  purger.register('key packages and hybrid keys', (a) => keyStore.purge(a.identityKey))
  const endpointStore = new EndpointStore(storage.db)
  const endpoints = new EndpointService({ store: endpointStore, shareChannel: (a, b) => channelStore.shareChannel(a, b) })
  purger.register('p2p endpoints', (a) => endpointStore.purge(a.identityKey))
  const moderation = new ModerationService({
    store: moderationStore, admins: config.admins,
    accountIdOf: (key) => accounts.accountIdOf(key),
    endSessions: (accountId) => sessions.endAccount(accountId),
    channelAdmin: (channel, key) => (channelStore.channel(channel) === undefined ? undefined : channelStore.membership(channel, key)?.admin === true),
    expel: (channel, key, actor) => channelService.expel(channel, key, actor),
  })
  // a server-wide ban refuses logins: built-in policy on the plugin hook point, ahead of plugins
  hooks.register('auth.login', moderation.loginVeto, Number.MAX_SAFE_INTEGER)
  purger.register('reports filed', (a) => moderationStore.purgeReporter(a.identityKey))
  sessions.onEnded((accountId, device, identity) => {
    delivery.sessionsEnded(accountId, device)
    push?.detachSessions(identity, device)
  })
  metrics.queueDepth = () => deliveryStore.totalDepth()

  let rpc: RpcServer | null = null
  const methods = buildMethodTable({
    health: { startedAt, version: VERSION, isDraining: () => rpc?.isDraining ?? false, deliveryProofKey: proofPublicKey },
    auth, devices, recovery, account, delivery, channels: channelService, blobs, keys, endpoints, moderation,
    kt: new KtService({ log: ktLog, store: ktStore, publicLog: config.ktPublicLog }),
    users: new UserService({ identityOf: (name) => accounts.account(name)?.identityKey, profileOf: (key) => accounts.profileOf(key), kt: ktLog }),
    sealedSender: config.sealedSender,
  })
  const rateLimiter = new InProcessRateLimiter()
  const dispatcher = new Dispatcher(methods, sessions, log.child({ component: 'rpc' }), config.rpcTimeoutMs, {
    rateLimit: { limiter: rateLimiter, limits: config.rateLimits },
    onLimited: () => metrics.service.rateLimitHit.inc(),
    onSession: (connectionId, session) => push?.attach(connectionId, session.identityKey, session.deviceId),
  })
  rpc = new RpcServer({
    quic: {
      ...DEFAULT_SERVER_LIMITS,
      host: config.listen.host,
      port: config.listen.port,
      transport: { ...DEFAULT_TRANSPORT, idleTimeoutMs: config.idleTimeoutMs },
      tls: { certPem: tls.certPem, keyPem: tls.keyPem },
      secret,
      retry: config.quicRetry ? 'always' : 'never',
      maxConnections: config.maxConnections,
      maxConnectionsPerAddress: config.maxConnectionsPerIp,
      bufferBudget: config.bufferBudgetBytes,
      connectionBudget: Math.min(DEFAULT_SERVER_LIMITS.connectionBudget, config.bufferBudgetBytes),
    },
    readTimeoutMs: config.readTimeoutMs,
    maxStalledStreams: DEFAULT_RPC_LIMITS.maxStalledStreams,
  }, dispatcher, log.child({ component: 'rpc' }), {
    answered: (methodId, status, startedAtNs) => metrics.observeCall(methodId, status, startedAtNs),
    connect: (info) => hooks.veto('connect', info)?.then((v) => (v === null ? null : v.reason || 'refused by a plugin')) ?? null,
    disconnect: (info) => {
      push?.detach(info.connectionId)
      hooks.observe('disconnect', info)
    },
  })
  const presence = config.presence ? new PresenceService({ contactsOf: (key) => channelStore.contactsOf(key), isOnline: (key) => push?.isOnline(key) ?? false, push: pushTo }) : null
  push = new PushHub(rpc, presence?.changed)
  const pushHub = push
  metrics.watchRpcServer(rpc)

  const plugins = new PluginHost({ dir: config.pluginDir, settings: config.plugins }, {
    hooks, log: log.child({ component: 'plugins' }), registry: metrics.registry, store: new PluginKvStore(storage.db, batcher),
    sendNotice: noticeSender({ identityOf: (u) => accounts.account(u)?.identityKey, deposit: (build) => delivery.deposit(build), ttlSecs: config.delivery.defaultTtlSecs }),
  })
  // on the hooks before the first client comes
  await plugins.start()
  let rpcAddress: HostPort
  let metricsAddress: HostPort | null = null
  try {
    rpcAddress = await rpc.start()
    if (config.metricsListen !== null) metricsAddress = await metrics.listen(config.metricsListen)
  } catch (err) {
    await rpc.drain(0)
    await plugins.stop()
    throw err
  }
  // what expires is never answered even before its sweep: these only reclaim space
  const sweepLog = log.child({ component: 'sweep' })
  const sweeps = [
    new Sweep('expired sessions', 3_600_000, () => accounts.sweepSessions(Date.now()), sweepLog),
    new Sweep('expired messages', 60_000, () => deliveryStore.sweep(Date.now(), 5_000), sweepLog),
    new Sweep('expired endpoints', 60_000, () => endpointStore.sweep(Date.now()), sweepLog),
    new Sweep('expired bans', 60_000, () => moderationStore.sweep(Date.now()), sweepLog),
    new Sweep('expired blob uploads', Math.min(10 * 60_000, config.blobs.uploadTtlMs), () => blobs.sweep(), sweepLog),
  ]
  for (const s of sweeps) s.start()
  log.info({ listen: `${rpcAddress.host}:${rpcAddress.port}`, metrics: metricsAddress, version: VERSION }, 'qpqd listening')

  const server = rpc
  return {
    rpcAddress, metricsAddress, tls, rpc: server, push: pushHub, storage, hooks, plugins,
    async stop() {
      log.info({ inFlight: server.inFlight, connections: server.connectionCount }, 'draining')
      await server.drain(config.drainTimeoutMs)
      await plugins.stop()
      rateLimiter.close()
      await metrics.close()
      await Promise.all(sweeps.map((s) => s.stop()))
      await pool.close()
      storage.close()
      log.info('stopped')
    },
  }
}

/** An Ed25519 signing key (PKCS#8 DER) kept in server_meta under `name`, created on first start. */
function signingKey(meta: MetaStore, name: string): Buffer {
  return meta.read(name) ?? meta.writeOnce(name, newEd25519PrivateKeyDer())
}
