// The delivery service through the real daemon: queue order and sequence numbers, Fetch keeps
// until Ack, Peek, idempotent enqueue, all-or-nothing batches, long-poll, push, TTL, limits,
// and that nobody reads another identity's queue.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { collectingLogger } from './helpers/log-lines.js'
import { randomBytes } from 'node:crypto'
import { QpqError, Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import { qpq } from '../proto/qpq.js'
import { startTestNode, type TestNode, newIdentityKey, newUser, type TestUser } from './helpers/node.js'
import { waitFor } from './helpers/rpc-harness.js'
import { isStatus } from './helpers/status.js'

const identity = newIdentityKey
const text = (m: { data: Uint8Array }): string => Buffer.from(m.data).toString()

async function user(t: TestNode, name: string): Promise<TestUser & { client: QpqClient }> {
  const u = newUser(name)
  await t.register(u)
  return { ...u, client: await t.session(u) }
}

describe('delivery', () => {
  let t: TestNode
  let alice: TestUser & { client: QpqClient }
  let bob: TestUser & { client: QpqClient }
  before(async () => {
    t = await startTestNode({ max_queue_depth: '5', max_message_bytes: '1000' })
    alice = await user(t, 'alice')
    bob = await user(t, 'bob')
  })
  after(async () => { await t.stop() })

  it('keeps each queue in order with its own sequence numbers; Fetch keeps until Ack; Peek reads too', async () => {
    const channel = randomBytes(16)
    const a = await alice.client.send(bob.key, Buffer.from('one'))
    const b = await alice.client.send(bob.key, Buffer.from('two'))
    const c = await alice.client.send(bob.key, Buffer.from('in a channel'), { channel })
    assert.equal(b.seq, a.seq + 1)
    assert.equal(c.seq, 1, 'a channel is its own queue')
    assert.deepEqual((await bob.client.fetch()).map(text), ['one', 'two'])
    assert.deepEqual((await bob.client.fetch()).map(text), ['one', 'two'], 'fetch does not remove')
    assert.deepEqual((await bob.client.peek({ channel })).map(text), ['in a channel'])
    await bob.client.ack(a.seq)
    assert.deepEqual((await bob.client.fetch()).map((m) => m.seq), [b.seq])
    await bob.client.ack(b.seq)
    await bob.client.ack(c.seq, { channel })
    assert.deepEqual(await bob.client.fetch(), [])
    assert.deepEqual(await bob.client.fetch({ channel }), [])
  })

  it('signs a delivery proof the client verifies against the server key from Health', async () => {
    const serverKey = (await alice.client.health()).delivery_proof_key
    assert.equal(serverKey.length, 32)
    const payload = Buffer.from('proven')
    const sent = await alice.client.send(bob.key, payload)
    assert.ok(alice.client.verifyProof(serverKey, bob.key, payload, sent))
    assert.ok(!alice.client.verifyProof(serverKey, bob.key, Buffer.from('other'), sent), 'another payload')
    assert.ok(!alice.client.verifyProof(serverKey, bob.key, payload, { ...sent, seq: sent.seq + 1 }), 'another seq')
    assert.ok(!alice.client.verifyProof(serverKey, alice.key, payload, sent), 'another recipient')
    await bob.client.ack(sent.seq)
  })

  it('stores a retried enqueue (same message_id) once', async () => {
    const messageId = randomBytes(16)
    const first = await alice.client.send(bob.key, Buffer.from('once'), { messageId })
    const retry = await alice.client.send(bob.key, Buffer.from('once'), { messageId })
    assert.equal(retry.duplicate, true)
    assert.equal(retry.seq, first.seq)
    const got = await bob.client.fetch()
    assert.deepEqual(got.map(text), ['once'])
    await bob.client.ack(first.seq)
    // still a duplicate after the ack: the dedup window is the message's TTL
    assert.equal((await alice.client.send(bob.key, Buffer.from('once'), { messageId })).duplicate, true)
  })

  it('refuses a retry with the same message_id and other bytes (1), storing nothing; the same bytes get a valid proof', async () => {
    const serverKey = (await alice.client.health()).delivery_proof_key
    const messageId = randomBytes(16)
    const first = await alice.client.send(bob.key, Buffer.from('original'), { messageId })
    await assert.rejects(alice.client.send(bob.key, Buffer.from('tampered'), { messageId }),
      (e: unknown) => isStatus(Status.BadRequest)(e) && /message_id .*other payload/.test((e as Error).message))
    assert.deepEqual((await bob.client.fetch()).map(text), ['original'], 'nothing of the conflicting retry was stored')
    const retry = await alice.client.send(bob.key, Buffer.from('original'), { messageId })
    assert.equal(retry.duplicate, true)
    assert.equal(retry.seq, first.seq)
    assert.ok(alice.client.verifyProof(serverKey, bob.key, Buffer.from('original'), retry), 'a proof over the stored bytes')
    await bob.client.ack(first.seq)
    // after the ack the message is gone, its id stays: still compared with the stored bytes
    await assert.rejects(alice.client.send(bob.key, Buffer.from('tampered'), { messageId }), isStatus(Status.BadRequest))
    assert.equal((await alice.client.send(bob.key, Buffer.from('original'), { messageId })).duplicate, true)
    assert.deepEqual(await bob.client.fetch(), [])
  })

  it('refuses a batch whose message_id was used with other bytes for one recipient, storing nothing', async () => {
    const messageId = randomBytes(16)
    const first = await alice.client.send(bob.key, Buffer.from('batch original'), { messageId })
    await assert.rejects(alice.client.request('BatchEnqueue', { recipient_keys: [alice.key, bob.key], payload: Buffer.from('batch tampered'), message_id: messageId }),
      (e: unknown) => isStatus(Status.BadRequest)(e) && /message_id .*other payload/.test((e as Error).message))
    assert.deepEqual(await alice.client.fetch(), [], 'all or nothing: the other recipient got nothing either')
    const again = await alice.client.request('BatchEnqueue', { recipient_keys: [alice.key, bob.key], payload: Buffer.from('batch original'), message_id: messageId })
    assert.equal(Number(again.seqs[1]), first.seq, 'the same bytes: the first copy\'s seq')
    assert.deepEqual((await alice.client.fetch()).map(text), ['batch original'])
    assert.deepEqual((await bob.client.fetch()).map(text), ['batch original'])
    await alice.client.ack(Number(again.seqs[0]))
    await bob.client.ack(first.seq)
  })

  it('batch enqueue is all or nothing', async () => {
    const r = await alice.client.request('BatchEnqueue', { recipient_keys: [bob.key, alice.key], payload: Buffer.from('to both') })
    assert.equal(r.seqs.length, 2)
    assert.deepEqual((await alice.client.fetch()).map(text), ['to both'])
    await assert.rejects(alice.client.request('BatchEnqueue', { recipient_keys: [bob.key, identity()], payload: Buffer.from('never') }), isStatus(Status.NotFound))
    assert.deepEqual((await bob.client.fetch()).map(text), ['to both'], 'nothing of the failed batch was stored')
    await bob.client.ack(Number(r.seqs[0]))
    await alice.client.ack(Number(r.seqs[1]))
  })

  it('FetchWait returns when a message arrives, and empty at its timeout', async () => {
    const waiting = bob.client.fetchWait(30_000)
    await waitFor(() => t.node.rpc.inFlight === 1, 5_000, 'long poll waiting')
    const sent = await alice.client.send(bob.key, Buffer.from('wake up'))
    // the commit wakes the poll at once; without the wake-up it would answer only at its 30 s
    // timeout (empty), so a guard far shorter than that fails a broken wake-up
    let guard: NodeJS.Timeout | undefined
    const late = new Promise<never>((_, reject) => { guard = setTimeout(() => reject(new Error('FetchWait was not woken by the commit')), 8_000) })
    try {
      assert.deepEqual((await Promise.race([waiting, late])).map(text), ['wake up'])
    } finally {
      clearTimeout(guard)
    }
    await bob.client.ack(sent.seq)
    assert.deepEqual(await bob.client.fetchWait(200), [])
  })

  it('a long poll stops waiting when its connection goes away', async () => {
    const c = await t.client()
    await c.login(bob.name, bob.password, bob.key)
    void c.fetchWait(20_000).catch(() => {})
    await waitFor(() => t.node.rpc.inFlight === 1, 5_000, 'long poll running')
    c.close()
    await waitFor(() => t.node.rpc.inFlight === 0, 5_000, 'long poll given up')
  })

  it('a revoked device\'s long poll ends at once', async () => {
    const phone = await t.client()
    await phone.login(bob.name, bob.password, bob.key)
    const deviceId = randomBytes(16)
    await phone.request('RegisterDevice', { device_id: deviceId, device_name: 'phone', device_key: randomBytes(32) })
    // a cursor of the phone's: it fetched and acked a message
    const first = await alice.client.send(bob.key, Buffer.from('before revocation'))
    await phone.ack(first.seq)
    const cursors = (): number => t.node.storage.db.prepare('SELECT count(*) AS n FROM queue_cursors WHERE recipient = ? AND device = ?').pluck().get(bob.key, deviceId) as number
    assert.equal(cursors(), 1)
    await bob.client.ack(first.seq)
    const polling = phone.fetchWait(20_000)
    await waitFor(() => t.node.rpc.inFlight === 1, 5_000, 'long poll running')
    const pushed: number[] = []
    phone.onPush((p) => pushed.push(p.eventType))
    const r = await bob.client.request('RevokeDevice', { device_id: deviceId })
    assert.equal(r.revoked, true)
    assert.equal(cursors(), 0, 'its ack cursors went with it')
    assert.deepEqual(await polling, [])
    await assert.rejects(phone.fetch(), isStatus(Status.Unauthorized))
    // no more pushes reach the revoked device's connection
    const sent = await alice.client.send(bob.key, Buffer.from('after revocation'))
    await new Promise((r) => setTimeout(r, 200))
    assert.deepEqual(pushed, [])
    await bob.client.ack(sent.seq)
  })

  it('pushes NewMessage to the recipient\'s connection', async () => {
    const pushes: Buffer[] = []
    const off = bob.client.onPush((p) => { if (p.eventType === 1000) pushes.push(p.payload) })
    const sent = await alice.client.send(bob.key, Buffer.from('pushed'))
    await waitFor(() => pushes.length === 1, 5_000, 'push')
    off()
    const m = qpq.v1.NewMessage.decode(pushes[0] as Buffer)
    assert.equal(m.envelope?.seq, sent.seq)
    assert.equal(Buffer.from(m.envelope?.data ?? []).toString(), 'pushed')
    assert.deepEqual(Buffer.from(m.recipient_key), bob.key)
    await bob.client.ack(sent.seq)
  })

  it('never returns an expired message', async () => {
    const sent = await alice.client.send(bob.key, Buffer.from('short-lived'), { ttlSecs: 1 })
    assert.deepEqual((await bob.client.peek()).map(text), ['short-lived'])
    await new Promise((r) => setTimeout(r, 1_100))
    assert.deepEqual(await bob.client.fetch(), [])
    await bob.client.ack(sent.seq)
  })

  it('refuses payloads over the limit (1) and enqueues to a full queue (9), and messages for nobody (4)', async () => {
    await assert.rejects(alice.client.send(bob.key, Buffer.alloc(1001)), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.send(bob.key, Buffer.alloc(0)), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.send(identity(), Buffer.from('x')), isStatus(Status.NotFound))
    await assert.rejects(alice.client.send(bob.key.subarray(0, 31), Buffer.from('x')), isStatus(Status.BadRequest))
    const seqs: number[] = []
    for (let i = 0; i < 5; i++) seqs.push((await alice.client.send(bob.key, Buffer.from(`fill ${i}`))).seq)
    await assert.rejects(alice.client.send(bob.key, Buffer.from('one too many')), isStatus(Status.Unavailable))
    await bob.client.ack(Math.max(...seqs))
    await alice.client.send(bob.key, Buffer.from('room again')).then((r) => bob.client.ack(r.seq))
  })

  it('nobody reads or acks another identity\'s queue', async () => {
    const sent = await alice.client.send(bob.key, Buffer.from('for bob only'))
    for (const name of ['Fetch', 'Peek', 'FetchWait'] as const) {
      await assert.rejects(alice.client.request(name, { recipient_key: bob.key }), isStatus(Status.Forbidden))
    }
    await assert.rejects(alice.client.request('Ack', { recipient_key: bob.key, seq_up_to: sent.seq }), isStatus(Status.Forbidden))
    assert.deepEqual((await bob.client.fetch()).map(text), ['for bob only'])
    await bob.client.ack(sent.seq)
  })
})

describe('hook points', () => {
  it('a veto on message.enqueue refuses with its status and reason and stores nothing; fetch is observed, peek is not', async () => {
    const t = await startTestNode()
    try {
      const alice = await user(t, 'alice')
      const bob = await user(t, 'bob')
      const off = t.node.hooks.register('message.enqueue', (m) => (m.size > 10 ? { status: Status.Forbidden, reason: 'too big for this server' } : null))
      await assert.rejects(alice.client.send(bob.key, Buffer.alloc(11)), (e: unknown) => e instanceof QpqError && e.status === Status.Forbidden && /too big for this server/.test(e.message))
      const ok = await alice.client.send(bob.key, Buffer.from('small'))
      off()
      const fetches: number[] = []
      t.node.hooks.register('message.fetch', (f) => { fetches.push(f.count) })
      await bob.client.peek()
      assert.deepEqual((await bob.client.fetch()).map(text), ['small'])
      assert.deepEqual(fetches, [1])
      await bob.client.ack(ok.seq)
    } finally {
      await t.stop()
    }
  })
})

describe('sealed sender', () => {
  it('accepts an enqueue without a sender session, and stores nothing of the sender', async () => {
    const t = await startTestNode({ sealed_sender: 'true' })
    try {
      const bob = await user(t, 'bob')
      const anonymous = await t.client() // never registered, never logged in
      const r = await anonymous.request('Enqueue', { recipient_key: bob.key, payload: Buffer.from('from someone') })
      assert.ok(r.seq >= 1)
      assert.deepEqual((await bob.client.fetch()).map(text), ['from someone'])
      // a sender with an account, sending with its session anyway: the server ignores it
      const alice = await user(t, 'alice')
      await alice.client.send(bob.key, Buffer.from('from alice'))
      const db = t.node.storage.db
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
      // the account's own records hold its key: its row, and its binding in the key transparency log
      for (const table of tables.filter((n) => n !== 'users' && n !== 'kt_leaves')) {
        for (const row of db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>) {
          for (const v of Object.values(row)) {
            if (Buffer.isBuffer(v)) assert.ok(!v.includes(alice.key), `${table} holds the sender's identity key`)
          }
        }
      }
      // reading still needs a session
      await assert.rejects(anonymous.request('Fetch', { recipient_key: bob.key }), isStatus(Status.Unauthorized))
    } finally {
      await t.stop()
    }
  })
})

describe('sealed sender, per address', () => {
  it('limits anonymous enqueues by source address: the flood is answered 5 and not stored, another address is served', async () => {
    const t = await startTestNode({ sealed_sender: 'true', rate_limit_per_ip: '5' })
    try {
      const bob = newUser('bob')
      await t.register(bob)
      const flooder = await t.client()
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        flooder.request('Enqueue', { recipient_key: bob.key, payload: Buffer.from(`flood ${i}`) }).then(() => 'ok', (e: unknown) => e)))
      const refused = answers.filter((a): a is QpqError => a !== 'ok')
      assert.ok(refused.length >= 10, `${refused.length} of 20 refused`)
      for (const e of refused) {
        assert.ok(e instanceof QpqError && e.status === Status.RateLimited, String(e))
        assert.match(e.message, /too many requests from this address; retry after \d+ ms$/)
        assert.ok(e.retryAfterMs >= 1 && e.retryAfterMs <= 1000, `retry after ${e.retryAfterMs} ms`)
      }
      // another source address has a budget of its own
      const other = await t.client({ bindAddress: '127.0.0.2' })
      await other.request('Enqueue', { recipient_key: bob.key, payload: Buffer.from('from elsewhere') })
      // bob reads from an address of his own too: 127.0.0.1 has used up its budget
      const reader = await t.client({ bindAddress: '127.0.0.3' })
      await reader.login(bob.name, bob.password, bob.key)
      const stored = (await reader.fetch({ limit: 100 })).map(text)
      assert.equal(stored.length, 20 - refused.length + 1, 'exactly the answered ones are stored')
      assert.ok(stored.includes('from elsewhere'))
    } finally {
      await t.stop()
    }
  })
})

