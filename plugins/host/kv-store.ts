// Plugins' key-value stores (table plugin_kv, migration 6): one namespace per plugin name. A
// value is JSON text (stored as TEXT) or raw bytes (stored as a BLOB); the column's type tells
// which on the way back. Writes ride the delivery's group commit, so a plugin writing on every
// enqueue adds no transaction of its own; each write resolves once committed.
import type Database from 'better-sqlite3-multiple-ciphers'
import type { CommitBatcher } from '../../daemon/storage/commit-batcher.js'

export type KvValue = string | Uint8Array

export class PluginKvStore {
  private readonly read: Database.Statement<[string, string], { value: string | Buffer }>
  private readonly write: Database.Statement<[string, string, string | Buffer]>
  private readonly remove: Database.Statement<[string, string]>
  private readonly keys: Database.Statement<[string, string, string, number], string>

  constructor(db: Database.Database, private readonly batcher: CommitBatcher) {
    this.read = db.prepare('SELECT value FROM plugin_kv WHERE plugin = ? AND key = ?')
    this.write = db.prepare('INSERT INTO plugin_kv (plugin, key, value) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value')
    this.remove = db.prepare('DELETE FROM plugin_kv WHERE plugin = ? AND key = ?')
    this.keys = db.prepare('SELECT key FROM plugin_kv WHERE plugin = ? AND key >= ? AND key > ? ORDER BY key LIMIT ?').pluck() as Database.Statement<[string, string, string, number], string>
  }

  get(plugin: string, key: string): KvValue | undefined {
    const v = this.read.get(plugin, key)?.value
    return Buffer.isBuffer(v) ? new Uint8Array(v) : v
  }

  set(plugin: string, key: string, value: KvValue): Promise<void> {
    const stored = typeof value === 'string' ? value : Buffer.from(value)
    return this.batcher.submit(() => { this.write.run(plugin, key, stored) })
  }

  /** True when the key existed. */
  delete(plugin: string, key: string): Promise<boolean> {
    return this.batcher.submit(() => this.remove.run(plugin, key).changes > 0)
  }

  /** Keys in order: those starting with `prefix` and after `after`, at most `limit`. */
  list(plugin: string, prefix: string, after: string, limit: number): string[] {
    // keys with a prefix are contiguous in byte order from the prefix on: stop at the first without it
    const out: string[] = []
    for (const key of this.keys.all(plugin, prefix, after, limit)) {
      if (!key.startsWith(prefix)) break
      out.push(key)
    }
    return out
  }
}
