// The plugin host: the plugins of plugin_dir on the hook points, each in a worker of its own,
// with its key-value store on the shared group commit and server notices through delivery.
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Config } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { HookBus } from '../../plugins/hooks.js'
import { PluginHost } from '../../plugins/host/host.js'
import { PluginKvStore } from '../../plugins/host/kv-store.js'
import type { DeliveryService } from '../services/delivery/handler.js'
import { noticeSender } from '../services/delivery/server-notice.js'
import type { CommitBatcher } from '../storage/commit-batcher.js'
import type { Stores } from './storage.js'

export function pluginsDomain(config: Config, c: { db: Database.Database; stores: Stores; batcher: CommitBatcher; delivery: DeliveryService; hooks: HookBus; metrics: Metrics; log: Logger }): PluginHost {
  const { stores, delivery } = c
  return new PluginHost({ dir: config.pluginDir, settings: config.plugins }, {
    hooks: c.hooks, log: c.log.child({ component: 'plugins' }), registry: c.metrics.registry, store: new PluginKvStore(c.db, c.batcher),
    sendNotice: noticeSender({ identityOf: (u) => stores.accounts.account(u)?.identityKey, deposit: (build) => delivery.deposit(build), ttlSecs: config.delivery.defaultTtlSecs }),
  })
}
