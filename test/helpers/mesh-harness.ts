// One mesh node in a child process, for tests and the benchmark that run nodes inside network
// namespaces (`ip netns exec NS node --import tsx test/helpers/mesh-harness.ts CONFIG_JSON`).
// It stands in for the daemon: a real SQLCipher database with the daemon's migrations, local
// identities from the config, deliverLocal recording each delivery in a table of its own
// (idempotent by ref, as the daemon's delivery is by message id), a real HookBus.
// Driven by JSON lines on stdin ({ req, cmd, ... }); answers ({ req, ok, ... }) and events
// ({ ev, ... }: ready, peer, delivered, broadcast) are JSON lines on stdout.
//
// With "raw": true it is a bare transport (no router, no store): it injects the frames it is
// given, for tests of what a node drops.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { Registry } from 'prom-client'
import '../../mesh/polyfill.js'
import { Mesh } from '../../mesh/index.js'
import { MeshTransport } from '../../mesh/transport.js'
import { MdnsDiscovery } from '../../mesh/discovery.js'
import { openDatabase } from '../../daemon/storage/database.js'
import { CommitBatcher } from '../../daemon/storage/commit-batcher.js'
import { migrations } from '../../daemon/storage/migrations.js'
import { writeFileAtomic } from '../../protocol/atomic-file.js'
import { silentLogger } from '../../daemon/observability/logger.js'
import { HookBus } from '../../plugins/hooks.js'
import { envelopeRef, type MeshEnvelope } from '../../protocol/mesh/envelope.js'
import { MESH_SERVICE_TAG } from '../../protocol/mesh/discovery.js'
import { qpq } from '../../proto/qpq.js'

interface Config {
  dataDir: string
  listen: string
  identities?: string[]
  raw?: boolean
  mdns?: boolean
  peers?: string[]
  storeMaxEnvelopes?: number
  storeMaxBytes?: number
  vetoOrigins?: string[]
}

const cfg = JSON.parse(process.argv[2] as string) as Config
const out = (o: object): void => { process.stdout.write(JSON.stringify(o) + '\n') }
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const nowNs = (): string => process.hrtime.bigint().toString()

async function runNode(): Promise<void> {
  const keyFile = path.join(cfg.dataDir, 'db.key')
  if (!existsSync(keyFile)) writeFileAtomic(keyFile, randomBytes(32), 0o600)
  const storage = openDatabase({ file: path.join(cfg.dataDir, 'qpq.db'), key: readFileSync(keyFile), durability: 'normal', migrations })
  const db = storage.db
  db.exec('CREATE TABLE IF NOT EXISTS harness_deliveries (ref BLOB PRIMARY KEY, recipient BLOB NOT NULL, payload BLOB NOT NULL)')
  const insert = db.prepare('INSERT OR IGNORE INTO harness_deliveries (ref, recipient, payload) VALUES (?, ?, ?)')
  const commits = new CommitBatcher(db)
  const identities = new Set(cfg.identities ?? [])
  const hooks = new HookBus()
  const veto = new Set(cfg.vetoOrigins ?? [])
  if (veto.size > 0) hooks.register('mesh.envelope', (p) => (veto.has(hex(p.origin)) ? { status: 9, reason: 'not carried' } : null))
  const mesh = new Mesh({
    dataDir: cfg.dataDir, listen: [cfg.listen], mdns: cfg.mdns ?? true, peers: cfg.peers ?? [], mdnsIntervalMs: 2_000, dialFallbackMs: 500,
    ...(cfg.storeMaxEnvelopes !== undefined ? { storeMaxEnvelopes: cfg.storeMaxEnvelopes } : {}),
    ...(cfg.storeMaxBytes !== undefined ? { storeMaxBytes: cfg.storeMaxBytes } : {}),
  }, {
    db, commits, logger: silentLogger(), registry: new Registry(), hooks,
    isLocalIdentity: (k) => identities.has(hex(k)),
    localIdentities: () => [...identities].map((k) => Buffer.from(k, 'hex')),
    deliverLocal: async (e: MeshEnvelope) => {
      const ref = envelopeRef(e.origin, e.id)
      const fresh = await commits.submit(() => insert.run(ref, e.recipient, e.payload).changes > 0)
      out({ ev: 'delivered', t: nowNs(), ref: hex(ref), id: hex(e.id), recipient: hex(e.recipient ?? Buffer.alloc(0)), payload: e.payload.toString('utf8'), hops: e.hopCount, fresh })
    },
    onBroadcast: (topic, e) => out({ ev: 'broadcast', t: nowNs(), topic: hex(topic), id: hex(e.id), hops: e.hopCount, payload: e.payload.toString('utf8') }),
    onPeer: (peer, up) => out({ ev: 'peer', peer, up }),
  })
  await mesh.start()
  out({ ev: 'ready', nodeKey: hex(mesh.info.nodeKey), peerId: mesh.info.peerId, addresses: mesh.info.addresses })
  const commands: Record<string, (m: Record<string, unknown>) => Promise<object> | object> = {
    send: async (m) => {
      const t0 = nowNs()
      const r = await mesh.send({ recipient: Buffer.from(m.recipient as string, 'hex'), payload: Buffer.from(m.payload as string), ttlSecs: (m.ttlSecs as number | undefined) ?? 3600, ...(m.maxHops !== undefined ? { maxHops: m.maxHops as number } : {}) })
      return { t0, t: nowNs(), result: r.result, id: hex(r.envelope.id), ref: hex(envelopeRef(r.envelope.origin, r.envelope.id)) }
    },
    sendMany: async (m) => {
      const n = m.count as number
      const t0 = nowNs()
      const results = await Promise.all(Array.from({ length: n }, (_, i) => mesh.send({ recipient: Buffer.from(m.recipient as string, 'hex'), payload: Buffer.from(`${m.payload as string}-${i}`), ttlSecs: 3600 })))
      return { t0, t: nowNs(), accepted: results.filter((r) => r.result === 'accepted').length }
    },
    broadcast: async (m) => {
      const r = await mesh.broadcast({ topic: Buffer.from(m.topic as string, 'hex'), payload: Buffer.from(m.payload as string), ttlSecs: 3600, ...(m.maxHops !== undefined ? { maxHops: m.maxHops as number } : {}) })
      return { result: r.result, id: hex(r.envelope.id) }
    },
    submit: async (m) => ({ result: await mesh.submit(qpq.v1.MeshEnvelope.decode(Buffer.from(m.envelope as string, 'hex'))) }),
    stats: () => mesh.stats(),
    peers: () => ({ peers: mesh.peers() }),
    deliveries: () => ({ count: db.prepare('SELECT count(*) FROM harness_deliveries').pluck().get() }),
    identities: (m) => {
      identities.clear()
      for (const k of m.identities as string[]) identities.add(k)
      mesh.localIdentitiesChanged()
      return {}
    },
    stop: async () => {
      await mesh.stop()
      storage.close()
      return {}
    },
  }
  serve(commands)
}

