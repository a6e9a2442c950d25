// Key transparency (510, 511, 520) through the real daemon: registration logs a binding, RevokeKey
// and CheckRevocation with their proofs, AuditKeyTransparency's pages, inclusion and consistency
// proofs the client verifies, each validation rule with its status, and a tampered log — one
// leaf altered, or history rewritten and the tree rebuilt — caught by the client.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Status } from '../client/errors.js'
import { KtVerificationError } from '../client/api/kt.js'
import { qpq } from '../proto/qpq.js'
import { KtLog } from '../daemon/services/kt/log.js'
import { KtStore } from '../daemon/services/kt/store.js'
import { AUDIT_PAGE_MAX, KtService } from '../daemon/services/kt/handler.js'
import type { CallContext } from '../daemon/services/call-context.js'
import { bindingLeaf } from '../protocol/kt/leaf.js'
import { leafHash, verifyConsistency, verifyInclusion } from '../protocol/kt/merkle.js'
import { loggedInUser as user, newIdentityKey, newUser, startTestNode, tempStorage, type LoggedInUser, type TestNode } from './helpers/node.js'
import { isStatus } from './helpers/status.js'

const isTampering = (why: RegExp) => (e: unknown): boolean => e instanceof KtVerificationError && why.test(e.message)

/** The log index of a key's newest leaf, read from the database. */
const leafIndexOf = (t: TestNode, key: Buffer): number =>
  t.node.storage.db.prepare('SELECT max(idx) FROM kt_leaves WHERE identity_key = ?').pluck().get(key) as number

/** A fresh daemon for one describe block, with alice and bob registered and logged in. */
function withAliceAndBob(): { t: TestNode; alice: LoggedInUser; bob: LoggedInUser } {
  const ctx = {} as { t: TestNode; alice: LoggedInUser; bob: LoggedInUser }
  before(async () => {
    ctx.t = await startTestNode({ kt_public_log: 'true' })
    ctx.alice = await user(ctx.t, 'alice')
    ctx.bob = await user(ctx.t, 'bob')
  })
  after(async () => { await ctx.t.stop() })
  return ctx
}

