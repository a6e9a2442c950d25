// The mesh's storage in the daemon's database (migration "mesh store"): the envelopes held to
// forward, bounded by bytes and count, and the refs of every envelope seen, kept until the
// envelope expires, so a restart neither re-delivers nor re-floods.
//
// Eviction order when a bound is reached (docs/mesh.md): expired envelopes first; then, one at a
// time, the oldest envelope of the origin that holds the most bytes (ties: the origin whose oldest
// envelope is oldest) — a node or key that floods the store pushes out its own envelopes before
// anyone else's. An envelope larger than the whole byte bound is refused. The seen refs have a
// bound too: past it the oldest (by created_at) go, and the floor rises to the newest created_at
// removed; envelopes made at or before the floor are refused as too old (their ref may be
// forgotten, so dedup could no longer be trusted).
//
// The store's writes run inside the daemon's transactions (its group commit, an Enqueue's), which
// may roll back — a batch whose other write failed runs again. So the totals the bounds are
// checked against (bytes and count held, refs seen, the floor) live in mesh_state and change in
// the same transaction: a rollback undoes them with the rows. The bytes held per origin, which
// eviction reads, are kept in memory as a cache of the table; each write first checks the cache
// against the stored totals and rebuilds it from the table when a rollback left it stale.
import type Database from 'better-sqlite3-multiple-ciphers'

export interface StoreLimits {
  maxBytes: number
  maxEnvelopes: number
  maxSeen: number
}

export interface HeldEnvelope {
  ref: Buffer
  origin: Buffer
  recipient: Buffer | null
  expiresAt: number
  /** The envelope's protobuf bytes as held (its hop_count as it arrived). */
  bytes: Uint8Array
}

export interface SeenRef { ref: Buffer; createdAt: number; expiresAt: number }

export interface StoreStats { envelopes: number; bytes: number; seen: number; maxEnvelopes: number; maxBytes: number }

interface Usage { bytes: number; count: number }

/** The totals kept in mesh_state, read and written in each transaction. */
interface Totals { bytes: number; count: number; seen: number; floor: number }

const KEYS = { bytes: 'held_bytes', count: 'held_count', seen: 'seen_count', floor: 'seen_floor' } as const

export class MeshStore {
  private readonly q
  /** Bytes and count held per origin (hex): a cache of the table that eviction reads. */
  private usage = new Map<string, Usage>()
  private cached: Usage = { bytes: 0, count: 0 }

