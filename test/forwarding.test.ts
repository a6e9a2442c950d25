// Delivery's forwarding seam: a message for an identity that is no account here goes to the first
// forwarder that carries it, queued in the same transaction as the call's local messages (all or
// nothing), answered with forwarded_via, its place in the forwarder's queue and an "accepted for
// forwarding" proof; a recipient nobody carries is refused with 4; a named domain is honoured.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { qpq } from '../proto/qpq.js'
import { DEFAULT_DELIVERY_LIMITS, DeliveryService } from '../daemon/services/delivery/handler.js'
import { DeliveryStore } from '../daemon/services/delivery/store.js'
import { Waiters } from '../daemon/services/delivery/waiters.js'
import type { Forwarder } from '../daemon/services/delivery/forwarding.js'
import { meshForwarder, type MeshHeld, type MeshQueue } from '../daemon/services/mesh/forwarder.js'
import type { CallContext } from '../daemon/services/call-context.js'
import { CommitBatcher } from '../daemon/storage/commit-batcher.js'
import { ProofSigner } from '../daemon/crypto/proof-signer.js'
import { ed25519PublicKey, ed25519Signer, newEd25519PrivateKeyDer } from '../daemon/crypto/ed25519.js'
import { HookBus } from '../plugins/hooks.js'
import { silentLogger } from '../daemon/observability/logger.js'
import { verifyDeliveryProof } from '../protocol/proof.js'
import { RpcError } from '../protocol/errors.js'
import { tempStorage } from './helpers/node.js'

/** A refusal by the service (the RpcError a transport turns into a status). */
const refusedWith = (status: number, text = /./) => (e: unknown): boolean => e instanceof RpcError && e.status === status && text.test(e.message)

function setup() {
  const storage = tempStorage()
  const db = storage.db
  // a forwarder on a real table: it carries keys it was told about, to "federation:b.example"
  db.exec('CREATE TABLE carried (id INTEGER PRIMARY KEY, via TEXT NOT NULL, recipient BLOB NOT NULL, payload BLOB NOT NULL)')
  const insert = db.prepare('INSERT INTO carried (via, recipient, payload) VALUES (?, ?, ?)')
  const remote = new Set<string>()
  const after: string[] = []
  let refuse = false
  const forwarder: Forwarder = {
    routeOf: (key, domain) => (domain === 'b.example' || (domain === null && remote.has(key.toString('hex'))) ? 'federation:b.example' : null),
    queue: (via, messages) => {
      if (refuse) throw new Error('the outbound queue is broken')
      const results = messages.map((m) => ({ seq: Number(insert.run(via, m.recipient, m.payload).lastInsertRowid), duplicate: false }))
      return { results, committed: () => { after.push(via) } }
    },
  }
  const local = randomBytes(32)
  const keyDer = newEd25519PrivateKeyDer()
  const batcher = new CommitBatcher(db)
  const service = (forwarders: readonly Forwarder[]): DeliveryService => new DeliveryService({
    store: new DeliveryStore(db), batcher, waiters: new Waiters(), limits: DEFAULT_DELIVERY_LIMITS,
    recipientExists: (k) => k.equals(local), forwarders, localDomain: 'a.example',
    mayEnqueue: () => {}, delivered: () => {}, hooks: new HookBus(), log: silentLogger(),
    counters: { enqueue: () => {}, fetch: () => {}, fetchWait: () => {} },
    prove: (f) => new ProofSigner(ed25519Signer(keyDer)).prove(f),
  })
  const delivery = service([forwarder])
  const ctx = { session: { accountId: 1, username: 'alice', identityKey: randomBytes(32), deviceId: null } } as unknown as CallContext
  const carried = (): number => db.prepare('SELECT count(*) FROM carried').pluck().get() as number
  const queued = (): number => db.prepare('SELECT count(*) FROM messages').pluck().get() as number
  return {
    storage, delivery, ctx, local, remote, after, carried, queued, serverKey: ed25519PublicKey(keyDer), refuse: () => { refuse = true },
    withForwarders: (list: (federation: Forwarder) => Forwarder[]) => service(list(forwarder)),
  }
}