describe('a recipient that takes no pushes', () => {
  it('overflows only its own push queue: every enqueue is answered 0, the pushes over the cap are dropped and counted, and Fetch has every message, a frame\'s worth at a time', async () => {
    const t = await startTestNode()
    try {
      const alice = await user(t, 'alice')
      const bob = newUser('bob')
      await t.register(bob)
      // grants the server no stream for pushes: every push waits in its queue (1,024 frames, 8 MiB)
      const stuck = await t.client({ pushStreams: 0 })
      await stuck.login(bob.name, bob.password, bob.key)
      const droppedBefore = t.node.push.dropped
      const payload = (i: number): Buffer => Buffer.concat([Buffer.from(`m${String(i).padStart(4, '0')}`), randomBytes(60_000)])
      const N = 200
      for (let i = 0; i < N; i += 20) await Promise.all(Array.from({ length: 20 }, (_, k) => alice.client.send(bob.key, payload(i + k))))
      assert.ok(t.node.push.dropped > droppedBefore, 'pushes over the cap were dropped')
      assert.ok(t.node.rpc.bufferedBytes < 9 << 20, `${t.node.rpc.bufferedBytes} bytes buffered`)
      assert.equal((await stuck.health()).status, 'ok', 'the connection itself is served')
      // 100 of these are 6 MB: a page holds what fits one response frame (4 MiB), never a 10
      const first = await stuck.peek({ limit: 100 })
      assert.ok(first.length > 0 && first.length < 100 && first.reduce((n, m) => n + m.data.length, 0) <= 4 << 20, `a page of ${first.length}`)
      const got: string[] = []
      for (;;) {
        const page = await stuck.fetch({ limit: 100 })
        if (page.length === 0) break
        got.push(...page.map((m) => Buffer.from(m.data).subarray(0, 5).toString()))
        await stuck.ack((page.at(-1) as { seq: number }).seq)
      }
      // sent 20 at a time: in any order within each batch
      assert.deepEqual(got.sort(), Array.from({ length: N }, (_, i) => `m${String(i).padStart(4, '0')}`))
    } finally {
      await t.stop()
    }
  })
})

