// Two (or more) federation relays in one test: a private CA and per-domain certificates made
// here, and a small "server" per domain around the real Federation component — its own
// SQLCipher database, the real delivery service, key transparency log, user resolution and key
// store — listening on 127.0.0.1. Also runnable as a child process (see federation-child.ts).
import { X509Certificate, createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import dgram from 'node:dgram'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Registry } from 'prom-client'
import { qpq } from '../../proto/qpq.js'
import { toPem } from '../../protocol/quic/config.js'
import { issueCertificate } from '../../daemon/tls/x509.js'
import { openDatabase, type Storage } from '../../daemon/storage/database.js'
import { migrations } from '../../daemon/storage/migrations.js'
import { CommitBatcher } from '../../daemon/storage/commit-batcher.js'
import { DeliveryStore, type StoredMessage } from '../../daemon/services/delivery/store.js'
import { DEFAULT_DELIVERY_LIMITS, DeliveryService, type DeliveryLimits } from '../../daemon/services/delivery/handler.js'
import { Waiters } from '../../daemon/services/delivery/waiters.js'
import { KtStore } from '../../daemon/services/kt/store.js'
import { KtLog } from '../../daemon/services/kt/log.js'
import { UserService } from '../../daemon/services/users/handler.js'
import { KeyStore } from '../../daemon/services/keys/store.js'
import { KeyService } from '../../daemon/services/keys/handler.js'
import { healthHandler } from '../../daemon/services/health/handler.js'
import { ed25519PublicKey, newEd25519PrivateKeyDer } from '../../daemon/crypto/ed25519.js'
import { silentLogger, type Logger } from '../../daemon/observability/logger.js'
import { HookBus } from '../../plugins/hooks.js'
import { Federation, type LocalServices } from '../../federation/federation.js'
import { FEDERATION_DEFAULTS, type FederationPeerOptions, type RelaySettings } from '../../federation/options.js'
import { spkiSha256 } from '../../federation/trust.js'

export interface Identity { certPem: Buffer; keyPem: Buffer }

const pemKey = (k: KeyObject): Buffer => Buffer.from(k.export({ type: 'pkcs8', format: 'pem' }))

/** A private CA that issues federation certificates (SAN = the domain, EKU clientAuth + serverAuth by default). */
export class TestCa {
  readonly caPem: Buffer
  private readonly key = generateKeyPairSync('ec', { namedCurve: 'P-256' })

  constructor(readonly name = 'Federation CA') {
    this.caPem = toPem(issueCertificate({ commonName: name, publicKey: this.key.publicKey, signingKey: this.key.privateKey, validDays: 2, isCA: true }), 'CERTIFICATE')
  }

  issue(domain: string, opts: { usages?: Array<'serverAuth' | 'clientAuth'>; altNames?: string[] } = {}): Identity {
    const k = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const der = issueCertificate({
      commonName: domain, altNames: opts.altNames ?? [domain], publicKey: k.publicKey, issuer: { commonName: this.name, publicKey: this.key.publicKey },
      signingKey: this.key.privateKey, validDays: 2, usages: opts.usages ?? ['serverAuth', 'clientAuth'],
    })
    return { certPem: toPem(der, 'CERTIFICATE'), keyPem: pemKey(k.privateKey) }
  }
}

/** A self-signed end-entity certificate (no key usage, so it can be its own trust anchor) and its key. */
export function selfSignedIdentity(domain: string): Identity & { key: KeyObject; publicKey: KeyObject } {
  const k = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const der = issueCertificate({ commonName: domain, altNames: [domain], publicKey: k.publicKey, signingKey: k.privateKey, validDays: 2 })
  return { certPem: toPem(der, 'CERTIFICATE'), keyPem: pemKey(k.privateKey), key: k.privateKey, publicKey: k.publicKey }
}

export function pinOf(certPem: Buffer): Buffer {
  return spkiSha256(new X509Certificate(certPem))
}

