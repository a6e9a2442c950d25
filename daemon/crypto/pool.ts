// The crypto pool: one piscina pool of worker threads that runs every CPU-heavy operation
// (tasks.ts), so the event loop keeps answering while logins and signatures are computed.
// Sized from the available cores (crypto_workers); idle workers exit, since each costs 11–17 MB.
// With 0 workers the tasks run inline on the event loop (only to measure what the pool gains).
import { Piscina } from 'piscina'
import type * as Tasks from './tasks.js'

type TaskName = Exclude<keyof typeof Tasks, 'default'>
type TaskArg<N extends TaskName> = Parameters<(typeof Tasks)[N]>[0]
type TaskResult<N extends TaskName> = ReturnType<(typeof Tasks)[N]>

export interface CryptoPoolOptions {
  /** Worker threads; 0 = inline. */
  workers: number
  /** Idle workers exit after this long. */
  idleTimeoutMs?: number
  /** Observes every finished task (metrics). */
  onTask?: (name: string, ms: number) => void
}

export interface PoolStats {
  queueDepth: number
}

export class CryptoPool {
  private readonly pool: Piscina | null
  private inline: typeof Tasks | null = null
  private readonly onTask: ((name: string, ms: number) => void) | undefined

  constructor(opts: CryptoPoolOptions) {
    this.onTask = opts.onTask
    this.pool = opts.workers === 0 ? null : new Piscina({
      filename: new URL('./worker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: opts.workers,
      idleTimeout: opts.idleTimeoutMs ?? 60_000,
    })
  }

  get workers(): number {
    return this.pool?.threads.length ?? 0
  }

  get stats(): PoolStats {
    return { queueDepth: this.pool?.queueSize ?? 0 }
  }

  /** Runs one task; resolves with its result (typed after tasks.ts). */
  async run<N extends TaskName>(name: N, arg: TaskArg<N>): Promise<Awaited<TaskResult<N>>> {
    const started = performance.now()
    try {
      if (this.pool === null) {
        this.inline ??= await import('./tasks.js')
        return (await (this.inline[name] as (a: TaskArg<N>) => TaskResult<N>)(arg)) as Awaited<TaskResult<N>>
      }
      return (await this.pool.run(arg, { name })) as Awaited<TaskResult<N>>
    } finally {
      this.onTask?.(name, performance.now() - started)
    }
  }

  async close(): Promise<void> {
    await this.pool?.destroy()
  }
}
