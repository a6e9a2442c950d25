// Inbound dedup (migration 14): a relayed message is stored once per (origin domain, recipient,
// relay id), for as long as it lives. The record is written in the same savepoint as the message
// itself, so a message and its record commit together or not at all: a batch relayed again
// (the origin crashed before it saw our answer, or the network duplicated it) stores nothing twice.
import type Database from 'better-sqlite3-multiple-ciphers'

export class InboundStore {
  private readonly seenStmt: Database.Statement<[string, Buffer, Buffer, number], { seq: number }>
  private readonly recordStmt: Database.Statement<[string, Buffer, Buffer, number, number]>
  private readonly sweepStmt: Database.Statement<[number, number]>

  constructor(db: Database.Database) {
    this.seenStmt = db.prepare('SELECT seq FROM federation_inbound WHERE origin = ? AND recipient = ? AND relay_id = ? AND expires_at > ?')
    this.recordStmt = db.prepare('INSERT OR REPLACE INTO federation_inbound (origin, recipient, relay_id, seq, expires_at) VALUES (?, ?, ?, ?, ?)')
    this.sweepStmt = db.prepare('DELETE FROM federation_inbound WHERE (origin, recipient, relay_id) IN (SELECT origin, recipient, relay_id FROM federation_inbound WHERE expires_at <= ? LIMIT ?)')
  }

  /** The seq the message got when it was first stored, if it was (and has not expired). */
  seen(origin: string, recipient: Buffer, relayId: Buffer, now: number): number | undefined {
    return this.seenStmt.get(origin, recipient, relayId, now)?.seq
  }

  /** Call inside the message's own savepoint. */
  record(origin: string, recipient: Buffer, relayId: Buffer, seq: number, expiresAt: number): void {
    this.recordStmt.run(origin, recipient, relayId, seq, expiresAt)
  }

  /** Deletes up to `batch` expired records; returns how many. */
  sweep(now: number, batch: number): number {
    return this.sweepStmt.run(now, batch).changes
  }
}