/** A UDP port free on 127.0.0.1 right now (the peer config needs it before the peer runs). */
export async function freePort(): Promise<number> {
  const s = dgram.createSocket('udp4')
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', r))
  const { port } = s.address()
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

export const peer = (domain: string, port: number, extra: Partial<FederationPeerOptions> = {}): FederationPeerOptions =>
  ({ domain, address: { host: '127.0.0.1', port }, pinSha256: null, certPem: null, ...extra })

/** Backoff short enough for tests that wait for a retry. */
export const TEST_RELAY: Partial<RelaySettings> = { minBackoffMs: 50, maxBackoffMs: 400 }

export interface FedNodeOptions {
  domain: string
  port: number
  identity: Identity
  caPem: Buffer | null
  peers: FederationPeerOptions[]
  /** Reopen an existing database (restarts); default a fresh one. */
  db?: { file: string; key: Buffer }
  /** The KT signing key (PKCS#8 DER); default a fresh one. */
  ktKey?: Buffer
  relay?: Partial<RelaySettings>
  delivery?: Partial<DeliveryLimits>
  connectTimeoutMs?: number
  callTimeoutMs?: number
  auditIntervalMs?: number
  log?: Logger
}

export interface FedNode {
  readonly domain: string
  readonly fed: Federation
  readonly storage: Storage
  readonly db: { file: string; key: Buffer }
  readonly hooks: HookBus
  readonly registry: Registry
  readonly ktKey: Buffer
  /** Registers a local user (KT binding included); returns its identity key. */
  addUser(name: string, identityKey?: Buffer): Buffer
  /** Uploads a KeyPackage-shaped blob and a hybrid key for a user (store level). */
  keys: KeyStore
  /** The messages waiting in a user's (device-less) queue. */
  queue(identityKey: Buffer, channel?: Buffer): StoredMessage[]
  /** Replaces the user resolution peers see (a forked log in the KT tests). */
  setResolver(r: LocalServices['resolveUser']): void
  /** The node's own user resolution, over its real log. */
  readonly ownResolver: LocalServices['resolveUser']
  /** A resolver over another KT log (by default signed with this node's KT key: a fork of its log). */
  forkedResolver(users: Array<[string, Buffer]>, ktKey?: Buffer): LocalServices['resolveUser']
  stop(): Promise<void>
}

export function newKey(): Buffer {
  return Buffer.from(generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })).subarray(12)
}

function ktLogOn(storage: Storage, ktKey: Buffer): KtLog {
  const key = createPrivateKey({ key: ktKey, format: 'der', type: 'pkcs8' })
  return new KtLog({ store: new KtStore(storage.db), signerKey: ed25519PublicKey(ktKey), sign: async (m) => sign(null, m, key) })
}

function userService(users: Map<string, Buffer>, kt: KtLog): UserService {
  return new UserService({
    identityOf: (name) => users.get(name),
    profileOf: (key) => {
      for (const [name, k] of users) if (k.equals(key)) return { username: name, registeredAt: 0 }
      return undefined
    },
    kt,
  })
}

