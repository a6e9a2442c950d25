// Group commit: writes submitted during one turn of the event loop run in ONE transaction, and
// each caller's promise settles only after that transaction has committed — so an enqueue is
// never acknowledged before it is durable, while one fsync (synchronous=FULL) or one WAL append
// (NORMAL) serves many enqueues. Each write runs in its own savepoint: one that fails is rolled
// back alone and rejects its own caller.
import type Database from 'better-sqlite3-multiple-ciphers'

interface Pending { op: () => unknown; resolve(v: unknown): void; reject(e: unknown): void }

export class CommitBatcher {
  private queue: Pending[] = []
  private scheduled = false

  constructor(private readonly db: Database.Database, private readonly maxBatch = 1024) {}

  submit<T>(op: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ op, resolve: resolve as (v: unknown) => void, reject })
      if (this.queue.length >= this.maxBatch) this.flush()
      else if (!this.scheduled) {
        this.scheduled = true
        setImmediate(() => this.flush())
      }
    })
  }

  private flush(): void {
    this.scheduled = false
    const batch = this.queue
    this.queue = []
    if (batch.length === 0) return
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = []
    try {
      this.db.transaction(() => {
        for (const p of batch) {
          try {
            outcomes.push({ ok: true, value: this.db.transaction(p.op)() }) // nested: a savepoint
          } catch (error) {
            outcomes.push({ ok: false, error })
          }
        }
      })()
    } catch (error) {
      // the commit itself failed (disk full, I/O error): nothing of the batch is stored
      for (const p of batch) p.reject(error)
      return
    }
    batch.forEach((p, i) => {
      const o = outcomes[i] as (typeof outcomes)[number]
      if (o.ok) p.resolve(o.value)
      else p.reject(o.error)
    })
  }
}