describe('key transparency', () => {
  const ctx = withAliceAndBob()
  let t: TestNode, alice: LoggedInUser, bob: LoggedInUser
  before(() => ({ t, alice, bob } = ctx))

  it('logs a binding when an account registers, proven included under a signed head', async () => {
    const page = await bob.client.kt.audit({ identityKey: alice.key })
    assert.equal(page.keyLeaf?.kind, 'binding')
    assert.equal(page.keyLeaf?.username, 'alice')
    assert.deepEqual(Buffer.from(page.keyLeaf?.identity_key ?? []), alice.key)
    assert.ok(Number(page.keyLeaf?.timestamp_ms) > 0)
    assert.equal(Number(page.head.tree_size), 2)
    assert.deepEqual(page.entries.map((e) => e.leaf?.username), ['alice', 'bob'])
    assert.equal(bob.client.kt.head, page.head, 'the client keeps the head it verified')
  })

  it('signs a head once per tree size', async () => {
    const a = await alice.client.request('AuditKeyTransparency', {})
    // a later millisecond: a head signed again would carry another timestamp (and signature)
    await new Promise((r) => setTimeout(r, 5))
    const b = await alice.client.request('AuditKeyTransparency', {})
    assert.equal(Number(a.tree_head?.timestamp_ms), Number(b.tree_head?.timestamp_ms))
    assert.deepEqual(a.tree_head?.signature, b.tree_head?.signature)
    assert.equal(a.tree_head?.signature?.length, 64)
    assert.equal(a.tree_head?.signer_key?.length, 32)
  })

  it('proves growth: a consistency proof from the size the client knew', async () => {
    const known = Number(bob.client.kt.head?.tree_size)
    const oldRoot = bob.client.kt.head?.root_hash as Uint8Array
    const carol = await user(t, 'carol')
    const r = await bob.client.request('AuditKeyTransparency', { identity_key: carol.key, known_tree_size: known })
    const head = r.tree_head as qpq.v1.SignedTreeHead
    const proof = r.consistency_proof as qpq.v1.ConsistencyProof
    assert.equal(Number(head.tree_size), known + 1)
    assert.equal(Number(proof.first_tree_size), known)
    assert.ok(verifyConsistency(known, Number(head.tree_size), oldRoot, head.root_hash, proof.path))
    const inclusion = r.inclusion_proof as qpq.v1.InclusionProof
    assert.ok(verifyInclusion(leafHash(r.leaf), Number(inclusion.leaf_index), Number(head.tree_size), inclusion.audit_path, head.root_hash))
    // and the client's own check accepts the new head
    await bob.client.kt.audit({ identityKey: carol.key })
    assert.equal(Number(bob.client.kt.head?.tree_size), known + 1)
    const same = await bob.client.request('AuditKeyTransparency', { known_tree_size: known + 1 })
    assert.equal(same.consistency_proof, null, 'no proof from the current size')
  })

  it('revokes the caller\'s own key, once, and proves the revocation', async () => {
    const dave = await user(t, 'dave')
    assert.deepEqual(await bob.client.kt.checkRevocation(dave.key), { revoked: false, reason: '', timestampMs: 0 })
    const first = await dave.client.kt.revokeKey('compromised')
    assert.equal(first.appended, true)
    assert.equal(first.leafIndex, leafIndexOf(t, dave.key))
    assert.deepEqual(await dave.client.kt.revokeKey('superseded'), { appended: false, leafIndex: first.leafIndex }, 'the first revocation stands')
    const status = await bob.client.kt.checkRevocation(dave.key)
    assert.equal(status.revoked, true)
    assert.equal(status.reason, 'compromised')
    assert.ok(status.timestampMs > 0)
    const raw = await bob.client.request('CheckRevocation', { identity_key: dave.key })
    assert.equal(Number(raw.inclusion_proof?.leaf_index), first.leafIndex)
    const audited = await bob.client.kt.audit({ identityKey: dave.key })
    assert.equal(audited.keyLeaf?.kind, 'revocation', 'a key\'s newest leaf is its state')
    assert.equal(audited.keyLeaf?.reason, 'compromised')
  })

  it('pages the log: [start, end) with end 0 meaning the whole tree', async () => {
    const page = await alice.client.kt.audit({ start: 1, end: 3 })
    assert.deepEqual(page.entries.map((e) => e.index), [1, 2])
    const size = Number(page.head.tree_size)
    assert.equal((await alice.client.kt.audit({ start: size })).entries.length, 0, 'from the end: nothing new')
    const all = await alice.client.kt.auditLog()
    assert.equal(all.length, size)
    assert.deepEqual(all.slice(0, 2).map((e) => e.leaf?.username), ['alice', 'bob'])
  })

  it('refuses bad requests with their statuses', async () => {
    const c = alice.client
    const size = Number((await c.request('AuditKeyTransparency', {})).tree_size)
    await assert.rejects(c.request('RevokeKey', { identity_key: alice.key.subarray(1), reason: 'compromised' }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RevokeKey', { identity_key: alice.key, reason: 'bored' }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RevokeKey', { identity_key: alice.key }), isStatus(Status.BadRequest), 'no reason')
    await assert.rejects(c.request('RevokeKey', { identity_key: bob.key, reason: 'compromised' }), isStatus(Status.Forbidden))
    await assert.rejects(c.request('CheckRevocation', { identity_key: randomBytes(31) }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('CheckRevocation', { identity_key: bob.key, known_tree_size: size + 1 }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('AuditKeyTransparency', { identity_key: randomBytes(33) }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('AuditKeyTransparency', { identity_key: newIdentityKey() }), isStatus(Status.NotFound))
    await assert.rejects(c.request('AuditKeyTransparency', { start: 0, end: size + 1 }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('AuditKeyTransparency', { start: 2, end: 1 }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('AuditKeyTransparency', { start: size + 1 }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('AuditKeyTransparency', { known_tree_size: size + 1 }), isStatus(Status.BadRequest))
    assert.equal((await bob.client.kt.checkRevocation(bob.key)).revoked, false, 'bob\'s key is untouched')
  })

  it('answers 2 without a session', async () => {
    const anonymous = await t.client()
    const bad = { access_token: randomBytes(32) }
    await assert.rejects(anonymous.request('RevokeKey', { identity_key: alice.key, reason: 'compromised' }), isStatus(Status.Unauthorized))
    await assert.rejects(anonymous.request('CheckRevocation', { identity_key: alice.key, auth: bad }), isStatus(Status.Unauthorized))
    await assert.rejects(anonymous.request('AuditKeyTransparency', {}), isStatus(Status.Unauthorized))
  })

  it('reads across pages and checks the whole log against the signed root', async () => {
    const store = new KtStore(t.node.storage.db)
    const key = newIdentityKey()
    t.node.storage.db.transaction(() => {
      for (let i = 0; i < AUDIT_PAGE_MAX + 10; i++) store.append(bindingLeaf(`bulk${i}`, key, i), 'binding', key)
    })()
    const entries = await bob.client.kt.auditLog()
    assert.equal(entries.length, store.size())
    assert.equal(entries.at(-1)?.leaf?.username, `bulk${AUDIT_PAGE_MAX + 9}`)
  })

  it('forgets a deleted account\'s leaves but keeps their hashes: old proofs and heads still hold', async () => {
    const erin = await user(t, 'erin')
    const index = leafIndexOf(t, erin.key)
    const before = await bob.client.kt.audit({ start: index, end: index + 1 })
    assert.equal(before.entries[0]?.leaf?.username, 'erin')
    assert.equal((await erin.client.request('DeleteAccount', { identity_key: erin.key })).success, true)
    const page = await bob.client.kt.audit({ start: index, end: index + 1 })
    assert.equal(page.entries[0]?.leaf, null, 'redacted')
    assert.deepEqual(page.entries[0]?.hash, before.entries[0]?.hash)
    assert.equal(page.head.tree_size, before.head.tree_size, 'the tree did not change')
    await assert.rejects(bob.client.request('AuditKeyTransparency', { identity_key: erin.key }), isStatus(Status.NotFound))
    assert.equal((await bob.client.kt.auditLog()).length, Number(page.head.tree_size), 'the whole log still verifies')
  })
})

describe('AuditKeyTransparency page size', () => {
  it('answers at most AUDIT_PAGE_MAX entries however long the range', async () => {
    const storage = tempStorage()
    try {
      const store = new KtStore(storage.db)
      const key = newIdentityKey()
      storage.db.transaction(() => {
        for (let i = 0; i <= AUDIT_PAGE_MAX; i++) store.append(bindingLeaf(`u${i}`, key, i), 'binding', key)
      })()
      const log = new KtLog({ store, signerKey: newIdentityKey(), sign: () => Promise.resolve(new Uint8Array(64)) })
      const kt = new KtService({ log, store, publicLog: true })
      const ctx = { session: { accountId: 1, username: 'u0', identityKey: key, deviceId: null } } as unknown as CallContext
      const r = await kt.auditKeyTransparency(qpq.v1.AuditKeyTransparencyRequest.create({ start: 0, end: 0 }), ctx)
      assert.equal(r.entries?.length, AUDIT_PAGE_MAX)
      assert.equal(r.tree_size, AUDIT_PAGE_MAX + 1)
    } finally {
      storage.close()
    }
  })
})

describe('a tampered log', () => {
  const ctx = withAliceAndBob()
  let t: TestNode, alice: LoggedInUser, bob: LoggedInUser
  before(() => ({ t, alice, bob } = ctx))

  it('is caught when a leaf is altered in the database: the leaf no longer proves', async () => {
    const trusted = await bob.client.kt.audit({ identityKey: alice.key })
    assert.equal(trusted.keyLeaf?.username, 'alice')
    // someone with the database key rebinds alice's key to another name (the log refuses updates: drop its guard)
    const db = t.node.storage.db
    const index = leafIndexOf(t, alice.key)
    const original = db.prepare('SELECT leaf FROM kt_leaves WHERE idx = ?').pluck().get(index) as Buffer
    db.exec('DROP TRIGGER kt_leaves_no_update')
    db.prepare('UPDATE kt_leaves SET leaf = ? WHERE idx = ?').run(bindingLeaf('mallory', alice.key, Date.now()), index)
    await assert.rejects(bob.client.kt.audit({ identityKey: alice.key }), isTampering(/not in the signed tree/))
    await assert.rejects(bob.client.kt.auditLog(), isTampering(/does not hash to its leaf_hash/))
    // a client that never saw the log before catches it too: the leaf is not under the signed root
    const fresh = await user(t, 'fresh')
    await assert.rejects(fresh.client.kt.audit({ identityKey: alice.key }), isTampering(/not in the signed tree/))
    // put it back: the next test starts from an intact log
    db.prepare('UPDATE kt_leaves SET leaf = ? WHERE idx = ?').run(original, index)
    assert.equal((await bob.client.kt.audit({ identityKey: alice.key })).keyLeaf?.username, 'alice')
  })

  it('is caught when history is rewritten and the tree rebuilt: the new head does not extend the old', async () => {
    const before = await bob.client.kt.audit()
    const heldHead = bob.client.kt.head as qpq.v1.ISignedTreeHead
    assert.equal(Number(heldHead.tree_size), Number(before.head.tree_size))
    // rewrite alice's binding and let the daemon rebuild every hash from the leaves as it starts
    const db = t.node.storage.db
    db.exec('DROP TRIGGER kt_nodes_no_delete')
    db.prepare('UPDATE kt_leaves SET leaf = ? WHERE idx = ?').run(bindingLeaf('mallory', alice.key, Date.now()), leafIndexOf(t, alice.key))
    db.exec('DELETE FROM kt_nodes')
    const dataDir = t.dataDir
    await t.stop()
    t = ctx.t = await startTestNode({ kt_public_log: 'true' }, dataDir)
    const again = await t.session(bob)
    // the client carries what it verified before (a real client keeps it across restarts)
    again.kt.pin(heldHead.signer_key as Uint8Array, heldHead)
    const rebuilt = await again.request('AuditKeyTransparency', {})
    assert.equal(Number(rebuilt.tree_size), Number(heldHead.tree_size))
    assert.notDeepEqual(rebuilt.root, heldHead.root_hash, 'a different tree of the same size')
    await assert.rejects(again.kt.checkRevocation(alice.key), isTampering(/two different roots/))
    // once the log grows, the consistency proof from the held head fails instead
    await t.register(newUser('grace'))
    await assert.rejects(again.kt.audit(), isTampering(/does not extend the verified tree/))
    assert.equal(again.kt.head, heldHead, 'a refused head is not adopted')
  })
})

describe('AuditKeyTransparency without kt_public_log', () => {
  it('shows each user its own leaves and only the hashes of the others; the whole log still verifies', async () => {
    const t = await startTestNode()
    try {
      const alice = await user(t, 'alice')
      await user(t, 'bob')
      const entries = await alice.client.kt.auditLog()
      assert.equal(entries.length, 2)
      assert.equal(entries[0]?.leaf?.username, 'alice')
      assert.equal(entries[1]?.leaf, null, "bob's leaf: its hash only")
      assert.equal(entries[1]?.hash.length, 32)
    } finally {
      await t.stop()
    }
  })
})
