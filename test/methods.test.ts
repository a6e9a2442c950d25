// The method table: every one of the protocol's 49 ids (and our extensions 401, 530, 803, 850–856) is known (never 11),
// methods not built yet answer 9, the federation methods answer 3 on the client port, the mesh's answer 9 while the mesh
// is off, and the session check happens once, in the dispatcher, before any handler.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Status } from '../protocol/errors.js'
import { METHODS } from '../proto/methods.js'
import { qpq } from '../proto/qpq.js'
import type { MessageCodec } from '../protocol/codec.js'
import { startHarness, type Harness } from './helpers/rpc-harness.js'
import { QpqError } from '../client/errors.js'
import { newUser, startTestNode } from './helpers/node.js'

const GOOD = Buffer.from('a-valid-session-token')
const codec = (name: string): MessageCodec<Record<string, unknown>> =>
  (qpq.v1 as unknown as Record<string, MessageCodec<Record<string, unknown>>>)[name] as MessageCodec<Record<string, unknown>>

describe('method table', () => {
  let h: Harness
  before(async () => {
    h = await startHarness({
      sessions: { resolve: (token) => (Buffer.from(token).equals(GOOD) ? { accountId: 1, username: 'alice', identityKey: Buffer.alloc(32, 1), deviceId: null } : null) },
    })
  })
  after(async () => { await h.close() })

  it('has request and response messages for the 49 methods of the spec and our extensions (SendTyping 401, FetchPeerTreeHeads 530, ConfigurePushes 803, the mesh\'s 850–856)', () => {
    assert.equal(METHODS.length, 59)
    assert.equal(new Set(METHODS.map((m) => m.id)).size, 59)
    for (const m of METHODS) {
      assert.ok(codec(`${m.name}Request`), `qpq.v1.${m.name}Request`)
      assert.ok(codec(`${m.name}Response`), `qpq.v1.${m.name}Response`)
    }
  })

  it('knows every id: never 11; a method that needs a session answers 2 without one', async () => {
    const c = await h.client()
    for (const m of METHODS) {
      const r = await c.call(m.id, new Uint8Array())
      assert.notEqual(r.status, Status.UnknownMethod, m.name)
      if (m.auth) assert.equal(r.status, Status.Unauthorized, `${m.name} without a session`)
    }
  })

  it('answers 2 for a garbage token in Auth (field 15), and checks a good one before the handler', async () => {
    const c = await h.client()
    for (const m of METHODS.filter((x) => x.auth)) {
      const req = codec(`${m.name}Request`)
      const bad = await c.call(m.id, req.encode({ auth: { access_token: Buffer.from('garbage') } }).finish())
      assert.equal(bad.status, Status.Unauthorized, `${m.name} with a garbage token`)
      const good = await c.call(m.id, req.encode({ auth: { access_token: GOOD } }).finish())
      assert.notEqual(good.status, Status.Unauthorized, `${m.name} with a valid token`)
      assert.notEqual(good.status, Status.UnknownMethod)
    }
  })

  it('the client calls every method by name with typed messages and typed errors', async () => {
    const c = await h.client()
    const health = await c.request('Health', {})
    assert.equal(health.status, 'ok')
    await assert.rejects(c.request('ResolveUser', { username: 'bob' }), (e: unknown) => e instanceof QpqError && e.status === Status.Unauthorized)
    await assert.rejects(c.request('ResolveUser', { username: 'bob', auth: { access_token: GOOD } }), (e: unknown) => e instanceof QpqError && e.status === Status.Unavailable)
    // @ts-expect-error: the request type is checked against the method's message
    await c.request('Health', { no_such_field: 1 }).catch(() => {})
  })

  it('answers 9 with a reason for methods not built yet', async () => {
    const c = await h.client()
    const r = await c.call(950, qpq.v1.DeleteAccountRequest.encode({ auth: { access_token: GOOD } }).finish())
    assert.equal(r.status, Status.Unavailable)
    assert.match(qpq.v1.Error.decode(r.payload).message, /DeleteAccount is not available/)
  })
})

