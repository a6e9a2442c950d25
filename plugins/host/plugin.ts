// One loaded plugin: its hooks on the bus, the worker serving them, and its failure policy. A
// call that throws, times out or finds the plugin down resolves as its `fail` setting says; a
// timed-out worker that no longer answers a ping is stuck and is killed; a dead worker is
// restarted with exponential backoff; one that dies too often is disabled. Reload starts the new
// code beside the old, switches new calls to it, and closes the old once its calls are answered.
import { Status } from '../../protocol/errors.js'
import type { Logger } from '../../daemon/observability/logger.js'
import type { PluginSettings } from '../../daemon/config/plugins.js'
import { HOOKS, type HookBus, type HookName, type Veto } from '../hooks.js'
import type { PluginHostMetrics } from './metrics.js'
import { HookCallError, type HookSpec, type PluginWorker } from './plugin-worker.js'

export interface RestartPolicy {
  /** First restart delay; doubled for each further death within the window. */
  baseDelayMs: number
  maxDelayMs: number
  /** This many deaths within windowMs disable the plugin. */
  maxDeaths: number
  windowMs: number
  /** How long a worker whose call timed out has to answer a ping before it is killed as stuck. */
  pingMs: number
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { baseDelayMs: 250, maxDelayMs: 30_000, maxDeaths: 5, windowMs: 60_000, pingMs: 1_000 }

export type PluginState = 'running' | 'restarting' | 'disabled' | 'stopped'

export interface PluginStatus {
  name: string; version: string; file: string; state: PluginState; hooks: HookName[]; restarts: number
  /** Disabled by the operator (qpqctl plugins disable), not for failing. */
  byOperator?: boolean
}

export interface PluginDeps {
  hooks: HookBus
  settings: PluginSettings
  policy: RestartPolicy
  metrics: PluginHostMetrics
  log: Logger
  /** Loads and inits a new worker of this plugin (restart and reload); rejects with PluginLoadError. */
  spawn(): Promise<PluginWorker>
}

export class Plugin {
  readonly name: string
  private state: PluginState = 'running'
  private worker: PluginWorker | null = null
  /** What the running (or last) version declared. */
  private spec!: { version: string; file: string; hooks: HookSpec[] }
  private registered: { hooks: HookSpec[]; off: Array<() => void> } = { hooks: [], off: [] }
  private deaths: number[] = []
  private restarts = 0
  private restartTimer: NodeJS.Timeout | null = null
  private pinging = false
  private downLogged = false
  /** Restart and reload run one at a time. */
  private serial: Promise<unknown> = Promise.resolve()

  constructor(private readonly d: PluginDeps, worker: PluginWorker) {
    this.name = worker.spec.name
    this.use(worker)
  }

  status(): PluginStatus {
    const { version, file, hooks } = this.spec
    return { name: this.name, version, file, state: this.state, hooks: hooks.map((h) => h.hook), restarts: this.restarts }
  }

  /** Swaps in the plugin's current code; rejects (PluginLoadError) with the old version still serving. */
  reload(): Promise<void> {
    return this.queue(async () => {
      if (this.stopped()) return
      const fresh = await this.d.spawn()
      if (this.stopped()) return await fresh.close() // stopped while it loaded
      const old = this.worker
      this.deaths = []
      this.use(fresh)
      this.d.log.info({ version: fresh.spec.version }, 'plugin reloaded')
      if (old !== null) await this.retire(old)
    })
  }

  /**
   * Takes the plugin off the bus; its calls in flight are answered first — for at most `graceMs`
   * when given (the daemon's stop, after the RPC drain had its time): then the thread ends and
   * they resolve by the fail policy.
   */
  stop(graceMs = Infinity): Promise<void> {
    if (this.restartTimer !== null) clearTimeout(this.restartTimer)
    this.state = 'stopped'
    this.unregister()
    return this.queue(async () => {
      const w = this.worker
      this.worker = null
      this.d.metrics.state(this.name, { up: false, disabled: false })
      if (w !== null) await this.retire(w, graceMs)
    })
  }

  /** A method, not a field comparison: the state changes across awaits. */
  private stopped(): boolean {
    return this.state === 'stopped'
  }

  private queue(step: () => Promise<void>): Promise<void> {
    const run = this.serial.then(step)
    this.serial = run.catch(() => {})
    return run
  }

  /** Lets a replaced worker answer what it was given (within `graceMs`), then closes it. */
  private async retire(w: PluginWorker, graceMs = Infinity): Promise<void> {
    if (graceMs === Infinity) {
      await w.idle()
    } else {
      let timer: NodeJS.Timeout | undefined
      await Promise.race([w.idle(), new Promise<void>((r) => { timer = setTimeout(r, graceMs) })])
      clearTimeout(timer)
    }
    await w.close()
  }

  private use(w: PluginWorker): void {
    this.worker = w
    this.spec = { ...w.spec, file: w.file }
    this.state = 'running'
    this.downLogged = false
    w.onDeath = (reason) => this.died(w, reason)
    this.register(w.spec.hooks)
    this.d.metrics.state(this.name, { up: true, disabled: false })
  }

  /** Puts the plugin's handlers on the bus; new ones go on before the old come off, so no call finds none. */
  private register(hooks: HookSpec[]): void {
    if (JSON.stringify(hooks) === JSON.stringify(this.registered.hooks)) return
    const old = this.registered.off
    this.registered = { hooks, off: hooks.map((h) => this.d.hooks.register(h.hook, this.handler(h), h.priority)) }
    for (const off of old) off()
  }

