// One start/stop lifecycle for the daemon's components (after js-libp2p's Startable): the node
// starts each domain's part in order and stops them in reverse, on a normal stop and also when a
// start fails half-way, so nothing (worker threads, sockets, the database lock) is left running.
import type { Logger } from '../observability/logger.js'

/**
 * A part of the daemon that holds resources between start() and stop(). stop() is also called
 * after a start() that threw, so it must release whatever that start got to.
 */
export interface Startable {
  /** What it resolves with is the part's own business (awaited, not used). */
  start?(): unknown
  stop?(): void | Promise<void>
}

export class Lifecycle {
  private readonly running: Array<{ name: string; part: Startable }> = []
  private stopped = false

  constructor(private readonly log: Logger) {}

  /** True once stop() began: the daemon is draining. */
  get stopping(): boolean {
    return this.stopped
  }

  /** Starts a part; stop() will stop it, even when its start throws. */
  async start<T extends Startable>(name: string, part: T): Promise<T> {
    if (this.stopped) throw new Error(`cannot start ${name}: the daemon is stopping`)
    this.running.push({ name, part })
    await part.start?.()
    return part
  }

  /**
   * Stops every started part, newest first. A part that fails to stop is logged and the others
   * still stop; the first failure is thrown once all are done.
   */
  async stop(): Promise<void> {
    this.stopped = true
    let failure: unknown = null
    for (let entry = this.running.pop(); entry !== undefined; entry = this.running.pop()) {
      try {
        await entry.part.stop?.()
      } catch (err) {
        this.log.error({ err, component: entry.name }, `stopping ${entry.name} failed`)
        failure ??= err
      }
    }
    if (failure !== null) throw failure
  }
}