const MESH = (id: number): boolean => id >= 850 && id <= 856

describe('the daemon serves the whole protocol', () => {
  it('answers every method but federation (900–905, and 530 without federation) and the mesh (850–856 with the mesh off) with its own service: never 9, never 10, never 11', async () => {
    const t = await startTestNode()
    try {
      const u = newUser('walker')
      await t.register(u)
      const c = await t.session(u)
      // peers call 900–905 on the federation listener only
      for (const m of METHODS.filter((x) => x.id >= 900 && x.id <= 905)) {
        const r = await c.call(m.id, codec(`${m.name}Request`).encode({}).finish())
        assert.equal(r.status, Status.Forbidden, `${m.id} ${m.name} on the client port`)
        assert.match(qpq.v1.Error.decode(r.payload).message, /federation listener/)
      }
      const heads = await c.call(530, codec('FetchPeerTreeHeadsRequest').encode({ domain: 'b.example', auth: { access_token: c.sessionToken } }).finish())
      assert.equal(heads.status, Status.Unavailable)
      assert.match(qpq.v1.Error.decode(heads.payload).message, /federation is not enabled/)
      for (const m of METHODS.filter((x) => MESH(x.id))) {
        const r = await c.call(m.id, codec(`${m.name}Request`).encode(m.auth ? { auth: { access_token: c.sessionToken } } : {}).finish())
        assert.equal(r.status, Status.Unavailable, `${m.id} ${m.name} with the mesh off`)
        assert.match(qpq.v1.Error.decode(r.payload).message, /the LAN mesh is not enabled on this server/)
      }
      for (const m of METHODS.filter((x) => (x.id < 900 || x.id > 905) && x.id !== 530 && !MESH(x.id))) {
        // an empty request (but a valid username where there is one, so the call goes past it):
        // the service answers (mostly 1, bad request) — what matters is that it is there
        const request = { username: 'somebody', ...(m.auth ? { auth: { access_token: c.sessionToken } } : {}) }
        const r = await c.call(m.id, codec(`${m.name}Request`).encode(request).finish())
        assert.notEqual(r.status, Status.Unavailable, `${m.id} ${m.name} is not served`)
        assert.notEqual(r.status, Status.UnknownMethod, `${m.id} ${m.name}`)
        // an empty request is the client's error, never a fault of the server
        assert.notEqual(r.status, Status.Internal, `${m.id} ${m.name} answered 10 to an empty request`)
      }
    } finally {
      await t.stop()
    }
  })
})

describe('the daemon with the mesh on', () => {
  it('serves 850–856: never 9, never 10, never 11 (mDNS off, the mesh on loopback)', async () => {
    const t = await startTestNode({ mesh_enabled: 'true', mesh_mdns: 'false', mesh_listen: '127.0.0.1:0' })
    try {
      const u = newUser('meshwalker')
      await t.register(u)
      const c = await t.session(u)
      for (const m of METHODS.filter((x) => MESH(x.id))) {
        const r = await c.call(m.id, codec(`${m.name}Request`).encode(m.auth ? { auth: { access_token: c.sessionToken } } : {}).finish())
        assert.ok(![Status.Unavailable, Status.UnknownMethod, Status.Internal].includes(r.status as 9 | 10 | 11), `${m.id} ${m.name} answered ${r.status}`)
      }
    } finally {
      await t.stop()
    }
  })
})

describe('method reference', () => {
  it('docs/methods.md is generated from the method table and up to date (npm run docs:methods)', async () => {
    const { readFileSync } = await import('node:fs')
    const { methodsDoc } = await import('../scripts/methods-doc.js')
    assert.equal(readFileSync(new URL('../docs/methods.md', import.meta.url), 'utf8'), methodsDoc())
  })
})
