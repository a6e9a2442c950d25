// Published P2P endpoints (migration 9): one iroh node address per identity, until it expires.
import type Database from 'better-sqlite3-multiple-ciphers'

export interface Endpoint { nodeId: Buffer; relayUrl: string; directAddresses: string[]; publishedAt: number; expiresAt: number }

type Row = { node_id: Buffer; relay_url: string; direct_addresses: string; published_at: number; expires_at: number }

export class EndpointStore {
  private readonly upsert: Database.Statement<[Buffer, Buffer, string, string, number, number]>
  private readonly byIdentity: Database.Statement<[Buffer, number], Row>
  private readonly expire: Database.Statement<[number]>
  private readonly remove: Database.Statement<[Buffer]>

  constructor(db: Database.Database) {
    this.upsert = db.prepare(`INSERT OR REPLACE INTO p2p_endpoints (identity_key, node_id, relay_url, direct_addresses, published_at, expires_at)
      VALUES (?, ?, ?, ?, ?, ?)`)
    this.byIdentity = db.prepare('SELECT node_id, relay_url, direct_addresses, published_at, expires_at FROM p2p_endpoints WHERE identity_key = ? AND expires_at > ?')
    this.expire = db.prepare('DELETE FROM p2p_endpoints WHERE expires_at <= ?')
    this.remove = db.prepare('DELETE FROM p2p_endpoints WHERE identity_key = ?')
  }

  publish(identityKey: Buffer, e: Endpoint): void {
    this.upsert.run(identityKey, e.nodeId, e.relayUrl, JSON.stringify(e.directAddresses), e.publishedAt, e.expiresAt)
  }

  /** The identity's endpoint unless it has expired. */
  endpoint(identityKey: Buffer, now: number): Endpoint | undefined {
    const r = this.byIdentity.get(identityKey, now)
    return r && { nodeId: r.node_id, relayUrl: r.relay_url, directAddresses: JSON.parse(r.direct_addresses) as string[], publishedAt: r.published_at, expiresAt: r.expires_at }
  }

  /** Deletes expired endpoints; returns how many. */
  sweep(now: number): number {
    return this.expire.run(now).changes
  }

  purge(identityKey: Buffer): number {
    return this.remove.run(identityKey).changes
  }
}
