// One plugin's worker thread, seen from the host: starts worker.mjs with the plugin's memory
// limit, learns the plugin's definition, runs init and hook calls with deadlines, serves the
// plugin's context requests and reports the thread's death. What a failure means for the
// daemon is decided in plugin.ts. Nothing the worker sends is trusted: plugin code shares its
// thread and can post anything, so every message is checked here.
//
// Host → worker: init {config} · call {id, hook, payload} · ping {id} · reply {id, ok, value|error} · close
// Worker → host: loaded {name, version, hooks} · refused {stage, reason} · ready · answer {id, answer} ·
//   failed {id, error} · pong {id} · request {id, op, args} · log {level, message, fields} · metric {…} · closed
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import { pathToFileURL } from 'node:url'
import { HOOKS, type HookName, type Veto } from '../hooks.js'
import { PLUGIN_NAME } from '../../daemon/config/plugins.js'
import type { ContextHandler } from './context.js'
import type { FailureKind, MetricMessage } from './metrics.js'

export interface HookSpec { hook: HookName; priority: number; wantsPayload: boolean }
/** What a plugin declared: checked in the worker (with clear reasons), and again here. */
export interface PluginSpec { name: string; version: string; hooks: HookSpec[] }

/** The plugin cannot run: it does not load, its definition is refused, or its init fails. */
export class PluginLoadError extends Error {
  override name = 'PluginLoadError'
}

/** A hook call that got no valid answer. */
export class HookCallError extends Error {
  override name = 'HookCallError'
  constructor(readonly kind: Exclude<FailureKind, 'unavailable'>, message: string) {
    super(message)
  }
}

export interface WorkerOptions {
  maxMemoryMb: number
  /** Deadline of loading the module and of init (and, up to 2 s, of close). */
  stageTimeoutMs: number
  /** A line the plugin wrote to stdout or stderr (console.log …). */
  output(stream: 'stdout' | 'stderr', line: string): void
}

const WORKER_URL = new URL('./worker.mjs', import.meta.url)
const HOOK_NAMES = Object.keys(HOOKS) as [HookName, ...HookName[]]
const HOOK_TABLE = Object.fromEntries(HOOK_NAMES.map((n) => [n, { veto: HOOKS[n].veto }]))
const MAX_REASON_CHARS = 1_000
/** close() is given at most this long (a stuck plugin would hold up reloads and shutdown). */
const CLOSE_TIMEOUT_MS = 2_000

/** Checks the worker's 'loaded' message (a plugin could post anything); returns the spec, or why it is refused. */
function checkSpec(msg: Record<string, unknown>): PluginSpec | string {
  const { name, version, hooks } = msg
  if (typeof name !== 'string' || !PLUGIN_NAME.test(name)) return 'name is not a plugin name'
  if (typeof version !== 'string' || version.length < 1 || version.length > 200) return 'version is not a string of 1-200 characters'
  if (!Array.isArray(hooks) || hooks.length > HOOK_NAMES.length) return 'hooks is not a list of hooks'
  const specs: HookSpec[] = []
  for (const h of hooks as unknown[]) {
    if (typeof h !== 'object' || h === null) return 'a hook is not an object'
    const { hook, priority, wantsPayload } = h as Record<string, unknown>
    if (typeof hook !== 'string' || !HOOK_NAMES.includes(hook as HookName)) return `${JSON.stringify(hook)} is not a hook`
    if (typeof priority !== 'number' || !Number.isFinite(priority)) return `the priority of ${hook} is not a number`
    if (typeof wantsPayload !== 'boolean') return `wantsPayload of ${hook} is not a boolean`
    specs.push({ hook: hook as HookName, priority, wantsPayload })
  }
  return { name, version, hooks: specs }
}

interface Pending { resolve(v: Veto | null): void; reject(e: HookCallError): void; timer: NodeJS.Timeout; veto: boolean }
type Stage = 'loaded' | 'ready' | 'closed'
interface Waiting { stage: Stage; resolve(): void; reject(e: Error): void; timer: NodeJS.Timeout }

export class PluginWorker {
  /** Set once loaded. */
  spec!: PluginSpec
  /** Called once when the thread of a ready plugin dies without being closed. */
  onDeath: (reason: string) => void = () => {}
  private readonly w: Worker
  /** The worker's messages (a port of our own: a deadline first reads what already arrived). */
  private readonly port: MessagePort
  private readonly calls = new Map<number, Pending>()
  private readonly pings = new Map<number, (alive: boolean) => void>()
  private idleWaiters: Array<() => void> = []
  private nextId = 1
  private context: ContextHandler | null = null
  private waiting: Waiting | null = null
  private ready = false
  private stopping = false
  private threadError: string | null = null
  private killReason: string | null = null
  /** Why the thread is gone; null while it runs. */
  private ended: string | null = null

