// Rate limiting: the sliding-window limiter on its own with an injected clock (no timing
// assertions), then the dispatcher's limits over real QUIC — per address, per account, the
// stricter auth class, Health never limited, status 5 with a retry hint that works.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { Status } from '../protocol/errors.js'
import { Dispatcher } from '../daemon/rpc/dispatcher.js'
import type { SessionResolver } from '../daemon/services/call-context.js'
import { buildMethodTable } from '../daemon/rpc/methods.js'
import { DEFAULT_TRANSPORT, toPem } from '../protocol/quic/config.js'
import { DEFAULT_SERVER_LIMITS } from '../protocol/quic/server.js'
import { InProcessRateLimiter, WINDOW_MS, type RateDecision, type RateLimiter, type RateLimits } from '../daemon/rpc/rate-limiter.js'
import { addressKey } from '../protocol/address.js'
import { DEFAULT_RPC_LIMITS, RpcServer } from '../daemon/rpc/rpc-server.js'
import { selfSigned } from '../daemon/tls/x509.js'
import { silentLogger } from '../daemon/observability/logger.js'
import { QpqClient } from '../client/qpq-client.js'
import { qpq } from '../proto/qpq.js'

const T0 = 1_000_000 // a window boundary
const HEALTH = 802
const OPAQUE_REGISTER_START = 100
const RESOLVE_USER = 500
const resolveUser = (token?: Buffer): Uint8Array =>
  qpq.v1.ResolveUserRequest.encode({ username: 'carol', ...(token && { auth: { access_token: token } }) }).finish()

function refused(d: RateDecision): number {
  assert.equal(d.ok, false, 'expected a refusal')
  return (d as { retryAfterMs: number }).retryAfterMs
}