describe('several devices', () => {
  it('keeps a message until every registered device has acked it; a device-less ack deletes nothing then', async () => {
    const t = await startTestNode()
    try {
      const alice = await user(t, 'alice')
      const bob = newUser('bob')
      await t.register(bob)
      const phone = await t.session(bob)
      const laptop = await t.session(bob)
      const unbound = await t.session(bob)
      await phone.request('RegisterDevice', { device_id: randomBytes(16), device_name: 'phone', device_key: randomBytes(32) })
      await laptop.request('RegisterDevice', { device_id: randomBytes(16), device_name: 'laptop', device_key: randomBytes(32) })
      const sent = await alice.client.send(bob.key, Buffer.from('for both devices'))
      const stored = (): number => t.node.storage.db.prepare('SELECT count(*) FROM messages WHERE recipient = ?').pluck().get(bob.key) as number
      await unbound.ack(sent.seq)
      await phone.ack(sent.seq)
      assert.deepEqual(await phone.fetch(), [])
      assert.deepEqual((await laptop.fetch()).map(text), ['for both devices'], 'the laptop has not read it yet')
      assert.equal(stored(), 1)
      await laptop.ack(sent.seq)
      assert.equal(stored(), 0, 'deleted once every device acked')
    } finally {
      await t.stop()
    }
  })
})

