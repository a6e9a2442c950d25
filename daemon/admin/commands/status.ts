// qpqctl status: what the daemon is doing now, in one answer — version, uptime, listeners,
// connections, sessions, queue depths, the crypto pool, plugins, mesh, federation, event-loop lag.
import type { PluginStatus } from '../../../plugins/host/plugin.js'
import type { EventLoopWatch } from '../../observability/event-loop.js'
import type { AccountStore } from '../../services/auth/store.js'
import type { DeliveryStore } from '../../services/delivery/store.js'
import { Args } from '../args.js'
import type { AdminCommands } from '../server.js'
import type { FederationAdmin, MeshAdmin } from './network.js'

export interface StatusDeps {
  version: string
  startedAt: number
  isDraining(): boolean
  /** Each listener's bound address (HOST:PORT, or the socket path), null when off. */
  listeners(): Record<string, string | null>
  rpc: { connectionCount: number; halfOpenCount: number; openStreams: number; inFlight: number }
  accounts: AccountStore
  delivery: DeliveryStore
  pool: { workers: number; stats: { queueDepth: number } }
  /** crypto_workers: the most the pool starts. */
  poolSize: number
  plugins: { status(): PluginStatus[] }
  mesh: MeshAdmin | null
  federation: FederationAdmin | null
  loop: EventLoopWatch
  now?: () => number
}

export function statusCommands(d: StatusDeps): AdminCommands {
  const now = d.now ?? Date.now
  return {
    status: {
      run(raw) {
        new Args(raw, [])
        const at = now()
        const destinations = d.federation?.destinations() ?? []
        return {
          version: d.version, node: process.version, pid: process.pid,
          startedAt: new Date(d.startedAt).toISOString(), uptimeSeconds: Math.round((at - d.startedAt) / 1000),
          draining: d.isDraining(),
          listeners: d.listeners(),
          connections: { open: d.rpc.connectionCount, handshaking: d.rpc.halfOpenCount, streams: d.rpc.openStreams, callsInFlight: d.rpc.inFlight },
          accounts: d.accounts.accountCount(),
          sessions: d.accounts.liveSessionCount(at),
          queues: { messages: d.delivery.totalDepth() },
          pool: { workers: d.pool.workers, maxWorkers: d.poolSize, queued: d.pool.stats.queueDepth },
          plugins: d.plugins.status().map((p) => ({ name: p.name, version: p.version, state: p.state })),
          mesh: d.mesh === null ? null : { peers: d.mesh.peers().length, store: d.mesh.storeStats() },
          federation: d.federation === null ? null : {
            destinations: destinations.length,
            pending: destinations.reduce((n, x) => n + x.pending, 0),
            failing: destinations.filter((x) => x.failures > 0).map((x) => x.domain),
          },
          eventLoop: d.loop.stats(),
        }
      },
    },
  }
}
