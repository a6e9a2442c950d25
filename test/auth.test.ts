// Accounts and sessions through the real daemon: OPAQUE registration and login on the crypto
// pool, session tokens (connection binding and field 15), and refusals that reveal nothing.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { QpqError, Status } from '../client/errors.js'
import { qpq } from '../proto/qpq.js'
import { randomBytes } from 'node:crypto'
import { AccountStore } from '../daemon/services/auth/store.js'
import { SESSION_CACHE_MAX, SessionService } from '../daemon/services/auth/sessions.js'
import { collectingLogger } from './helpers/log-lines.js'
import { startTestNode, type TestNode, newIdentityKey, tempStorage } from './helpers/node.js'
import { isStatus } from './helpers/status.js'

const identity = newIdentityKey

describe('accounts and sessions', () => {
  let t: TestNode
  const alice = { name: 'alice', password: 'correct horse battery staple', key: identity() }
  before(async () => {
    t = await startTestNode()
    const c = await t.client()
    await c.register(alice.name, alice.password, alice.key)
  })
  after(async () => { await t.stop() })

  it('logs in with the password and gets a 32-byte session that authenticates later calls', async () => {
    const c = await t.client()
    const token = await c.login('Alice', alice.password, alice.key) // usernames are normalised
    assert.equal(token.length, 32)
    // a method that needs a session now passes the check
    assert.deepEqual((await c.request('ResolveUser', { username: 'alice' })).identity_key, alice.key)
    // the same token works on a new connection through field 15
    const other = await t.client()
    other.sessionToken = token
    assert.deepEqual((await other.request('ResolveUser', { username: 'alice' })).identity_key, alice.key)
    other.sessionToken = Buffer.alloc(32)
    await assert.rejects(other.request('ResolveUser', { username: 'alice' }), isStatus(Status.Unauthorized))
    // on the connection the login bound, Auth in field 15 still wins: its own token (a copy, not
    // the bound object) is what counts, and another token is refused
    c.sessionToken = Buffer.from(token)
    assert.deepEqual((await c.request('ResolveUser', { username: 'alice' })).identity_key, alice.key)
    c.sessionToken = Buffer.alloc(32, 1)
    await assert.rejects(c.request('ResolveUser', { username: 'alice' }), isStatus(Status.Unauthorized))
  })

  it('refuses a wrong password and an unknown user the same way', async () => {
    const c = await t.client()
    const wrong = await c.login(alice.name, 'wrong password', alice.key).catch((e: unknown) => e)
    const unknown = await c.login('nobody', 'whatever', alice.key).catch((e: unknown) => e)
    assert.ok(wrong instanceof QpqError && unknown instanceof QpqError)
    assert.equal(wrong.status, Status.Unauthorized)
    assert.equal(unknown.status, Status.Unauthorized)
    assert.equal(wrong.message, unknown.message)
  })

  it('refuses the right password with another identity key', async () => {
    const c = await t.client()
    await assert.rejects(c.login(alice.name, alice.password, identity()), isStatus(Status.Unauthorized))
  })

  it('refuses a login finish without a start, and a replayed finish', async () => {
    const c = await t.client()
    const finishOnly = qpq.v1.OpaqueLoginFinishRequest.encode({ username: alice.name, finalization: new Uint8Array(64), identity_key: alice.key }).finish()
    assert.equal((await c.call(103, finishOnly)).status, Status.Unauthorized)
    // capture a real finish and send it twice
    const opaque = await import('../client/opaque.js')
    const { TEST_STRETCHING } = await import('./helpers/node.js')
    const start = await opaque.startLogin(alice.password)
    const { response } = await c.request('OpaqueLoginStart', { username: alice.name, request: start.request })
    const finalization = opaque.finishLogin(start.state, response, alice.password, TEST_STRETCHING) as Uint8Array
    const finish = qpq.v1.OpaqueLoginFinishRequest.encode({ username: alice.name, finalization, identity_key: alice.key }).finish()
    assert.equal((await c.call(103, finish)).status, Status.Ok)
    assert.equal((await c.call(103, finish)).status, Status.Unauthorized)
  })

  it('answers success false for a taken username or identity key', async () => {
    const c = await t.client()
    await assert.rejects(c.register(alice.name, 'another password', identity()), /already registered/)
    await assert.rejects(c.register('alice2', 'another password', alice.key), /already registered/)
  })

  it('refuses malformed usernames, identity keys and uploads with 1', async () => {
    const c = await t.client()
    await assert.rejects(c.register('a', 'pw', identity()), isStatus(Status.BadRequest))
    await assert.rejects(c.register('bad name!', 'pw', identity()), isStatus(Status.BadRequest))
    await assert.rejects(c.register('bob', 'pw', new Uint8Array(31)), isStatus(Status.BadRequest))
    const badUpload = qpq.v1.OpaqueRegisterFinishRequest.encode({ username: 'bob', upload: new Uint8Array(10), identity_key: identity() }).finish()
    assert.equal((await c.call(101, badUpload)).status, Status.BadRequest)
    const garbageStart = qpq.v1.OpaqueLoginStartRequest.encode({ username: 'bob', request: new Uint8Array(5) }).finish()
    assert.equal((await c.call(102, garbageStart)).status, Status.BadRequest)
  })

  it('refuses calls with no token, a garbage token or an ended session', async () => {
    const c = await t.client()
    await assert.rejects(c.request('ListDevices', {}), isStatus(Status.Unauthorized))
    await assert.rejects(c.request('ListDevices', { auth: { access_token: Buffer.alloc(32, 7) } }), isStatus(Status.Unauthorized))
    const raw = await c.call(701, qpq.v1.ListDevicesRequest.encode({ auth: { access_token: Buffer.from('short') } }).finish())
    assert.equal(raw.status, Status.Unauthorized)
  })
})

