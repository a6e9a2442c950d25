// The admin socket qpqctl speaks to (daemon/admin/, docs/admin.md): every command's table built
// from the parts it reads, and the event-loop watch its status reports. Started after every other
// listener, stopped first. Mesh and federation are optional: a daemon without them passes null
// and their commands answer "mesh is off on this daemon" / "federation is off on this daemon".
import type { HookBus } from '../../plugins/hooks.js'
import type { PluginHost } from '../../plugins/host/host.js'
import type { ConfigCheck } from '../config/check.js'
import type { Config } from '../config/config.js'
import type { CryptoPool } from '../crypto/pool.js'
import { accountCommands } from '../admin/commands/accounts.js'
import { maintenanceCommands } from '../admin/commands/maintenance.js'
import { networkCommands, type FederationAdmin, type MeshAdmin } from '../admin/commands/network.js'
import { pluginCommands } from '../admin/commands/plugins.js'
import { statusCommands } from '../admin/commands/status.js'
import { AdminServer } from '../admin/server.js'
import { EventLoopWatch } from '../observability/event-loop.js'
import type { Logger } from '../observability/logger.js'
import type { RpcServer } from '../rpc/rpc-server.js'
import type { KtLog } from '../services/kt/log.js'
import type { Storage } from '../storage/database.js'
import type { AccountsDomain } from './accounts.js'
import type { Startable } from './lifecycle.js'
import type { Stores } from './storage.js'

export type { FederationAdmin, MeshAdmin }

export interface AdminComponents {
  version: string
  startedAt: number
  storage: Storage
  stores: Stores
  accounts: AccountsDomain
  kt: KtLog
  hooks: HookBus
  plugins: PluginHost
  rpc: RpcServer
  pool: CryptoPool
  /** Each listener's bound address, read when status is asked. */
  listeners(): Record<string, string | null>
  isDraining(): boolean
  drain(): void
  checkConfig(): ConfigCheck
  mesh?: MeshAdmin | null
  federation?: FederationAdmin | null
  log: Logger
}

export class AdminDomain implements Startable {
  private readonly loop = new EventLoopWatch()
  private readonly server: AdminServer

  constructor(config: Config, c: AdminComponents) {
    const { stores } = c
    const mesh = c.mesh ?? null
    const federation = c.federation ?? null
    this.server = new AdminServer({
      socket: config.adminSocket,
      log: c.log.child({ component: 'admin' }),
      commands: {
        ...statusCommands({
          version: c.version, startedAt: c.startedAt, isDraining: c.isDraining, listeners: () => ({ ...c.listeners(), admin: config.adminSocket }),
          rpc: c.rpc, accounts: stores.accounts, delivery: stores.delivery, pool: c.pool, poolSize: config.cryptoWorkers,
          plugins: c.plugins, mesh, federation, loop: this.loop,
        }),
        ...accountCommands({
          accounts: stores.accounts, devices: stores.devices, keys: stores.keys, delivery: stores.delivery, moderation: stores.moderation,
          sessions: c.accounts.sessions, purger: c.accounts.purger, kt: c.kt, hooks: c.hooks,
        }),
        ...pluginCommands(c.plugins),
        ...networkCommands({ mesh, federation }),
        ...maintenanceCommands({
          kt: c.kt, storage: c.storage, database: { file: config.dbPath, passphrase: config.dbKey !== null },
          isDraining: c.isDraining, drain: c.drain, checkConfig: c.checkConfig,
        }),
      },
    })
  }

  async start(): Promise<void> {
    this.loop.start()
    await this.server.start()
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop()
    } finally {
      this.loop.stop()
    }
  }

  get socket(): string {
    return this.server.path
  }
}