/** A bare transport that sends the frames it is told to: a rogue or test peer. */
async function runRaw(): Promise<void> {
  const seed = randomBytes(32)
  const transport = new MeshTransport({ seed, listen: [`/ip4/${cfg.listen.replace(/:(\d+)$/, '/tcp/$1')}`] }, silentLogger(), {
    linkUp: (peer) => out({ ev: 'peer', peer, up: true }),
    linkDown: (peer) => out({ ev: 'peer', peer, up: false }),
    frame: async (peer, f) => { out({ ev: 'frame', peer, body: f.body }) },
  })
  await transport.start()
  const discovery = new MdnsDiscovery({
    serviceTag: MESH_SERVICE_TAG, intervalMs: 2_000, peerName: transport.peerId, peerId: transport.peerId,
    listening: () => transport.listening(), rpc: () => null, port: 5353,
  }, silentLogger(), (n) => transport.discovered(n.peerId, n.multiaddrs, 500))
  discovery.start()
  out({ ev: 'ready', peerId: transport.peerId })
  serve({
    inject: (m) => {
      const envelopes = (m.envelopes as string[]).map((h) => qpq.v1.MeshEnvelope.decode(Buffer.from(h, 'hex')))
      for (const p of transport.connectedPeers()) transport.send(p, { envelopes: { envelopes } })
      return {}
    },
    stop: async () => {
      await discovery.stop()
      await transport.stop()
      return {}
    },
  })
}

function serve(commands: Record<string, (m: Record<string, unknown>) => Promise<object> | object>): void {
  const rl = createInterface({ input: process.stdin })
  rl.on('line', (line) => {
    const m = JSON.parse(line) as Record<string, unknown>
    const cmd = commands[m.cmd as string]
    if (cmd === undefined) return out({ req: m.req, ok: false, error: `unknown command ${String(m.cmd)}` })
    Promise.resolve(cmd(m)).then(
      (r) => {
        out({ req: m.req, ok: true, ...r })
        if (m.cmd === 'stop') process.exit(0)
      },
      (err: unknown) => out({ req: m.req, ok: false, error: String(err) }),
    )
  })
  rl.on('close', () => process.exit(0))
}

await (cfg.raw === true ? runRaw() : runNode())
