// KeyPackages and hybrid keys (300–304) through the real daemon: single-use FIFO per identity,
// opaque bytes by default as the original keeps them, concurrent fetches never share a package,
// the ciphersuite allowlist when it is turned on, size rules, one hybrid key per identity
// fetched in input order, and who may upload what.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import { keyPackageCiphersuite } from '../daemon/services/keys/ciphersuite.js'
import { startTestNode, type TestNode, newIdentityKey, loggedInUser as user, type LoggedInUser } from './helpers/node.js'
import { isStatus } from './helpers/status.js'
import { qpq } from '../proto/qpq.js'


/** A stand-in for a TLS-encoded RFC 9420 KeyPackage: version mls10, the suite, then bytes. */
function keyPackage(suite = 1, body = randomBytes(200)): Buffer {
  return Buffer.concat([Buffer.from([0, 1, suite >> 8, suite & 0xff]), body])
}
/** The same wrapped in an MLSMessage (wire_format 5). */
const asMlsMessage = (pkg: Buffer): Buffer => Buffer.concat([Buffer.from([0, 1, 0, 5]), pkg])
const hybridKey = (): Buffer => randomBytes(32 + 1184)


describe('ciphersuite of a KeyPackage', () => {
  it('reads bare and MLSMessage-wrapped packages, and refuses what is not MLS 1.0', () => {
    assert.equal(keyPackageCiphersuite(keyPackage(1)), 1)
    assert.equal(keyPackageCiphersuite(keyPackage(3)), 3)
    assert.equal(keyPackageCiphersuite(asMlsMessage(keyPackage(1))), 1)
    // a bare package of suite 5 (P-521: a 133-byte init key, varint length 0x4085)
    assert.equal(keyPackageCiphersuite(Buffer.from([0, 1, 0, 5, 0x40, 0x85, 4])), 5)
    assert.equal(keyPackageCiphersuite(Buffer.from([0, 2, 0, 1, 0, 0])), null)
    assert.equal(keyPackageCiphersuite(Buffer.from([0, 1, 0])), null)
  })
})

