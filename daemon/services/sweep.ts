// Background clean-up, one way for every service: a Sweep runs `work` every `everyMs` between
// start() and stop(), on an unref'd timer (it never keeps the process alive). `work` may be
// async: while its promise is pending the next ticks are skipped (runs never overlap), and
// stop() waits for it. A run that throws or rejects (a busy or full disk) is logged and the
// next one runs as planned: a sweep never takes the daemon down. daemon/wiring/background.ts owns the
// sweeps; the services only offer the work.
import type { Logger } from '../observability/logger.js'

export class Sweep {
  private timer: NodeJS.Timeout | null = null
  /** The async run in progress, if any. */
  private running: Promise<void> | null = null

  /** `what` names the work in the log ("expired messages"). */
  constructor(private readonly what: string, private readonly everyMs: number, private readonly work: () => unknown, private readonly log: Logger) {}

  start(): void {
    if (this.timer !== null) return
    this.timer = setInterval(() => this.run(), this.everyMs)
    this.timer.unref()
  }

  /** Stops the timer; settles once a run in progress has ended. */
  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
    await this.running
  }

  private run(): void {
    if (this.running !== null) return
    try {
      const result = this.work()
      if (isThenable(result)) {
        this.running = Promise.resolve(result).then(() => {}, (err: unknown) => this.failed(err)).finally(() => { this.running = null })
      }
    } catch (err) {
      this.failed(err)
    }
  }

  private failed(err: unknown): void {
    this.log.error({ err }, `sweeping ${this.what} failed; trying again in ${this.everyMs / 1000} s`)
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
}
