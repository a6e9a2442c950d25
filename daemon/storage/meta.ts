// Server-wide values kept in the database (server_meta): secrets such as the OPAQUE server setup,
// created on first start and read on every start after.
import type Database from 'better-sqlite3-multiple-ciphers'

export class MetaStore {
  private readonly get: Database.Statement<[string], { value: Buffer }>
  private readonly insert: Database.Statement<[string, Buffer]>

  constructor(db: Database.Database) {
    this.get = db.prepare('SELECT value FROM server_meta WHERE key = ?')
    this.insert = db.prepare('INSERT OR IGNORE INTO server_meta (key, value) VALUES (?, ?)')
  }

  read(key: string): Buffer | undefined {
    return this.get.get(key)?.value
  }

  /** Stores `value` unless the key already has one; returns the value that is stored. */
  writeOnce(key: string, value: Buffer): Buffer {
    this.insert.run(key, value)
    return this.read(key) as Buffer
  }
}
