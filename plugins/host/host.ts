// The plugin host: loads the plugins of plugin_dir at start, each in a worker of its own (a bad
// one is refused with one log line and the daemon starts without it), reloads them all or one on
// demand (SIGHUP, qpqctl plugins reload), reports their state and stops them; the operator may
// disable one (stopped, left alone by reloads) and enable it again. A plugin is known by the
// name its definition declares; its `[plugins.<name>]` settings apply to it.
import type { Registry } from 'prom-client'
import { DEFAULT_PLUGIN_SETTINGS, type PluginSettings } from '../../daemon/config/plugins.js'
import type { Logger } from '../../daemon/observability/logger.js'
import type { HookBus } from '../hooks.js'
import { contextHandler, type SendNotice } from './context.js'
import type { PluginKvStore } from './kv-store.js'
import { findPlugins, type PluginEntry } from './loader.js'
import { PluginHostMetrics } from './metrics.js'
import { DEFAULT_RESTART_POLICY, Plugin, type PluginStatus, type RestartPolicy } from './plugin.js'
import { PluginLoadError, PluginWorker } from './plugin-worker.js'

export interface PluginHostOptions {
  /** plugin_dir; null: no plugins. */
  dir: string | null
  settings: Readonly<Record<string, PluginSettings>>
  policy?: RestartPolicy
  /** Deadline of loading a module and of init. */
  stageTimeoutMs?: number
}

export interface PluginHostComponents {
  hooks: HookBus
  log: Logger
  registry: Registry
  store: PluginKvStore
  sendNotice: SendNotice
}

/** What a start or reload did with one plugin (named, or by its file when it never got a name). */
export interface ReloadOutcome { plugin: string; ok: boolean; error?: string }

const DEFAULT_STAGE_TIMEOUT_MS = 10_000
/** At the daemon's stop, how long plugins may still answer calls in flight (the RPC drain already had drain_timeout). */
const STOP_GRACE_MS = 1_000

export class PluginHost {
  private readonly plugins = new Map<string, { plugin: Plugin; entry: PluginEntry }>()
  /** Disabled by the operator until enabled again (or the daemon restarts): their last status. */
  private readonly disabled = new Map<string, { status: PluginStatus; entry: PluginEntry }>()
  private readonly metrics: PluginHostMetrics
  private readonly log: Logger
  /** Start, reloads and stop run one at a time. */
  private serial: Promise<unknown> = Promise.resolve()

  constructor(private readonly opts: PluginHostOptions, private readonly c: PluginHostComponents) {
    this.metrics = new PluginHostMetrics(c.registry)
    this.log = c.log
  }

  async start(): Promise<ReloadOutcome[]> {
    const outcomes = await this.queue(() => this.rescan())
    for (const name of Object.keys(this.opts.settings)) {
      if (!outcomes.some((o) => o.plugin === name)) this.log.warn({ plugin: name }, `[plugins.${name}] configures a plugin that is not in plugin_dir`)
    }
    return outcomes
  }

  /**
   * Reloads the plugin named, or all of them: plugin_dir is read again, new plugins start,
   * removed ones stop. A version that fails to load leaves the running one serving.
   */
  reload(name?: string): Promise<ReloadOutcome[]> {
    return this.queue(async () => {
      if (name === undefined) return await this.rescan()
      const known = this.plugins.get(name)
      if (known === undefined) return [{ plugin: name, ok: false, error: this.disabled.has(name) ? `plugin ${name} is disabled: enable it first` : `no plugin named ${name} is loaded` }]
      return [await this.reloadOne(name, known.plugin)]
    })
  }