/**
 * Random bytes that are surely not an OPAQUE message: a Ristretto255 element (RFC 9496) whose
 * encoding is "negative" (odd first byte) is refused by every decoder, wherever one is expected.
 */
function garbage(n: number): Buffer {
  const b = randomBytes(n)
  if (n > 0) b[0] = (b[0] as number) | 1
  return b
}

describe('garbage OPAQUE messages', () => {
  let t: TestNode
  const { log, lines } = collectingLogger('debug')
  const carol = { name: 'carol', password: 'carol password', key: identity() }
  before(async () => {
    t = await startTestNode({}, undefined, log)
    await (await t.client()).register(carol.name, carol.password, carol.key)
  })
  after(async () => { await t.stop() })

  const refused = async (methodId: number, payload: Uint8Array): Promise<string> => {
    const r = await (await t.client()).call(methodId, payload)
    assert.equal(r.status, Status.BadRequest, `method ${methodId} answered ${r.status}`)
    return qpq.v1.Error.decode(r.payload).message
  }

  it('as the request of OpaqueRegisterStart (100): 1', async () => {
    for (const n of [32, 96, 5, 0]) {
      assert.match(await refused(100, qpq.v1.OpaqueRegisterStartRequest.encode({ username: 'dave', request: garbage(n) }).finish()), /not an OPAQUE registration request/)
    }
  })

  it('as the upload of OpaqueRegisterFinish (101): 1, and no account is created', async () => {
    const key = identity()
    const opaque = await import('../client/opaque.js')
    const started = await t.client()
    await started.request('OpaqueRegisterStart', { username: 'dave', request: (await opaque.startRegistration('dave password')).request })
    const r = await started.call(101, qpq.v1.OpaqueRegisterFinishRequest.encode({ username: 'dave', upload: garbage(192), identity_key: key }).finish())
    assert.equal(r.status, Status.BadRequest)
    assert.match(qpq.v1.Error.decode(r.payload).message, /not an OPAQUE registration record/)
    const c = await t.client()
    await c.register('dave', 'dave password', key)
    assert.equal((await c.login('dave', 'dave password', key)).length, 32, 'the name and key were still free')
  })

  it('without its OpaqueRegisterStart on the same connection: 1, so nobody can squat a name with a made-up record', async () => {
    const opaque = await import('../client/opaque.js')
    const elsewhere = await t.client()
    await elsewhere.request('OpaqueRegisterStart', { username: 'erin', request: (await opaque.startRegistration('erin password')).request })
    for (const upload of [Buffer.alloc(192), garbage(192)]) {
      assert.match(await refused(101, qpq.v1.OpaqueRegisterFinishRequest.encode({ username: 'erin', upload, identity_key: identity() }).finish()), /no registration of erin was started on this connection/)
    }
    const key = identity()
    const c = await t.client()
    await c.register('erin', 'erin password', key)
    assert.equal((await c.login('erin', 'erin password', key)).length, 32, 'the name was still free')
  })

  it('as the request of OpaqueLoginStart (102): 1, the same for an account and for nobody', async () => {
    const known = await refused(102, qpq.v1.OpaqueLoginStartRequest.encode({ username: carol.name, request: garbage(96) }).finish())
    const unknown = await refused(102, qpq.v1.OpaqueLoginStartRequest.encode({ username: 'nobody', request: garbage(96) }).finish())
    assert.equal(known, unknown)
    assert.match(known, /not an OPAQUE login request/)
  })

  it('as the finalization of OpaqueLoginFinish (103), after a real start: 1', async () => {
    const opaque = await import('../client/opaque.js')
    const c = await t.client()
    const start = await opaque.startLogin(carol.password)
    await c.request('OpaqueLoginStart', { username: carol.name, request: start.request })
    const r = await c.call(103, qpq.v1.OpaqueLoginFinishRequest.encode({ username: carol.name, finalization: garbage(40), identity_key: carol.key }).finish())
    assert.equal(r.status, Status.BadRequest)
    assert.match(qpq.v1.Error.decode(r.payload).message, /not an OPAQUE login finalization/)
  })

  it('are logged without a stack trace (a client error, not a server fault)', () => {
    const refusals = lines.filter((l) => typeof l.msg === 'string' && /^OpaqueLogin|^OpaqueRegister/.test(l.msg))
    assert.ok(refusals.length > 0, 'the refusals are logged at debug')
    for (const l of lines) {
      assert.ok(!JSON.stringify(l).includes('"stack"'), `a stack trace was logged: ${JSON.stringify(l).slice(0, 300)}`)
      assert.notEqual(l.level, 'error', `logged as an error: ${String(l.msg)}`)
    }
  })
})

