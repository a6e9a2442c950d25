// Example plugin: refuses enqueues whose payload is over a size (1 MiB by default, as the
// original server's example plugin) and, optionally, a sender's enqueues beyond a number per
// minute. Sealed-sender enqueues have no known sender: only their size is checked.
//
//   [plugins.size-policy]
//   max_bytes = 65536   # larger payloads are refused with status 1 (BadRequest); default 1048576
//   per_minute = 120    # > 0: a sender's enqueues beyond this within a minute are refused with 5 (RateLimited); default 0 = off
//
// A batch counts once per recipient. Runs at priority 100, before plugins of the default 0.

const MINUTE_MS = 60_000
let maxBytes = 1 << 20
let perMinute = 0
/** sender (hex) → { start, count } of its current minute */
const windows = new Map()
let swept = Date.now()

function wholeNumber(config, key, fallback, min) {
  const v = config[key] ?? fallback
  if (!Number.isInteger(v) || v < min) throw new Error(`[plugins.size-policy] ${key} must be a whole number of at least ${min}, got ${JSON.stringify(v)}`)
  return v
}

function check(sender, size, count) {
  if (size > maxBytes) return { status: 1, reason: `payload of ${size} bytes is over this server's ${maxBytes}-byte limit` }
  if (perMinute === 0 || sender === null) return null
  const now = Date.now()
  if (now - swept > MINUTE_MS) {
    for (const [k, w] of windows) if (now - w.start >= MINUTE_MS) windows.delete(k)
    swept = now
  }
  const key = Buffer.from(sender).toString('hex')
  let w = windows.get(key)
  if (w === undefined || now - w.start >= MINUTE_MS) windows.set(key, (w = { start: now, count: 0 }))
  if (w.count + count > perMinute) return { status: 5, reason: `more than ${perMinute} messages a minute: slow down` }
  w.count += count
  return null
}

export default {
  name: 'size-policy',
  version: '1.0.0',
  init(ctx) {
    maxBytes = wholeNumber(ctx.config, 'max_bytes', 1 << 20, 1)
    perMinute = wholeNumber(ctx.config, 'per_minute', 0, 0)
    ctx.log.info('size policy', { maxBytes, perMinute })
  },
  hooks: {
    'message.enqueue': { priority: 100, handler: (m) => check(m.sender, m.size, 1) },
    'message.batch_enqueue': { priority: 100, handler: (m) => check(m.sender, m.size, m.recipients.length) },
  },
}