  status(): PluginStatus[] {
    return [...[...this.plugins.values()].map((p) => p.plugin.status()), ...[...this.disabled.values()].map((d) => d.status)]
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  /** Stops a plugin and takes it off the bus until enable(); reloads leave it alone. */
  disable(name: string): Promise<ReloadOutcome> {
    return this.queue(async () => {
      if (this.disabled.has(name)) return [{ plugin: name, ok: true }]
      const known = this.plugins.get(name)
      if (known === undefined) return [{ plugin: name, ok: false, error: `no plugin named ${name} is loaded` }]
      await known.plugin.stop()
      this.plugins.delete(name)
      this.disabled.set(name, { status: { ...known.plugin.status(), state: 'disabled', byOperator: true }, entry: known.entry })
      this.metrics.state(name, { up: false, disabled: true })
      this.log.info({ plugin: name }, 'plugin disabled by the operator')
      return [{ plugin: name, ok: true }]
    }).then((o) => o[0] as ReloadOutcome)
  }

  /** Starts a plugin the operator disabled, from its file as it is now. */
  enable(name: string): Promise<ReloadOutcome> {
    return this.queue(async () => {
      const d = this.disabled.get(name)
      if (d === undefined) return [this.plugins.has(name) ? { plugin: name, ok: true } : { plugin: name, ok: false, error: `no plugin named ${name} is loaded or disabled` }]
      this.disabled.delete(name)
      const outcome = await this.add(d.entry)
      if (!outcome.ok) this.disabled.set(name, d)
      return [outcome]
    }).then((o) => o[0] as ReloadOutcome)
  }

  async stop(): Promise<void> {
    await this.queue(async () => {
      await Promise.all([...this.plugins.values()].map((p) => p.plugin.stop(STOP_GRACE_MS)))
      this.plugins.clear()
      return []
    })
  }

  private queue(step: () => Promise<ReloadOutcome[]>): Promise<ReloadOutcome[]> {
    const run = this.serial.then(step)
    this.serial = run.catch(() => {})
    return run
  }

  private async rescan(): Promise<ReloadOutcome[]> {
    if (this.opts.dir === null) return []
    const scan = findPlugins(this.opts.dir)
    const outcomes = scan.refused.map((r) => this.refused(r.source, r.reason))
    // removed first: a plugin moved to another file keeps its name
    for (const [name, p] of this.plugins) {
      if (scan.entries.some((e) => e.source === p.entry.source)) continue
      await p.plugin.stop()
      this.plugins.delete(name)
      this.log.info({ plugin: name, source: p.entry.source }, 'plugin removed from plugin_dir: stopped')
    }
    for (const [name, d] of this.disabled) {
      if (!scan.entries.some((e) => e.source === d.entry.source)) this.disabled.delete(name)
    }
    for (const entry of scan.entries) {
      if ([...this.disabled.values()].some((d) => d.entry.source === entry.source)) continue
      const known = [...this.plugins].find(([, p]) => p.entry.source === entry.source)
      outcomes.push(known === undefined ? await this.add(entry) : await this.reloadOne(known[0], known[1].plugin))
    }
    return outcomes
  }

  private async add(entry: PluginEntry): Promise<ReloadOutcome> {
    try {
      let w = await this.load(entry, null)
      const name = w.spec.name
      const taken = this.plugins.get(name)
      if (taken !== undefined) {
        w.kill('duplicate name')
        throw new PluginLoadError(`another plugin is named "${name}" (${taken.entry.source})`)
      }
      const settings = this.settingsOf(name)
      if (!settings.enabled) {
        w.kill('disabled in the configuration')
        this.log.info({ plugin: name, source: entry.source }, `plugin not started: [plugins.${name}] enabled = false`)
        return { plugin: name, ok: true }
      }
      // its memory limit was only known once it had a name
      if (w.maxMemoryMb !== settings.maxMemoryMb) {
        w.kill('restarted with its memory limit')
        w = await this.load(entry, name)
      }
      await this.init(w, name)
      const plugin = new Plugin({
        hooks: this.c.hooks, settings, policy: this.opts.policy ?? DEFAULT_RESTART_POLICY, metrics: this.metrics,
        log: this.log.child({ plugin: name }), spawn: () => this.prepare(entry, name),
      }, w)
      this.plugins.set(name, { plugin, entry })
      this.log.info({ plugin: name, version: w.spec.version, hooks: w.spec.hooks.map((h) => h.hook), source: entry.source }, 'plugin loaded')
      return { plugin: name, ok: true }
    } catch (err) {
      return this.refused(entry.source, (err as Error).message)
    }
  }

  private async reloadOne(name: string, plugin: Plugin): Promise<ReloadOutcome> {
    try {
      await plugin.reload()
      return { plugin: name, ok: true }
    } catch (err) {
      const reason = (err as Error).message
      this.log.error({ plugin: name, reason }, `plugin ${name} not reloaded, the running version stays: ${reason}`)
      return { plugin: name, ok: false, error: reason }
    }
  }

  /** A new worker of a known plugin, loaded and initialised (restart, reload). */
  private async prepare(entry: PluginEntry, name: string): Promise<PluginWorker> {
    const w = await this.load(entry, name)
    await this.init(w, name)
    return w
  }

  private async load(entry: PluginEntry, expected: string | null): Promise<PluginWorker> {
    const w = await PluginWorker.load(entry.file, {
      maxMemoryMb: this.settingsOf(expected).maxMemoryMb,
      stageTimeoutMs: this.opts.stageTimeoutMs ?? DEFAULT_STAGE_TIMEOUT_MS,
      output: (stream, line) => this.log[stream === 'stdout' ? 'info' : 'warn']({ source: entry.source, stream }, line),
    })
    if (expected !== null && w.spec.name !== expected) {
      w.kill('renamed')
      throw new PluginLoadError(`it now declares the name "${w.spec.name}" instead of "${expected}"`)
    }
    return w
  }

  private async init(w: PluginWorker, name: string): Promise<void> {
    await w.init(this.settingsOf(name).config, contextHandler({
      plugin: name, store: this.c.store, sendNotice: this.c.sendNotice, log: this.log.child({ plugin: name }), metrics: this.metrics.ownOf(name),
    }))
  }

  private settingsOf(name: string | null): PluginSettings {
    return name !== null && Object.hasOwn(this.opts.settings, name) ? this.opts.settings[name] as PluginSettings : DEFAULT_PLUGIN_SETTINGS
  }

  private refused(source: string, reason: string): ReloadOutcome {
    this.log.error({ source, reason }, `plugin refused: ${source}: ${reason}`)
    return { plugin: source, ok: false, error: reason }
  }
}
