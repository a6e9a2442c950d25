// Logs an event that can come in floods (refused connections) without flooding the log: the
// first of a kind is logged at once; the rest within the next second are counted and logged as
// one line with their number when the second is over.

export class LogThrottle<T> {
  private readonly pending = new Map<string, { count: number; last: T; timer: NodeJS.Timeout }>()

  constructor(
    private readonly emit: (sample: T, count: number) => void,
    private readonly intervalMs = 1_000,
  ) {}

  /** One event of kind `key`; `sample` describes it (the line shows the last sample of a batch). */
  note(key: string, sample: T): void {
    const p = this.pending.get(key)
    if (p !== undefined) {
      p.count++
      p.last = sample
      return
    }
    this.emit(sample, 1)
    this.open(key, sample)
  }

  private open(key: string, sample: T): void {
    const timer = setTimeout(() => {
      const p = this.pending.get(key)
      this.pending.delete(key)
      if (p !== undefined && p.count > 0) {
        this.emit(p.last, p.count)
        this.open(key, p.last)
      }
    }, this.intervalMs)
    timer.unref()
    this.pending.set(key, { count: 0, last: sample, timer })
  }

  /** Logs what is still counted, and stops. */
  close(): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer)
      if (p.count > 0) this.emit(p.last, p.count)
    }
    this.pending.clear()
  }
}
