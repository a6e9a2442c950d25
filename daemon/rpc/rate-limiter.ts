// Request rate limiting (spec part-02 §7.2: a sliding window over all methods, per source address
// or per account, status 5 with a retry hint). The interface comes first so that a shared backend
// (Redis, PostgreSQL) can replace the in-process limiter when several daemons serve one domain;
// the dispatcher only sees RateLimiter.
//
// Algorithm: a sliding-window COUNTER, not a sliding log. A log keeps one timestamp per accepted
// request in the last second, i.e. up to `limit` numbers per key — with operator-set limits and
// 100 000 keys that is unbounded in practice. The counter keeps five numbers per key whatever the
// request rate: the count of the current fixed one-second window, the count of the previous one,
// and the time of the last request counted in each. The number of requests in the sliding second
// (now − 1000 ms, now] is estimated as
//
//     current count + previous count × (share of the previous window's requests still inside it)
//
// The classic counter assumes the previous window's requests were spread evenly over the whole
// window. We know more: none came after that window's last counted request, so we spread them
// over [window start, last request] instead. That costs one number and buys two things: requests
// known to be older than a second are never counted (a burst at the start of a window is
// forgotten exactly a second later), and the retry hint is exact and never more than 1000 ms —
// a client that waits the hint is let through (the classic counter can need up to 1000 + 1000/limit
// ms, so a hint of "1 s" could be refused again).
//
// Refused requests are not counted: the limit is on requests served, a client that backs off for
// the hint is served again, and a flood that is refused costs a map lookup and no state.
//
// Memory: bounded by maxKeys entries. An entry whose last window is two windows old holds nothing
// that can affect a decision; the sweep (an unref'd timer) deletes those, so idle keys go away.
// Entries are kept in the Map in the order of their last window change (an entry is moved to the
// end when its window rolls, at most once a second per key), so the oldest entry is always the
// first one: the sweep stops at the first live entry, and eviction is O(1).
//
// When the table is full and a new key arrives, the oldest entry is evicted — lossless when it is
// stale, which is the normal case. It is lossy only when more than maxKeys keys were active within
// the last two seconds, and then it forgets the counts of the key that has been quiet the longest:
// forgetting counts can only let a source through sooner, never refuse anyone wrongly, and an
// active source (one being refused right now) is at the end of the order, so pushing it out takes
// maxKeys new keys (distinct source addresses or accounts) every second. The alternatives are
// worse: refusing new keys when full lets a flood of addresses lock out every new client, and
// tracking nothing new when full leaves every further source unlimited.
import { performance } from 'node:perf_hooks'

/** The window the limits are expressed over: requests per second. */
export const WINDOW_MS = 1000

export type RateDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number }

/** The three limits of the daemon, in requests per second (Config['rateLimits']). */
export interface RateLimits {
  /** Every method but the auth and unlimited classes, per source address. */
  readonly perIp: number
  /** Every method but the auth and unlimited classes, per account once a session is known. */
  readonly perIdentity: number
  /** Registration, login and recovery (rate class 'auth'), per source address. */
  readonly authPerIp: number
}

export interface RateLimiter {
  /**
   * Counts one request for `key` if it fits in `limitPerSecond` over the sliding second ending at
   * `now` (ms, the limiter's own clock when absent), or refuses it with the time after which a
   * retry fits (1..1000 ms). Refused requests are not counted. A shared backend returns a promise;
   * errors (a thrown error or a rejected promise) fail the call with status 10 — a backend that
   * would rather let traffic through while it is down catches its own errors and answers ok.
   */
  take(key: string, limitPerSecond: number, now?: number): RateDecision | Promise<RateDecision>
  /** Stops timers and drops state. */
  close(): void
}

export interface InProcessRateLimiterOptions {
  /** Most keys tracked at once (default 100 000; about 20 MB at worst). */
  maxKeys?: number
  /** How often idle keys are swept, ms (default 5000; 0 = never, sweep() by hand). */
  sweepIntervalMs?: number
  /** Clock in ms for calls without `now` (default performance.now(): monotonic, immune to wall-clock steps). */
  clock?: () => number
}

interface Entry {
  /** Start of the current fixed window (a multiple of WINDOW_MS). */
  start: number
  count: number
  /** Time of the last counted request in the current window (meaningful when count > 0). */
  last: number
  prevCount: number
  prevLast: number
}

const OK: RateDecision = Object.freeze({ ok: true as const })
/** Absorbs floating-point error in the weighted estimate so that exactly `limit` requests fit. */
const EPSILON = 1e-9

/**
 * Share of `count` requests spread evenly over [lo, hi] that lie after `cutoff`
 * (a request at time s is inside the sliding second at t while s > t − 1000).
 */
function remaining(count: number, lo: number, hi: number, cutoff: number): number {
  if (count === 0 || cutoff >= hi) return 0
  if (cutoff <= lo) return count
  return (count * (hi - cutoff)) / (hi - lo)
}

export class InProcessRateLimiter implements RateLimiter {
  private readonly entries = new Map<string, Entry>()
  private readonly maxKeys: number
  private readonly clock: () => number
  private timer: NodeJS.Timeout | null = null
  /** Live entries (active in the last two seconds) evicted because the table was full. */
  evictedLive = 0

