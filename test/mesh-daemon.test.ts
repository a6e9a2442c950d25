// The mesh inside qpqd, two real daemons in this process linked over loopback (mDNS off, the
// peer configured — nothing leaves 127.0.0.1): an Enqueue for an identity that lives on the other
// node is accepted for forwarding (forwarded_via "mesh", the forwarding proof) and lands once in
// its queue there; a retry is a duplicate; a batch mixes local and mesh recipients; broadcasts
// reach the subscribed connections of both nodes (push 1010); MeshSubmit checks everything it is
// given (1, never 10), is idempotent and limited per address (5); a registration re-announces.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { qpq } from '../proto/qpq.js'
import { Status } from '../protocol/errors.js'
import { PushEvent } from '../protocol/push.js'
import { verifyDeliveryProof } from '../protocol/proof.js'
import { ed25519RawPublicKey } from '../protocol/ed25519.js'
import { envelopeRef, parseEnvelope, signEnvelope, toWireEnvelope, verifyEnvelopeSignature, type MeshEnvelope } from '../protocol/mesh/envelope.js'
import type { QpqClient } from '../client/qpq-client.js'
import type { PushFrame } from '../protocol/rpc-connection.js'
import { loggedInUser, startTestNode, type LoggedInUser, type TestNode } from './helpers/node.js'
import { logWatch, type LogWatch } from './helpers/log-watch.js'

/** A TCP port free on loopback now (the mesh announces no loopback address, so the test picks it). */
const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const s = createServer()
  s.once('error', reject)
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number }
    s.close(() => resolve(port))
  })
})

const call = async (c: QpqClient, name: string, id: number, message: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown>; error: string }> => {
  const v1 = qpq.v1 as unknown as Record<string, { encode(m: object): { finish(): Uint8Array }; decode(b: Uint8Array): Record<string, unknown> }>
  const r = await c.call(id, (v1[`${name}Request`] as { encode(m: object): { finish(): Uint8Array } }).encode(message).finish())
  return r.status === 0
    ? { status: 0, body: (v1[`${name}Response`] as { decode(b: Uint8Array): Record<string, unknown> }).decode(r.payload), error: '' }
    : { status: r.status, body: {}, error: qpq.v1.Error.decode(r.payload).message }
}

/** The next push of a type on a client. */
const nextPush = (c: QpqClient, eventType: number, what: string): Promise<PushFrame> => new Promise((resolve, reject) => {
  const timer = setTimeout(() => { off(); reject(new Error(`no push: ${what}`)) }, 20_000)
  const off = c.onPush((p) => {
    if (p.eventType !== eventType) return
    clearTimeout(timer)
    off()
    resolve(p)
  })
})

function userEnvelope(over: Partial<MeshEnvelope> & { recipient: Buffer }, key = generateKeyPairSync('ed25519').privateKey): MeshEnvelope {
  return signEnvelope({ id: randomBytes(16), topic: null, channel: Buffer.alloc(0), createdAtMs: Date.now(), ttlSecs: 3600, maxHops: 3, payload: Buffer.from('x'), ...over }, key, ed25519RawPublicKey(key))
}

