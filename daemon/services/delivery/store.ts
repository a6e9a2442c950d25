// The delivery queues (migration 5). A queue is (recipient identity key, channel id); sequence
// numbers grow per queue. Messages are stored once; every device of the recipient reads through
// its own ack cursor ('' = no device), and a message is deleted once every registered device has
// acked it (or, without devices, the device-less cursor has), or when it expires. Reading the
// account's devices here couples this store to the devices table: both live in one database.
// The server never parses payloads.
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'

export interface QueueScope { recipient: Buffer; channel: Buffer; device: Buffer }
export interface StoredMessage { seq: number; data: Buffer }
export interface NewMessage { recipient: Buffer; channel: Buffer; payload: Buffer; messageId: Buffer | null; expiresAt: number }
/**
 * `proven` is false for a duplicate whose first bytes are unknown (an id remembered before
 * migration 13 whose message has been acked): no delivery proof can vouch for them.
 */
export interface EnqueueResult { seq: number; duplicate: boolean; proven: boolean }

export class DeliveryStore {
  private readonly nextSeq: Database.Statement<[Buffer, Buffer]>
  private readonly insert: Database.Statement<[Buffer, Buffer, number, Buffer, number, number]>
  private readonly seenId: Database.Statement<[Buffer, Buffer, Buffer, number], { seq: number; payload_sha256: Buffer | null }>
  private readonly rememberId: Database.Statement<[Buffer, Buffer, Buffer, number, Buffer, number]>
  private readonly depthOf: Database.Statement<[Buffer, Buffer, Buffer, Buffer], { n: number }>
  private readonly cursorOf: Database.Statement<[Buffer, Buffer, Buffer], { acked_seq: number }>
  private readonly pending: Database.Statement<[Buffer, Buffer, number, number, number], StoredMessage>
  private readonly setCursor: Database.Statement<[Buffer, Buffer, Buffer, number]>
  private readonly trim: Database.Statement<[{ r: Buffer; c: Buffer }]>
  private readonly expire: Database.Statement<[number, number]>
  private readonly expireIds: Database.Statement<[number, number]>
  private readonly total: Database.Statement<[], { n: number }>