describe('message ids remembered before migration 13', () => {
  it('get the hash of their still-queued message; an acked one answers a duplicate without a proof', async () => {
    const { mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { openDatabase } = await import('../daemon/storage/database.js')
    const { migrations } = await import('../daemon/storage/migrations.js')
    const { DeliveryStore } = await import('../daemon/services/delivery/store.js')
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-m13-')), 'qpq.db')
    const key = randomBytes(32)
    const recipient = identity()
    const channel = Buffer.alloc(0)
    const [queuedId, ackedId] = [randomBytes(16), randomBytes(16)]
    const old = openDatabase({ file, key, durability: 'normal', migrations: migrations.filter((m) => m.version <= 12) })
    const far = Date.now() + 86_400_000
    old.db.prepare('INSERT INTO messages (recipient, channel, seq, payload, enqueued_at, expires_at) VALUES (?, ?, 2, ?, 0, ?)').run(recipient, channel, Buffer.from('still queued'), far)
    old.db.prepare('INSERT INTO message_ids (recipient, channel, message_id, seq, expires_at) VALUES (?, ?, ?, ?, ?)').run(recipient, channel, ackedId, 1, far)
    old.db.prepare('INSERT INTO message_ids (recipient, channel, message_id, seq, expires_at) VALUES (?, ?, ?, ?, ?)').run(recipient, channel, queuedId, 2, far)
    old.close()
    const s = openDatabase({ file, key, durability: 'normal', migrations })
    try {
      assert.ok(s.applied.includes(13))
      const store = new DeliveryStore(s.db)
      const enqueue = (messageId: Buffer, payload: string) => s.db.transaction(() => store.enqueue({ recipient, channel, payload: Buffer.from(payload), messageId, expiresAt: far }, Date.now()))()
      assert.deepEqual(enqueue(queuedId, 'still queued'), { seq: 2, duplicate: true, proven: true })
      assert.equal(enqueue(queuedId, 'other bytes'), 'conflict')
      assert.deepEqual(enqueue(ackedId, 'whatever it was'), { seq: 1, duplicate: true, proven: false })
    } finally {
      s.close()
    }
  })
})

describe('a push that fails after the commit', () => {
  it('never turns a committed Enqueue or BatchEnqueue into an error: the sender gets 0 and the message stays queued', async () => {
    const { log, lines } = collectingLogger('info')
    const t = await startTestNode({}, undefined, log)
    try {
      const alice = await user(t, 'alice')
      const bob = await user(t, 'bob')
      // the push hub fails as a broken connection or encoder would, after the transaction committed
      const hub = t.node.push
      hub.pushToIdentity = () => { throw new Error('push failed') }
      const sent = await alice.client.send(bob.key, Buffer.from('committed'))
      assert.ok(sent.seq >= 1)
      const batch = await alice.client.request('BatchEnqueue', { recipient_keys: [bob.key], payload: Buffer.from('committed too') })
      assert.equal(batch.seqs.length, 1)
      assert.deepEqual((await bob.client.fetch()).map(text), ['committed', 'committed too'])
      assert.equal(lines.filter((l) => /not pushed/.test(String(l.msg))).length, 2, 'each failure is logged')
    } finally {
      await t.stop()
    }
  })
})

describe('a delivery proof that cannot be made', () => {
  it('leaves the committed Enqueue answered 0, with an empty proof and an error in the log', async () => {
    const { ProofSigner } = await import('../daemon/crypto/proof-signer.js')
    const { log, lines } = collectingLogger('info')
    const t = await startTestNode({}, undefined, log)
    const prove = ProofSigner.prototype.prove
    try {
      const alice = await user(t, 'alice')
      const bob = await user(t, 'bob')
      // a fault injected where the signer runs, after the transaction committed
      ProofSigner.prototype.prove = () => Promise.reject(new Error('signing failed'))
      const sent = await alice.client.send(bob.key, Buffer.from('committed'))
      ProofSigner.prototype.prove = prove
      assert.ok(sent.seq >= 1)
      assert.equal(sent.proof.length, 0)
      assert.deepEqual((await bob.client.fetch()).map(text), ['committed'])
      assert.equal(lines.filter((l) => /got no delivery proof/.test(String(l.msg))).length, 1)
      const next = await alice.client.send(bob.key, Buffer.from('proven again'))
      assert.ok(alice.client.verifyProof((await alice.client.health()).delivery_proof_key, bob.key, Buffer.from('proven again'), next))
    } finally {
      ProofSigner.prototype.prove = prove
      await t.stop()
    }
  })
})