describe('session tokens', () => {
  it('expire after their lifetime and can be ended', async () => {
    const { AccountStore } = await import('../daemon/services/auth/store.js')
    const { SessionService } = await import('../daemon/services/auth/sessions.js')
    const storage = tempStorage()
    try {
      const store = new AccountStore(storage.db)
      assert.ok(store.createAccount('carol', Buffer.alloc(32, 3), Buffer.alloc(192), 0))
      let now = 1_000_000
      const sessions = new SessionService(store, 60_000, () => now)
      const id = (store.account('carol') as { id: number }).id
      const token = sessions.create(id, null)
      assert.equal(sessions.resolve(token, null)?.username, 'carol')
      const count = (sql: string, ...args: unknown[]): number => (storage.db.prepare(sql).get(...args) as { n: number }).n
      assert.equal(count('SELECT count(*) AS n FROM sessions'), 1)
      assert.equal(count('SELECT count(*) AS n FROM sessions WHERE token_hash = ?', token), 0, 'the token itself is never stored')
      now += 60_001
      assert.equal(sessions.resolve(token, null), null, 'expired')
      const again = sessions.create(id, null)
      sessions.end(again)
      assert.equal(sessions.resolve(again, null), null, 'ended')
    } finally {
      storage.close()
    }
  })
})

describe('accounts across a restart', () => {
  it('keeps the OPAQUE server setup: old accounts still log in', async () => {
    const bob = { name: 'bob', password: 'pw for bob', key: identity() }
    const first = await startTestNode()
    await (await first.client()).register(bob.name, bob.password, bob.key)
    await first.stop()
    const second = await startTestNode({}, first.dataDir)
    try {
      const token = await (await second.client()).login(bob.name, bob.password, bob.key)
      assert.equal(token.length, 32)
    } finally {
      await second.stop()
    }
  })
})

describe('the session cache', () => {
  it(`holds at most ${SESSION_CACHE_MAX} sessions: past it the oldest go, and still resolve from the database; an ended one never does`, () => {
    const storage = tempStorage()
    try {
      const store = new AccountStore(storage.db)
      let reads = 0
      const read = store.session.bind(store)
      store.session = (h) => { reads++; return read(h) }
      const sessions = new SessionService(store, 3_600_000)
      const key = identity()
      store.createAccount('carol', key, Buffer.alloc(192), Date.now())
      const id = (store.account('carol') as { id: number }).id
      const n = SESSION_CACHE_MAX + 50
      const tokens = storage.db.transaction(() => Array.from({ length: n }, () => sessions.create(id, null)))()
      for (const tk of tokens) assert.equal(sessions.resolve(tk, null)?.username, 'carol')
      assert.equal(reads, n, 'each read once from the database')
      // the newest are cached, the oldest 50 were let go
      for (const tk of tokens.slice(-SESSION_CACHE_MAX)) sessions.resolve(tk, null)
      assert.equal(reads, n, 'the newest resolve from the cache')
      assert.equal(sessions.resolve(tokens[0] as Buffer, null)?.username, 'carol', 'an evicted session still resolves')
      assert.equal(reads, n + 1, '…from the database')
      // ending a session takes it out of the cache and the database alike
      sessions.end(tokens[1] as Buffer)
      sessions.end(tokens[n - 1] as Buffer)
      assert.equal(sessions.resolve(tokens[1] as Buffer, null), null)
      assert.equal(sessions.resolve(tokens[n - 1] as Buffer, null), null)
    } finally {
      storage.close()
    }
  })
})
