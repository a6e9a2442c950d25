// User resolution (500, 501) through the real daemon, verified by the client against the key
// transparency log: username → key, key → profile, unknowns answered empty, revocation shown,
// bad input refused, and a server that hands out a key it never logged is caught.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Status } from '../client/errors.js'
import { KtVerificationError } from '../client/api/kt.js'
import { startTestNode, type TestNode, newIdentityKey, loggedInUser as user, type LoggedInUser } from './helpers/node.js'
import { isStatus } from './helpers/status.js'



describe('users', () => {
  let t: TestNode
  let alice: LoggedInUser, bob: LoggedInUser
  before(async () => {
    t = await startTestNode()
    alice = await user(t, 'alice')
    bob = await user(t, 'bob')
  })
  after(async () => { await t.stop() })

  it('resolves a username to its logged key, and a key to its profile', async () => {
    assert.deepEqual(Buffer.from(await alice.client.users.resolve('bob') ?? []), bob.key)
    const p = await alice.client.users.profile(bob.key)
    assert.equal(p?.username, 'bob')
    assert.equal(p?.revoked, false)
    assert.ok((p?.registeredAt ?? 0) > 0)
    assert.ok(alice.client.kt.head !== null, 'the answers were verified under a signed head')
  })

  it('answers unknown names and keys empty, with a verified head', async () => {
    assert.equal(await alice.client.users.resolve('nobody'), null)
    assert.equal(await alice.client.users.profile(newIdentityKey()), null)
    const head = await alice.client.request('ResolveUser', { username: '' })
    assert.equal(head.identity_key.length, 0)
    assert.ok(Number(head.tree_head?.tree_size) >= 2, 'the head alone')
  })

  it('shows a revoked key', async () => {
    const carol = await user(t, 'carol')
    await carol.client.kt.revokeKey('compromised')
    assert.equal((await alice.client.users.profile(carol.key))?.revoked, true)
  })

  it('refuses bad requests', async () => {
    await assert.rejects(alice.client.request('ResolveUser', { username: 'Not A Name!' }), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.request('ResolveIdentity', { identity_key: Buffer.alloc(31) }), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.request('ResolveUser', { username: 'bob', known_tree_size: 1_000_000 }), isStatus(Status.BadRequest))
    const anonymous = await t.client()
    await assert.rejects(anonymous.request('ResolveUser', { username: 'bob' }), isStatus(Status.Unauthorized))
    await assert.rejects(anonymous.request('ResolveIdentity', { identity_key: bob.key }), isStatus(Status.Unauthorized))
  })

  it('catches a server that answers a key it never logged', async () => {
    const dave = await user(t, 'dave')
    // someone with the database swaps dave's key for their own
    t.node.storage.db.prepare('UPDATE users SET identity_key = ? WHERE username = ?').run(newIdentityKey(), 'dave')
    await assert.rejects(alice.client.users.resolve('dave'), KtVerificationError)
    assert.ok(dave.key.length === 32)
  })
})