  private constructor(readonly file: string, private readonly opts: WorkerOptions) {
    const channel = new MessageChannel()
    this.port = channel.port1
    this.w = new Worker(WORKER_URL, {
      workerData: { entry: pathToFileURL(file).href, hooks: HOOK_TABLE, namePattern: PLUGIN_NAME.source, port: channel.port2 },
      transferList: [channel.port2],
      resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb },
      stdout: true,
      stderr: true,
    })
    for (const stream of ['stdout', 'stderr'] as const) {
      this.w[stream].setEncoding('utf8')
      this.w[stream].on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) if (line.trim() !== '') opts.output(stream, line)
      })
    }
    this.port.on('message', (m: unknown) => this.receive(m))
    this.port.on('messageerror', () => this.kill('sent a message that cannot be read'))
    this.w.on('error', (err: Error & { code?: string }) => {
      this.threadError ??= err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `out of memory (over max_memory_mb ${opts.maxMemoryMb})`
        : `uncaught ${err.name}: ${err.message}`
    })
    this.w.on('exit', (code) => this.exited(code))
  }

  /** Starts the worker and waits for the plugin's definition; rejects with PluginLoadError. */
  static async load(file: string, opts: WorkerOptions): Promise<PluginWorker> {
    const pw = new PluginWorker(file, opts)
    await pw.expect('loaded', () => {})
    return pw
  }

  get maxMemoryMb(): number {
    return this.opts.maxMemoryMb
  }

  /** Runs the plugin's init with its context; rejects with PluginLoadError. */
  async init(config: Record<string, unknown>, context: ContextHandler): Promise<void> {
    this.context = context
    await this.expect('ready', () => this.port.postMessage({ t: 'init', config }))
    this.ready = true
  }

  /** One hook call; rejects with HookCallError when no valid answer comes in time. `transfer`: buffers of the payload's own, moved instead of copied. */
  call(hook: HookName, payload: object, timeoutMs: number, transfer: readonly ArrayBuffer[] = []): Promise<Veto | null> {
    if (this.ended !== null) return Promise.reject(new HookCallError('crash', this.ended))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // a busy daemon may not have read the answer yet: a deadline counts only the worker's lateness
        this.drain()
        if (!this.calls.has(id)) return
        this.calls.delete(id)
        this.checkIdle()
        reject(new HookCallError('timeout', `no answer within ${timeoutMs} ms`))
      }, timeoutMs)
      this.calls.set(id, { resolve, reject, timer, veto: HOOKS[hook].veto })
      this.port.postMessage({ t: 'call', id, hook, payload }, transfer)
    })
  }

  /** True when the worker's event loop answers within `ms` (a plugin in an endless loop does not). */
  ping(ms: number): Promise<boolean> {
    if (this.ended !== null) return Promise.resolve(false)
    const id = this.nextId++
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.drain()
        if (this.pings.delete(id)) resolve(false)
      }, ms)
      this.pings.set(id, (alive) => { clearTimeout(timer); resolve(alive) })
      this.port.postMessage({ t: 'ping', id })
    })
  }

  /** Resolves once no call is in flight (each ends by its answer, its deadline or the thread's death). */
  idle(): Promise<void> {
    if (this.calls.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Stops the thread now; a ready plugin's death is reported with this reason. */
  kill(reason: string): void {
    if (this.ended !== null) return
    this.killReason ??= reason
    void this.w.terminate()
  }

  /** Runs the plugin's close() (at most 2 s), then ends the thread; not a death. Calls still in flight fail (crash). */
  async close(): Promise<void> {
    if (this.ended !== null) return
    this.stopping = true
    this.killReason ??= 'the plugin was stopped with the call in flight'
    try {
      await this.expect('closed', () => this.port.postMessage({ t: 'close' }))
    } catch {
      // close() hung or the thread died: it is terminated either way
    }
    await this.w.terminate()
  }

  private expect(stage: Stage, send: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const ms = stage === 'closed' ? Math.min(CLOSE_TIMEOUT_MS, this.opts.stageTimeoutMs) : this.opts.stageTimeoutMs
      const timer = setTimeout(() => {
        this.waiting = null
        this.stopping = true
        this.kill(`${stage === 'loaded' ? 'loading' : stage === 'ready' ? 'init' : 'close'} did not finish within ${ms} ms`)
        reject(new PluginLoadError(`${stage === 'loaded' ? 'the module did not load' : stage === 'ready' ? 'init did not finish' : 'close did not finish'} within ${ms} ms`))
      }, ms)
      this.waiting = { stage, resolve: () => { clearTimeout(timer); resolve() }, reject: (e) => { clearTimeout(timer); reject(e) }, timer }
      send()
    })
  }

  private reached(stage: Stage, outcome: Error | null): void {
    const w = this.waiting
    if (w === null || w.stage !== stage) throw new Error(`unexpected ${outcome === null ? stage : 'refusal'}`)
    this.waiting = null
    if (outcome === null) return w.resolve()
    this.stopping = true
    void this.w.terminate()
    w.reject(outcome)
  }

  private receive(m: unknown): void {
    try {
      this.onMessage(m)
    } catch (err) {
      this.kill(`sent a malformed message (${(err as Error).message})`)
    }
  }

  /** Handles every message that has arrived but not been read yet. */
  private drain(): void {
    for (let m = receiveMessageOnPort(this.port); m !== undefined && this.ended === null; m = receiveMessageOnPort(this.port)) this.receive(m.message)
  }

  private onMessage(m: unknown): void {
    if (typeof m !== 'object' || m === null) throw new Error('not an object')
    const msg = m as Record<string, unknown>
    switch (msg.t) {
      case 'answer': return this.answered(msg.id, msg.answer)
      case 'failed': {
        const p = this.take(msg.id)
        return p?.reject(new HookCallError('error', String(msg.error).slice(0, MAX_REASON_CHARS)))
      }
      case 'request': return this.serve(msg.id, msg.op, msg.args)
      case 'log': return this.context?.log(msg.level, msg.message, msg.fields)
      case 'metric': return this.context?.metric(msg as unknown as MetricMessage)
      case 'pong': {
        const p = this.pings.get(msg.id as number)
        this.pings.delete(msg.id as number)
        return p?.(true)
      }
      case 'loaded': {
        const spec = checkSpec(msg)
        if (typeof spec === 'string') throw new Error(`definition: ${spec}`)
        this.spec = spec
        return this.reached('loaded', null)
      }
      case 'refused': {
        const stage = this.waiting?.stage === 'ready' ? 'ready' : 'loaded'
        return this.reached(stage, new PluginLoadError(String(msg.reason).slice(0, MAX_REASON_CHARS)))
      }
      case 'ready': return this.reached('ready', null)
      case 'closed': return this.reached('closed', null)
      default: throw new Error(`unknown message ${JSON.stringify(msg.t)}`)
    }
  }

  private take(id: unknown): Pending | undefined {
    const p = this.calls.get(id as number)
    if (p === undefined) return undefined // answered after its deadline: already resolved
    this.calls.delete(id as number)
    clearTimeout(p.timer)
    this.checkIdle()
    return p
  }

  private answered(id: unknown, answer: unknown): void {
    const p = this.take(id)
    if (p === undefined) return
    if (!p.veto || answer === null || answer === undefined) return p.resolve(null)
    const v = asVeto(answer)
    if (typeof v === 'string') p.reject(new HookCallError('bad-answer', v))
    else p.resolve(v)
  }

  private serve(id: unknown, op: unknown, args: unknown): void {
    if (typeof id !== 'number') throw new Error('request without an id')
    const reply = (r: { ok: true; value: unknown } | { ok: false; error: string }): void => {
      if (this.ended === null) this.port.postMessage({ t: 'reply', id, ...r })
    }
    const fail = (err: unknown): void => reply({ ok: false, error: err instanceof Error ? err.message : String(err) })
    try {
      if (this.context === null) throw new Error('the context is not ready')
      const value = this.context.request(op, args)
      if (value instanceof Promise) value.then((v: unknown) => reply({ ok: true, value: v }), fail)
      else reply({ ok: true, value })
    } catch (err) {
      fail(err)
    }
  }

  private checkIdle(): void {
    if (this.calls.size > 0 || this.idleWaiters.length === 0) return
    for (const w of this.idleWaiters.splice(0)) w()
  }

  private exited(code: number): void {
    this.drain() // what it said before it died still counts
    const reason = this.killReason ?? this.threadError ?? (code === 0 ? 'the worker ended' : `the worker exited with code ${code} (process.exit in the plugin?)`)
    this.ended = reason
    this.port.close()
    for (const p of this.calls.values()) {
      clearTimeout(p.timer)
      p.reject(new HookCallError('crash', reason))
    }
    this.calls.clear()
    for (const p of this.pings.values()) p(false)
    this.pings.clear()
    this.checkIdle()
    const w = this.waiting
    this.waiting = null
    w?.reject(new PluginLoadError(`the worker died: ${reason}`))
    if (this.ready && !this.stopping) this.onDeath(reason)
  }
}

/** A veto hook's answer, or why it is not one. */
function asVeto(a: unknown): Veto | string {
  const show = (v: unknown): string => (JSON.stringify(v) ?? String(v)).slice(0, 100)
  if (typeof a !== 'object' || a === null || Array.isArray(a) || Object.keys(a).some((k) => k !== 'status' && k !== 'reason')) {
    return `answered ${show(a)}: a veto hook answers null or { status, reason }`
  }
  const { status, reason } = a as { status?: unknown; reason?: unknown }
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 1 || status > 255) return `answered status ${show(status)}: a veto's status is a wire status from 1 to 255`
  if (typeof reason !== 'string') return `answered reason ${show(reason)}: a veto's reason is a string`
  return { status, reason: reason.slice(0, MAX_REASON_CHARS) }
}
