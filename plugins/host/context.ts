// The host's side of a plugin's context (the worker's side is in worker.mjs): what its store,
// notice, log and metric messages do. Everything arriving here comes from plugin code and is
// checked before it touches the daemon; nothing else of the daemon is reachable through it.
import type { Logger } from '../../daemon/observability/logger.js'
import type { PluginKvStore } from './kv-store.js'
import type { MetricMessage, PluginOwnMetrics } from './metrics.js'

/** Delivers a server notice from `source` to a user (username or identity key). */
export type SendNotice = (to: string | Uint8Array, text: string, source: string) => Promise<void>

/** What the worker side may ask of the host, by message. */
export interface ContextHandler {
  request(op: unknown, args: unknown): unknown
  log(level: unknown, message: unknown, fields: unknown): void
  metric(msg: MetricMessage): void
}

const KV_LIMITS = { keyChars: 1_024, valueBytes: 1 << 20, listDefault: 1_000, listMax: 10_000 }
const MAX_LOG_CHARS = 4_096
const LEVELS = new Set(['debug', 'info', 'warn', 'error'])

export interface ContextDeps {
  plugin: string
  store: PluginKvStore
  sendNotice: SendNotice
  /** The plugin's logger (bound to its name). */
  log: Logger
  metrics: PluginOwnMetrics
}

export function contextHandler(d: ContextDeps): ContextHandler {
  const { plugin, store } = d
  const reported = new Set<string>()
  return {
    request(op, args) {
      const a = Array.isArray(args) ? args : []
      switch (op) {
        case 'store.get': return store.get(plugin, key(a[0]))
        case 'store.set': return store.set(plugin, key(a[0]), value(a[1]))
        case 'store.delete': return store.delete(plugin, key(a[0]))
        case 'store.list': {
          const o = (typeof a[0] === 'object' && a[0] !== null ? a[0] : {}) as { prefix?: unknown; after?: unknown; limit?: unknown }
          const limit = o.limit === undefined ? KV_LIMITS.listDefault : o.limit
          if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > KV_LIMITS.listMax) throw new Error(`list limit must be a whole number from 1 to ${KV_LIMITS.listMax}`)
          return store.list(plugin, optionalString(o.prefix, 'prefix'), optionalString(o.after, 'after'), limit as number)
        }
        case 'notice': {
          const [to, text] = a
          // only the types here: noticeSender checks the values
          if (!(typeof to === 'string' || to instanceof Uint8Array)) throw new Error('sendNotice: the recipient is a username or a 32-byte identity key')
          if (typeof text !== 'string') throw new Error('sendNotice: the text is a non-empty string')
          return d.sendNotice(to, text, plugin).then(() => undefined)
        }
        default: throw new Error(`unknown context request ${JSON.stringify(op)}`)
      }
    },
    log(level, message, fields) {
      const lvl = typeof level === 'string' && LEVELS.has(level) ? (level as 'debug' | 'info' | 'warn' | 'error') : 'info'
      const text = String(message).slice(0, MAX_LOG_CHARS)
      // the plugin's fields are nested: they cannot pose as the daemon's own (level, msg, plugin …)
      if (typeof fields === 'object' && fields !== null) d.log[lvl]({ fields }, text)
      else d.log[lvl](text)
    },
    metric(msg) {
      try {
        d.metrics.apply(msg)
      } catch (err) {
        // one line per distinct problem: a plugin updating a bad metric in a loop must not flood the log
        const problem = (err as Error).message
        if (reported.has(problem)) return
        reported.add(problem)
        d.log.warn({ problem }, 'plugin metric ignored')
      }
    },
  }
}

function key(k: unknown): string {
  if (typeof k !== 'string' || k === '' || k.length > KV_LIMITS.keyChars) throw new Error(`store keys are non-empty strings of at most ${KV_LIMITS.keyChars} characters`)
  return k
}

function value(v: unknown): string | Uint8Array {
  const size = typeof v === 'string' ? Buffer.byteLength(v) : v instanceof Uint8Array ? v.length : -1
  if (size < 0) throw new Error('store values are JSON values or Uint8Array')
  if (size > KV_LIMITS.valueBytes) throw new Error(`store value of ${size} bytes is over the ${KV_LIMITS.valueBytes}-byte limit`)
  return v as string | Uint8Array
}

function optionalString(v: unknown, what: string): string {
  if (v === undefined) return ''
  if (typeof v !== 'string') throw new Error(`list ${what} must be a string`)
  return v
}
