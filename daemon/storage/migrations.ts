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
  {
    version: 2,
    name: 'accounts and sessions',
    up: (db) => db.exec(`
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        identity_key BLOB NOT NULL UNIQUE CHECK (length(identity_key) = 32),
        opaque_record BLOB NOT NULL,
        created_at INTEGER NOT NULL
      );
      -- only a hash of each session token is kept: a copy of the database logs nobody in
      CREATE TABLE sessions (
        token_hash BLOB PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device_id BLOB,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions(user_id);
      CREATE INDEX sessions_by_expiry ON sessions(expires_at);
    `),
  },
]
