// The LAN mesh with real libp2p nodes, each a child process in a network namespace this test
// makes for it (mDNS multicast never leaves them): a line A–B–C on two links carries A's
// message to C's user through B, exactly once; B down at send time, then started; a partition
// that heals delivers both ways; forged, replayed, expired, over-hop, malformed and vetoed
// envelopes are dropped and counted; a restart keeps the store and the dedup; a broadcast
// reaches every node within its hop limit and no further. Skips when namespaces cannot be made.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { Scratch, linked, netnsUnavailable, startHarness, type HarnessProcess, type Topology } from './helpers/netns.js'
import { ed25519RawPublicKey } from '../protocol/ed25519.js'
import { signEnvelope, toWireEnvelope, type MeshEnvelope } from '../protocol/mesh/envelope.js'
import { qpq } from '../proto/qpq.js'

const skip = netnsUnavailable()
const ALICE = 'aa'.repeat(32)
const CAROL = 'cc'.repeat(32)

const scratch = new Scratch('qpq-mesh')
const harnesses: HarnessProcess[] = []
const topology = scratch.topology.bind(scratch)
const dataDir = scratch.dataDir.bind(scratch)

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.stop()))
  scratch.removeTopologies()
})
after(() => scratch.removeDirs())

async function node(t: Topology, host: string, config: Record<string, unknown>): Promise<HarnessProcess> {
  const h = startHarness(t.ns[host] as string, { listen: '0.0.0.0:7001', ...config })
  harnesses.push(h)
  await h.waitFor((e) => e.ev === 'ready', `${host} ready`)
  return h
}

const delivered = (h: HarnessProcess, payload: string): Promise<Record<string, unknown>> =>
  h.waitFor((e) => e.ev === 'delivered' && e.payload === payload, `delivery of "${payload}"`)

const count = (h: HarnessProcess, ev: string, payload: string): number => h.events.filter((e) => e.ev === ev && e.payload === payload).length

/** An envelope signed by a key of the test's own (as a client would for the mesh fallback). */
function envelope(over: Partial<MeshEnvelope> & { recipient: Buffer }, key = generateKeyPairSync('ed25519').privateKey): MeshEnvelope {
  return signEnvelope({
    id: Buffer.from(crypto.getRandomValues(new Uint8Array(16))), topic: null, channel: Buffer.alloc(0), createdAtMs: Date.now(), ttlSecs: 3600,
    maxHops: 3, payload: Buffer.from('x'), ...over,
  }, key, ed25519RawPublicKey(key))
}
const wireHex = (e: MeshEnvelope, hopCount = e.hopCount): string => Buffer.from(qpq.v1.MeshEnvelope.encode(toWireEnvelope(e, hopCount)).finish()).toString('hex')

