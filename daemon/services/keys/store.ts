// KeyPackages and hybrid keys (migration 8). KeyPackages are single-use: a FIFO per identity
// key, and taking one deletes it in the same statement, so two fetches never get the same one.
// Hybrid keys: one per identity, replaced on upload.
import type Database from 'better-sqlite3-multiple-ciphers'

export class KeyStore {
  private readonly insert: Database.Statement<[Buffer, Buffer, number]>
  private readonly pop: Database.Statement<[Buffer], { package: Buffer }>
  private readonly countOf: Database.Statement<[Buffer], { n: number }>
  private readonly putHybrid: Database.Statement<[Buffer, Buffer, number]>
  private readonly hybridOf: Database.Statement<[Buffer], { public_key: Buffer }>
  private readonly purgePackages: Database.Statement<[Buffer]>
  private readonly purgeHybrid: Database.Statement<[Buffer]>

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare('INSERT INTO key_packages (identity_key, package, uploaded_at) VALUES (?, ?, ?)')
    this.pop = db.prepare(`DELETE FROM key_packages WHERE id = (SELECT id FROM key_packages WHERE identity_key = ? ORDER BY id LIMIT 1)
      RETURNING package`)
    this.countOf = db.prepare('SELECT count(*) AS n FROM key_packages WHERE identity_key = ?')
    this.putHybrid = db.prepare(`INSERT INTO hybrid_keys (identity_key, public_key, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (identity_key) DO UPDATE SET public_key = excluded.public_key, updated_at = excluded.updated_at`)
    this.hybridOf = db.prepare('SELECT public_key FROM hybrid_keys WHERE identity_key = ?')
    this.purgePackages = db.prepare('DELETE FROM key_packages WHERE identity_key = ?')
    this.purgeHybrid = db.prepare('DELETE FROM hybrid_keys WHERE identity_key = ?')
  }

  /** Runs `work` in one transaction (nested calls become savepoints). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)()
  }

  addPackage(identityKey: Buffer, pkg: Buffer, now: number): void {
    this.insert.run(identityKey, pkg, now)
  }

  /** The oldest package of the identity, removed; undefined when none is left. */
  takePackage(identityKey: Buffer): Buffer | undefined {
    return this.pop.get(identityKey)?.package
  }

  packageCount(identityKey: Buffer): number {
    return (this.countOf.get(identityKey) as { n: number }).n
  }

  setHybrid(identityKey: Buffer, publicKey: Buffer, now: number): void {
    this.putHybrid.run(identityKey, publicKey, now)
  }

  hybrid(identityKey: Buffer): Buffer | undefined {
    return this.hybridOf.get(identityKey)?.public_key
  }

  /**
   * After a restore from backup: every KeyPackage goes. Any of them may have been handed out
   * after the backup was made, and MLS needs each used once; clients upload new ones.
   */
  discardAllPackages(): number {
    return this.db.prepare('DELETE FROM key_packages').run().changes
  }

  /** Account deletion: every key of the identity; returns the rows deleted. */
  purge(identityKey: Buffer): number {
    return this.purgePackages.run(identityKey).changes + this.purgeHybrid.run(identityKey).changes
  }
}
