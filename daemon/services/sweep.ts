// Background clean-up, one way for every service: a Sweep runs `work` every `everyMs` between
// start() and stop(), on an unref'd timer (it never keeps the process alive). A run that throws
// (a busy or full disk) is logged and the next one runs as planned: a sweep never takes the
// daemon down. daemon/node.ts owns the sweeps; the services only offer the work.
import type { Logger } from '../observability/logger.js'

export class Sweep {
  private timer: NodeJS.Timeout | null = null

  /** `what` names the work in the log ("expired messages"). */
  constructor(private readonly what: string, private readonly everyMs: number, private readonly work: () => unknown, private readonly log: Logger) {}

  start(): void {
    if (this.timer !== null) return
    this.timer = setInterval(() => {
      try {
        this.work()
      } catch (err) {
        this.log.error({ err }, `sweeping ${this.what} failed; trying again in ${this.everyMs / 1000} s`)
      }
    }, this.everyMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
  }
}
