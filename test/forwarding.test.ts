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
  const delivery = new DeliveryService({
    store: new DeliveryStore(db), batcher: new CommitBatcher(db), waiters: new Waiters(), limits: DEFAULT_DELIVERY_LIMITS,
    recipientExists: (k) => k.equals(local), forwarders: [forwarder], localDomain: 'a.example',
    mayEnqueue: () => {}, delivered: () => {}, hooks: new HookBus(), log: silentLogger(),
    counters: { enqueue: () => {}, fetch: () => {}, fetchWait: () => {} },
    prove: (f) => new ProofSigner(ed25519Signer(keyDer)).prove(f),
  })
  const ctx = { session: { accountId: 1, username: 'alice', identityKey: randomBytes(32), deviceId: null } } as unknown as CallContext
  const carried = (): number => db.prepare('SELECT count(*) FROM carried').pluck().get() as number
  const queued = (): number => db.prepare('SELECT count(*) FROM messages').pluck().get() as number
  return { storage, delivery, ctx, local, remote, after, carried, queued, serverKey: ed25519PublicKey(keyDer), refuse: () => { refuse = true } }
}

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
