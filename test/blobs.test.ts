// Blob storage (600, 601) through the real daemon: a 50 MiB blob round-trips by hash and one
// byte more is refused; chunks must come in order; a wrong hash stores nothing; deduplication,
// resuming, ranged reads, who may do what, every validation rule with its status, the
// blob.upload veto, the client's integrity check and what deleting an account deletes. Then the
// service on its own with a clock and a disk of the test's: expiry, restart and a full disk.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { QpqError, Status } from '../client/errors.js'
import { BlobIntegrityError, BlobsApi } from '../client/api/blobs.js'
import type { QpqClient } from '../client/qpq-client.js'
import { HookBus } from '../plugins/hooks.js'
import { qpq } from '../proto/qpq.js'
import { ConfigError, loadConfig } from '../daemon/config/config.js'
import { RpcError } from '../protocol/errors.js'
import { silentLogger } from '../daemon/observability/logger.js'
import type { Session } from '../daemon/services/call-context.js'
import { AccountStore } from '../daemon/services/auth/store.js'
import { BlobDisk, type AppendFile } from '../daemon/services/blobs/disk.js'
import { BlobService } from '../daemon/services/blobs/handler.js'
import { DEFAULT_BLOB_LIMITS } from '../daemon/services/blobs/limits.js'
import { CHUNK_MAX_BYTES, PROTOCOL_MAX_BLOB_BYTES } from '../protocol/blobs.js'
import { BlobStore } from '../daemon/services/blobs/store.js'
import { loggedInUser, newIdentityKey, startTestNode, tempStorage, type LoggedInUser, type TestNode } from './helpers/node.js'
import { waitFor } from './helpers/rpc-harness.js'

const isStatus = (status: number) => (e: unknown): boolean => (e instanceof QpqError || e instanceof RpcError) && e.status === status
const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()
const MiB = 1024 * 1024

