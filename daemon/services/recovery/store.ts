// The recovery_bundles table (migration 4): each account's encrypted recovery bundles, each
// under SHA-256 of its recovery token.
import type Database from 'better-sqlite3-multiple-ciphers'

export class RecoveryStore {
  private readonly get: Database.Statement<[number, Buffer], { bundle: Buffer }>
  private readonly exists: Database.Statement<[number, Buffer], { one: number }>
  private readonly countOf: Database.Statement<[number], { n: number }>
  private readonly upsert: Database.Statement<[number, Buffer, Buffer, number]>
  private readonly remove: Database.Statement<[number, Buffer]>
  private readonly removeAll: Database.Statement<[number]>

  constructor(private readonly db: Database.Database) {
    this.get = db.prepare('SELECT bundle FROM recovery_bundles WHERE user_id = ? AND token_hash = ?')
    this.exists = db.prepare('SELECT 1 AS one FROM recovery_bundles WHERE user_id = ? AND token_hash = ?')
    this.countOf = db.prepare('SELECT count(*) AS n FROM recovery_bundles WHERE user_id = ?')
    this.upsert = db.prepare(`INSERT INTO recovery_bundles (user_id, token_hash, bundle, stored_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (user_id, token_hash) DO UPDATE SET bundle = excluded.bundle, stored_at = excluded.stored_at`)
    this.remove = db.prepare('DELETE FROM recovery_bundles WHERE user_id = ? AND token_hash = ?')
    this.removeAll = db.prepare('DELETE FROM recovery_bundles WHERE user_id = ?')
  }

  /**
   * Stores (or replaces) a bundle unless that would give the account more than `max`; returns
   * the account's bundle count after, or null when the limit refused a new bundle.
   */
  put(userId: number, tokenHash: Buffer, bundle: Buffer, now: number, max: number): number | null {
    return this.db.transaction(() => {
      const count = (this.countOf.get(userId) as { n: number }).n
      if (count >= max && this.exists.get(userId, tokenHash) === undefined) return null
      this.upsert.run(userId, tokenHash, bundle, now)
      return (this.countOf.get(userId) as { n: number }).n
    })()
  }

  bundle(userId: number, tokenHash: Buffer): Buffer | null {
    return this.get.get(userId, tokenHash)?.bundle ?? null
  }

  /** Deletes one bundle of the account, or with null every one; returns how many. */
  delete(userId: number, tokenHash: Buffer | null): number {
    return (tokenHash === null ? this.removeAll.run(userId) : this.remove.run(userId, tokenHash)).changes
  }

  /** Account deletion's step. */
  purgeAccount(userId: number): number {
    return this.delete(userId, null)
  }
}
