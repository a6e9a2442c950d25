// Group commit: writes submitted close together run in ONE transaction, and each caller's promise
// settles only after that transaction has committed — so an enqueue is never acknowledged before
// it is durable, while one fsync (synchronous=FULL) or one WAL append (NORMAL) serves many
// enqueues. A batch closes at the first turn of the event loop that brought no new write (so a
// lone write waits one turn, as before), or when it is `maxBatch` long, or `windowMs` after its
// first write: under load, when each turn reads only the few datagrams libuv takes per poll,
// waiting a few turns makes batches many times larger, and a commit costs less per write.
//
// The happy path runs every write straight in the transaction, with no savepoint per write. A
// write that throws is rare: the whole transaction is rolled back and the batch runs again with a
// savepoint around each write, so the one that fails is undone alone and rejects its own caller
// while the others commit. A write must therefore touch only the database (or redo its own state
// when run again); a failed COMMIT rejects every caller of the batch, and nothing of it is stored.
import type Database from 'better-sqlite3-multiple-ciphers'
import { UnavailableError } from '../../protocol/errors.js'

interface Pending { op: () => unknown; resolve(v: unknown): void; reject(e: unknown): void }

export interface CommitBatcherOptions {
  /** A batch commits once it holds this many writes. */
  maxBatch: number
  /** …or this long after its first write, even while writes keep coming. */
  windowMs: number
  /** Observes each commit: writes in it and the time it took (metrics). */
  onCommit?: (writes: number, ms: number) => void
}

export const DEFAULT_COMMIT_BATCHING: CommitBatcherOptions = { maxBatch: 1024, windowMs: 10 }

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

export class CommitBatcher {
  private queue: Pending[] = []
  private scheduled = false
  /** When the open batch got its first write, and how long it was at the last turn. */
  private openedAt = 0
  private seen = 0
  private closed = false
  private readonly sql: Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollbackTo', Database.Statement>

  constructor(private readonly db: Database.Database, private readonly opts: CommitBatcherOptions = DEFAULT_COMMIT_BATCHING) {
    const s = (text: string): Database.Statement => db.prepare(text)
    this.sql = {
      begin: s('BEGIN'), commit: s('COMMIT'), rollback: s('ROLLBACK'),
      savepoint: s('SAVEPOINT batched_write'), release: s('RELEASE batched_write'), rollbackTo: s('ROLLBACK TO batched_write'),
    }
  }

  submit<T>(op: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new UnavailableError('the server is shutting down: nothing was stored'))
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ op, resolve: resolve as (v: unknown) => void, reject })
      if (this.queue.length >= this.opts.maxBatch) this.flush()
      else if (!this.scheduled) {
        this.scheduled = true
        this.openedAt = performance.now()
        this.seen = this.queue.length
        setImmediate(this.turn)
      }
    })
  }

  /** Commits what is queued now; later writes are refused (9). Before the database closes. */
  close(): void {
    this.closed = true
    this.flush()
  }

  /** Once per loop turn while a batch is open: commit it, or keep it open while writes keep coming. */
  private readonly turn = (): void => {
    if (!this.scheduled) return // flushed meanwhile at maxBatch
    if (this.queue.length > this.seen && performance.now() - this.openedAt < this.opts.windowMs) {
      this.seen = this.queue.length
      setImmediate(this.turn)
      return
    }
    this.flush()
  }

  private flush(): void {
    this.scheduled = false
    const batch = this.queue
    this.queue = []
    if (batch.length === 0) return
    let outcomes: Outcome[]
    const started = performance.now()
    try {
      outcomes = this.runPlain(batch) ?? this.runIsolated(batch)
      this.opts.onCommit?.(batch.length, performance.now() - started)
    } catch (error) {
      // the commit itself failed (disk full, I/O error): nothing of the batch is stored
      this.abandon()
      for (const p of batch) p.reject(error)
      return
    }
    batch.forEach((p, i) => {
      const o = outcomes[i] as Outcome
      if (o.ok) p.resolve(o.value)
      else p.reject(o.error)
    })
  }

  /** Every write in one transaction; null (rolled back) when one of them threw. */
  private runPlain(batch: Pending[]): Outcome[] | null {
    this.sql.begin.run()
    const outcomes: Outcome[] = []
    for (const p of batch) {
      try {
        outcomes.push({ ok: true, value: p.op() })
      } catch {
        this.abandon()
        return null
      }
    }
    this.sql.commit.run()
    return outcomes
  }

  /** The batch again, each write in a savepoint of its own: a failing one is undone alone. */
  private runIsolated(batch: Pending[]): Outcome[] {
    this.sql.begin.run()
    const outcomes: Outcome[] = []
    for (const p of batch) {
      this.sql.savepoint.run()
      try {
        const value = p.op()
        this.sql.release.run()
        outcomes.push({ ok: true, value })
      } catch (error) {
        // some errors (a full disk, I/O) make SQLite roll the whole transaction back itself
        if (!this.db.inTransaction) throw error
        this.sql.rollbackTo.run()
        this.sql.release.run()
        outcomes.push({ ok: false, error })
      }
    }
    this.sql.commit.run()
    return outcomes
  }

  private abandon(): void {
    if (this.db.inTransaction) this.sql.rollback.run()
  }
}
