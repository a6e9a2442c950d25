// The remote users this server resolved (migration 14): identity key → the domain that vouched
// for it (with the KT proof this server verified). An Enqueue for one of these keys is relayed
// to that domain, so an original client that resolved `bob@b.example` and then sends to bob's
// identity key works unchanged.
import type Database from 'better-sqlite3-multiple-ciphers'

export class RemoteUserStore {
  private readonly upsert: Database.Statement<[Buffer, string, string, number]>
  private readonly domainOfKey: Database.Statement<[Buffer], { domain: string }>

  constructor(db: Database.Database) {
    this.upsert = db.prepare(`INSERT INTO federation_remote_users (identity_key, domain, username, resolved_at) VALUES (?, ?, ?, ?)
      ON CONFLICT DO UPDATE SET domain = excluded.domain, username = excluded.username, resolved_at = excluded.resolved_at`)
    this.domainOfKey = db.prepare('SELECT domain FROM federation_remote_users WHERE identity_key = ?')
  }

  remember(identityKey: Buffer, domain: string, username: string, now: number): void {
    this.upsert.run(identityKey, domain, username, now)
  }

  domainOf(identityKey: Uint8Array): string | undefined {
    return this.domainOfKey.get(Buffer.from(identityKey.buffer, identityKey.byteOffset, identityKey.byteLength))?.domain
  }
}
