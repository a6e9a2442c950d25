// A plugin's worker thread (plugin-worker.ts starts one per plugin). Imports the plugin module,
// checks the shape of its definition, runs init(ctx), runs its hook handlers on the host's
// calls, and carries its context (store, notices, logs, metrics) to the host as messages; the
// host checks everything it receives. Plain JavaScript: Node 20 cannot load TypeScript in
// worker threads. The messages are listed at the top of plugin-worker.ts.
import { workerData } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'

/**
 * entry: the plugin module's URL; hooks: { name: { veto } } from the hook table; namePattern:
 * PLUGIN_NAME; port: the MessagePort to the host.
 */
const { entry, hooks: known, namePattern, port: host } = workerData
const ENTRY_KEYS = ['handler', 'priority', 'wantsPayload']

/** Why a definition is refused: its message is the whole reason. */
class Refusal extends Error {}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v)
const describe = (err) => (err instanceof Error ? `${err.name}: ${err.message}` : `thrown ${typeof err}: ${String(err)}`)

/** The plugin's definition, its handlers by hook and what the host needs to know of it; throws the reason it is refused. */
function check(mod) {
  const def = mod.default
  if (def === undefined) throw new Refusal('has no default export (export default { name, version, hooks })')
  if (!isObject(def)) throw new Refusal(`its default export is ${def === null ? 'null' : typeof def}, not a plugin definition object`)
  if (typeof def.name !== 'string' || !new RegExp(namePattern).test(def.name)) {
    throw new Refusal(`name ${JSON.stringify(def.name)} is not a plugin name (lowercase letters, digits and hyphens, starting with a letter)`)
  }
  if (typeof def.version !== 'string' || def.version === '') throw new Refusal('version is missing (a non-empty string)')
  for (const fn of ['init', 'close']) if (def[fn] !== undefined && typeof def[fn] !== 'function') throw new Refusal(`${fn} is not a function`)
  const hooks = def.hooks ?? {}
  if (!isObject(hooks)) throw new Refusal('hooks is not an object of hook name: handler')
  const handlers = new Map()
  const specs = []
  for (const [hook, value] of Object.entries(hooks)) {
    if (!Object.hasOwn(known, hook)) throw new Refusal(`unknown hook "${hook}" (the hooks are ${Object.keys(known).join(', ')})`)
    const e = typeof value === 'function' ? { handler: value } : value
    if (!isObject(e) || typeof e.handler !== 'function') throw new Refusal(`hook "${hook}" is neither a function nor { handler, priority, wantsPayload }`)
    const extra = Object.keys(e).find((k) => !ENTRY_KEYS.includes(k))
    if (extra !== undefined) throw new Refusal(`hook "${hook}" has an unknown key "${extra}" (handler, priority, wantsPayload)`)
    if (e.priority !== undefined && !Number.isFinite(e.priority)) throw new Refusal(`hook "${hook}": priority is not a number`)
    if (e.wantsPayload !== undefined && typeof e.wantsPayload !== 'boolean') throw new Refusal(`hook "${hook}": wantsPayload is not a boolean`)
    handlers.set(hook, e.handler)
    specs.push({ hook, priority: e.priority ?? 0, wantsPayload: e.wantsPayload === true })
  }
  return { def, handlers, spec: { name: def.name, version: def.version, hooks: specs } }
}

// ---- the context: requests answered by the host, and one-way messages

let nextRequest = 1
const requests = new Map()

function request(op, args) {
  return new Promise((resolve, reject) => {
    const id = nextRequest++
    host.postMessage({ t: 'request', id, op, args }) // throws (rejects) when args cannot be copied
    requests.set(id, { resolve, reject })
  })
}

function settle(m) {
  const r = requests.get(m.id)
  if (r === undefined) return
  requests.delete(m.id)
  if (m.ok) r.resolve(m.value)
  else r.reject(new Error(m.error))
}

