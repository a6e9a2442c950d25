// Tells systemd how the daemon is (Type=notify): READY=1 once every listener is up (this part
// starts last), WATCHDOG=1 at half of WATCHDOG_USEC from a timer on the event loop — so a loop
// that is stuck stops the pings and systemd restarts the daemon —, STATUS= lines when the counts
// change, and STOPPING=1 as the drain begins (it stops first). Without NOTIFY_SOCKET it does
// nothing at all.
import type { Logger } from '../observability/logger.js'
import { notifierFromEnv, type Notifier } from '../observability/sd-notify.js'
import type { Startable } from './lifecycle.js'

/** STATUS= is refreshed at most this often without a watchdog. */
const STATUS_EVERY_MS = 10_000

export class SystemdNotify implements Startable {
  private readonly notifier: Notifier | null
  private readonly watchdogMs: number | null
  private timer: NodeJS.Timeout | null = null
  private lastStatus = ''
  private warned = false

  /** `status()` is the one-line STATUS= text (connections, sessions, …). */
  constructor(env: NodeJS.ProcessEnv, private readonly status: () => string, private readonly log: Logger, prefer: 'auto' | 'systemd-notify' = 'auto') {
    this.notifier = notifierFromEnv(env, prefer)
    const usec = Number(env.WATCHDOG_USEC)
    // WATCHDOG_PID names the process the watchdog is for (absent: the main process, us)
    const forUs = env.WATCHDOG_PID === undefined || env.WATCHDOG_PID === '' || Number(env.WATCHDOG_PID) === process.pid
    this.watchdogMs = Number.isFinite(usec) && usec > 0 && forUs ? usec / 1000 : null
  }

  async start(): Promise<void> {
    if (this.notifier === null) return
    this.lastStatus = this.status()
    await this.send(`READY=1\nSTATUS=${this.lastStatus}\nMAINPID=${process.pid}`)
    this.log.info({ via: this.notifier.via, watchdogMs: this.watchdogMs }, 'told systemd we are ready')
    this.timer = setInterval(() => this.tick(), this.watchdogMs === null ? STATUS_EVERY_MS : Math.max(1, this.watchdogMs / 2))
    this.timer.unref()
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
    if (this.notifier !== null) await this.send('STOPPING=1\nSTATUS=draining: finishing the calls in flight')
  }

  private tick(): void {
    const status = this.status()
    const lines = [...(this.watchdogMs === null ? [] : ['WATCHDOG=1']), ...(status === this.lastStatus ? [] : [`STATUS=${status}`])]
    this.lastStatus = status
    if (lines.length > 0) void this.send(lines.join('\n'))
  }

  private async send(state: string): Promise<void> {
    const ok = await (this.notifier as Notifier).send(state)
    if (!ok && !this.warned) {
      this.warned = true
      this.log.warn({ socket: 'NOTIFY_SOCKET', via: this.notifier?.via }, 'could not notify systemd (NOTIFY_SOCKET is set but unreachable); carrying on')
    }
  }
}