describe('InProcessRateLimiter', () => {
  const limiters: InProcessRateLimiter[] = []
  const make = (maxKeys?: number): InProcessRateLimiter => {
    const l = new InProcessRateLimiter({ sweepIntervalMs: 0, maxKeys })
    limiters.push(l)
    return l
  }
  after(() => { for (const l of limiters) l.close() })

  it('serves exactly `limit` requests in a second, then refuses', () => {
    const l = make()
    for (let i = 0; i < 5; i++) assert.equal(l.take('k', 5, T0 + 100 + i * 10).ok, true, `request ${i + 1}`)
    refused(l.take('k', 5, T0 + 200))
    refused(l.take('k', 5, T0 + 999))
  })

  it('refused requests are not counted', () => {
    const l = make()
    for (let i = 0; i < 3; i++) l.take('k', 3, T0)
    for (let i = 0; i < 100; i++) refused(l.take('k', 3, T0 + 500))
    // exactly a second after the burst, all three have slid out; the 100 refusals left nothing
    for (let i = 0; i < 3; i++) assert.equal(l.take('k', 3, T0 + WINDOW_MS).ok, true)
    refused(l.take('k', 3, T0 + WINDOW_MS))
  })

  it('slides: a burst leaves the window exactly a second later, across the window boundary', () => {
    const l = make()
    const burst = T0 + 600
    for (let i = 0; i < 10; i++) assert.equal(l.take('k', 10, burst).ok, true)
    // next fixed window, but the burst is still inside the sliding second: a fixed window would reset here
    refused(l.take('k', 10, T0 + WINDOW_MS + 1))
    refused(l.take('k', 10, burst + WINDOW_MS - 1))
    assert.equal(l.take('k', 10, burst + WINDOW_MS).ok, true)
  })

  it('weighs the previous window by the share of it still inside the sliding second', () => {
    const l = make()
    // 10 requests spread evenly over [T0, T0 + 900]
    for (let i = 0; i < 10; i++) assert.equal(l.take('k', 10, T0 + i * 100).ok, true)
    // at T0 + 1450 the five requests after T0 + 450 are still inside the sliding second
    const at = T0 + 1450
    let served = 0
    while (l.take('k', 10, at).ok) served++
    assert.equal(served, 5)
    // once the whole previous window has slid out, only this window's count matters
    let later = 0
    while (l.take('k', 10, T0 + 1900).ok) later++
    assert.equal(served + later, 10)
  })

  it('gives a positive retry hint of at most 1000 ms, after which a request is served', () => {
    for (const [limit, times] of [
      [5, [T0, T0, T0, T0, T0]],
      [5, [T0 + 999, T0 + 999, T0 + 999, T0 + 999, T0 + 999]],
      [3, [T0 + 10, T0 + 500, T0 + 990]],
      [1, [T0 + 1]],
    ] as const) {
      const l = make()
      for (const t of times) assert.equal(l.take('k', limit, t).ok, true)
      const now = (times.at(-1) ?? T0) + 1
      const hint = refused(l.take('k', limit, now))
      assert.ok(hint > 0 && hint <= 1000, `hint ${hint}`)
      if (hint > 1) refused(l.take('k', limit, now + hint - 1))
      assert.equal(l.take('k', limit, now + hint).ok, true, `served after the ${hint} ms hint`)
    }
  })

  it('keeps keys independent', () => {
    const l = make()
    for (let i = 0; i < 2; i++) l.take('a', 2, T0)
    refused(l.take('a', 2, T0))
    assert.equal(l.take('b', 2, T0).ok, true)
    assert.equal(l.take('b', 2, T0).ok, true)
    refused(l.take('b', 2, T0))
    refused(l.take('a', 2, T0))
  })

  it('sweeps idle keys: memory follows active keys, not every key ever seen', () => {
    const l = make()
    for (let i = 0; i < 1000; i++) l.take(`k${i}`, 5, T0 + i)
    assert.equal(l.size, 1000)
    l.take('busy', 5, T0 + 2500)
    assert.equal(l.sweep(T0 + 2500), 1000, 'keys with no window in the last two seconds go')
    assert.equal(l.size, 1)
    assert.equal(l.sweep(T0 + 2600), 0, 'a live key stays')
  })

  it('never tracks more than maxKeys; when full it drops the stalest key, never one that keeps sending', () => {
    const l = make(500)
    // a source over its limit that keeps sending (and being refused), as a flood would
    for (let i = 0; i < 3; i++) assert.equal(l.take('flood', 3, T0).ok, true)
    // and one that used its budget at the same moment, then went quiet
    for (let i = 0; i < 3; i++) assert.equal(l.take('quiet', 3, T0).ok, true)
    // meanwhile 2000 other sources send once each, two a millisecond, and the table fills up
    for (let i = 0; i < 2000; i++) {
      const t = T0 + Math.floor(i / 2)
      if (i % 20 === 0) refused(l.take('flood', 3, t))
      l.take(`src${i}`, 3, t)
      assert.ok(l.size <= 500)
    }
    assert.equal(l.size, 500)
    assert.ok(l.evictedLive >= 1500, 'the one-shot sources were evicted')
    // the flood's state survived the churn: still refused, with a hint from its real history
    const hint = refused(l.take('flood', 3, T0 + 999))
    assert.equal(hint, 1, 'its burst at T0 leaves the sliding second at T0 + 1000')
    // the quiet one was evicted: it starts afresh (forgetting errs towards serving, never refusing)
    assert.equal(l.take('quiet', 3, T0 + 999).ok, true)
  })

  it('groups IPv6 sources by /64 and IPv4-mapped addresses with IPv4', () => {
    assert.equal(addressKey('203.0.113.7'), '203.0.113.7')
    assert.equal(addressKey('::ffff:203.0.113.7'), '203.0.113.7')
    assert.equal(addressKey('2001:db8:1:2::5'), '2001:db8:1:2::/64')
    assert.equal(addressKey('2001:DB8:1:2:aaaa:bbbb:cccc:dddd'), '2001:db8:1:2::/64')
    assert.equal(addressKey('2001:0db8:0001:0002:0:0:0:1'), '2001:db8:1:2::/64')
    assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64')
    assert.equal(addressKey('fe80::1%eth0'), 'fe80:0:0:0::/64')
    assert.equal(addressKey('::1'), '0:0:0:0::/64')
    assert.notEqual(addressKey('2001:db8:1:2::5'), addressKey('2001:db8:1:3::5'))
    assert.equal(addressKey('not:an:address'), 'not:an:address')
  })
})