  constructor(private readonly db: Database.Database) {
    this.nextSeq = db.prepare(`INSERT INTO queue_heads (recipient, channel, last_seq) VALUES (?, ?, 1)
      ON CONFLICT DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`)
    this.insert = db.prepare('INSERT INTO messages (recipient, channel, seq, payload, enqueued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
    this.seenId = db.prepare('SELECT seq, payload_sha256 FROM message_ids WHERE recipient = ? AND channel = ? AND message_id = ? AND expires_at > ?')
    this.rememberId = db.prepare('INSERT OR REPLACE INTO message_ids (recipient, channel, message_id, seq, payload_sha256, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
    // from the queue's two ends (two index lookups, not a scan): messages leave from the front
    // (ack) or by expiry, so this counts an expired gap until the sweep — never too few
    this.depthOf = db.prepare(`SELECT coalesce((SELECT last_seq FROM queue_heads WHERE recipient = ? AND channel = ?)
      - (SELECT min(seq) FROM messages WHERE recipient = ? AND channel = ?) + 1, 0) AS n`)
    this.cursorOf = db.prepare('SELECT acked_seq FROM queue_cursors WHERE recipient = ? AND channel = ? AND device = ?')
    this.pending = db.prepare('SELECT seq, payload AS data FROM messages WHERE recipient = ? AND channel = ? AND seq > ? AND expires_at > ? ORDER BY seq LIMIT ?')
    this.setCursor = db.prepare(`INSERT INTO queue_cursors (recipient, channel, device, acked_seq) VALUES (?, ?, ?, ?)
      ON CONFLICT DO UPDATE SET acked_seq = max(acked_seq, excluded.acked_seq)`)
    // Delete what every reader of the queue has passed. The readers are the recipient's
    // registered devices (one without a cursor yet has read nothing), or, for an account with
    // no devices, the device-less cursor ''. A device-less session's acks therefore never delete
    // messages that a registered device has not read.
    this.trim = db.prepare(`DELETE FROM messages WHERE recipient = @r AND channel = @c AND seq <= (
      SELECT CASE WHEN count(d.device_id) > 0 THEN min(coalesce(q.acked_seq, 0))
        ELSE (SELECT acked_seq FROM queue_cursors WHERE recipient = @r AND channel = @c AND device = x'') END
      FROM users u LEFT JOIN devices d ON d.user_id = u.id
        LEFT JOIN queue_cursors q ON q.recipient = @r AND q.channel = @c AND q.device = d.device_id
      WHERE u.identity_key = @r)`)
    this.expire = db.prepare('DELETE FROM messages WHERE id IN (SELECT id FROM messages WHERE expires_at <= ? LIMIT ?)')
    this.expireIds = db.prepare('DELETE FROM message_ids WHERE (recipient, channel, message_id) IN (SELECT recipient, channel, message_id FROM message_ids WHERE expires_at <= ? LIMIT ?)')
    this.total = db.prepare('SELECT count(*) AS n FROM messages')
  }

  /** Messages in one queue (for the depth limit). */
  depth(recipient: Buffer, channel: Buffer): number {
    return (this.depthOf.get(recipient, channel, recipient, channel) as { n: number }).n
  }

  /**
   * Appends one message. With a message id seen in this queue within its TTL nothing is stored:
   * the same bytes get the first copy's seq, other bytes 'conflict'. Call inside a transaction.
   */
  enqueue(m: NewMessage, now: number): EnqueueResult | 'conflict' {
    const hash = m.messageId === null ? null : createHash('sha256').update(m.payload).digest()
    if (m.messageId !== null) {
      const seen = this.seenId.get(m.recipient, m.channel, m.messageId, now)
      if (seen !== undefined) {
        if (seen.payload_sha256 === null) return { seq: seen.seq, duplicate: true, proven: false }
        return seen.payload_sha256.equals(hash as Buffer) ? { seq: seen.seq, duplicate: true, proven: true } : 'conflict'
      }
    }
    const seq = (this.nextSeq.get(m.recipient, m.channel) as { last_seq: number }).last_seq
    this.insert.run(m.recipient, m.channel, seq, m.payload, now, m.expiresAt)
    if (m.messageId !== null) this.rememberId.run(m.recipient, m.channel, m.messageId, seq, hash as Buffer, m.expiresAt)
    return { seq, duplicate: false, proven: true }
  }

  /**
   * Unexpired messages after the scope's cursor, oldest first: at most `limit` of them, and no
   * more than `maxBytes` of payload and `overhead` per message — but always the first one.
   */
  fetch(scope: QueueScope, limit: number, now: number, maxBytes = Infinity, overhead = 0): StoredMessage[] {
    const cursor = this.cursorOf.get(scope.recipient, scope.channel, scope.device)?.acked_seq ?? 0
    const page: StoredMessage[] = []
    let bytes = 0
    for (const m of this.pending.iterate(scope.recipient, scope.channel, cursor, now, limit)) {
      bytes += m.data.length + overhead
      if (bytes > maxBytes && page.length > 0) break
      page.push(m)
    }
    return page
  }

  /** Moves the scope's cursor to seqUpTo (never back) and deletes what all cursors have passed. Call inside a transaction. */
  ack(scope: QueueScope, seqUpTo: number): void {
    this.setCursor.run(scope.recipient, scope.channel, scope.device, seqUpTo)
    this.trim.run({ r: scope.recipient, c: scope.channel })
  }

  /** Deletes up to `batch` expired messages and message ids; returns how many messages. */
  sweep(now: number, batch: number): number {
    const n = this.expire.run(now, batch).changes
    this.expireIds.run(now, batch)
    return n
  }

  /** Messages stored in all queues (delivery_queue_depth). */
  totalDepth(): number {
    return (this.total.get() as { n: number }).n
  }

  /** The fullest queues (of one recipient when given): messages stored and when the oldest came. */
  queues(recipient: Buffer | null, limit: number): Array<{ recipient: Buffer; channel: Buffer; messages: number; oldestAt: number }> {
    const where = recipient === null ? '' : 'WHERE recipient = @r'
    return this.db.prepare<[{ r: Buffer | null; limit: number }], { recipient: Buffer; channel: Buffer; n: number; oldest: number }>(
      `SELECT recipient, channel, count(*) AS n, min(enqueued_at) AS oldest FROM messages ${where}
        GROUP BY recipient, channel ORDER BY n DESC, recipient, channel LIMIT @limit`).all({ r: recipient, limit })
      .map((q) => ({ recipient: q.recipient, channel: q.channel, messages: q.n, oldestAt: q.oldest }))
  }

  /** A device was revoked: its ack cursors go (the messages it alone held back go at the next ack or expiry). */
  forgetDevice(recipient: Buffer, device: Buffer): number {
    return this.db.prepare('DELETE FROM queue_cursors WHERE recipient = ? AND device = ?').run(recipient, device).changes
  }

  /** Account deletion: the account's queues, cursors and message ids. */
  purgeRecipient(recipient: Buffer): number {
    let n = 0
    for (const table of ['messages', 'queue_heads', 'queue_cursors', 'message_ids']) {
      n += this.db.prepare(`DELETE FROM ${table} WHERE recipient = ?`).run(recipient).changes
    }
    return n
  }
}
