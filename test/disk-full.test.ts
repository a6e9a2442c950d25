// A full disk, for real: the daemon's data directory on a small tmpfs of the test's own, filled
// up by a filler file. Enqueue, blob upload and `qpqctl backup` meet ENOSPC (SQLite's SQLITE_FULL,
// or node:fs) and answer 9 Unavailable (qpqctl: exit 1) with the reason, never 10; nothing
// half-written stays (a refused message is never stored, a refused upload leaves no part, row
// or blob, a refused backup neither its copy nor its salt); reads go on meanwhile; and service resumes once the filler is deleted, across
// a restart too. Skips, saying why, where a tmpfs cannot be mounted.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { QpqError, Status } from '../client/errors.js'
import { openDatabase } from '../daemon/storage/database.js'
import { resolveDatabaseKey, saltFileOf } from '../daemon/storage/key.js'
import { migrations } from '../daemon/storage/migrations.js'
import { loggedInUser, startTestNode, type LoggedInUser, type TestNode } from './helpers/node.js'
import { capturingLogger } from './helpers/plaintext.js'
import { qpqctl, type CtlRun } from './helpers/qpqctl.js'
import { mountSmallFs, type SmallFs } from './helpers/small-fs.js'

const MiB = 1 << 20
const PASSPHRASE = 'the passphrase of the full disk'
const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()

/** The status and reason a call was refused with (any other rejection fails the test). */
function refusal(err: unknown): { status: number; message: string } {
  assert.ok(err instanceof QpqError, `expected an answer from the server, got ${String(err)}`)
  return { status: err.status, message: err.message }
}

const mounted = mountSmallFs(24 * MiB)
const skip = typeof mounted === 'string' ? mounted : false

