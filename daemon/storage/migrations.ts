// The database schema, as the ordered list of migrations openDatabase applies by user_version.
// To change the schema, append a migration with the next version; never edit, remove or reorder
// one that has shipped: databases in the field have already run it.
import type { Migration } from './database.js'

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'server_meta',
    // server-wide secrets and settings, one row each (OPAQUE server setup, delivery-proof signing key, …)
    up: (db) => db.exec('CREATE TABLE server_meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)'),
  },
]