describe('the mesh in network namespaces', { skip: skip ?? false }, () => {
  it('a line A–B–C on two links delivers A\'s message to C\'s user through B, exactly once', async () => {
    const t = topology(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])
    const [a, b, c] = await Promise.all([node(t, 'a', { dataDir: dataDir('a') }), node(t, 'b', { dataDir: dataDir('b') }), node(t, 'c', { dataDir: dataDir('c'), identities: [CAROL] })])
    await Promise.all([linked(a, 1, 'a linked'), linked(b, 2, 'b linked to both'), linked(c, 1, 'c linked')])
    // loopback is never announced (the nodes listen on 0.0.0.0)
    for (const h of [a, b, c]) {
      const addrs = (h.events.find((e) => e.ev === 'ready') as { addresses: string[] }).addresses
      assert.ok(addrs.length > 0 && addrs.every((x) => x.startsWith('/ip4/10.72.')), addrs.join(' '))
    }
    assert.equal((b.events.find((e) => e.ev === 'ready') as { addresses: string[] }).addresses.length, 2, 'B announces one address per link')
    // A and C share no link: A's only peer is B
    assert.equal(((await a.call('peers')).peers as unknown[]).length, 1)
    const sent = await a.call('send', { recipient: CAROL, payload: 'hi carol' })
    assert.equal(sent.result, 'accepted')
    const d = await delivered(c, 'hi carol')
    assert.equal(d.hops, 2, 'two links crossed')
    assert.equal(d.fresh, true)
    // a second message after routes are known takes the same way; nothing is delivered twice
    await a.call('send', { recipient: CAROL, payload: 'again' })
    await delivered(c, 'again')
    assert.equal(count(c, 'delivered', 'hi carol'), 1)
    assert.equal(count(a, 'delivered', 'hi carol') + count(b, 'delivered', 'hi carol'), 0, 'nowhere else')
    const bs = await b.call('stats') as { forwarded: number; dropped: Record<string, number> }
    assert.ok(bs.forwarded >= 2)
    const cs = await c.call('stats') as { delivered: { unicast: number } }
    assert.equal(cs.delivered.unicast, 2)
  })

  it('with B down at send time, the message is delivered after B starts', async () => {
    const t = topology(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])
    const [a, c] = await Promise.all([node(t, 'a', { dataDir: dataDir('a') }), node(t, 'c', { dataDir: dataDir('c'), identities: [CAROL] })])
    const sent = await a.call('send', { recipient: CAROL, payload: 'waited' })
    assert.equal(sent.result, 'accepted', 'held with no peer')
    assert.equal(((await a.call('stats')).store as { envelopes: number }).envelopes, 1)
    await node(t, 'b', { dataDir: dataDir('b') })
    await delivered(c, 'waited')
    assert.equal(count(c, 'delivered', 'waited'), 1)
  })

  it('a partition that heals delivers both ways', async () => {
    const t = topology(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])
    const bDir = dataDir('b')
    const [a, b, c] = await Promise.all([node(t, 'a', { dataDir: dataDir('a'), identities: [ALICE] }), node(t, 'b', { dataDir: bDir }), node(t, 'c', { dataDir: dataDir('c'), identities: [CAROL] })])
    await Promise.all([linked(a, 1, 'a linked'), linked(c, 1, 'c linked'), linked(b, 2, 'b linked')])
    // B crashes: the two sides are cut off from each other
    b.child.kill('SIGKILL')
    await b.exited
    await Promise.all([a.waitFor((e) => e.ev === 'peer' && e.up === false, 'a sees b go'), c.waitFor((e) => e.ev === 'peer' && e.up === false, 'c sees b go')])
    assert.equal((await a.call('send', { recipient: CAROL, payload: 'to carol' })).result, 'accepted')
    assert.equal((await c.call('send', { recipient: ALICE, payload: 'to alice' })).result, 'accepted')
    // the partition heals: B comes back with its data
    await node(t, 'b', { dataDir: bDir })
    await Promise.all([delivered(c, 'to carol'), delivered(a, 'to alice')])
    assert.equal(count(c, 'delivered', 'to carol'), 1)
    assert.equal(count(a, 'delivered', 'to alice'), 1)
  })

  it('drops forged, replayed, expired, over-hop, malformed and vetoed envelopes, each counted by reason', async () => {
    const t = topology(['a', 'r'], [['a', 'r']])
    const refused = generateKeyPairSync('ed25519').privateKey
    const a = await node(t, 'a', { dataDir: dataDir('a'), identities: [ALICE], vetoOrigins: [ed25519RawPublicKey(refused).toString('hex')] })
    const r = await node(t, 'r', { dataDir: dataDir('r'), raw: true })
    await Promise.all([linked(a, 1, 'a linked'), linked(r, 1, 'r linked')])
    const alice = Buffer.from(ALICE, 'hex')
    const valid = envelope({ recipient: alice, payload: Buffer.from('valid') })
    const forged = { ...envelope({ recipient: alice, payload: Buffer.from('forged') }) }
    forged.signature = Buffer.from(forged.signature)
    forged.signature[0] = (forged.signature[0] as number) ^ 1
    const tampered = { ...envelope({ recipient: alice, payload: Buffer.from('original') }), payload: Buffer.from('tampered') }
    const expired = envelope({ recipient: alice, payload: Buffer.from('expired'), createdAtMs: Date.now() - 7_200_000, ttlSecs: 3600 })
    const overHop = envelope({ recipient: alice, payload: Buffer.from('over-hop') })
    const vetoed = envelope({ recipient: alice, payload: Buffer.from('vetoed') }, refused)
    const marker = envelope({ recipient: alice, payload: Buffer.from('marker') })
    const malformed = Buffer.from(qpq.v1.MeshEnvelope.encode({ ...toWireEnvelope(valid), id: Buffer.alloc(3) }).finish()).toString('hex')
    await r.call('inject', { envelopes: [wireHex(forged), wireHex(tampered), wireHex(valid, 1), wireHex(valid, 1), wireHex(expired, 1), wireHex(overHop, 5), malformed, wireHex(vetoed, 1), wireHex(marker, 1)] })
    // frames on one link are handled in order: once the marker is delivered, all were judged
    await delivered(a, 'marker')
    const s = await a.call('stats') as { dropped: Record<string, number>; delivered: { unicast: number } }
    assert.deepEqual(
      { forged: s.dropped.forged, duplicate: s.dropped.duplicate, expired: s.dropped.expired, overHop: s.dropped['over-hop'], malformed: s.dropped.malformed, vetoed: s.dropped.vetoed },
      { forged: 2, duplicate: 1, expired: 1, overHop: 1, malformed: 1, vetoed: 1 },
    )
    assert.equal(s.delivered.unicast, 2, 'the valid one and the marker')
    assert.equal(count(a, 'delivered', 'valid'), 1)
    for (const p of ['forged', 'tampered', 'expired', 'over-hop', 'vetoed']) assert.equal(count(a, 'delivered', p), 0, p)
    // a forgery is not remembered as seen: the genuine envelope with its id still gets through
    const genuine = envelope({ recipient: alice, payload: Buffer.from('genuine') })
    const fake = { ...genuine, signature: Buffer.alloc(64, 7) }
    await r.call('inject', { envelopes: [wireHex(fake, 1), wireHex(genuine, 1)] })
    await delivered(a, 'genuine')
  })

  it('a restart keeps the store and the dedup: nothing is lost, re-delivered or re-flooded', async () => {
    const t = topology(['a', 'b'], [['a', 'b']])
    const aDir = dataDir('a')
    const bDir = dataDir('b')
    let b = await node(t, 'b', { dataDir: bDir })
    const e = envelope({ recipient: Buffer.from(ALICE, 'hex'), payload: Buffer.from('kept') })
    assert.equal((await b.call('submit', { envelope: wireHex(e) })).result, 'accepted')
    await b.stop()
    b = await node(t, 'b', { dataDir: bDir })
    const st = (await b.call('stats')).store as { envelopes: number; seen: number }
    assert.deepEqual([st.envelopes, st.seen], [1, 1], 'store and seen refs survived the restart')
    assert.equal((await b.call('submit', { envelope: wireHex(e) })).result, 'duplicate', 'dedup survived the restart')
    // A, the recipient's home, starts: the held envelope reaches it by anti-entropy
    let a = await node(t, 'a', { dataDir: aDir, identities: [ALICE] })
    await delivered(a, 'kept')
    await a.stop()
    a = await node(t, 'a', { dataDir: aDir, identities: [ALICE] })
    assert.equal((await a.call('submit', { envelope: wireHex(e) })).result, 'duplicate', 'not delivered again after a restart')
    await linked(a, 1, 'a linked again')
    const marker = envelope({ recipient: Buffer.from(ALICE, 'hex'), payload: Buffer.from('after') })
    assert.equal((await b.call('submit', { envelope: wireHex(marker) })).result, 'accepted')
    await delivered(a, 'after')
    assert.equal(count(a, 'delivered', 'kept'), 0, 'the held copy offered again on contact was not taken')
    assert.equal((await a.call('deliveries')).count, 2)
  })

  it('a broadcast reaches every node within its hop limit and no further', async () => {
    const t = topology(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']])
    const [a, b, c, d] = await Promise.all(['a', 'b', 'c', 'd'].map((h) => node(t, h, { dataDir: dataDir(h) })))
    await Promise.all([linked(a as HarnessProcess, 1, 'a'), linked(b as HarnessProcess, 2, 'b'), linked(c as HarnessProcess, 2, 'c'), linked(d as HarnessProcess, 1, 'd')])
    const topic = 'ee'.repeat(32)
    const near = await (a as HarnessProcess).call('broadcast', { topic, payload: 'two hops', maxHops: 2 })
    assert.equal(near.result, 'accepted')
    await Promise.all([b, c].map((h) => (h as HarnessProcess).waitFor((e) => e.ev === 'broadcast' && e.payload === 'two hops', 'two-hop broadcast')))
    // the next broadcast follows the same links in order: when it reaches D, the first would have
    await (a as HarnessProcess).call('broadcast', { topic, payload: 'three hops', maxHops: 3 })
    await (d as HarnessProcess).waitFor((e) => e.ev === 'broadcast' && e.payload === 'three hops', 'three-hop broadcast at d')
    assert.equal(count(d as HarnessProcess, 'broadcast', 'two hops'), 0, 'no further than two hops')
    assert.equal(count(a as HarnessProcess, 'broadcast', 'two hops'), 1, 'local subscribers of the origin too')
    assert.equal(count(c as HarnessProcess, 'broadcast', 'two hops'), 1)
    assert.equal(count(b as HarnessProcess, 'broadcast', 'three hops'), 1)
  })
})