/** A mesh that holds what it is given in a table, answering as told (mesh/ Mesh.queue's contract). */
function fakeMesh(db: ReturnType<typeof tempStorage>['db']) {
  db.exec('CREATE TABLE mesh_fake (id INTEGER PRIMARY KEY, envelope_id BLOB UNIQUE, payload BLOB)')
  const insert = db.prepare('INSERT OR IGNORE INTO mesh_fake (envelope_id, payload) VALUES (?, ?)')
  const answer: { next: MeshHeld['kind'] | null } = { next: null }
  const sent: number[] = []
  const mesh: MeshQueue = {
    queue: (requests) => ({
      held: requests.map((r): MeshHeld => {
        if (r.payload.length > 100) return { kind: 'oversize', place: 0 }
        if (answer.next === 'store-full' || answer.next === 'conflict') return { kind: answer.next, place: 0 }
        const row = insert.run(r.id, r.payload)
        if (row.changes === 0) return { kind: 'duplicate', place: 0, proven: false }
        return { kind: 'held', place: Number(row.lastInsertRowid) }
      }),
      committed: () => { sent.push(requests.length) },
    }),
  }
  return { mesh, answer, sent, held: (): number => db.prepare('SELECT count(*) FROM mesh_fake').pluck().get() as number }
}

describe('the mesh as a forwarder', () => {
  it('takes any key that is no account here and that federation (asked first) does not carry; answers what the mesh did', async () => {
    const s = setup()
    try {
      const m = fakeMesh(s.storage.db)
      const bob = randomBytes(32)
      s.remote.add(bob.toString('hex'))
      // the federation forwarder of setup() first, then the mesh
      const delivery = s.withForwarders((federation) => [federation, meshForwarder(m.mesh, { maxPayloadBytes: 100 })])
      const enqueue = (recipient: Buffer, payload = Buffer.from('x'), messageId?: Buffer): Promise<qpq.v1.EnqueueResponse.$Properties> =>
        delivery.enqueue(qpq.v1.EnqueueRequest.create({ recipient_key: recipient, payload, ...(messageId && { message_id: messageId }) }), s.ctx)
      assert.equal((await enqueue(bob)).forwarded_via, 'federation:b.example', 'a key federation carries')
      const nearby = randomBytes(32)
      const id = randomBytes(16)
      const r = await enqueue(nearby, Buffer.from('for a node nearby'), id)
      assert.deepEqual([r.forwarded_via, r.seq, r.duplicate], ['mesh', 1, false])
      assert.deepEqual(m.sent, [1], 'sent on after the commit')
      assert.ok(verifyDeliveryProof(s.serverKey, { recipient: nearby, channel: Buffer.alloc(0), seq: 1, payload: Buffer.from('for a node nearby'), forwardedVia: 'mesh' }, r.delivery_proof as Uint8Array))
      // a retry is the same envelope: a duplicate; the mesh no longer vouching for its bytes leaves the proof empty
      const again = await enqueue(nearby, Buffer.from('for a node nearby'), id)
      assert.deepEqual([again.duplicate, (again.delivery_proof as Uint8Array).length], [true, 0])
      await assert.rejects(enqueue(nearby, Buffer.alloc(101)), refusedWith(1, /over the 100-byte limit of what the mesh carries/))
      m.answer.next = 'store-full'
      await assert.rejects(delivery.batchEnqueue(qpq.v1.BatchEnqueueRequest.create({ recipient_keys: [s.local, randomBytes(32)], payload: Buffer.from('y') }), s.ctx), refusedWith(9, /mesh store cannot hold/))
      assert.equal(s.queued(), 0, 'the local copy of the refused batch is not stored')
      m.answer.next = 'conflict'
      await assert.rejects(enqueue(nearby, Buffer.from('other bytes'), id), refusedWith(1, /already used/))
      assert.equal(m.held(), 1)
      m.answer.next = null
      await assert.rejects(delivery.enqueue(qpq.v1.EnqueueRequest.create({ recipient_key: nearby, payload: Buffer.from('x'), recipient_domain: 'c.example' }), s.ctx), refusedWith(4, /no route to c\.example/), 'a named domain is never the mesh\'s')
    } finally {
      s.storage.close()
    }
  })
})