describe('Dispatcher rate limiting', () => {
  const info = { requestId: 1, connectionId: 1, remoteAddress: '198.51.100.7' }
  const methods = buildMethodTable({ health: { startedAt: Date.now(), version: 'test', isDraining: () => false } })
  const noSessions: SessionResolver = { resolve: () => null }
  const limits = { perIp: 1, perIdentity: 1, authPerIp: 1 }

  it('refuses a limit below 1 request per second', () => {
    const limiter = new InProcessRateLimiter({ sweepIntervalMs: 0 })
    assert.throws(() => new Dispatcher(methods, noSessions, silentLogger(), 1000, { rateLimit: { limiter, limits: { ...limits, perIp: 0 } } }), RangeError)
  })

  it('works with a shared (asynchronous) backend: refusals, passes and backend failures', async () => {
    const keys: string[] = []
    let answer: RateDecision | Error = { ok: true }
    const backend: RateLimiter = {
      take: async (key) => {
        keys.push(key)
        if (answer instanceof Error) throw answer
        return answer
      },
      close: () => {},
    }
    const limited: number[] = []
    const d = new Dispatcher(methods, noSessions, silentLogger(), 1000, { rateLimit: { limiter: backend, limits }, onLimited: (m) => limited.push(m) })
    assert.equal((await d.dispatch(RESOLVE_USER, resolveUser(), info)).status, Status.Unauthorized)
    answer = { ok: false, retryAfterMs: 250 }
    const r = await d.dispatch(RESOLVE_USER, resolveUser(), info)
    assert.equal(r.status, Status.RateLimited)
    assert.equal(qpq.v1.Error.decode(r.payload).retry_after_ms, 250)
    assert.deepEqual(limited, [RESOLVE_USER])
    answer = new Error('backend down')
    assert.equal((await d.dispatch(RESOLVE_USER, resolveUser(), info)).status, Status.Internal)
    assert.equal((await d.dispatch(HEALTH, new Uint8Array(), info)).status, Status.Ok, 'Health never asks the limiter')
    assert.equal((await d.dispatch(OPAQUE_REGISTER_START, new Uint8Array(), info)).status, Status.Internal)
    assert.deepEqual(keys, ['i|198.51.100.7', 'i|198.51.100.7', 'i|198.51.100.7', 'a|198.51.100.7'])
  })

  it('limits nothing without options (existing callers)', async () => {
    const d = new Dispatcher(methods, noSessions, silentLogger(), 1000)
    for (let i = 0; i < 100; i++) assert.equal((await d.dispatch(RESOLVE_USER, resolveUser(), info)).status, Status.Unauthorized)
  })
})

// ── over QUIC ────────────────────────────────────────────────────────────────────────────────

const ALICE = Buffer.from('alice-token')
const BOB = Buffer.from('bob-token')
const sessions: SessionResolver = {
  resolve: (token) => {
    if (Buffer.from(token).equals(ALICE)) return { accountId: 1, username: 'alice', identityKey: Buffer.alloc(32, 1), deviceId: null }
    if (Buffer.from(token).equals(BOB)) return { accountId: 2, username: 'bob', identityKey: Buffer.alloc(32, 2), deviceId: null }
    return null
  },
}

interface LimitedServer {
  limited: number[]
  client(): Promise<QpqClient>
  close(): Promise<void>
}

/** The harness's server with a rate-limited dispatcher (the harness takes no dispatcher options). */
async function startLimited(limits: RateLimits, limiter: RateLimiter): Promise<LimitedServer> {
  const { keyDer, certDer } = selfSigned('localhost', ['localhost', '127.0.0.1'], 1)
  const limited: number[] = []
  let server: RpcServer | null = null
  const methods = buildMethodTable({ health: { startedAt: Date.now(), version: 'test', isDraining: () => server?.isDraining ?? false } })
  const dispatcher = new Dispatcher(methods, sessions, silentLogger(), 30_000, {
    rateLimit: { limiter, limits },
    onLimited: (methodId) => limited.push(methodId),
  })
  server = new RpcServer({
    ...DEFAULT_RPC_LIMITS,
    quic: {
      ...DEFAULT_SERVER_LIMITS,
      host: '127.0.0.1', port: 0,
      transport: DEFAULT_TRANSPORT,
      tls: { certPem: toPem(certDer, 'CERTIFICATE'), keyPem: toPem(keyDer, 'PRIVATE KEY'), caPem: null },
      secret: randomBytes(32),
    },
  }, dispatcher, silentLogger())
  const { port } = await server.start()
  const running = server
  const clients: QpqClient[] = []
  return {
    limited,
    async client() {
      const c = await QpqClient.connect({ server: `127.0.0.1:${port}`, caCert: certDer })
      clients.push(c)
      return c
    },
    async close() {
      for (const c of clients) c.close()
      await running.drain(1_000)
      limiter.close()
    },
  }
}

function errorOf(r: { status: number; payload: Uint8Array }): qpq.v1.Error {
  assert.equal(r.status, Status.RateLimited, `status ${r.status}, expected 5`)
  return qpq.v1.Error.decode(r.payload)
}

