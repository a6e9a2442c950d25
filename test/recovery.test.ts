// Recovery bundles (750–752) through the real daemon: opaque bundles stored per account under
// SHA-256(recovery token), their size and count limits, a fetch that needs a fresh login, and
// accounts that cannot read or delete each other's bundles.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import type { Encoder } from '../protocol/codec.js'
import { METHOD_BY_NAME, type MethodName } from '../proto/methods.js'
import { qpq } from '../proto/qpq.js'
import { startTestNode, type TestNode, newIdentityKey, type TestUser } from './helpers/node.js'
import { isStatus } from './helpers/status.js'

const identity = newIdentityKey
const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()
const KiB = 1024

/** A recovery code's token and the bundle encrypted with it (random bytes: opaque to the server). */
const code = (size = 200): { token: Buffer; hash: Buffer; bundle: Buffer } => {
  const token = randomBytes(32)
  return { token, hash: sha256(token), bundle: randomBytes(size) }
}

async function bareStatus(c: QpqClient, name: MethodName, message: Record<string, unknown>): Promise<number> {
  const codec = (qpq.v1 as unknown as Record<string, Encoder<unknown>>)[`${name}Request`] as Encoder<unknown>
  return (await c.call((METHOD_BY_NAME.get(name) as { id: number }).id, codec.encode(message).finish())).status
}

type User = TestUser