describe('blob storage', () => {
  let t: TestNode
  let alice: LoggedInUser, bob: LoggedInUser
  let blobDir: string
  const blocked = new Set<string>()
  const vetoed: string[] = []
  /** The first call of an upload, as a client would send it. */
  const open = (c: QpqClient, bytes: Uint8Array, extra: qpq.v1.UploadBlobRequest.$Properties = {}) =>
    c.request('UploadBlob', { total_size: bytes.length, sha256: sha256(bytes), ...extra })
  /** The blob API of a client, noting the chunk size of each UploadBlob it sends. */
  const counting = (c: QpqClient, sent: number[]): BlobsApi => new BlobsApi({
    request: (name, m) => {
      sent.push((m as { chunk?: Uint8Array }).chunk?.length ?? 0)
      return c.request(name, m)
    },
  })
  const parts = (): string[] => readdirSync(path.join(blobDir, 'uploads'))
  const stored = (id: Uint8Array): boolean => existsSync(path.join(blobDir, Buffer.from(id).toString('hex').slice(0, 2), Buffer.from(id).toString('hex')))

  before(async () => {
    t = await startTestNode()
    blobDir = path.join(t.dataDir, 'blobs')
    t.node.hooks.register('blob.upload', (p) => {
      const hex = Buffer.from(p.sha256).toString('hex')
      if (!blocked.has(hex)) return null
      vetoed.push(hex)
      return { status: Status.Forbidden, reason: 'this file is not welcome here' }
    })
    alice = await loggedInUser(t, 'alice')
    bob = await loggedInUser(t, 'bob')
  })
  after(async () => { await t.stop() })

  it('round-trips a blob of exactly 50 MiB by its hash', async () => {
    const data = randomBytes(PROTOCOL_MAX_BLOB_BYTES)
    const id = await alice.client.blobs.put(data, { mimeType: 'application/octet-stream' })
    assert.deepEqual(Buffer.from(id), sha256(data))
    assert.ok(stored(id), 'stored under blob_dir/<first byte>/<hash>')
    const got = await bob.client.blobs.get(id)
    assert.equal(got.mimeType, 'application/octet-stream')
    assert.ok(Buffer.from(got.data).equals(data), 'the same bytes come back')
    assert.deepEqual(parts(), [], 'no part file is left')
  })

  it('refuses 50 MiB + 1 byte before any byte is sent', async () => {
    const tooBig = { total_size: PROTOCOL_MAX_BLOB_BYTES + 1, sha256: randomBytes(32) }
    await assert.rejects(alice.client.request('UploadBlob', tooBig), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.blobs.put(Buffer.alloc(PROTOCOL_MAX_BLOB_BYTES + 1)), isStatus(Status.BadRequest))
  })

  it('round-trips small and empty blobs, from bytes and from streams', async () => {
    const small = Buffer.from('a short attachment')
    const id = await alice.client.blobs.put(small, { mimeType: 'text/plain' })
    assert.deepEqual(await alice.client.blobs.get(id), { data: small, mimeType: 'text/plain' })
    const empty = await alice.client.blobs.put(new Uint8Array(0))
    assert.deepEqual(Buffer.from(empty), sha256(new Uint8Array(0)))
    assert.equal((await bob.client.blobs.get(empty)).data.length, 0)
    // a stream of odd-sized pieces, its hash given (read once) or not (read into memory first)
    const data = randomBytes(5 * MiB + 123)
    async function* pieces(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < data.length; i += 777_777) yield data.subarray(i, i + 777_777)
    }
    const streamed = await alice.client.blobs.put(pieces(), { sha256: sha256(data), size: data.length })
    assert.deepEqual(Buffer.from(streamed), sha256(data))
    assert.deepEqual(Buffer.from(await bob.client.blobs.put(pieces())), sha256(data))
    assert.ok(Buffer.from((await bob.client.blobs.get(streamed)).data).equals(data))
  })

  it('accepts chunks only in order, and none past total_size', async () => {
    const data = randomBytes(3 * MiB)
    const { upload_id, received } = await open(alice.client, data, { chunk: data.subarray(0, MiB) })
    assert.equal(upload_id.length, 16)
    assert.equal(received, MiB)
    const chunk = (offset: number, length: number, final = false) =>
      alice.client.request('UploadBlob', { upload_id, offset, chunk: data.subarray(offset, offset + length), final })
    await assert.rejects(chunk(0, MiB), isStatus(Status.BadRequest), 'a chunk again')
    await assert.rejects(chunk(2 * MiB, MiB), isStatus(Status.BadRequest), 'a gap')
    await assert.rejects(alice.client.request('UploadBlob', { upload_id, offset: MiB, chunk: randomBytes(2 * MiB + 1) }), isStatus(Status.BadRequest), 'a chunk over 2 MiB')
    await assert.rejects(alice.client.request('UploadBlob', { upload_id, offset: MiB, chunk: randomBytes(MiB), total_size: 3 * MiB + 1 }), isStatus(Status.BadRequest), 'another total_size')
    await assert.rejects(alice.client.request('UploadBlob', { upload_id, offset: MiB, chunk: randomBytes(MiB), sha256: randomBytes(32) }), isStatus(Status.BadRequest), 'another sha256')
    assert.equal((await chunk(MiB, MiB)).received, 2 * MiB)
    // the upload is not complete: final is refused and the upload goes on
    await assert.rejects(alice.client.request('UploadBlob', { upload_id, offset: 2 * MiB, final: true }), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.request('UploadBlob', { upload_id, offset: 2 * MiB, chunk: randomBytes(MiB + 1) }), isStatus(Status.BadRequest), 'past total_size')
    const done = await chunk(2 * MiB, MiB, true)
    assert.deepEqual(Buffer.from(done.blob_id), sha256(data))
    assert.equal(done.upload_id.length, 0)
    await assert.rejects(chunk(2 * MiB, 0, true), isStatus(Status.NotFound), 'the upload is over')
  })

  it('refuses bytes that do not match sha256, and nothing becomes visible', async () => {
    const claimed = randomBytes(1000)
    const sent = Buffer.from(claimed)
    sent[500] = (sent[500] as number) ^ 1
    const { upload_id } = await open(alice.client, claimed, { chunk: sent.subarray(0, 600) })
    await assert.rejects(alice.client.request('UploadBlob', { upload_id, offset: 600, chunk: sent.subarray(600), final: true }), isStatus(Status.BadRequest))
    for (const id of [sha256(claimed), sha256(sent)]) {
      await assert.rejects(bob.client.blobs.read(id), isStatus(Status.NotFound))
      assert.equal(stored(id), false)
    }
    await assert.rejects(alice.client.request('UploadBlob', { upload_id, offset: 1000, final: true }), isStatus(Status.NotFound), 'the upload was discarded')
    assert.deepEqual(parts(), [])
    // in one call too
    await assert.rejects(open(alice.client, claimed, { chunk: sent, final: true }), isStatus(Status.BadRequest))
    await assert.rejects(bob.client.blobs.read(sha256(claimed)), isStatus(Status.NotFound))
  })

  it('deduplicates: bytes already stored complete at the first call', async () => {
    const data = randomBytes(3 * MiB)
    const id = await alice.client.blobs.put(data)
    const first = await open(bob.client, data)
    assert.deepEqual(Buffer.from(first.blob_id), sha256(data))
    assert.equal(first.received, data.length)
    assert.equal(first.upload_id.length, 0)
    const sentChunks: number[] = []
    assert.deepEqual(Buffer.from(await counting(bob.client, sentChunks).put(data)), Buffer.from(id))
    assert.deepEqual(sentChunks, [0], 'one call, no bytes')
    // the same id with another size is a mistake of the client's
    await assert.rejects(bob.client.request('UploadBlob', { total_size: data.length - 1, sha256: id }), isStatus(Status.BadRequest))
  })

  it('resumes an interrupted upload of the same bytes from where it stopped', async () => {
    const data = randomBytes(5 * MiB)
    const { upload_id } = await open(alice.client, data, { chunk: data.subarray(0, 2 * MiB) })
    await alice.client.request('UploadBlob', { upload_id, offset: 2 * MiB, chunk: data.subarray(2 * MiB, 3 * MiB) })
    // the client lost the upload id; starting again answers it and what was received
    const again = await open(alice.client, data, { chunk: data.subarray(0, 2 * MiB) })
    assert.deepEqual(again.upload_id, upload_id)
    assert.equal(again.received, 3 * MiB)
    const sent: number[] = []
    assert.deepEqual(Buffer.from(await counting(alice.client, sent).put(data)), sha256(data))
    assert.deepEqual(sent, [0, 2 * MiB], 'only the missing bytes are sent')
    assert.ok(Buffer.from((await bob.client.blobs.get(sha256(data))).data).equals(data))
  })

  it('reads ranges, bounded to 2 MiB per call', async () => {
    const data = randomBytes(3 * MiB + 10)
    const id = await alice.client.blobs.put(data, { mimeType: 'image/png' })
    const r = await bob.client.blobs.read(id, 5, 10)
    assert.deepEqual(r, { data: data.subarray(5, 15), offset: 5, totalSize: data.length, mimeType: 'image/png' })
    assert.deepEqual((await bob.client.blobs.read(id, data.length - 4, 100)).data, data.subarray(data.length - 4), 'shorter at the end')
    assert.equal((await bob.client.blobs.read(id, data.length)).data.length, 0, 'at the end: no bytes')
    assert.equal((await bob.client.request('DownloadBlob', { blob_id: id, offset: MiB })).data.length, CHUNK_MAX_BYTES, 'length 0: 2 MiB')
    await assert.rejects(bob.client.blobs.read(id, data.length + 1), isStatus(Status.BadRequest), 'past the end')
    await assert.rejects(bob.client.blobs.read(id, 0, CHUNK_MAX_BYTES + 1), isStatus(Status.BadRequest), 'more than 2 MiB')
    await assert.rejects(bob.client.blobs.read(randomBytes(32)), isStatus(Status.NotFound))
    await assert.rejects(bob.client.blobs.read(randomBytes(31)), isStatus(Status.BadRequest))
    const ranges = []
    for await (const range of bob.client.blobs.chunks(id)) ranges.push(range.data.length)
    assert.deepEqual(ranges, [CHUNK_MAX_BYTES, data.length - CHUNK_MAX_BYTES])
  })

  it('refuses every malformed first call with 1', async () => {
    const data = randomBytes(100)
    await assert.rejects(alice.client.request('UploadBlob', { total_size: 100, sha256: sha256(data).subarray(1) }), isStatus(Status.BadRequest), 'sha256 of 31 bytes')
    await assert.rejects(alice.client.request('UploadBlob', { total_size: 100 }), isStatus(Status.BadRequest), 'no sha256')
    await assert.rejects(open(alice.client, data, { mime_type: 'x'.repeat(256) }), isStatus(Status.BadRequest), 'mime_type over 255 bytes')
    await assert.rejects(open(alice.client, data, { offset: 1 }), isStatus(Status.BadRequest), 'offset not 0')
    await assert.rejects(open(alice.client, data, { chunk: Buffer.concat([data, data]) }), isStatus(Status.BadRequest), 'a chunk longer than the blob')
    await assert.rejects(alice.client.request('UploadBlob', { upload_id: randomBytes(15), offset: 0 }), isStatus(Status.BadRequest), 'upload_id of 15 bytes')
    await assert.rejects(alice.client.request('UploadBlob', { upload_id: randomBytes(16), offset: 0 }), isStatus(Status.NotFound), 'an unknown upload_id')
    assert.ok(Buffer.from((await alice.client.blobs.get(await alice.client.blobs.put(data, { mimeType: 'é'.repeat(127) }))).data).equals(data), '254 bytes of mime_type')
  })

  it('answers 2 without a session and 3 for another account\'s upload', async () => {
    const anonymous = await t.client()
    const data = randomBytes(10)
    await assert.rejects(open(anonymous, data), isStatus(Status.Unauthorized))
    await assert.rejects(anonymous.blobs.read(randomBytes(32)), isStatus(Status.Unauthorized))
    const { upload_id } = await open(alice.client, data, { chunk: data.subarray(0, 5) })
    await assert.rejects(bob.client.request('UploadBlob', { upload_id, offset: 5, chunk: data.subarray(5), final: true }), isStatus(Status.Forbidden))
    // bob's attempt changed nothing: alice finishes her upload
    assert.deepEqual(Buffer.from((await alice.client.request('UploadBlob', { upload_id, offset: 5, chunk: data.subarray(5), final: true })).blob_id), sha256(data))
  })

  it('caps the unfinished uploads of an account, saying when one expires', async () => {
    const carol = await loggedInUser(t, 'carol')
    const uploads = [1, 2, 3, 4].map(() => randomBytes(100))
    for (const u of uploads) await open(carol.client, u)
    const refused = await open(carol.client, randomBytes(100)).catch((e: unknown) => e)
    assert.ok(isStatus(Status.RateLimited)(refused), String(refused))
    assert.ok((refused as QpqError).retryAfterMs > 0)
    // resuming one of the four is not a fifth
    assert.equal((await open(carol.client, uploads[0] as Buffer)).received, 0)
    await carol.client.blobs.put(uploads[1] as Buffer)
    await open(carol.client, randomBytes(100))
    await assert.rejects(open(carol.client, randomBytes(100)), isStatus(Status.RateLimited))
    // another account is not affected
    await open(bob.client, randomBytes(100))
  })

  it('lets a blob.upload plugin refuse an upload, even of bytes already stored', async () => {
    const data = randomBytes(1000)
    blocked.add(sha256(data).toString('hex'))
    await assert.rejects(alice.client.blobs.put(data), (e: unknown) => isStatus(Status.Forbidden)(e) && /not welcome/.test((e as Error).message))
    assert.deepEqual(vetoed, [sha256(data).toString('hex')])
    await assert.rejects(bob.client.blobs.read(sha256(data)), isStatus(Status.NotFound))
    const known = randomBytes(1000)
    const id = await alice.client.blobs.put(known)
    blocked.add(Buffer.from(id).toString('hex'))
    await assert.rejects(bob.client.blobs.put(known), isStatus(Status.Forbidden))
  })

  it('the client notices bytes that do not match the id', async () => {
    const data = randomBytes(3 * MiB)
    const id = await alice.client.blobs.put(data)
    const hex = Buffer.from(id).toString('hex')
    const tampered = Buffer.from(data)
    tampered[3 * MiB - 1] = (tampered[3 * MiB - 1] as number) ^ 1
    writeFileSync(path.join(blobDir, hex.slice(0, 2), hex), tampered)
    await assert.rejects(bob.client.blobs.get(id), BlobIntegrityError)
    const seen: number[] = []
    await assert.rejects((async () => { for await (const r of bob.client.blobs.chunks(id)) seen.push(r.data.length) })(), BlobIntegrityError)
    assert.deepEqual(seen, [CHUNK_MAX_BYTES], 'the last range is withheld')
  })

  it('deletes a deleted account\'s uploads and the blobs nobody else stored', async () => {
    const dave = await loggedInUser(t, 'dave')
    const own = await dave.client.blobs.put(randomBytes(2000))
    const sharedBytes = randomBytes(2000)
    const shared = await dave.client.blobs.put(sharedBytes)
    await bob.client.blobs.put(sharedBytes)
    const unfinished = randomBytes(2000)
    await open(dave.client, unfinished, { chunk: unfinished.subarray(0, 1000) })
    const partsBefore = parts().length
    assert.equal((await dave.client.request('DeleteAccount', { identity_key: dave.key })).success, true)
    await assert.rejects(bob.client.blobs.read(own), isStatus(Status.NotFound))
    assert.ok(Buffer.from((await bob.client.blobs.get(shared)).data).equals(sharedBytes), 'bob stored it too: it stays')
    await waitFor(() => !stored(own) && parts().length === partsBefore - 1, 2000, 'the files to go')
    assert.ok(stored(shared))
    const db = t.node.storage.db
    assert.equal(db.prepare('SELECT count(*) FROM blob_owners WHERE blob_id = ?').pluck().get(Buffer.from(shared)), 1)
  })
})

