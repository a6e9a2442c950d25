// Request rate limiting (spec part-02 §7.2: a sliding window over all methods, per source address
// or per account, status 5 with a retry hint). The interface comes first so that a shared backend
// (Redis, PostgreSQL) can replace the in-process limiter when several daemons serve one domain;
// the dispatcher only sees RateLimiter.
//
// Algorithm: a sliding-window COUNTER, not a sliding log. A log keeps one timestamp per accepted
// request of the last second, i.e. up to `limit` numbers per key — operator-set limits times
// 100 000 keys is more memory than a limiter may take. The counter keeps seven numbers per key
// however fast the key sends: for the current fixed one-second window and the one before it, the
// count of requests served and the times of the first and last of them. The number of requests in
// the sliding second (now − 1000 ms, now] is estimated as
//
//     current count + previous count × (share of the previous window's requests still inside it)
//
// The classic counter assumes the previous window's requests were spread evenly over the whole
// window. Knowing the first and last of them, we spread them over [first, last] instead. This is
// exact for a burst (all requests at one moment are forgotten exactly one second later, not
// remembered in part for up to two seconds, nor forgotten early), and it makes the retry hint
// exact and never more than 1000 ms: every served request leaves the sliding second within a
// second, so a client that waits the hint is served (the classic counter can need up to
// 1000 + 1000/limit ms, and a hint clamped to one second could be refused again). A fixed window
// never serves more than `limit`, so the long-run rate stays within the limit; like every
// counter it is an estimate between bursts, and the worst sliding second can see up to about
// twice the limit when requests bunch at the two ends of the previous window.
//
// Refused requests are not counted: the limit is on requests served, a client that backs off for
// the hint is served again, and a flood that is refused costs a map lookup and no state.
//
// Memory: at most maxKeys entries (about 300 bytes each with its key: 100 000 keys ≈ 30 MB). An
// entry whose last window is two windows old holds nothing that can affect a decision; the sweep
// (an unref'd timer) deletes those, so idle keys go away. Entries sit in the Map in the order in
// which they were last touched, to 100 ms: a take moves its entry to the end when its window rolls
// or when it was last moved 100 ms ago or more (so a busy key costs at most ten moves a second,
// not one per request). The front is then always the stalest entry: the sweep stops at the first
// live one, and eviction is O(1).
//
// When the table is full and a new key arrives, the front entry is evicted — lossless when it is
// stale, the normal case. It is lossy only when more than maxKeys keys were active in the last two
// seconds, and then it forgets the counts of the key that has been quiet the longest. That is the
// safe choice: forgetting counts only ever lets a source through sooner, never refuses anyone
// wrongly; and a source that keeps sending (a flood being refused) was moved to the end within the
// last 100 ms, so pushing its state out takes maxKeys other keys (distinct source addresses, /64
// networks or accounts) becoming active within about 100 ms — a million a second at the default.
// The alternatives are worse: refusing new keys when full lets a flood of addresses lock out every
// new client, and not tracking new keys when full leaves every further source unlimited.
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
  /** Most keys tracked at once (default 100 000; about 30 MB at worst). */
  maxKeys?: number
  /** How often idle keys are swept, ms (default 5000; 0 = never, sweep() by hand). */
  sweepIntervalMs?: number
  /** Clock in ms for calls without `now` (default performance.now(): monotonic, immune to wall-clock steps). */
  clock?: () => number
}

interface Entry {
  /** Start of the current fixed window (a multiple of WINDOW_MS). */
  start: number
  /** Requests served in the current window, and the times of the first and last of them (when count > 0). */
  count: number
  first: number
  last: number
  /** The same for the window just before `start` (count 0 when that window saw nothing). */
  prevCount: number
  prevFirst: number
  prevLast: number
  /** When the entry was last moved to the end of the Map. */
  movedAt: number
}

const OK: RateDecision = Object.freeze({ ok: true as const })
/** A busy entry is moved to the end of the Map at most this often. */
const MOVE_MS = WINDOW_MS / 10
/** Absorbs floating-point error in the weighted estimate, so that exactly `limit` requests fit. */
const EPSILON = 1e-9

/**
 * How many of `count` requests spread evenly over [lo, hi] lie after `cutoff` (a request at time
 * s is inside the sliding second at t while s > t − 1000).
 */
function remaining(count: number, lo: number, hi: number, cutoff: number): number {
  if (count === 0 || cutoff >= hi) return 0
  if (cutoff < lo) return count
  return (count * (hi - cutoff)) / (hi - lo)
}

export class InProcessRateLimiter implements RateLimiter {
  private readonly entries = new Map<string, Entry>()
  private readonly maxKeys: number
  private readonly clock: () => number
  private timer: NodeJS.Timeout | null = null
  /** Entries still live (a window in the last two seconds) evicted because the table was full. */
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
      // a limit below 1 admits nothing (the daemon's options refuse such limits)
      if (limitPerSecond < 1 - EPSILON) return { ok: false, retryAfterMs: WINDOW_MS }
      if (this.entries.size >= this.maxKeys) this.evictOldest(now)
      this.entries.set(key, { start, count: 1, first: now, last: now, prevCount: 0, prevFirst: 0, prevLast: 0, movedAt: now })
      return OK
    }
    const rolled = start > e.start
    if (rolled) {
      // the window rolled: the old one becomes the previous one if it is adjacent, else nothing is left
      if (start - e.start === WINDOW_MS) {
        e.prevCount = e.count
        e.prevFirst = e.first
        e.prevLast = e.last
      } else {
        e.prevCount = 0
      }
      e.start = start
      e.count = 0
    }
    if (rolled || now - e.movedAt >= MOVE_MS) {
      // keep the Map ordered by last touch, stalest first: sweep and eviction only look at the front
      e.movedAt = now
      this.entries.delete(key)
      this.entries.set(key, e)
    }
    // (a clock that steps back — only an injected `now` can — counts as still the entry's window)
    const estimate = e.count + remaining(e.prevCount, e.prevFirst, e.prevLast, now - WINDOW_MS)
    if (estimate + 1 <= limitPerSecond + EPSILON) {
      if (e.count++ === 0) {
        e.first = now
        e.last = now
      } else if (now > e.last) {
        e.last = now
      } else if (now < e.first) {
        e.first = now
      }
      return OK
    }
    return { ok: false, retryAfterMs: this.retryAfter(e, limitPerSecond, now) }
  }

  /**
   * When one more request fits, if nothing else is served meanwhile. Either the current window
   * alone holds the limit — then enough of it must slide out, which happens in the next window —
   * or the previous window's share is what is over, and it slides out before this window ends.
   * Both are at most a second away: each served request leaves the sliding second a second after
   * it came, and the last one came no later than now.
   */
  private retryAfter(e: Entry, limit: number, now: number): number {
    if (limit < 1 - EPSILON) return WINDOW_MS
    let at: number
    const room = limit - 1 - e.count
    if (room < -EPSILON) {
      // next window: count × (last − (t − 1000)) / (last − first) ≤ limit − 1
      at = e.last + WINDOW_MS - ((e.last - e.first) * (limit - 1)) / e.count
    } else if (e.prevCount > 0) {
      // this window: prevCount × (prevLast − (t − 1000)) / (prevLast − prevFirst) ≤ room
      at = e.prevLast + WINDOW_MS - ((e.prevLast - e.prevFirst) * Math.max(0, room)) / e.prevCount
    } else {
      at = now // not reached: nothing over the limit
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
