// The plugin host's metrics on the daemon's registry: per plugin and hook, call durations and
// failures; per plugin, restarts and whether it is up or disabled (qpq_plugins_*). And each
// plugin's own metrics, declared from its worker and exported as qpq_plugin_<name>_<metric>:
// the two prefixes differ, so no plugin name can collide with the host's metrics.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client'

export type FailureKind = 'error' | 'timeout' | 'crash' | 'bad-answer' | 'unavailable'

/** A declaration or an update of a plugin's own metric, as its worker sends it (unchecked). */
export interface MetricMessage { op: unknown; kind?: unknown; name: unknown; help?: unknown; labelNames?: unknown; buckets?: unknown; value?: unknown; labels?: unknown }

const METRIC_NAME = /^[a-z_][a-z0-9_]{0,63}$/
const MAX_METRICS_PER_PLUGIN = 32
const MAX_LABELS = 5

export class PluginHostMetrics {
  private readonly duration: Histogram<'plugin' | 'hook'>
  private readonly failures: Counter<'plugin' | 'hook' | 'reason'>
  private readonly restarts: Counter<'plugin'>
  private readonly up: Gauge<'plugin'>
  private readonly disabled: Gauge<'plugin'>
  private readonly own = new Map<string, PluginOwnMetrics>()

  constructor(private readonly registry: Registry) {
    const registers = [registry]
    this.duration = new Histogram({
      name: 'qpq_plugins_hook_duration_seconds', help: 'Plugin hook calls answered, from the call to the answer', labelNames: ['plugin', 'hook'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers,
    })
    this.failures = new Counter({ name: 'qpq_plugins_hook_failures_total', help: 'Plugin hook calls resolved by the fail policy, by reason (error, timeout, crash, bad-answer, unavailable)', labelNames: ['plugin', 'hook', 'reason'], registers })
    this.restarts = new Counter({ name: 'qpq_plugins_restarts_total', help: 'Plugin workers restarted after dying or hanging', labelNames: ['plugin'], registers })
    this.up = new Gauge({ name: 'qpq_plugins_up', help: '1 while a plugin\'s worker serves its hooks', labelNames: ['plugin'], registers })
    this.disabled = new Gauge({ name: 'qpq_plugins_disabled', help: '1 when a plugin was disabled for failing again and again', labelNames: ['plugin'], registers })
  }

  /** The duration observer of one plugin's hook (label child looked up once, not per call). */
  timer(plugin: string, hook: string): (startedAt: bigint) => void {
    const h = this.duration.labels(plugin, hook)
    return (startedAt) => h.observe(Number(process.hrtime.bigint() - startedAt) / 1e9)
  }

  failed(plugin: string, hook: string, reason: FailureKind): void {
    this.failures.labels(plugin, hook, reason).inc()
  }

  restarted(plugin: string): void {
    this.restarts.labels(plugin).inc()
  }

  state(plugin: string, state: { up: boolean; disabled: boolean }): void {
    this.up.labels(plugin).set(state.up ? 1 : 0)
    this.disabled.labels(plugin).set(state.disabled ? 1 : 0)
  }

  /** A plugin's own metrics; kept across reloads and restarts of the plugin. */
  ownOf(plugin: string): PluginOwnMetrics {
    let m = this.own.get(plugin)
    if (m === undefined) this.own.set(plugin, (m = new PluginOwnMetrics(this.registry, plugin)))
    return m
  }
}

type Own = { kind: 'counter'; m: Counter<string> } | { kind: 'gauge'; m: Gauge<string> } | { kind: 'histogram'; m: Histogram<string> }

/** One plugin's metrics, declared and updated by messages from its worker; a bad message throws (the caller logs it). */
export class PluginOwnMetrics {
  private readonly metrics = new Map<string, Own>()
  private readonly prefix: string

  constructor(private readonly registry: Registry, plugin: string) {
    this.prefix = `qpq_plugin_${plugin.replaceAll('-', '_')}_`
  }

  apply(msg: MetricMessage): void {
    if (typeof msg.name !== 'string' || !METRIC_NAME.test(msg.name)) throw new Error(`metric name ${JSON.stringify(msg.name)} is not lowercase letters, digits and _ (at most 64)`)
    if (msg.op === 'declare') return this.declare(msg.name, msg)
    const own = this.metrics.get(msg.name)
    if (own === undefined) throw new Error(`metric ${msg.name} was not declared`)
    const value = msg.value === undefined ? 1 : msg.value
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`metric ${msg.name}: value ${String(value)} is not a finite number`)
    const labels = labelsOf(msg.labels)
    const op = String(msg.op)
    if (own.kind === 'counter' && op === 'inc') {
      if (value < 0) throw new Error(`metric ${msg.name}: a counter only goes up (value ${value})`)
      return own.m.inc(labels, value)
    }
    if (own.kind === 'gauge' && (op === 'set' || op === 'inc' || op === 'dec')) return own.m[op](labels, value)
    if (own.kind === 'histogram' && op === 'observe') return own.m.observe(labels, value)
    throw new Error(`metric ${msg.name} is a ${own.kind}: no ${op}`)
  }

  private declare(name: string, msg: MetricMessage): void {
    const known = this.metrics.get(name)
    if (known !== undefined) {
      if (known.kind !== msg.kind) throw new Error(`metric ${name} is already a ${known.kind}`)
      return // the same declaration again (a reload or a restart of the plugin)
    }
    if (this.metrics.size >= MAX_METRICS_PER_PLUGIN) throw new Error(`at most ${MAX_METRICS_PER_PLUGIN} metrics per plugin`)
    const labelNames = msg.labelNames ?? []
    if (!Array.isArray(labelNames) || labelNames.length > MAX_LABELS || !labelNames.every((l) => typeof l === 'string' && METRIC_NAME.test(l))) {
      throw new Error(`metric ${name}: labelNames must be at most ${MAX_LABELS} names of lowercase letters, digits and _`)
    }
    const config = { name: this.prefix + name, help: typeof msg.help === 'string' && msg.help !== '' ? msg.help : name, labelNames: labelNames as string[], registers: [this.registry] }
    switch (msg.kind) {
      case 'counter': this.metrics.set(name, { kind: 'counter', m: new Counter(config) }); return
      case 'gauge': this.metrics.set(name, { kind: 'gauge', m: new Gauge(config) }); return
      case 'histogram': {
        const buckets = msg.buckets
        if (buckets !== undefined && !(Array.isArray(buckets) && buckets.length <= 30 && buckets.every((b, i) => typeof b === 'number' && Number.isFinite(b) && (i === 0 || b > (buckets[i - 1] as number))))) {
          throw new Error(`metric ${name}: buckets must be at most 30 increasing numbers`)
        }
        this.metrics.set(name, { kind: 'histogram', m: new Histogram({ ...config, ...(buckets === undefined ? {} : { buckets: buckets as number[] }) }) })
        return
      }
      default: throw new Error(`metric ${name}: kind ${JSON.stringify(msg.kind)} is not counter, gauge or histogram`)
    }
  }
}

function labelsOf(v: unknown): Record<string, string> {
  if (v === undefined || v === null) return {}
  if (typeof v !== 'object' || Array.isArray(v) || !Object.values(v).every((x) => typeof x === 'string')) throw new Error('labels must be an object of strings')
  return v as Record<string, string>
}