  private unregister(): void {
    for (const off of this.registered.off) off()
    this.registered = { hooks: [], off: [] }
  }

  private handler(h: HookSpec): (payload: object) => Promise<Veto | null> {
    const timeoutMs = this.d.settings.timeoutMs ?? HOOKS[h.hook].timeoutMs
    const observe = this.d.metrics.timer(this.name, h.hook)
    return (payload) => {
      const w = this.worker
      if (w === null) return Promise.resolve(this.unavailable(h.hook))
      const startedAt = process.hrtime.bigint()
      const { fields, transfer } = forWorker(payload, h.wantsPayload)
      return w.call(h.hook, fields, timeoutMs, transfer).then(
        (answer) => { observe(startedAt); return answer },
        (err: HookCallError) => this.failed(w, h.hook, err),
      )
    }
  }

  /** What a failed call answers: the fail policy's verdict (nothing, on an observe hook). */
  private verdict(hook: HookName, why: string): Veto | null {
    if (!HOOKS[hook].veto || this.d.settings.fail === 'open') return null
    return { status: Status.Unavailable, reason: `refused because plugin ${this.name} ${why} (it fails closed)` }
  }

  private failed(w: PluginWorker, hook: HookName, err: HookCallError): Veto | null {
    this.d.metrics.failed(this.name, hook, err.kind)
    this.d.log.warn({ hook, failure: err.kind, reason: err.message, policy: this.d.settings.fail }, 'plugin hook call failed')
    if (err.kind === 'timeout') this.checkAlive(w)
    return this.verdict(hook, err.kind === 'timeout' ? 'did not answer in time' : 'failed')
  }

  private unavailable(hook: HookName): Veto | null {
    this.d.metrics.failed(this.name, hook, 'unavailable')
    // once per outage: under load every call would log
    if (!this.downLogged) {
      this.downLogged = true
      this.d.log.warn({ hook, state: this.state, policy: this.d.settings.fail }, 'plugin is down: its calls resolve by its fail policy until it is back')
    }
    return this.verdict(hook, this.state === 'disabled' ? 'is disabled' : 'is restarting')
  }

  /** A timed-out call: a worker that also leaves a ping unanswered is stuck (an endless loop) and is killed. */
  private checkAlive(w: PluginWorker): void {
    if (this.pinging || w !== this.worker) return
    this.pinging = true
    void w.ping(this.d.policy.pingMs).then((alive) => {
      this.pinging = false
      if (!alive && w === this.worker) w.kill(`stuck: a call timed out and the worker did not answer a ping within ${this.d.policy.pingMs} ms`)
    })
  }

  private died(w: PluginWorker, reason: string): void {
    if (w !== this.worker) return // a replaced version: its calls were resolved by policy as it died
    this.worker = null
    this.d.metrics.state(this.name, { up: false, disabled: false })
    this.d.log.error({ reason }, 'plugin worker died')
    this.afterDeath()
  }

  private afterDeath(): void {
    const now = Date.now()
    const { baseDelayMs, maxDelayMs, maxDeaths, windowMs } = this.d.policy
    this.deaths = [...this.deaths.filter((t) => now - t < windowMs), now]
    if (this.deaths.length >= maxDeaths) return this.disable(`its worker died ${this.deaths.length} times within ${windowMs / 1000} s`)
    this.state = 'restarting'
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (this.deaths.length - 1))
    this.restartTimer = setTimeout(() => { this.restartTimer = null; void this.restart() }, delay)
  }

  private restart(): Promise<void> {
    return this.queue(async () => {
      if (this.state !== 'restarting') return // stopped, or a reload brought it back meanwhile
      try {
        const w = await this.d.spawn()
        if (this.state !== 'restarting') return await w.close() // stopped while it loaded
        this.restarts++
        this.d.metrics.restarted(this.name)
        this.use(w)
        this.d.log.info({ restarts: this.restarts }, 'plugin restarted')
      } catch (err) {
        this.d.log.error({ reason: (err as Error).message }, 'plugin restart failed')
        this.afterDeath()
      }
    })
  }

  /**
   * Off the bus for good (until a reload brings it back): a fail-open plugin simply stops being
   * called; a fail-closed one keeps refusing on its veto hooks, as it would while down.
   */
  private disable(why: string): void {
    this.state = 'disabled'
    this.d.metrics.state(this.name, { up: false, disabled: true })
    this.d.log.error({ reason: why }, 'plugin disabled: fix it and reload it (SIGHUP)')
    if (this.d.settings.fail === 'open') this.unregister()
    else this.register(this.spec.hooks.filter((h) => HOOKS[h.hook].veto))
  }
}

/**
 * A hook payload fit to post to a worker: byte fields copied to buffers of their own (a view
 * would carry its whole backing buffer across), the message payload only when asked for. The
 * copies are this call's alone, so they are transferred rather than copied again by postMessage.
 */
function forWorker(payload: object, withPayload: boolean): { fields: Record<string, unknown>; transfer: ArrayBuffer[] } {
  const fields: Record<string, unknown> = {}
  const transfer: ArrayBuffer[] = []
  const own = (b: Uint8Array): Uint8Array => {
    const copy = new Uint8Array(b)
    transfer.push(copy.buffer)
    return copy
  }
  for (const [k, v] of Object.entries(payload)) {
    if (k === 'payload' && !withPayload) continue
    fields[k] = v instanceof Uint8Array ? own(v) : Array.isArray(v) ? v.map((x: unknown) => (x instanceof Uint8Array ? own(x) : x)) : v
  }
  return { fields, transfer }
}