describe('rate limiting over QUIC, per address (frozen clock)', () => {
  let s: LimitedServer
  let now = 50_000_000
  before(async () => {
    s = await startLimited({ perIp: 5, perIdentity: 1000, authPerIp: 2 }, new InProcessRateLimiter({ clock: () => now }))
  })
  after(async () => { await s.close() })

  it('serves 5 calls from an address, answers the 6th with 5 and a retry hint; Health is never limited', async () => {
    const c = await s.client()
    for (let i = 0; i < 5; i++) {
      const r = await c.call(RESOLVE_USER, resolveUser())
      assert.equal(r.status, Status.Unauthorized, `call ${i + 1} runs (no session: 2)`)
    }
    const e = errorOf(await c.call(RESOLVE_USER, resolveUser()))
    assert.ok(e.retry_after_ms > 0 && e.retry_after_ms <= 1000, `retry_after_ms ${e.retry_after_ms}`)
    assert.match(e.message, /rate limit/)
    // a second connection from the same address shares the budget
    const c2 = await s.client()
    errorOf(await c2.call(RESOLVE_USER, resolveUser(ALICE)))
    for (let i = 0; i < 50; i++) assert.equal((await c.call(HEALTH, new Uint8Array())).status, Status.Ok)
    assert.deepEqual(s.limited, [RESOLVE_USER, RESOLVE_USER])
    // once the hinted time has passed, calls are served again
    now += e.retry_after_ms
    assert.equal((await c.call(RESOLVE_USER, resolveUser())).status, Status.Unauthorized)
  })

  it('limits registration and login per address at the stricter auth rate, on a budget of their own', async () => {
    now += 10 * WINDOW_MS
    const c = await s.client()
    for (let i = 0; i < 2; i++) assert.notEqual((await c.call(OPAQUE_REGISTER_START, new Uint8Array())).status, Status.RateLimited)
    const e = errorOf(await c.call(OPAQUE_REGISTER_START, new Uint8Array()))
    assert.ok(e.retry_after_ms > 0 && e.retry_after_ms <= 1000)
    // the other methods' budget is untouched
    assert.equal((await c.call(RESOLVE_USER, resolveUser())).status, Status.Unauthorized)
  })

  it('refuses before decoding: undecodable floods are limited too', async () => {
    now += 10 * WINDOW_MS
    const c = await s.client()
    const garbage = Buffer.from([0xff, 0xff, 0xff])
    for (let i = 0; i < 5; i++) assert.equal((await c.call(RESOLVE_USER, garbage)).status, Status.BadRequest)
    errorOf(await c.call(RESOLVE_USER, garbage))
  })
})

describe('rate limiting over QUIC, per account (frozen clock)', () => {
  let s: LimitedServer
  const now = 70_000_000
  before(async () => {
    s = await startLimited({ perIp: 1000, perIdentity: 3, authPerIp: 1000 }, new InProcessRateLimiter({ clock: () => now }))
  })
  after(async () => { await s.close() })

  it('limits each account on its own, behind one address', async () => {
    const c = await s.client()
    for (let i = 0; i < 3; i++) assert.equal((await c.call(RESOLVE_USER, resolveUser(ALICE))).status, Status.Unavailable, 'runs (not built yet: 9)')
    const e = errorOf(await c.call(RESOLVE_USER, resolveUser(ALICE)))
    assert.match(e.message, /account/)
    assert.ok(e.retry_after_ms > 0 && e.retry_after_ms <= 1000)
    // bob, on the same address and connection, has his own budget
    for (let i = 0; i < 3; i++) assert.equal((await c.call(RESOLVE_USER, resolveUser(BOB))).status, Status.Unavailable)
    errorOf(await c.call(RESOLVE_USER, resolveUser(BOB)))
    // calls without a session are not counted against any account
    for (let i = 0; i < 10; i++) assert.equal((await c.call(RESOLVE_USER, resolveUser())).status, Status.Unauthorized)
  })
})

describe('rate limiting over QUIC, real clock', () => {
  let s: LimitedServer
  before(async () => {
    s = await startLimited({ perIp: 5, perIdentity: 50, authPerIp: 10 }, new InProcessRateLimiter())
  })
  after(async () => { await s.close() })

  it('serves again after the hinted wait', async () => {
    const c = await s.client()
    // keep calling until refused: the first refusal comes after 5 calls inside a second
    let hint = 0
    const started = performance.now()
    for (let i = 0; i < 100 && hint === 0; i++) {
      const r = await c.call(RESOLVE_USER, resolveUser())
      if (r.status === Status.RateLimited) hint = qpq.v1.Error.decode(r.payload).retry_after_ms
      else assert.equal(r.status, Status.Unauthorized)
    }
    assert.ok(hint > 0 && hint <= 1000, `hint ${hint} (after ${Math.round(performance.now() - started)} ms)`)
    await new Promise((r) => setTimeout(r, hint))
    assert.equal((await c.call(RESOLVE_USER, resolveUser())).status, Status.Unauthorized)
  })
})
