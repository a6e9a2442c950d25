// Background parts started after the services: the sweeps that reclaim space of what expired
// (never answered even before its sweep), and the metrics listener.
import type { Config } from '../config/config.js'
import type { HostPort } from '../../protocol/address.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { BlobService } from '../services/blobs/handler.js'
import { Sweep } from '../services/sweep.js'
import type { Startable } from './lifecycle.js'
import type { Stores } from './storage.js'

export class Sweeps implements Startable {
  private readonly sweeps: Sweep[]

  constructor(config: Config, c: { stores: Stores; blobs: BlobService; log: Logger }) {
    const { stores } = c
    const log = c.log.child({ component: 'sweep' })
    this.sweeps = [
      new Sweep('expired sessions', 3_600_000, () => stores.accounts.sweepSessions(Date.now()), log),
      new Sweep('expired messages', 60_000, () => stores.delivery.sweep(Date.now(), 5_000), log),
      new Sweep('expired endpoints', 60_000, () => stores.endpoints.sweep(Date.now()), log),
      new Sweep('expired bans', 60_000, () => stores.moderation.sweep(Date.now()), log),
      new Sweep('expired blob uploads', Math.min(10 * 60_000, config.blobs.uploadTtlMs), () => c.blobs.sweep(), log),
    ]
  }

  start(): void {
    for (const s of this.sweeps) s.start()
  }

  async stop(): Promise<void> {
    await Promise.all(this.sweeps.map((s) => s.stop()))
  }
}

/** Serves /metrics on metrics_listen (when set). */
export class MetricsListener implements Startable {
  private bound: HostPort | null = null

  constructor(private readonly at: HostPort, private readonly metrics: Metrics) {}

  async start(): Promise<void> {
    this.bound = await this.metrics.listen(this.at)
  }

  async stop(): Promise<void> {
    await this.metrics.close()
  }

  get address(): HostPort | null {
    return this.bound
  }
}
