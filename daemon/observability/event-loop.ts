// Event-loop delay as qpqctl status shows it: the mean, p99 and maximum of the last full minute
// (or of the minute so far, right after start), from Node's own histogram of timer lateness.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'

export interface LoopDelay { meanMs: number; p99Ms: number; maxMs: number; windowSeconds: number }

const WINDOW_MS = 60_000

export class EventLoopWatch {
  private histogram: IntervalHistogram | null = null
  private timer: NodeJS.Timeout | null = null
  private last: LoopDelay | null = null
  private windowStartedAt = 0

  start(): void {
    this.histogram = monitorEventLoopDelay({ resolution: 10 })
    this.histogram.enable()
    this.windowStartedAt = performance.now()
    this.timer = setInterval(() => this.rotate(), WINDOW_MS)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer)
    this.histogram?.disable()
    this.timer = null
    this.histogram = null
  }

  stats(): LoopDelay {
    return this.last ?? this.current()
  }

  private rotate(): void {
    this.last = this.current()
    this.histogram?.reset()
    this.windowStartedAt = performance.now()
  }

  private current(): LoopDelay {
    const h = this.histogram
    const ms = (ns: number): number => (Number.isFinite(ns) ? Math.round(ns / 1e4) / 100 : 0)
    const windowSeconds = Math.round((performance.now() - this.windowStartedAt) / 1000)
    if (h === null || h.count === 0) return { meanMs: 0, p99Ms: 0, maxMs: 0, windowSeconds }
    return { meanMs: ms(h.mean), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max), windowSeconds }
  }
}