describe('a full disk', { skip }, () => {
  const fs = mounted as SmallFs
  const dataDir = path.join(fs.dir, 'data')
  const logs = capturingLogger()
  let t: TestNode
  let alice: LoggedInUser, bob: LoggedInUser
  /** Payloads answered Ok, and refused, over the whole file. */
  const acked = new Set<string>()
  const refused = new Set<string>()
  let n = 0

  /** One enqueue from alice to bob; its payload is remembered as acked or refused. */
  const send = async (): Promise<{ status: number; message: string }> => {
    const payload = `m${n++} ${randomBytes(6).toString('hex')} ${'x'.repeat(8_000)}`
    try {
      await alice.client.send(bob.key, Buffer.from(payload), { messageId: randomBytes(16) })
      acked.add(payload)
      return { status: Status.Ok, message: '' }
    } catch (err) {
      refused.add(payload)
      return refusal(err)
    }
  }

  before(async () => {
    t = await startTestNode({ db_key: PASSPHRASE }, dataDir, logs.log)
    alice = await loggedInUser(t, 'alice')
    bob = await loggedInUser(t, 'bob')
  })
  after(async () => {
    fs.release()
    await t?.stop()
    fs.unmount()
  })

  it('refuses enqueues with 9 and the reason while the disk is full, stores none of them, and serves reads meanwhile', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await send()).status, Status.Ok)
    fs.fill()
    // the WAL may still have room in its last page: keep sending (8 at a time, as a busy client does) until refused
    const answers: Array<{ status: number; message: string }> = []
    for (let round = 0; round < 50 && !answers.some((a) => a.status !== Status.Ok); round++) {
      answers.push(...await Promise.all(Array.from({ length: 8 }, send)))
    }
    const failures = answers.filter((a) => a.status !== Status.Ok)
    assert.ok(failures.length > 0, 'some enqueue was refused once the disk was full')
    for (const f of failures) {
      assert.equal(f.status, Status.Unavailable, f.message)
      assert.match(f.message, /out of storage space: nothing of this call was stored; try again later$/)
    }
    // more refusals while it stays full, each answered the same way
    for (let i = 0; i < 5; i++) assert.equal((await send()).status, Status.Unavailable)
    // reading needs no space
    assert.equal((await bob.client.health()).status, 'ok')
    const queued = new Set((await bob.client.peek({ limit: 1000 })).map((m) => Buffer.from(m.data).toString()))
    assert.deepEqual([...acked].filter((p) => !queued.has(p)), [], 'every acknowledged message is readable')
    assert.deepEqual([...refused].filter((p) => queued.has(p)), [], 'no refused message was stored')
    // the operator is told, without a line per call
    const lines = logs.text().split('\n').filter((l) => l.includes('the disk is full'))
    assert.ok(lines.length >= 1 && lines.length < failures.length + 5, `${lines.length} log lines for ${failures.length + 5} refusals`)
  })

  it('serves enqueues again once space is freed, and keeps exactly the acknowledged ones across a restart', async () => {
    fs.release()
    for (let i = 0; i < 5; i++) assert.equal((await send()).status, Status.Ok)
    await t.stop()
    t = await startTestNode({ db_key: PASSPHRASE }, dataDir, logs.log)
    bob = { ...bob, client: await t.session(bob) }
    alice = { ...alice, client: await t.session(alice) }
    const stored: string[] = []
    for (;;) {
      const page = await bob.client.fetch({ limit: 1000 })
      if (page.length === 0) break
      stored.push(...page.map((m) => Buffer.from(m.data).toString()))
      await bob.client.ack((page.at(-1) as { seq: number }).seq)
    }
    assert.equal(new Set(stored).size, stored.length, 'nothing stored twice')
    assert.deepEqual(new Set(stored), acked)
    assert.equal(t.node.storage.db.pragma('integrity_check', { simple: true }), 'ok')
  })

  it('refuses a blob upload that meets the full disk with 9, leaving no part, row or blob, and takes it once space is back', async () => {
    const blobDir = path.join(dataDir, 'blobs')
    const leftovers = (id: Uint8Array): string[] => {
      const db = t.node.storage.db
      const hex = Buffer.from(id).toString('hex')
      return [
        ...readdirSync(path.join(blobDir, 'uploads')).map((f) => `part ${f}`),
        ...(existsSync(path.join(blobDir, hex.slice(0, 2), hex)) ? ['blob file'] : []),
        ...(db.prepare('SELECT count(*) FROM blob_uploads').pluck().get() as number > 0 ? ['upload row'] : []),
        ...(db.prepare('SELECT count(*) FROM blobs WHERE id = ?').pluck().get(Buffer.from(id)) as number > 0 ? ['blob row'] : []),
      ]
    }
    // the disk full at the first call (the upload's row), and full half-way through a 2 MiB chunk
    for (const leave of [0, MiB]) {
      const data = randomBytes(3 * MiB)
      fs.fill(leave)
      const e = refusal(await alice.client.blobs.put(data).then(() => assert.fail('stored on a full disk'), (err: unknown) => err))
      assert.equal(e.status, Status.Unavailable, e.message)
      assert.match(e.message, /out of storage space/)
      assert.deepEqual(leftovers(sha256(data)), [], `nothing of the upload stays (${leave} bytes were free)`)
      fs.release()
      const id = await alice.client.blobs.put(data)
      assert.deepEqual(Buffer.from(id), sha256(data))
      assert.ok(Buffer.from((await bob.client.blobs.get(id)).data).equals(data))
    }
  })

  it('refuses a backup to a full disk through qpqctl (exit 1, the reason), leaving no file nor half of one, and writes it with its salt once space is back', async () => {
    const dest = path.join(fs.dir, 'backup.db')
    const backup = (): Promise<CtlRun> => qpqctl(['--data-dir', dataDir, '--json', 'backup', dest])
    const beside = (): string[] => readdirSync(fs.dir).filter((f) => f !== 'data' && f !== '.filler')
    const refused = (r: CtlRun): void => {
      assert.equal(r.code, 1, r.stderr)
      assert.deepEqual(r.json?.error, { code: 'failed', message: `backup to ${dest} failed: the disk is full (nothing was left behind)` })
      assert.deepEqual(beside(), [], 'no backup file, complete or partial, and no salt')
    }
    // the copy does not fit
    fs.fill()
    refused(await backup())
    fs.release()
    const done = await backup()
    assert.equal(done.code, 0, done.stderr)
    assert.equal(done.json.saltFile, saltFileOf(dest), 'a passphrase key: the salt goes with the copy')
    const { key } = resolveDatabaseKey({ database: dest, passphrase: PASSPHRASE })
    const copy = openDatabase({ file: dest, key, durability: 'normal', migrations })
    try {
      assert.equal(copy.db.pragma('integrity_check', { simple: true }), 'ok')
      assert.equal(copy.db.prepare("SELECT count(*) FROM users WHERE username IN ('alice', 'bob')").pluck().get(), 2)
    } finally {
      copy.close()
    }
  })
})