describe('forwarding', () => {
  it('queues a message for a key that is no account here with the forwarder that carries it, and says so', async () => {
    const s = setup()
    try {
      const bob = randomBytes(32)
      s.remote.add(bob.toString('hex'))
      const payload = Buffer.from('for bob at b.example')
      const r = await s.delivery.enqueue(qpq.v1.EnqueueRequest.create({ recipient_key: bob, payload }), s.ctx)
      assert.equal(r.forwarded_via, 'federation:b.example')
      assert.equal(r.seq, 1)
      assert.deepEqual(s.after, ['federation:b.example'], 'told after the commit')
      assert.equal(s.carried(), 1)
      assert.equal(s.queued(), 0)
      const facts = { recipient: bob, channel: Buffer.alloc(0), seq: 1, payload }
      assert.ok(verifyDeliveryProof(s.serverKey, { ...facts, forwardedVia: 'federation:b.example' }, r.delivery_proof as Uint8Array), 'an accepted-for-forwarding proof')
      assert.ok(!verifyDeliveryProof(s.serverKey, facts, r.delivery_proof as Uint8Array), 'which is no proof of storage here')
    } finally {
      s.storage.close()
    }
  })

  it('refuses a recipient nobody carries with 4, and honours a named domain', async () => {
    const s = setup()
    try {
      const enqueue = (recipient: Buffer, domain = ''): Promise<qpq.v1.EnqueueResponse.$Properties> =>
        s.delivery.enqueue(qpq.v1.EnqueueRequest.create({ recipient_key: recipient, payload: Buffer.from('x'), recipient_domain: domain }), s.ctx)
      await assert.rejects(enqueue(randomBytes(32)), refusedWith(4))
      await assert.rejects(enqueue(randomBytes(32), 'c.example'), refusedWith(4, /no route to c\.example/))
      assert.equal((await enqueue(s.local, 'a.example')).forwarded_via, '', 'our own domain: stored here')
      assert.equal((await enqueue(s.local, 'b.example')).forwarded_via, 'federation:b.example', 'another domain named: carried, even for a key known here')
      assert.equal(s.queued(), 1)
      assert.equal(s.carried(), 1)
    } finally {
      s.storage.close()
    }
  })

  it('commits a batch of local and forwarded recipients together, or nothing of it', async () => {
    const s = setup()
    try {
      const bob = randomBytes(32)
      s.remote.add(bob.toString('hex'))
      const batch = (): Promise<qpq.v1.BatchEnqueueResponse.$Properties> =>
        s.delivery.batchEnqueue(qpq.v1.BatchEnqueueRequest.create({ recipient_keys: [s.local, bob], payload: Buffer.from('to both') }), s.ctx)
      const r = await batch()
      assert.deepEqual(r.forwarded_via, ['', 'federation:b.example'])
      assert.deepEqual(r.seqs, [1, 1])
      s.refuse()
      await assert.rejects(batch(), /outbound queue is broken/)
      assert.equal(s.queued(), 1, 'the local copy of the refused batch is not stored')
      assert.equal(s.carried(), 1)
      await assert.rejects(s.delivery.batchEnqueue(qpq.v1.BatchEnqueueRequest.create({ recipient_keys: [s.local, bob], payload: Buffer.from('x'), recipient_domains: ['a.example'] }), s.ctx), refusedWith(1, /recipient_domains/))
    } finally {
      s.storage.close()
    }
  })
})