describe('blob uploads on the service, with a clock and a disk of our own', () => {
  const storage = tempStorage()
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-blobs-'))
  const store = new BlobStore(storage.db)
  let now = 1_000_000
  let diskFull = false
  // fills the disk on demand: writes part of the chunk, then fails as a full disk does
  const append: AppendFile = async (file, data) => {
    if (!diskFull) return await appendFile(file, data)
    await appendFile(file, data.subarray(0, data.length >> 1))
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
  }
  const service = (): BlobService => new BlobService({
    store, disk: new BlobDisk(dir, append), hooks: new HookBus(), log: silentLogger(), limits: DEFAULT_BLOB_LIMITS, now: () => now,
  })
  let blobs: BlobService
  let caller: { session: Session }
  const up = (p: qpq.v1.UploadBlobRequest.$Properties) => blobs.uploadBlob(qpq.v1.UploadBlobRequest.create(p), caller)
  const download = (id: Uint8Array) => blobs.downloadBlob(qpq.v1.DownloadBlobRequest.create({ blob_id: id }))
  const partFiles = (): string[] => readdirSync(path.join(dir, 'uploads'))

  before(async () => {
    const accounts = new AccountStore(storage.db)
    const key = newIdentityKey()
    accounts.createAccount('erin', key, Buffer.alloc(192), now)
    caller = { session: { accountId: (accounts.account('erin') as { id: number }).id, username: 'erin', identityKey: key, deviceId: null } }
    blobs = service()
    await blobs.start()
  })
  after(() => {
    storage.close()
  })

  it('expires an unfinished upload: refused from then on, deleted by the sweep', async () => {
    const data = randomBytes(1000)
    const { upload_id } = await up({ total_size: 1000, sha256: sha256(data), chunk: data.subarray(0, 10) })
    now += DEFAULT_BLOB_LIMITS.uploadTtlMs - 1
    await blobs.sweep()
    assert.equal((await up({ upload_id, offset: 10, chunk: data.subarray(10, 20) })).received, 20, 'not expired yet')
    now += 1
    await assert.rejects(up({ upload_id, offset: 20, chunk: data.subarray(20) }), isStatus(Status.NotFound))
    assert.equal(partFiles().length, 1, 'refused, not yet deleted')
    await blobs.sweep()
    assert.deepEqual(partFiles(), [])
    assert.equal(store.upload(Buffer.from(upload_id as Uint8Array)), undefined)
    // starting again opens a new upload
    assert.equal((await up({ total_size: 1000, sha256: sha256(data) })).received, 0)
  })

  it('goes on after a restart: the hash state is rebuilt from the part', async () => {
    const data = randomBytes(3000)
    const { upload_id } = await up({ total_size: 3000, sha256: sha256(data), chunk: data.subarray(0, 1000) })
    blobs = service()
    await blobs.start()
    assert.equal((await up({ upload_id, offset: 1000, chunk: data.subarray(1000, 2000) })).received, 2000)
    const done = await up({ upload_id, offset: 2000, chunk: data.subarray(2000), final: true })
    assert.deepEqual(Buffer.from(done.blob_id as Uint8Array), sha256(data))
  })

  it('takes concurrent calls on one upload one at a time', async () => {
    const data = randomBytes(2000)
    const { upload_id } = await up({ total_size: 2000, sha256: sha256(data) })
    const twice = await Promise.allSettled([1, 2].map(() => up({ upload_id, offset: 0, chunk: data.subarray(0, 1000) })))
    assert.deepEqual(twice.map((r) => r.status).sort(), ['fulfilled', 'rejected'], 'the second finds offset 0 taken')
    const done = await up({ upload_id, offset: 1000, chunk: data.subarray(1000), final: true })
    assert.deepEqual(Buffer.from(done.blob_id as Uint8Array), sha256(data))
  })

  it('removes part files no upload owns', async () => {
    const stray = path.join(dir, 'uploads', `${randomBytes(16).toString('hex')}.part`)
    writeFileSync(stray, 'left by a crash')
    await blobs.sweep()
    assert.equal(existsSync(stray), false)
  })

  it('answers a full disk with 9, discards the upload and keeps serving', async () => {
    const data = randomBytes(4000)
    const { upload_id } = await up({ total_size: 4000, sha256: sha256(data), chunk: data.subarray(0, 1000) })
    const before = partFiles()
    diskFull = true
    await assert.rejects(up({ upload_id, offset: 1000, chunk: data.subarray(1000, 2000) }), (e: unknown) => isStatus(Status.Unavailable)(e) && /storage space/.test((e as Error).message))
    assert.deepEqual(partFiles(), before.filter((f) => !f.startsWith(Buffer.from(upload_id as Uint8Array).toString('hex'))), 'the part is gone')
    await assert.rejects(up({ upload_id, offset: 1000, chunk: data.subarray(1000, 2000) }), isStatus(Status.NotFound), 'and the upload')
    diskFull = false
    const done = await up({ total_size: 4000, sha256: sha256(data), chunk: data, final: true })
    assert.deepEqual(Buffer.from(done.blob_id as Uint8Array), sha256(data))
    const read = await download(done.blob_id as Uint8Array)
    assert.ok(Buffer.from(read.data as Uint8Array).equals(data))
  })

  it('answers 4 for a blob whose file is gone', async () => {
    const data = randomBytes(100)
    const { blob_id } = await up({ total_size: 100, sha256: sha256(data), chunk: data, final: true })
    unlinkSync(new BlobDisk(dir).blobFile(Buffer.from(blob_id as Uint8Array)))
    await assert.rejects(download(blob_id as Uint8Array), isStatus(Status.NotFound))
  })
})

describe('blob options', () => {
  it('keeps blobs in DATA_DIR/blobs unless blob_dir says otherwise, and max_blob_bytes within the protocol\'s', () => {
    assert.deepEqual(loadConfig({ data_dir: '/srv/qpq' }, {}).blobs, { dir: path.join('/srv/qpq', 'blobs'), maxBytes: PROTOCOL_MAX_BLOB_BYTES, uploadTtlMs: 86_400_000 })
    assert.equal(loadConfig({}, { QPQ_BLOB_DIR: '/mnt/blobs' }).blobs.dir, '/mnt/blobs')
    assert.equal(loadConfig({ max_blob_bytes: '1000' }, {}).blobs.maxBytes, 1000)
    assert.throws(() => loadConfig({ max_blob_bytes: String(PROTOCOL_MAX_BLOB_BYTES + 1) }, {}), ConfigError)
    assert.throws(() => loadConfig({ blob_upload_ttl: '59' }, {}), ConfigError)
  })
})