describe('the mesh in qpqd (two nodes on loopback)', () => {
  let a: TestNode
  let b: TestNode
  let aLog: LogWatch
  let bLog: LogWatch
  let alice: LoggedInUser
  let bob: LoggedInUser
  let carol: LoggedInUser

  before(async () => {
    const port = await freePort()
    bLog = logWatch()
    b = await startTestNode({ mesh_enabled: 'true', mesh_mdns: 'false', mesh_listen: `127.0.0.1:${port}`, mesh_submit_rate: '1000' }, undefined, bLog.log)
    const who = await call(await b.client(), 'MeshIdentity', 854, {})
    aLog = logWatch()
    a = await startTestNode({ mesh_enabled: 'true', mesh_mdns: 'false', mesh_listen: '127.0.0.1:0', mesh_submit_rate: '3', mesh_peers: `/ip4/127.0.0.1/tcp/${port}/p2p/${who.body.peer_id as string}` }, undefined, aLog.log)
    await Promise.all([aLog.waitFor((l) => l.msg === 'mesh peer linked', 'a linked'), bLog.waitFor((l) => l.msg === 'mesh peer linked', 'b linked')])
    ;[alice, carol, bob] = await Promise.all([loggedInUser(a, 'alice'), loggedInUser(a, 'carol'), loggedInUser(b, 'bob')])
  })
  after(async () => { await Promise.all([a?.stop(), b?.stop()]) })

  it('knows its mesh identity (no session), its peers and its store', async () => {
    const anon = await a.client()
    const id = await call(anon, 'MeshIdentity', 854, {})
    assert.equal(id.status, 0)
    assert.equal((id.body.node_key as Uint8Array).length, 32)
    assert.match(id.body.peer_id as string, /^12D3KooW/)
    const peers = await call(alice.client, 'MeshPeers', 853, {})
    assert.equal((peers.body.peers as unknown[]).length, 1)
    const store = await call(alice.client, 'MeshStore', 856, {})
    assert.equal(Number(store.body.max_bytes), 64 * 1024 * 1024)
    assert.equal((await call(anon, 'MeshPeers', 853, {})).status, Status.Unauthorized, 'peers need a session')
  })

  it('qpqctl mesh peers and store show the same', async () => {
    const { qpqctl } = await import('./helpers/qpqctl.js')
    const peers = await qpqctl(['--data-dir', a.dataDir, 'mesh', 'peers', '--json'])
    assert.equal(peers.code, 0, peers.stderr)
    assert.equal((peers.json.peers as unknown[]).length, 1)
    const store = await qpqctl(['--data-dir', a.dataDir, 'mesh', 'store', '--json'])
    assert.equal(store.code, 0, store.stderr)
    assert.equal(store.json.maxBytes, 64 * 1024 * 1024)
  })

  it('re-announces after a registration and a deletion: the other node learns which identities live there', async () => {
    const learned = aLog.waitFor((l) => l.msg === 'mesh announcement learned' && l.destinations === 2, 'a learns b has two accounts')
    const dave = await loggedInUser(b, 'dave')
    await learned
    const since = aLog.lines.length
    await dave.client.deleteAccount()
    await aLog.waitFor((l) => l.msg === 'mesh announcement learned' && l.destinations === 1, 'a learns b has one account again', { since })
  })

  it('accepts an Enqueue for an identity of the other node for forwarding, with the forwarding proof; it lands there once', async () => {
    const payload = Buffer.from('hello bob, via the mesh')
    const messageId = randomBytes(16)
    const waiting = bob.client.fetchWait(20_000)
    const r = await alice.client.request('Enqueue', { recipient_key: bob.key, payload, message_id: messageId })
    assert.equal(r.forwarded_via, 'mesh')
    assert.ok(r.seq > 0, 'its place in the mesh store')
    const { delivery_proof_key } = await alice.client.health()
    assert.ok(verifyDeliveryProof(delivery_proof_key, { recipient: bob.key, channel: new Uint8Array(), seq: r.seq, payload, forwardedVia: 'mesh' }, r.delivery_proof), 'accepted for forwarding')
    assert.ok(!verifyDeliveryProof(delivery_proof_key, { recipient: bob.key, channel: new Uint8Array(), seq: r.seq, payload }, r.delivery_proof), 'no proof of storage')
    const got = await waiting
    assert.deepEqual(got.map((m) => Buffer.from(m.data).toString()), [payload.toString()])
    // a retry (same message_id) is the same envelope: a duplicate, nothing sent again; its copy
    // here went once bob's node said it delivered it, so no proof vouches for the bytes any more
    const again = await alice.client.request('Enqueue', { recipient_key: bob.key, payload, message_id: messageId })
    assert.deepEqual([again.duplicate, again.seq, again.forwarded_via, again.delivery_proof.length], [true, 0, 'mesh', 0])
    // a marker behind it: the first came once
    await alice.client.send(bob.key, Buffer.from('marker'))
    const all = await bob.client.fetchWait(20_000)
    assert.deepEqual(all.map((m) => Buffer.from(m.data).toString()), [payload.toString(), 'marker'])
    await bob.client.ack(all.at(-1)?.seq ?? 0)
  })

  it('commits a batch of local and mesh recipients together; refuses what the mesh cannot carry', async () => {
    const r = await alice.client.request('BatchEnqueue', { recipient_keys: [carol.key, bob.key], payload: Buffer.from('to both'), message_id: randomBytes(16) })
    assert.deepEqual(r.forwarded_via, ['', 'mesh'])
    assert.deepEqual((await carol.client.fetch()).map((m) => Buffer.from(m.data).toString()), ['to both'])
    const got = await bob.client.fetchWait(20_000)
    assert.deepEqual(got.map((m) => Buffer.from(m.data).toString()), ['to both'])
    await bob.client.ack(got.at(-1)?.seq ?? 0)
    const big = Buffer.alloc(256 * 1024 + 1, 1)
    await assert.rejects(alice.client.send(bob.key, big), (e: Error & { status?: number }) => e.status === Status.BadRequest && /limit of what the mesh carries/.test(e.message))
    await assert.rejects(alice.client.sendBatch([carol.key, bob.key], big), /limit of what the mesh carries/)
    // a retry with other bytes while the envelope is still held (no peer took it: a key nobody has)
    const nobody = randomBytes(32)
    const id = randomBytes(16)
    const held = await alice.client.request('Enqueue', { recipient_key: nobody, payload: Buffer.from('first bytes'), message_id: id })
    const retry = await alice.client.request('Enqueue', { recipient_key: nobody, payload: Buffer.from('first bytes'), message_id: id })
    assert.deepEqual([retry.duplicate, retry.seq], [true, held.seq])
    const { delivery_proof_key } = await alice.client.health()
    assert.ok(verifyDeliveryProof(delivery_proof_key, { recipient: nobody, channel: new Uint8Array(), seq: held.seq, payload: Buffer.from('first bytes'), forwardedVia: 'mesh' }, retry.delivery_proof))
    await assert.rejects(alice.client.request('Enqueue', { recipient_key: nobody, payload: Buffer.from('other bytes'), message_id: id }), /already used/)
    assert.equal((await carol.client.fetch()).length, 1, 'the refused batch stored nothing here either')
  })

  it('pushes a broadcast to the subscribed connections of every node (1010), with an envelope they can check', async () => {
    const topic = randomBytes(32)
    for (const c of [alice.client, bob.client]) assert.equal((await call(c, 'MeshSubscribe', 850, { topic })).status, 0)
    const pushed = [nextPush(alice.client, PushEvent.MeshBroadcast, 'at a'), nextPush(bob.client, PushEvent.MeshBroadcast, 'at b')]
    const r = await call(carol.client, 'MeshBroadcast', 852, { topic, payload: Buffer.from('ciphertext of the topic') })
    assert.equal(r.status, 0)
    for (const p of await Promise.all(pushed)) {
      const e = parseEnvelope(qpq.v1.MeshBroadcastEvent.decode(p.payload).envelope ?? {}) as MeshEnvelope
      assert.ok(e !== null && verifyEnvelopeSignature(e))
      assert.deepEqual([e.topic, e.payload.toString(), e.id], [topic, 'ciphertext of the topic', Buffer.from(r.body.id as Uint8Array)])
    }
    // unsubscribed: the next one reaches bob only
    assert.equal((await call(alice.client, 'MeshUnsubscribe', 851, { topic })).status, 0)
    let aliceGot = 0
    const off = alice.client.onPush((p) => { if (p.eventType === PushEvent.MeshBroadcast) aliceGot++ })
    const atBob = nextPush(bob.client, PushEvent.MeshBroadcast, 'second at b')
    await call(carol.client, 'MeshBroadcast', 852, { topic, payload: Buffer.from('second') })
    await atBob
    // alice's own node pushed to its subscribers before bob's could: none for her
    off()
    assert.equal(aliceGot, 0)
    assert.equal((await call(alice.client, 'MeshSubscribe', 850, { topic: Buffer.alloc(31) })).status, Status.BadRequest)
    assert.equal((await call(alice.client, 'MeshBroadcast', 852, { topic, payload: Buffer.alloc(0) })).status, Status.BadRequest)
    assert.equal((await call(alice.client, 'MeshBroadcast', 852, { topic, payload: Buffer.from('x'), max_hops: 8 })).status, Status.BadRequest)
  })

  it('MeshSubmit delivers a client\'s envelope, idempotently, and refuses bad ones with 1 (never 10)', async () => {
    const anon = await b.client()
    const wire = (e: MeshEnvelope, hop = 0): qpq.v1.IMeshEnvelope => toWireEnvelope(e, hop)
    // for an account of this node: delivered into its queue, with the envelope's ref as message id
    const e = userEnvelope({ recipient: bob.key, payload: Buffer.from('from a client whose server is down') })
    const pushed = nextPush(bob.client, PushEvent.NewMessage, 'bob told')
    const r = await call(anon, 'MeshSubmit', 855, { envelope: wire(e) })
    assert.deepEqual([r.status, r.body.delivered], [0, true])
    assert.deepEqual(Buffer.from(qpq.v1.NewMessage.decode((await pushed).payload).message_id), envelopeRef(e.origin, e.id))
    assert.deepEqual([(await call(anon, 'MeshSubmit', 855, { envelope: wire(e) })).body.delivered], [false], 'again: a duplicate, Ok')
    const got = await bob.client.fetch()
    assert.deepEqual(got.map((m) => Buffer.from(m.data).toString()), ['from a client whose server is down'])
    await bob.client.ack(got.at(-1)?.seq ?? 0)
    // garbage, forged, oversize, over the hop limit, not a first hop, expired, missing: 1
    const forged = { ...userEnvelope({ recipient: bob.key }), signature: Buffer.alloc(64, 9) }
    const bad: Array<[string, Uint8Array]> = [
      ['garbage bytes', Buffer.from('not a protobuf message at all \u00ff\u00ff\u00ff')],
      ['no envelope', qpq.v1.MeshSubmitRequest.encode({}).finish()],
      ['forged', qpq.v1.MeshSubmitRequest.encode({ envelope: wire(forged) }).finish()],
      ['oversize', qpq.v1.MeshSubmitRequest.encode({ envelope: wire(userEnvelope({ recipient: bob.key, payload: Buffer.alloc(256 * 1024 + 1) })) }).finish()],
      ['max_hops 7', qpq.v1.MeshSubmitRequest.encode({ envelope: wire(userEnvelope({ recipient: bob.key, maxHops: 7 })) }).finish()],
      ['hop_count 1', qpq.v1.MeshSubmitRequest.encode({ envelope: wire(userEnvelope({ recipient: bob.key }), 1) }).finish()],
      ['expired', qpq.v1.MeshSubmitRequest.encode({ envelope: wire(userEnvelope({ recipient: bob.key, createdAtMs: Date.now() - 7_200_000 })) }).finish()],
      ['bad id', qpq.v1.MeshSubmitRequest.encode({ envelope: { ...wire(userEnvelope({ recipient: bob.key })), id: Buffer.alloc(3) } }).finish()],
    ]
    for (const [what, bytes] of bad) {
      const res = await anon.call(855, bytes)
      assert.equal(res.status, Status.BadRequest, what)
      assert.ok(qpq.v1.Error.decode(res.payload).message.length > 0, what)
    }
    // a plugin that refuses to carry what this key signs: 9
    const refused = generateKeyPairSync('ed25519').privateKey
    const off = b.node.hooks.register('mesh.envelope', (p) => (Buffer.from(p.origin).equals(ed25519RawPublicKey(refused)) ? { status: 9, reason: 'not carried here' } : null))
    try {
      const vetoed = await call(anon, 'MeshSubmit', 855, { envelope: wire(userEnvelope({ recipient: randomBytes(32) }, refused)) })
      assert.deepEqual([vetoed.status, vetoed.error], [Status.Unavailable, 'a plugin of this node refuses to carry this envelope'])
    } finally {
      off()
    }
  })

  it('limits MeshSubmit per address (5, with a retry hint), and carries what it accepts on to the recipient\'s node', async () => {
    const anon = await a.client()
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => anon.call(855, qpq.v1.MeshSubmitRequest.encode({
      envelope: toWireEnvelope(userEnvelope({ recipient: bob.key, payload: Buffer.from(`flood ${i}`) })),
    }).finish())))
    const limited = answers.filter((x) => x.status === Status.RateLimited)
    assert.ok(limited.length > 0, 'a flood is limited')
    assert.ok(qpq.v1.Error.decode((limited[0] as { payload: Buffer }).payload).retry_after_ms > 0)
    const accepted = answers.filter((x) => x.status === 0).length
    assert.ok(accepted >= 1)
    // what node A accepted reaches bob's node B, once each
    const got: string[] = []
    while (got.length < accepted) {
      const batch = await bob.client.fetchWait(20_000)
      got.push(...batch.map((m) => Buffer.from(m.data).toString()))
      await bob.client.ack(batch.at(-1)?.seq ?? 0)
    }
    assert.equal(new Set(got).size, accepted)
  })
})
