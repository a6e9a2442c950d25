// A mesh Router without a network (it is transport-free: peers are names it sends frames to),
// on a real SQLCipher store with the daemon's migrations and group commit, at a fixed time; it
// delivers to one local identity and records what it sends, delivers and broadcasts. Used by
// test/mesh-router.test.ts and the mesh fuzz target.
import { generateKeyPairSync } from 'node:crypto'
import { Registry } from 'prom-client'
import { tempStorage } from './node.js'
import { silentLogger } from '../../daemon/observability/logger.js'
import { CommitBatcher } from '../../daemon/storage/commit-batcher.js'
import { HookBus } from '../../plugins/hooks.js'
import { ed25519RawPublicKey } from '../../protocol/ed25519.js'
import type { MeshEnvelope } from '../../protocol/mesh/envelope.js'
import { MeshMetrics } from '../../mesh/metrics.js'
import { RouteTable } from '../../mesh/routes.js'
import { Router } from '../../mesh/router.js'
import { MeshStore } from '../../mesh/store.js'
import { Verifier } from '../../mesh/verifier.js'
import type { qpq } from '../../proto/qpq.js'

export const NOW = 1_800_000_000_000
export const LOCAL = Buffer.alloc(32, 0x11)
export const FAR = Buffer.alloc(32, 0x22)

export interface Sent { peer: string; frame: qpq.v1.MeshFrame.$Properties }

export function routerSetup(opts: { maxSeen?: number; maxPayloadBytes?: number; failDelivery?: () => boolean } = {}) {
  const storage = tempStorage()
  const nodeKey = generateKeyPairSync('ed25519').privateKey
  const store = new MeshStore(storage.db, { maxBytes: 1 << 20, maxEnvelopes: 100, maxSeen: opts.maxSeen ?? 1000 })
  const routes = new RouteTable()
  const sent: Sent[] = []
  const peers = new Set(['p1', 'p2'])
  const delivered: MeshEnvelope[] = []
  const broadcasts: MeshEnvelope[] = []
  const registry = new Registry()
  const router = new Router({
    nodeKey: ed25519RawPublicKey(nodeKey), privateKey: nodeKey, store, routes, verifier: new Verifier(),
    metrics: new MeshMetrics(registry, { peers: () => peers.size, store: () => store.stats(), routes: () => routes.size }),
    links: { connectedPeers: () => [...peers], connected: (p) => peers.has(p), send: (peer, frame) => { sent.push({ peer, frame }) } },
    components: {
      db: storage.db, commits: new CommitBatcher(storage.db), logger: silentLogger(), registry: new Registry(), hooks: new HookBus(),
      isLocalIdentity: (k) => LOCAL.equals(k), localIdentities: () => [LOCAL],
      deliverLocal: async (e) => {
        if (opts.failDelivery?.() === true) throw new Error('queue full')
        delivered.push(e)
      },
      onBroadcast: (_t, e) => { broadcasts.push(e) },
      now: () => NOW,
    },
    log: silentLogger(), maxPayloadBytes: opts.maxPayloadBytes ?? 1024, announceTtlSecs: 1800,
  })
  return { router, store, routes, sent, peers, delivered, broadcasts, registry, storage }
}
