// The mesh's storage in the daemon's database (migration "mesh store"): the envelopes held to
// forward, bounded by bytes and count, and the refs of every envelope seen, kept until the
// envelope expires, so a restart neither re-delivers nor re-floods.
//
// Eviction order when a bound is reached (docs/mesh.md): expired envelopes first; then, one at a
// time, the oldest envelope of the origin that holds the most bytes (ties: the origin whose oldest
// envelope is oldest) — a node or key that floods the store pushes out its own envelopes before
// anyone else's. An envelope larger than the whole
// byte bound is refused. The seen refs have a bound too: past it the oldest (by created_at) go,
// and the floor rises to the newest created_at removed; envelopes made at or before the floor
// are refused as too old (their ref may be forgotten, so dedup could no longer be trusted).
// The sizes per origin are kept in memory for eviction, rebuilt from the table at every start.
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

export type Removal = 'expired' | 'full'

interface Usage { bytes: number; count: number }

const FLOOR_KEY = 'seen_floor'

export class MeshStore {
  private readonly q
  /** Bytes and count held per origin (hex), kept in step with the table: eviction reads it. */
  private readonly usage = new Map<string, Usage>()
  private bytes = 0
  private count = 0
  private seenCount: number
  private seenFloor: number

  constructor(private readonly db: Database.Database, readonly limits: StoreLimits) {
    this.q = {
      isSeen: db.prepare('SELECT 1 FROM mesh_seen WHERE ref = ?').pluck(),
      markSeen: db.prepare('INSERT OR IGNORE INTO mesh_seen (ref, created_at, expires_at) VALUES (?, ?, ?)'),
      hold: db.prepare('INSERT OR IGNORE INTO mesh_envelopes (ref, origin, recipient, expires_at, size, envelope) VALUES (?, ?, ?, ?, ?, ?)'),
      get: db.prepare('SELECT envelope FROM mesh_envelopes WHERE ref = ?').pluck(),
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
      getFloor: db.prepare('SELECT value FROM mesh_state WHERE key = ?').pluck(),
      setFloor: db.prepare('INSERT INTO mesh_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    }
    for (const r of this.q.usage.all() as Array<{ origin: Buffer; bytes: number; n: number }>) {
      this.usage.set(r.origin.toString('hex'), { bytes: r.bytes, count: r.n })
      this.bytes += r.bytes
      this.count += r.n
    }
    this.seenCount = this.q.seenCount.get() as number
    this.seenFloor = (this.q.getFloor.get(FLOOR_KEY) as number | undefined) ?? 0
  }

  /** Envelopes created at or before this (unix ms) are refused: their refs may be forgotten. */
  get floor(): number {
    return this.seenFloor
  }

  isSeen(ref: Buffer): boolean {
    return this.q.isSeen.get(ref) !== undefined
  }

  isHeld(ref: Buffer): boolean {
    return this.q.get.get(ref) !== undefined
  }

  /**
   * In one transaction: records the refs as seen and holds the envelopes, evicting (in the
   * stated order) until the bounds hold. Returns how many were evicted and the refs refused
   * for size.
   */
  commit(seen: readonly SeenRef[], hold: readonly HeldEnvelope[], now: number): { evicted: number; expired: number; refused: Buffer[] } {
    return this.db.transaction(() => {
      for (const s of seen) {
        if (this.q.markSeen.run(s.ref, s.createdAt, s.expiresAt).changes > 0) this.seenCount++
      }
      const seenOver = this.seenCount - this.limits.maxSeen
      if (seenOver > 0) {
        const dropped = this.q.seenOldest.all(seenOver) as number[]
        this.seenCount -= dropped.length
        const newest = dropped.reduce((a, b) => Math.max(a, b), this.seenFloor)
        if (newest > this.seenFloor) {
          this.seenFloor = newest
          this.q.setFloor.run(FLOOR_KEY, newest)
        }
      }
      const refused: Buffer[] = []
      let evicted = 0
      let expired = 0
      for (const h of hold) {
        if (h.bytes.length > this.limits.maxBytes) {
          refused.push(h.ref)
          continue
        }
        if (this.count + 1 > this.limits.maxEnvelopes || this.bytes + h.bytes.length > this.limits.maxBytes) expired += this.removeExpired(now)
        while (this.count > 0 && (this.count + 1 > this.limits.maxEnvelopes || this.bytes + h.bytes.length > this.limits.maxBytes)) {
          if (!this.evictOne()) break
          evicted++
        }
        if (this.q.hold.run(h.ref, h.origin, h.recipient, h.expiresAt, h.bytes.length, h.bytes).changes > 0) this.added(h.origin, h.bytes.length)
      }
      return { evicted, expired, refused }
    })()
  }

  get(ref: Buffer): Uint8Array | null {
    return (this.q.get.get(ref) as Buffer | undefined) ?? null
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
    this.db.transaction(() => {
      for (const ref of refs) {
        const r = this.q.remove.get(ref) as { origin: Buffer; size: number } | undefined
        if (r !== undefined) this.removed(r.origin, r.size)
      }
    })()
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
    return this.db.transaction(() => {
      const n = this.removeExpired(now)
      this.seenCount -= this.q.seenExpired.run(now).changes
      return n
    })()
  }

  stats(): StoreStats {
    return { envelopes: this.count, bytes: this.bytes, seen: this.seenCount, maxEnvelopes: this.limits.maxEnvelopes, maxBytes: this.limits.maxBytes }
  }

  private removeExpired(now: number): number {
    const rows = this.q.expired.all(now) as Array<{ origin: Buffer; size: number }>
    for (const r of rows) this.removed(r.origin, r.size)
    return rows.length
  }

  /** Removes the oldest envelope of the origin holding the most bytes (ties: the origin with the oldest envelope). */
  private evictOne(): boolean {
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
    this.removed(r.origin, r.size)
    return true
  }

  private added(origin: Buffer, size: number): void {
    const k = origin.toString('hex')
    const u = this.usage.get(k) ?? { bytes: 0, count: 0 }
    u.bytes += size
    u.count++
    this.usage.set(k, u)
    this.bytes += size
    this.count++
  }

  private removed(origin: Buffer, size: number): void {
    const k = origin.toString('hex')
    const u = this.usage.get(k)
    if (u !== undefined) {
      u.bytes -= size
      u.count--
      if (u.count <= 0) this.usage.delete(k)
    }
    this.bytes -= size
    this.count--
  }
}