  constructor(opts: InProcessRateLimiterOptions = {}) {
    this.maxKeys = opts.maxKeys ?? 100_000
    if (!(this.maxKeys >= 1)) throw new RangeError(`maxKeys must be at least 1, got ${this.maxKeys}`)
    this.clock = opts.clock ?? (() => performance.now())
    const every = opts.sweepIntervalMs ?? 5_000
    if (every > 0) {
      this.timer = setInterval(() => this.sweep(), every)
      this.timer.unref()
    }
  }

  /** Keys tracked now. */
  get size(): number {
    return this.entries.size
  }

  take(key: string, limitPerSecond: number, now: number = this.clock()): RateDecision {
    const start = Math.floor(now / WINDOW_MS) * WINDOW_MS
    let e = this.entries.get(key)
    if (e === undefined) {
      if (this.entries.size >= this.maxKeys) this.evictOldest(now)
      // a first request is refused only by a limit below 1, which then never admits anything
      if (limitPerSecond < 1 - EPSILON) return { ok: false, retryAfterMs: WINDOW_MS }
      this.entries.set(key, { start, count: 1, last: now, prevCount: 0, prevLast: 0 })
      return OK
    }
    if (start > e.start) {
      // the window rolled: keep the last window when it is the previous one, else nothing
      if (start - e.start === WINDOW_MS && e.count > 0) {
        e.prevCount = e.count
        e.prevLast = e.last
      } else {
        e.prevCount = 0
      }
      e.start = start
      e.count = 0
      // keep the Map ordered by window (oldest first): sweep and eviction look at the front only
      this.entries.delete(key)
      this.entries.set(key, e)
    }
    // (a clock that steps back, possible only with an injected `now`, is treated as still the entry's window)
    const cutoff = now - WINDOW_MS
    const estimate = e.count + remaining(e.prevCount, e.start - WINDOW_MS, e.prevLast, cutoff)
    if (estimate + 1 <= limitPerSecond + EPSILON) {
      e.count++
      if (now > e.last || e.count === 1) e.last = now
      return OK
    }
    return { ok: false, retryAfterMs: this.retryAfter(e, limitPerSecond, now) }
  }

  /**
   * The first time at which one more request fits, if nothing else is counted meanwhile. Two
   * cases: the current window alone holds a full limit (wait until enough of it has slid out,
   * in the next window), or the previous window's share is what is over (it slides out before
   * this window ends). Both are at most one second away, because every counted request leaves
   * the sliding second within a second of the last one.
   */
  private retryAfter(e: Entry, limit: number, now: number): number {
    // a limit below 1 admits nothing (the daemon's options refuse it)
    if (limit < 1 - EPSILON) return WINDOW_MS
    let at: number
    const room = limit - 1 - e.count
    if (room < -EPSILON) {
      // in the next window the current one is the previous: count × (last − (t − 1000)) / (last − start) ≤ limit − 1
      const span = e.last - e.start
      at = e.last + WINDOW_MS - (span * Math.max(0, limit - 1)) / e.count
    } else {
      // prevCount × (prevLast − (t − 1000)) / (prevLast − prevStart) ≤ room
      const span = e.prevLast - (e.start - WINDOW_MS)
      at = e.prevCount === 0 ? now : e.prevLast + WINDOW_MS - (span * Math.max(0, room)) / e.prevCount
    }
    const wait = Math.ceil(at - now)
    return wait < 1 ? 1 : wait > WINDOW_MS ? WINDOW_MS : wait
  }

  /** Drops keys whose counts can no longer affect a decision (no window in the last two). */
  sweep(now: number = this.clock()): number {
    let dropped = 0
    for (const [key, e] of this.entries) {
      if (e.start + 2 * WINDOW_MS > now) break
      this.entries.delete(key)
      dropped++
    }
    return dropped
  }

  private evictOldest(now: number): void {
    for (const [key, e] of this.entries) {
      if (e.start + 2 * WINDOW_MS > now) this.evictedLive++
      this.entries.delete(key)
      return
    }
  }

  close(): void {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
    this.entries.clear()
  }
}

const HEXTET = /^[0-9a-f]{1,4}$/

/**
 * The rate-limit key of a source address. IPv4 addresses are their own key (an IPv4-mapped IPv6
 * address is the IPv4 address). IPv6 addresses are grouped by their /64 prefix: a /64 is one
 * subscriber's network (RFC 6177), and a host that owns one can use 2^64 source addresses, so
 * limiting single IPv6 addresses would limit nothing. Anything unparseable is its own key.
 */
export function addressKey(address: string): string {
  if (!address.includes(':')) return address
  let a = address.toLowerCase()
  const zone = a.indexOf('%')
  if (zone !== -1) a = a.slice(0, zone)
  if (a.startsWith('::ffff:') && a.includes('.')) return a.slice(7)
  const gap = a.indexOf('::')
  let groups: string[]
  if (gap === -1) {
    groups = a.split(':')
  } else {
    const head = gap === 0 ? [] : a.slice(0, gap).split(':')
    const tailText = a.slice(gap + 2)
    const tail = tailText === '' ? [] : tailText.split(':')
    // an embedded IPv4 address at the end takes two groups
    const tailGroups = tail.length + (tailText.includes('.') ? 1 : 0)
    const zeros = 8 - head.length - tailGroups
    if (zeros < 1) return address
    groups = head.concat(new Array<string>(zeros).fill('0'), tail)
  }
  if (groups.length < 4) return address
  let key = ''
  for (let i = 0; i < 4; i++) {
    const g = groups[i] ?? ''
    if (!HEXTET.test(g)) return address
    key += `${parseInt(g, 16).toString(16)}:`
  }
  return `${key}:/64`
}