  constructor(private readonly db: Database.Database, readonly limits: StoreLimits) {
    this.q = {
      isSeen: db.prepare('SELECT 1 FROM mesh_seen WHERE ref = ?').pluck(),
      markSeen: db.prepare('INSERT OR IGNORE INTO mesh_seen (ref, created_at, expires_at) VALUES (?, ?, ?)'),
      hold: db.prepare('INSERT OR IGNORE INTO mesh_envelopes (ref, origin, recipient, expires_at, size, envelope) VALUES (?, ?, ?, ?, ?, ?)'),
      get: db.prepare('SELECT envelope FROM mesh_envelopes WHERE ref = ?').pluck(),
      rowId: db.prepare('SELECT id FROM mesh_envelopes WHERE ref = ?').pluck(),
      recipientOf: db.prepare('SELECT recipient FROM mesh_envelopes WHERE ref = ?').pluck(),
      remove: db.prepare('DELETE FROM mesh_envelopes WHERE ref = ? RETURNING origin, size'),
      refs: db.prepare('SELECT ref FROM mesh_envelopes WHERE expires_at > ? ORDER BY id').pluck(),
      oldestOf: db.prepare('DELETE FROM mesh_envelopes WHERE id = (SELECT id FROM mesh_envelopes WHERE origin = ? ORDER BY id LIMIT 1) RETURNING origin, size'),
      oldestId: db.prepare('SELECT min(id) FROM mesh_envelopes WHERE origin = ?').pluck(),
      expired: db.prepare('DELETE FROM mesh_envelopes WHERE expires_at <= ? RETURNING origin, size'),
      seenExpired: db.prepare('DELETE FROM mesh_seen WHERE expires_at <= ?'),
      seenCount: db.prepare('SELECT count(*) FROM mesh_seen').pluck(),
      seenOldest: db.prepare('DELETE FROM mesh_seen WHERE ref IN (SELECT ref FROM mesh_seen ORDER BY created_at LIMIT ?) RETURNING created_at').pluck(),
      unicastRecipients: db.prepare('SELECT DISTINCT recipient FROM mesh_envelopes WHERE recipient IS NOT NULL').pluck(),
      forRecipient: db.prepare('SELECT ref, envelope FROM mesh_envelopes WHERE recipient = ? ORDER BY id'),
      usage: db.prepare('SELECT origin, sum(size) AS bytes, count(*) AS n FROM mesh_envelopes GROUP BY origin'),
      state: db.prepare('SELECT key, value FROM mesh_state WHERE key IN (?, ?, ?, ?)'),
      value: db.prepare('SELECT value FROM mesh_state WHERE key = ?').pluck(),
      set: db.prepare('INSERT INTO mesh_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    }
    // a store written before the totals were kept (or never written): count once
    db.transaction(() => {
      if ((this.q.value.get(KEYS.count) as number | undefined) !== undefined) return
      const usage = this.rebuild()
      this.save({ ...usage, seen: this.q.seenCount.get() as number, floor: (this.q.value.get(KEYS.floor) as number | undefined) ?? 0 })
    })()
  }

  /** Envelopes created at or before this (unix ms) are refused: their refs may be forgotten. */
  get floor(): number {
    return (this.q.value.get(KEYS.floor) as number | undefined) ?? 0
  }

  isSeen(ref: Buffer): boolean {
    return this.q.isSeen.get(ref) !== undefined
  }

  isHeld(ref: Buffer): boolean {
    return this.q.get.get(ref) !== undefined
  }

  /**
   * In one transaction (a savepoint of the caller's, if any): records the refs as seen and holds
   * the envelopes, evicting (in the stated order) until the bounds hold. Returns how many were
   * evicted and the refs refused for size.
   */
  commit(seen: readonly SeenRef[], hold: readonly HeldEnvelope[], now: number): { evicted: number; expired: number; refused: Buffer[] } {
    return this.write((t) => {
      for (const s of seen) {
        if (this.q.markSeen.run(s.ref, s.createdAt, s.expiresAt).changes > 0) t.seen++
      }
      const seenOver = t.seen - this.limits.maxSeen
      if (seenOver > 0) {
        const dropped = this.q.seenOldest.all(seenOver) as number[]
        t.seen -= dropped.length
        t.floor = dropped.reduce((a, b) => Math.max(a, b), t.floor)
      }
      const refused: Buffer[] = []
      let evicted = 0
      let expired = 0
      const over = (size: number): boolean => t.count + 1 > this.limits.maxEnvelopes || t.bytes + size > this.limits.maxBytes
      for (const h of hold) {
        if (h.bytes.length > this.limits.maxBytes) {
          refused.push(h.ref)
          continue
        }
        if (over(h.bytes.length)) expired += this.removeExpired(t, now)
        while (t.count > 0 && over(h.bytes.length)) {
          if (!this.evictOne(t)) break
          evicted++
        }
        if (this.q.hold.run(h.ref, h.origin, h.recipient, h.expiresAt, h.bytes.length, h.bytes).changes > 0) this.added(t, h.origin, h.bytes.length)
      }
      return { evicted, expired, refused }
    })
  }

  get(ref: Buffer): Uint8Array | null {
    return (this.q.get.get(ref) as Buffer | undefined) ?? null
  }

  /** The row id of a held envelope (its place in the store), or null. */
  placeOf(ref: Buffer): number | null {
    return (this.q.rowId.get(ref) as number | undefined) ?? null
  }

  /** Refs of every unexpired envelope held, oldest first (what a summary offers). */
  heldRefs(now: number): Buffer[] {
    return this.q.refs.all(now) as Buffer[]
  }

  /** The recipient of a held unicast envelope; null when not held or a broadcast. */
  recipientOf(ref: Buffer): Buffer | null {
    return (this.q.recipientOf.get(ref) as Buffer | null | undefined) ?? null
  }

  /** Removes held envelopes (delivered), in one transaction. */
  remove(refs: readonly Buffer[]): void {
    this.write((t) => {
      for (const ref of refs) {
        const r = this.q.remove.get(ref) as { origin: Buffer; size: number } | undefined
        if (r !== undefined) this.removed(t, r.origin, r.size)
      }
    })
  }

  /** Recipients that held unicast envelopes are for (to retry local delivery). */
  recipients(): Buffer[] {
    return this.q.unicastRecipients.all() as Buffer[]
  }

  heldFor(recipient: Buffer): Array<{ ref: Buffer; envelope: Buffer }> {
    return this.q.forRecipient.all(recipient) as Array<{ ref: Buffer; envelope: Buffer }>
  }

  /** Deletes expired envelopes and expired seen refs; returns how many envelopes went. */
  sweep(now: number): number {
    return this.write((t) => {
      const n = this.removeExpired(t, now)
      t.seen -= this.q.seenExpired.run(now).changes
      return n
    })
  }

  stats(): StoreStats {
    const t = this.totals()
    return { envelopes: t.count, bytes: t.bytes, seen: t.seen, maxEnvelopes: this.limits.maxEnvelopes, maxBytes: this.limits.maxBytes }
  }

  /** Runs `work` in a transaction on the stored totals, with the per-origin cache made current first. */
  private write<T>(work: (t: Totals) => T): T {
    return this.db.transaction(() => {
      const t = this.totals()
      // a rollback (ours, or of a batch we were part of) left the cache ahead of the table
      if (t.bytes !== this.cached.bytes || t.count !== this.cached.count) this.rebuild()
      const result = work(t)
      this.save(t)
      return result
    })()
  }

  private totals(): Totals {
    const rows = this.q.state.all(KEYS.bytes, KEYS.count, KEYS.seen, KEYS.floor) as Array<{ key: string; value: number }>
    const v = (k: string): number => rows.find((r) => r.key === k)?.value ?? 0
    return { bytes: v(KEYS.bytes), count: v(KEYS.count), seen: v(KEYS.seen), floor: v(KEYS.floor) }
  }

  private save(t: Totals): void {
    for (const k of ['bytes', 'count', 'seen', 'floor'] as const) this.q.set.run(KEYS[k], t[k])
  }

  /** Reads the bytes held per origin from the table. */
  private rebuild(): Usage {
    this.usage = new Map()
    this.cached = { bytes: 0, count: 0 }
    for (const r of this.q.usage.all() as Array<{ origin: Buffer; bytes: number; n: number }>) {
      this.usage.set(r.origin.toString('hex'), { bytes: r.bytes, count: r.n })
      this.cached.bytes += r.bytes
      this.cached.count += r.n
    }
    return { ...this.cached }
  }

  private removeExpired(t: Totals, now: number): number {
    const rows = this.q.expired.all(now) as Array<{ origin: Buffer; size: number }>
    for (const r of rows) this.removed(t, r.origin, r.size)
    return rows.length
  }

  /** Removes the oldest envelope of the origin holding the most bytes (ties: the origin with the oldest envelope). */
  private evictOne(t: Totals): boolean {
    let top: string[] = []
    let topBytes = -1
    for (const [origin, u] of this.usage) {
      if (u.bytes > topBytes) {
        top = [origin]
        topBytes = u.bytes
      } else if (u.bytes === topBytes) top.push(origin)
    }
    if (top.length === 0) return false
    const oldest = (o: string): number => this.q.oldestId.get(Buffer.from(o, 'hex')) as number
    const pick = top.length === 1 ? top[0] as string : top.reduce((a, b) => (oldest(b) < oldest(a) ? b : a))
    const r = this.q.oldestOf.get(Buffer.from(pick, 'hex')) as { origin: Buffer; size: number } | undefined
    if (r === undefined) return false
    this.removed(t, r.origin, r.size)
    return true
  }

  private added(t: Totals, origin: Buffer, size: number): void {
    const k = origin.toString('hex')
    const u = this.usage.get(k) ?? { bytes: 0, count: 0 }
    u.bytes += size
    u.count++
    this.usage.set(k, u)
    this.cached.bytes += size
    this.cached.count++
    t.bytes += size
    t.count++
  }

  private removed(t: Totals, origin: Buffer, size: number): void {
    const k = origin.toString('hex')
    const u = this.usage.get(k)
    if (u !== undefined) {
      u.bytes -= size
      u.count--
      if (u.count <= 0) this.usage.delete(k)
    }
    this.cached.bytes -= size
    this.cached.count--
    t.bytes -= size
    t.count--
  }
}