describe('keys', () => {
  let t: TestNode
  let alice: LoggedInUser, bob: LoggedInUser
  before(async () => {
    t = await startTestNode()
    alice = await user(t, 'alice')
    bob = await user(t, 'bob')
  })
  after(async () => { await t.stop() })

  it('hands out KeyPackages once each, oldest first, then empty', async () => {
    const pkgs = [keyPackage(), asMlsMessage(keyPackage()), keyPackage()]
    for (const [i, p] of pkgs.entries()) {
      const r = await bob.client.keys.uploadKeyPackage(p)
      assert.deepEqual(Buffer.from(r.fingerprint), createHash('sha256').update(p).digest())
      assert.equal(r.stored, i + 1)
    }
    for (const p of pkgs) assert.deepEqual(Buffer.from(await alice.client.keys.fetchKeyPackage(bob.key) ?? []), p)
    assert.equal(await alice.client.keys.fetchKeyPackage(bob.key), null, 'none left: empty, not an error')
    assert.equal(await alice.client.keys.fetchKeyPackage(newIdentityKey()), null, 'unknown identity: empty')
  })

  it('never gives the same package to two concurrent fetches', async () => {
    const n = 40
    for (let i = 0; i < n; i++) await bob.client.keys.uploadKeyPackage(keyPackage(1, Buffer.from(`package ${i}`)))
    const fetchers = await Promise.all([1, 2, 3, 4].map(() => t.session(alice)))
    const got = await Promise.all(Array.from({ length: n + 8 }, (_, i) => (fetchers[i % 4] as QpqClient).keys.fetchKeyPackage(bob.key)))
    const packages = got.filter((p): p is Uint8Array => p !== null).map((p) => Buffer.from(p).toString('hex'))
    assert.equal(packages.length, n, 'each package once; the extra fetches get none')
    assert.equal(new Set(packages).size, n)
  })

  it('keeps opaque bytes (not MLS, any suite) from an independent client, FIFO and single-use, with their SHA-256', async () => {
    // raw frames as an original client sends them: the server reads nothing of the package
    const upload = async (pkg: Buffer): Promise<qpq.v1.UploadKeyPackageResponse> => {
      const r = await bob.client.call(300, qpq.v1.UploadKeyPackageRequest.encode({ identity_key: bob.key, package: pkg }).finish())
      assert.equal(r.status, Status.Ok, `upload answered ${r.status}`)
      return qpq.v1.UploadKeyPackageResponse.decode(r.payload)
    }
    const fetch = async (): Promise<Buffer> => {
      const r = await alice.client.call(301, qpq.v1.FetchKeyPackageRequest.encode({ identity_key: bob.key }).finish())
      assert.equal(r.status, Status.Ok)
      return Buffer.from(qpq.v1.FetchKeyPackageResponse.decode(r.payload).package)
    }
    const pkgs = [Buffer.from('not an mls key package'), randomBytes(1), keyPackage(3), randomBytes(5000)]
    for (const p of pkgs) assert.deepEqual(Buffer.from((await upload(p)).fingerprint), createHash('sha256').update(p).digest())
    for (const p of pkgs) assert.deepEqual(await fetch(), p)
    assert.equal((await fetch()).length, 0, 'each once: none left')
  })

  it('enforces the size rules and own-identity uploads', async () => {
    await assert.rejects(bob.client.keys.uploadKeyPackage(Buffer.alloc(0)), isStatus(Status.BadRequest))
    await assert.rejects(bob.client.keys.uploadKeyPackage(Buffer.alloc((1 << 20) + 1)), isStatus(Status.BadRequest), 'over 1 MiB')
    await bob.client.keys.uploadKeyPackage(Buffer.alloc(1 << 20)) // exactly 1 MiB
    await alice.client.keys.fetchKeyPackage(bob.key)
    await assert.rejects(bob.client.request('UploadKeyPackage', { identity_key: alice.key, package: keyPackage() }), isStatus(Status.Forbidden))
    await assert.rejects(bob.client.request('UploadKeyPackage', { identity_key: bob.key.subarray(1), package: keyPackage() }), isStatus(Status.BadRequest))
    await assert.rejects(bob.client.request('FetchKeyPackage', { identity_key: Buffer.alloc(31) }), isStatus(Status.BadRequest))
    const anonymous = await t.client()
    await assert.rejects(anonymous.request('FetchKeyPackage', { identity_key: bob.key }), isStatus(Status.Unauthorized))
    await assert.rejects(anonymous.request('UploadKeyPackage', { identity_key: bob.key, package: keyPackage() }), isStatus(Status.Unauthorized))
  })

  it('caps the packages waiting for one identity', async () => {
    const carol = await user(t, 'carol')
    for (let i = 0; i < 100; i++) await carol.client.keys.uploadKeyPackage(keyPackage())
    await assert.rejects(carol.client.keys.uploadKeyPackage(keyPackage()), isStatus(Status.Forbidden))
    await alice.client.keys.fetchKeyPackage(carol.key)
    assert.equal((await carol.client.keys.uploadKeyPackage(keyPackage())).stored, 100)
  })

  it('keeps one hybrid key per identity, replaced on upload, fetched in input order', async () => {
    const first = hybridKey()
    const second = hybridKey()
    await bob.client.keys.uploadHybridKey(first)
    assert.deepEqual(Buffer.from(await alice.client.keys.fetchHybridKey(bob.key) ?? []), first)
    await bob.client.keys.uploadHybridKey(second)
    assert.deepEqual(Buffer.from(await alice.client.keys.fetchHybridKey(bob.key) ?? []), second, 'replaced')
    assert.deepEqual(Buffer.from(await alice.client.keys.fetchHybridKey(bob.key) ?? []), second, 'not consumed')
    const aliceKey = hybridKey()
    await alice.client.keys.uploadHybridKey(aliceKey)
    const many = await bob.client.keys.fetchHybridKeys([alice.key, newIdentityKey(), bob.key])
    assert.deepEqual(many.map((k) => (k === null ? null : Buffer.from(k))), [aliceKey, null, second])
    assert.equal(await alice.client.keys.fetchHybridKey(newIdentityKey()), null)
  })

  it('refuses bad hybrid keys and batches', async () => {
    await assert.rejects(bob.client.keys.uploadHybridKey(randomBytes(32)), isStatus(Status.BadRequest))
    await assert.rejects(bob.client.keys.uploadHybridKey(Buffer.alloc(0)), isStatus(Status.BadRequest))
    await assert.rejects(bob.client.request('UploadHybridKey', { identity_key: alice.key, hybrid_public_key: hybridKey() }), isStatus(Status.Forbidden))
    await assert.rejects(bob.client.keys.fetchHybridKeys([alice.key, Buffer.alloc(5)]), isStatus(Status.BadRequest))
    await assert.rejects(bob.client.keys.fetchHybridKeys(Array.from({ length: 1001 }, () => alice.key)), isStatus(Status.BadRequest))
  })

  it('deleting an account deletes its keys', async () => {
    const dora = await user(t, 'dora')
    await dora.client.keys.uploadKeyPackage(keyPackage())
    await dora.client.keys.uploadHybridKey(hybridKey())
    await dora.client.request('DeleteAccount', { identity_key: dora.key })
    assert.equal(await alice.client.keys.fetchKeyPackage(dora.key), null)
    assert.equal(await alice.client.keys.fetchHybridKey(dora.key), null)
  })
})

describe('keys with key_package_check = "ciphersuite"', () => {
  it('accepts what mls_ciphersuites lists', async () => {
    const t = await startTestNode({ key_package_check: 'ciphersuite', mls_ciphersuites: '1,3' })
    try {
      const u = await user(t, 'erin')
      await u.client.keys.uploadKeyPackage(keyPackage(3))
      await assert.rejects(u.client.keys.uploadKeyPackage(keyPackage(2)), isStatus(Status.BadRequest))
    } finally {
      await t.stop()
    }
  })

  it('refuses what is not an MLS 1.0 KeyPackage of an accepted suite, as before', async () => {
    const t = await startTestNode({ key_package_check: 'ciphersuite', mls_ciphersuites: '1' })
    try {
      const bob = await user(t, 'bob')
      const alice = await user(t, 'alice')
      await assert.rejects(bob.client.keys.uploadKeyPackage(keyPackage(3)), (e: unknown) => isStatus(Status.BadRequest)(e) && /CHACHA20POLY1305.*not accepted/.test((e as Error).message))
      await assert.rejects(bob.client.keys.uploadKeyPackage(Buffer.from('not an mls key package')), (e: unknown) => isStatus(Status.BadRequest)(e) && /not an MLS 1.0 KeyPackage/.test((e as Error).message))
      const pkgs = [keyPackage(1), asMlsMessage(keyPackage(1))]
      for (const p of pkgs) await bob.client.keys.uploadKeyPackage(p)
      for (const p of pkgs) assert.deepEqual(Buffer.from(await alice.client.keys.fetchKeyPackage(bob.key) ?? []), p)
      await assert.rejects(bob.client.keys.uploadKeyPackage(keyPackage(1, Buffer.alloc(1 << 20))), isStatus(Status.BadRequest), 'over 1 MiB')
    } finally {
      await t.stop()
    }
  })
})