/** Log fields as plain JSON (anything else is dropped with a note). */
function plain(fields) {
  if (fields === undefined || fields === null) return null
  try {
    return JSON.parse(JSON.stringify(fields))
  } catch (err) {
    return { unloggable: describe(err) }
  }
}

function makeLog() {
  const at = (level) => (message, fields) => host.postMessage({ t: 'log', level, message: String(message), fields: plain(fields) })
  return Object.freeze({ debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') })
}

function makeStore() {
  return Object.freeze({
    async get(key) {
      const v = await request('store.get', [key])
      return typeof v === 'string' ? JSON.parse(v) : v
    },
    async set(key, value) {
      const stored = value instanceof Uint8Array ? value : JSON.stringify(value)
      if (stored === undefined) throw new TypeError('store values are JSON values or Uint8Array')
      await request('store.set', [key, stored])
    },
    delete: async (key) => await request('store.delete', [key]),
    list: async (options = {}) => await request('store.list', [options]),
  })
}

function makeMetrics() {
  /** kind:name → the metric's object: declared to the host once, however often it is asked for */
  const made = new Map()
  const metric = (kind, ops, name, options = {}) => {
    const key = `${kind}:${name}`
    if (!made.has(key)) {
      host.postMessage({ t: 'metric', op: 'declare', kind, name, help: options.help, labelNames: options.labelNames, buckets: options.buckets })
      made.set(key, Object.freeze(Object.fromEntries(ops.map((op) => [op, (value, labels) => host.postMessage({ t: 'metric', op, name, value, labels })]))))
    }
    return made.get(key)
  }
  return Object.freeze({
    counter: (name, options) => metric('counter', ['inc'], name, options),
    gauge: (name, options) => metric('gauge', ['set', 'inc', 'dec'], name, options),
    histogram: (name, options) => metric('histogram', ['observe'], name, options),
  })
}

function deepFreeze(v) {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x)
    Object.freeze(v)
  }
  return v
}

// ---- the plugin's life

let plugin = null
let ctx = null

async function init(m) {
  ctx = Object.freeze({
    name: plugin.spec.name,
    config: deepFreeze(m.config),
    log: makeLog(),
    store: makeStore(),
    metrics: makeMetrics(),
    sendNotice: async (to, text) => { await request('notice', [to, text]) },
  })
  try {
    await plugin.def.init?.(ctx)
    host.postMessage({ t: 'ready' })
  } catch (err) {
    host.postMessage({ t: 'refused', stage: 'init', reason: `init failed: ${describe(err)}` })
  }
}

async function call(m) {
  const handler = plugin.handlers.get(m.hook)
  try {
    if (handler === undefined) throw new Error(`no handler for hook ${m.hook}`)
    const answer = await handler(m.payload, ctx)
    // an observe hook's answer means nothing: never let it fail the reply
    host.postMessage({ t: 'answer', id: m.id, answer: known[m.hook].veto ? (answer ?? null) : null })
  } catch (err) {
    host.postMessage({ t: 'failed', id: m.id, error: describe(err) })
  }
}

async function close() {
  try {
    await plugin.def.close?.()
  } catch (err) {
    host.postMessage({ t: 'log', level: 'error', message: `close failed: ${describe(err)}`, fields: null })
  }
  host.postMessage({ t: 'closed' })
}

try {
  plugin = check(await import(entry))
} catch (err) {
  const hint = err instanceof SyntaxError ? ` (node --check ${fileURLToPath(entry)} shows where)` : ''
  host.postMessage({ t: 'refused', stage: 'load', reason: err instanceof Refusal ? err.message : `${describe(err)}${hint}` })
}
if (plugin !== null) {
  host.on('message', (m) => {
    switch (m.t) {
      case 'call': void call(m); break
      case 'reply': settle(m); break
      case 'ping': host.postMessage({ t: 'pong', id: m.id }); break
      case 'init': void init(m); break
      case 'close': void close(); break
    }
  })
  host.postMessage({ t: 'loaded', ...plugin.spec })
}
