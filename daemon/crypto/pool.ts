// The crypto pool: one piscina pool of worker threads for the operations that are heavy per call
// (tasks.ts: OPAQUE), so the event loop keeps answering while logins are computed. Sized from the
// available cores (crypto_workers); idle workers exit, since each costs 11–17 MB, and piscina
// itself is loaded only with the first task. Work done once (the OPAQUE setup of a first start)
// runs in a child process that exits with it (one-shot.mjs says why). With 0 workers the tasks run
// inline on the event loop (only to measure what the pool gains).
import { fork } from 'node:child_process'
import type { Piscina } from 'piscina'
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
  private pool: Promise<Piscina> | null = null
  private started: Piscina | null = null
  private inline: typeof Tasks | null = null
  private closed = false

  constructor(private readonly opts: CryptoPoolOptions) {}

  get workers(): number {
    return this.started?.threads.length ?? 0
  }

  get stats(): PoolStats {
    return { queueDepth: this.started?.queueSize ?? 0 }
  }

  /** Runs one task on the pool; resolves with its result (typed after tasks.ts). */
  async run<N extends TaskName>(name: N, arg: TaskArg<N>): Promise<Awaited<TaskResult<N>>> {
    return (await this.timed(name, async () => {
      if (this.opts.workers === 0) return await this.runInline(name, arg)
      return await (await this.piscina()).run(arg, { name }) as unknown
    })) as Awaited<TaskResult<N>>
  }

  /** Runs one task in a child process of its own, which exits with it (inline with 0 workers). */
  async runAlone<N extends TaskName>(name: N, arg: TaskArg<N>): Promise<Awaited<TaskResult<N>>> {
    return (await this.timed(name, async () => {
      if (this.opts.workers === 0) return await this.runInline(name, arg)
      // none of the daemon's node options (a debugger port, --cpu-prof, the test runner's): worker.mjs finds the tasks itself
      const child = fork(new URL('./one-shot.mjs', import.meta.url), { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      try {
        const reply = await new Promise<{ ok: boolean; value?: unknown; error?: string }>((resolve, reject) => {
          child.once('message', resolve as (m: unknown) => void)
          child.once('error', reject)
          child.once('exit', (code, signal) => reject(new Error(`crypto task ${name} ended without a result (exit ${signal ?? code})`)))
          child.send({ name, arg })
        })
        if (!reply.ok) throw new Error(`crypto task ${name} failed: ${reply.error}`)
        return reply.value
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill()
      }
    })) as Awaited<TaskResult<N>>
  }

  async close(): Promise<void> {
    this.closed = true
    const pool = this.pool
    this.pool = null
    this.started = null
    await (await pool)?.destroy()
  }

  private piscina(): Promise<Piscina> {
    if (this.closed) return Promise.reject(new Error('the crypto pool is closed'))
    this.pool ??= import('piscina').then(({ Piscina }) => {
      const p = new Piscina({
        filename: new URL('./worker.mjs', import.meta.url).href,
        minThreads: 0,
        maxThreads: this.opts.workers,
        idleTimeout: this.opts.idleTimeoutMs ?? 60_000,
      })
      this.started = p
      return p
    })
    return this.pool
  }

  private async runInline<N extends TaskName>(name: N, arg: TaskArg<N>): Promise<unknown> {
    this.inline ??= await import('./tasks.js')
    return await (this.inline[name] as (a: TaskArg<N>) => unknown)(arg)
  }

  private async timed(name: string, work: () => Promise<unknown>): Promise<unknown> {
    const started = performance.now()
    try {
      return await work()
    } finally {
      this.opts.onTask?.(name, performance.now() - started)
    }
  }
}
