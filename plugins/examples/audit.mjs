// Example plugin: records connections, logins and enqueues in its own store — metadata only,
// never a payload. Each event is one entry under a time-ordered key "<unix ms, 15 digits>:<n>"
// with a JSON value { event, ... } (identity keys in hex); read them back in order with
// ctx.store.list(). It keeps at most max_entries, dropping the oldest.
//
//   [plugins.audit]
//   events = ["connect", "auth.login", "message.enqueue"]   # which to record (default: these three)
//   max_entries = 100000
//
// It observes message.enqueue at priority -100, after policy plugins: a vetoed message is not
// recorded. That hook is a veto hook, so each enqueue waits for this plugin's answer (it answers
// at once and writes in the background).

const EVENTS = ['connect', 'auth.login', 'message.enqueue']
const hex = (b) => (b === null ? null : Buffer.from(b).toString('hex'))
let wanted = new Set(EVENTS)
let maxEntries = 100_000
let n = 0
let kept = 0
let trimming = false

function record(ctx, event, fields) {
  if (!wanted.has(event)) return
  const key = `${String(Date.now()).padStart(15, '0')}:${String(n++).padStart(9, '0')}`
  ctx.store.set(key, { event, ...fields }).then(() => {
    kept++
    return trim(ctx)
  }).catch((err) => ctx.log.warn('audit entry not written', { error: err.message }))
}

/** Drops the oldest entries beyond max_entries; one trim at a time. */
async function trim(ctx) {
  if (trimming) return
  trimming = true
  try {
    while (kept > maxEntries) {
      let dropped = 0
      for (const key of await ctx.store.list({ limit: Math.min(kept - maxEntries, 1_000) })) if (await ctx.store.delete(key)) dropped++
      kept -= dropped
      if (dropped === 0) break // the store holds fewer than counted: nothing left to drop
    }
  } finally {
    trimming = false
  }
}

export default {
  name: 'audit',
  version: '1.0.0',
  async init(ctx) {
    const events = ctx.config.events ?? EVENTS
    if (!Array.isArray(events) || !events.every((e) => EVENTS.includes(e))) throw new Error(`[plugins.audit] events must be a list of ${EVENTS.join(', ')}`)
    wanted = new Set(events)
    maxEntries = ctx.config.max_entries ?? maxEntries
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('[plugins.audit] max_entries must be a whole number of at least 1')
    for (let after = ''; ;) {
      const page = await ctx.store.list({ after, limit: 10_000 })
      kept += page.length
      if (page.length < 10_000) break
      after = page[page.length - 1]
    }
  },
  hooks: {
    'connect': (c, ctx) => { record(ctx, 'connect', { connection: c.connectionId, remote: c.remoteAddress }) },
    'auth.login': (l, ctx) => { record(ctx, 'auth.login', { username: l.username, identity: hex(l.identityKey), remote: l.remoteAddress }) },
    'message.enqueue': {
      priority: -100,
      handler: (m, ctx) => { record(ctx, 'message.enqueue', { sender: hex(m.sender), recipient: hex(m.recipient), channel: hex(m.channel), size: m.size, ttlSecs: m.ttlSecs }) },
    },
  },
}
