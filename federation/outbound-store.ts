// The outbound relay queue (migration 14): one row per message for a user of another domain,
// kept until that domain acknowledged it (or finally refused it, or it expired), oldest first
// per destination; and each destination's retry state (Synapse's `destinations` table), which
// survives restarts so that a dead peer is not hammered after one.
import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'

export interface OutboundMessage {
  recipient: Buffer
  channel: Buffer
  payload: Buffer
  /** The sending client's idempotency key, passed on to the destination. */
  messageId: Buffer | null
  expiresAt: number
}

export interface QueuedMessage extends OutboundMessage {
  id: number
  /** 16 random bytes: the destination stores the message once per (origin, recipient, relay id). */
  relayId: Buffer
  enqueuedAt: number
}

export interface Queued { id: number; relayId: Buffer; duplicate: boolean }

export interface DestinationRow {
  domain: string
  lastSuccessAt: number
  lastFailureAt: number
  lastFailureReason: string
  failures: number
  nextRetryAt: number
}

interface Row { id: number; relay_id: Buffer; recipient: Buffer; channel: Buffer; payload: Buffer; message_id: Buffer | null; enqueued_at: number; expires_at: number }
interface StateRow { domain: string; last_success_at: number; last_failure_at: number; last_failure_reason: string; failures: number; next_retry_at: number }

const RELAY_ID_BYTES = 16

export class OutboundStore {
  private readonly insert: Database.Statement
  private readonly byMessageId: Database.Statement<[string, Buffer, Buffer, Buffer], { id: number; relay_id: Buffer }>
  private readonly oldest: Database.Statement<[string, number, number], Row>
  private readonly remove: Database.Statement<[number]>
  private readonly expireAll: Database.Statement<[number], { destination: string }>
  private readonly count: Database.Statement<[string], { n: number }>
  private readonly oldestOf: Database.Statement<[string], { enqueued_at: number }>
  private readonly withPending: Database.Statement<[], { destination: string }>
  private readonly stateOf: Database.Statement<[string], StateRow>
  private readonly states: Database.Statement<[], StateRow>
  private readonly saveState: Database.Statement
  private readonly acknowledgeTx: Database.Transaction<(ids: readonly number[], state: DestinationRow) => void>

  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO federation_outbound (destination, relay_id, recipient, channel, payload, message_id, enqueued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    this.byMessageId = db.prepare('SELECT id, relay_id FROM federation_outbound WHERE destination = ? AND recipient = ? AND channel = ? AND message_id = ?')
    this.oldest = db.prepare('SELECT id, relay_id, recipient, channel, payload, message_id, enqueued_at, expires_at FROM federation_outbound WHERE destination = ? AND expires_at > ? ORDER BY id LIMIT ?')
    this.remove = db.prepare('DELETE FROM federation_outbound WHERE id = ?')
    this.expireAll = db.prepare('DELETE FROM federation_outbound WHERE expires_at <= ? RETURNING destination')
    this.count = db.prepare('SELECT count(*) AS n FROM federation_outbound WHERE destination = ?')
    this.oldestOf = db.prepare('SELECT enqueued_at FROM federation_outbound WHERE destination = ? ORDER BY id LIMIT 1')
    this.withPending = db.prepare('SELECT DISTINCT destination FROM federation_outbound')
    this.stateOf = db.prepare('SELECT * FROM federation_destinations WHERE domain = ?')
    this.states = db.prepare('SELECT * FROM federation_destinations ORDER BY domain')
    this.saveState = db.prepare(`INSERT INTO federation_destinations (domain, last_success_at, last_failure_at, last_failure_reason, failures, next_retry_at)
      VALUES (@domain, @lastSuccessAt, @lastFailureAt, @lastFailureReason, @failures, @nextRetryAt)
      ON CONFLICT DO UPDATE SET last_success_at = excluded.last_success_at, last_failure_at = excluded.last_failure_at,
        last_failure_reason = excluded.last_failure_reason, failures = excluded.failures, next_retry_at = excluded.next_retry_at`)
    this.acknowledgeTx = db.transaction((ids: readonly number[], state: DestinationRow) => {
      for (const id of ids) this.remove.run(id)
      this.saveState.run(state)
    })
  }

  /**
   * Queues one message for `destination`; a message id already queued for the same recipient
   * and channel answers the first copy (duplicate). Call inside a transaction (the group commit).
   */
  add(destination: string, m: OutboundMessage, now: number): Queued {
    if (m.messageId !== null) {
      const first = this.byMessageId.get(destination, m.recipient, m.channel, m.messageId)
      if (first !== undefined) return { id: first.id, relayId: first.relay_id, duplicate: true }
    }
    const relayId = randomBytes(RELAY_ID_BYTES)
    const id = Number(this.insert.run(destination, relayId, m.recipient, m.channel, m.payload, m.messageId, now, m.expiresAt).lastInsertRowid)
    return { id, relayId, duplicate: false }
  }

  /** The oldest unexpired messages for a destination: at most `limit`, and at most `maxBytes` of payload (at least one). */
  batch(destination: string, limit: number, maxBytes: number, now: number): QueuedMessage[] {
    const out: QueuedMessage[] = []
    let bytes = 0
    for (const r of this.oldest.iterate(destination, now, limit)) {
      if (out.length > 0 && bytes + r.payload.length > maxBytes) break
      bytes += r.payload.length
      out.push({
        id: r.id, relayId: r.relay_id, recipient: r.recipient, channel: r.channel, payload: r.payload,
        messageId: r.message_id, enqueuedAt: r.enqueued_at, expiresAt: r.expires_at,
      })
    }
    return out
  }

  /** Deletes what the destination acknowledged (or finally refused) and saves its state, in one transaction. */
  acknowledge(ids: readonly number[], state: DestinationRow): void {
    this.acknowledgeTx(ids, state)
  }

  /** Deletes every expired message; returns how many per destination. */
  expireEverywhere(now: number): Map<string, number> {
    const n = new Map<string, number>()
    for (const r of this.expireAll.all(now)) n.set(r.destination, (n.get(r.destination) ?? 0) + 1)
    return n
  }

  pending(destination: string): { count: number; oldestEnqueuedAt: number | null } {
    const count = (this.count.get(destination) as { n: number }).n
    return { count, oldestEnqueuedAt: count === 0 ? null : this.oldestOf.get(destination)?.enqueued_at ?? null }
  }

  destinationsWithPending(): string[] {
    return this.withPending.all().map((r) => r.destination)
  }

  state(domain: string): DestinationRow {
    const r = this.stateOf.get(domain)
    return r === undefined ? { domain, lastSuccessAt: 0, lastFailureAt: 0, lastFailureReason: '', failures: 0, nextRetryAt: 0 } : fromRow(r)
  }

  allStates(): DestinationRow[] {
    return this.states.all().map(fromRow)
  }

  save(state: DestinationRow): void {
    this.saveState.run(state)
  }
}

function fromRow(r: StateRow): DestinationRow {
  return {
    domain: r.domain, lastSuccessAt: r.last_success_at, lastFailureAt: r.last_failure_at,
    lastFailureReason: r.last_failure_reason, failures: r.failures, nextRetryAt: r.next_retry_at,
  }
}