describe('recovery bundles', () => {
  let t: TestNode
  const alice: User = { name: 'alice', password: 'alice password', key: identity() }
  const bob: User = { name: 'bob', password: 'bob password', key: identity() }
  const store = async (c: QpqClient, b: { hash: Buffer; bundle: Buffer }): Promise<number> => {
    const r = await c.request('StoreRecoveryBundle', { token_hash: b.hash, bundle: b.bundle })
    assert.equal(r.success, true)
    return r.bundle_count
  }
  const fetch = async (c: QpqClient, token: Uint8Array): Promise<Buffer> => Buffer.from((await c.request('FetchRecoveryBundle', { recovery_token: token })).bundle)
  const clear = async (c: QpqClient): Promise<number> => (await c.request('DeleteRecoveryBundle', {})).deleted
  before(async () => {
    t = await startTestNode()
    const c = await t.client()
    await c.register(alice.name, alice.password, alice.key)
    await c.register(bob.name, bob.password, bob.key)
  })
  after(async () => { await t.stop() })

  it('stores bundles under the token\'s hash and fetches them with the token', async () => {
    const c = await t.session(alice)
    const one = code()
    const two = code()
    assert.equal(await store(c, one), 1)
    assert.equal(await store(c, two), 2)
    assert.deepEqual(await fetch(c, one.token), one.bundle)
    assert.deepEqual(await fetch(c, two.token), two.bundle)
    // storing under the same hash replaces the bundle
    const replaced = randomBytes(300)
    assert.equal(await store(c, { hash: one.hash, bundle: replaced }), 2)
    assert.deepEqual(await fetch(c, one.token), replaced)
    // no bundle under a token: empty, not an error
    assert.equal((await fetch(c, randomBytes(32))).length, 0)
    // the server keeps the hash, never the token
    const db = t.node.storage.db
    assert.equal((db.prepare('SELECT count(*) AS n FROM recovery_bundles WHERE token_hash = ?').get(one.hash) as { n: number }).n, 1)
    assert.equal((db.prepare('SELECT count(*) AS n FROM recovery_bundles WHERE instr(token_hash, ?) > 0 OR instr(bundle, ?) > 0').get(one.token, one.token) as { n: number }).n, 0)
    // delete one, then all
    assert.equal((await c.request('DeleteRecoveryBundle', { token_hash: two.hash })).deleted, 1)
    assert.equal((await c.request('DeleteRecoveryBundle', { token_hash: two.hash })).deleted, 0)
    assert.equal((await fetch(c, two.token)).length, 0)
    assert.equal(await clear(c), 1)
    assert.equal((await fetch(c, one.token)).length, 0)
  })

  it('refuses a bundle over 64 KiB, an empty one and malformed hashes and tokens with 1', async () => {
    const c = await t.session(alice)
    const max = code(64 * KiB)
    assert.equal(await store(c, max), 1)
    assert.deepEqual(await fetch(c, max.token), max.bundle)
    const big = code(64 * KiB + 1)
    await assert.rejects(c.request('StoreRecoveryBundle', { token_hash: big.hash, bundle: big.bundle }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('StoreRecoveryBundle', { token_hash: big.hash, bundle: new Uint8Array() }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('StoreRecoveryBundle', { token_hash: randomBytes(31), bundle: randomBytes(10) }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('FetchRecoveryBundle', { recovery_token: randomBytes(15) }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('FetchRecoveryBundle', { recovery_token: randomBytes(65) }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('DeleteRecoveryBundle', { token_hash: randomBytes(33) }), isStatus(Status.BadRequest))
    assert.equal(await clear(c), 1, 'the refused bundles were not stored')
  })

  it('holds at most 8 bundles per account: the 9th is refused with 3, replacing one still works', async () => {
    const c = await t.session(alice)
    const codes = Array.from({ length: 8 }, () => code())
    for (const [i, b] of codes.entries()) assert.equal(await store(c, b), i + 1)
    const ninth = code()
    const refused = await c.request('StoreRecoveryBundle', { token_hash: ninth.hash, bundle: ninth.bundle }).catch((e: unknown) => e)
    assert.ok(isStatus(Status.Forbidden)(refused))
    assert.match((refused as Error).message, /8 recovery bundles/)
    assert.equal((await fetch(c, ninth.token)).length, 0)
    const first = codes[0] as ReturnType<typeof code>
    assert.equal(await store(c, { hash: first.hash, bundle: randomBytes(10) }), 8)
    // the limit is per account: bob is not affected by alice's eight
    const b = await t.session(bob)
    assert.equal(await store(b, ninth), 1)
    assert.equal(await clear(b), 1)
    assert.equal(await clear(c), 8)
  })

  it('fetches only with a fresh login (OPAQUE re-authentication): an older session gets 3', async () => {
    const fresh = await t.session(alice)
    const b = code()
    await store(fresh, b)
    // a session whose login is 6 minutes old, used (Auth field 15) on a connection without a login
    const token = randomBytes(32)
    const accountId = (t.node.storage.db.prepare('SELECT id FROM users WHERE username = ?').get(alice.name) as { id: number }).id
    t.node.storage.db.prepare('INSERT INTO sessions (token_hash, user_id, device_id, created_at, expires_at) VALUES (?, ?, NULL, ?, ?)')
      .run(sha256(token), accountId, Date.now() - 6 * 60_000, Date.now() + 3_600_000)
    const stale = await t.client()
    stale.sessionToken = token
    stale.identityKey = alice.key
    const refused = await stale.request('FetchRecoveryBundle', { recovery_token: b.token }).catch((e: unknown) => e)
    assert.ok(isStatus(Status.Forbidden)(refused))
    assert.match((refused as Error).message, /fresh login/)
    // the stale session is otherwise valid: storing and deleting need no fresh login
    assert.equal(await store(stale, code()), 2)
    // logging in again is the re-authentication
    await stale.login(alice.name, alice.password, alice.key)
    assert.deepEqual(await fetch(stale, b.token), b.bundle)
    assert.equal(await clear(fresh), 2)
  })

  it('keeps accounts apart: another account\'s bundle is answered like one that does not exist', async () => {
    const a = await t.session(alice)
    const b = await t.session(bob)
    const secret = code()
    await store(a, secret)
    assert.equal((await fetch(b, secret.token)).length, 0, 'bob cannot read it even with the token')
    assert.equal((await b.request('DeleteRecoveryBundle', { token_hash: secret.hash })).deleted, 0)
    assert.equal(await clear(b), 0, 'deleting all of bob\'s deletes none of alice\'s')
    // bob storing under the same hash stores bob's own bundle; alice's stays hers
    assert.equal(await store(b, { hash: secret.hash, bundle: randomBytes(10) }), 1)
    assert.deepEqual(await fetch(a, secret.token), secret.bundle)
    assert.equal(await clear(b), 1)
    assert.equal(await clear(a), 1)
  })

  it('answers 2 to every recovery method without a session', async () => {
    const c = await t.client()
    const b = code()
    for (const [name, message] of [
      ['StoreRecoveryBundle', { token_hash: b.hash, bundle: b.bundle }],
      ['FetchRecoveryBundle', { recovery_token: b.token }],
      ['DeleteRecoveryBundle', {}],
    ] as const) {
      assert.equal(await bareStatus(c, name, message), Status.Unauthorized, name)
      assert.equal(await bareStatus(c, name, { ...message, auth: { access_token: randomBytes(32) } }), Status.Unauthorized, name)
    }
  })
})