export async function startFedNode(o: FedNodeOptions): Promise<FedNode> {
  const db = o.db ?? { file: path.join(mkdtempSync(path.join(tmpdir(), 'qpq-fed-')), 'qpq.db'), key: randomBytes(32) }
  const storage = openDatabase({ file: db.file, key: db.key, durability: 'normal', migrations })
  const ktKey = o.ktKey ?? newEd25519PrivateKeyDer()
  const hooks = new HookBus()
  const registry = new Registry()
  const batcher = new CommitBatcher(storage.db)
  const deliveryStore = new DeliveryStore(storage.db)
  const users = new Map<string, Buffer>()
  const kt = ktLogOn(storage, ktKey)
  const keys = new KeyStore(storage.db)
  const keyService = new KeyService({ store: keys, ciphersuites: [1], onUpload: () => {} })
  const delivery = new DeliveryService({
    store: deliveryStore, batcher, waiters: new Waiters(), limits: { ...DEFAULT_DELIVERY_LIMITS, ...o.delivery },
    recipientExists: (k) => [...users.values()].some((u) => u.equals(k)),
    mayEnqueue: () => {}, delivered: () => {}, hooks,
    counters: { enqueue: () => {}, fetch: () => {}, fetchWait: () => {} },
    prove: async () => new Uint8Array(64),
    log: silentLogger(),
  })
  const ownResolver: LocalServices['resolveUser'] = (req) => userService(users, kt).resolveUser(qpq.v1.ResolveUserRequest.create(req))
  let resolver = ownResolver
  const local: LocalServices = {
    delivery: { store: (m) => delivery.storeRelayed(m) },
    resolveUser: (req) => resolver(req),
    fetchKeyPackage: (req) => keyService.fetchKeyPackage(qpq.v1.FetchKeyPackageRequest.create(req)),
    fetchHybridKey: (req) => keyService.fetchHybridKey(qpq.v1.FetchHybridKeyRequest.create(req)),
    health: healthHandler({ startedAt: Date.now(), version: 'test', isDraining: () => false }),
  }
  const fed = new Federation({
    ...FEDERATION_DEFAULTS,
    domain: o.domain, listen: { host: '127.0.0.1', port: o.port }, certPem: o.identity.certPem, keyPem: o.identity.keyPem,
    caPem: o.caPem, peers: o.peers, secret: createHash('sha256').update(`secret of ${o.domain}`).digest(),
    relay: { ...FEDERATION_DEFAULTS.relay, ...o.relay },
    connectTimeoutMs: o.connectTimeoutMs ?? 2_000, callTimeoutMs: o.callTimeoutMs ?? 10_000, auditIntervalMs: o.auditIntervalMs ?? 3_600_000,
  }, { db: storage.db, submit: (op) => batcher.submit(op), local, hooks, registry, log: o.log ?? silentLogger(), rpcTimeoutMs: 30_000 })
  try {
    await fed.start()
  } catch (err) {
    storage.close()
    throw err
  }
  let stopped = false
  const forks: Storage[] = []
  return {
    domain: o.domain, fed, storage, db, hooks, registry, ktKey, keys, ownResolver,
    addUser(name, identityKey = newKey()) {
      users.set(name, identityKey)
      kt.bind(name, identityKey, Date.now())
      return identityKey
    },
    queue: (k, channel = Buffer.alloc(0)) => deliveryStore.fetch({ recipient: k, channel, device: Buffer.alloc(0) }, 10_000, Date.now()),
    setResolver(r) { resolver = r },
    forkedResolver(forkUsers, forkKey = ktKey) {
      const other = openDatabase({ file: path.join(mkdtempSync(path.join(tmpdir(), 'qpq-fork-')), 'qpq.db'), key: randomBytes(32), durability: 'normal', migrations })
      forks.push(other)
      const forkKt = ktLogOn(other, forkKey)
      const map = new Map<string, Buffer>()
      for (const [name, key] of forkUsers) {
        map.set(name, key)
        forkKt.bind(name, key, Date.now())
      }
      return (req) => userService(map, forkKt).resolveUser(qpq.v1.ResolveUserRequest.create(req))
    },
    async stop() {
      if (stopped) return
      stopped = true
      await fed.stop(1_000)
      storage.close()
      for (const f of forks) f.close()
    },
  }
}

/** A real daemon's side of a federation on 127.0.0.1: certificate files issued by `ca`, and the config file naming its peers. */
export interface DaemonFederation {
  domain: string
  /** The federation listener's UDP port. */
  port: number
  /** qpq-server.toml with the [federation] table (pass it as --config). */
  configFile: string
}

/** Writes the certificate, key and CA of `domain` into `dir`, and a qpq-server.toml whose [federation] lists `peers` (domain → port). */
export function daemonFederation(dir: string, o: { domain: string; port: number; ca: TestCa; peers: Array<{ domain: string; port: number }>; extra?: string }): DaemonFederation {
  const id = o.ca.issue(o.domain)
  const file = (name: string, bytes: Buffer): string => {
    const f = path.join(dir, name)
    writeFileSync(f, bytes, { mode: 0o600 })
    return f
  }
  const cert = file(`${o.domain}.pem`, id.certPem)
  const key = file(`${o.domain}.key`, id.keyPem)
  const caFile = file('federation-ca.pem', o.ca.caPem)
  const toml = [
    o.extra ?? '',
    '[federation]', 'enabled = true', `domain = "${o.domain}"`, `listen = "127.0.0.1:${o.port}"`,
    `federation_cert = "${cert}"`, `federation_key = "${key}"`, `federation_ca = "${caFile}"`, '',
    ...o.peers.flatMap((p) => ['[[federation.peers]]', `domain = "${p.domain}"`, `address = "127.0.0.1:${p.port}"`, '']),
  ].join('\n')
  return { domain: o.domain, port: o.port, configFile: file('qpq-server.toml', Buffer.from(toml)) }
}
