// The mesh's router without a network (test/helpers/mesh-router.ts), on a real SQLCipher store
// with the daemon's migrations and group commit: forwarding along
// a route or by flooding, the hop limit, the size limit and the dedup floor, local delivery that
// fails and is retried, delivered notices, and the contact exchange (announcement, summary,
// want, envelopes one hop further).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { ed25519RawPublicKey } from '../protocol/ed25519.js'
import { envelopeRef, signEnvelope, toWireEnvelope, type MeshEnvelope } from '../protocol/mesh/envelope.js'
import { destinationHash, signAnnounce, toWireAnnounce } from '../mesh/routes.js'
import { qpq } from '../proto/qpq.js'
import { FAR, LOCAL, NOW, routerSetup as setup, type Sent } from './helpers/mesh-router.js'

const origin = generateKeyPairSync('ed25519').privateKey
function envelope(over: Partial<MeshEnvelope> = {}): MeshEnvelope {
  return signEnvelope({
    id: Buffer.from(crypto.getRandomValues(new Uint8Array(16))), recipient: FAR, topic: null, channel: Buffer.alloc(0), createdAtMs: NOW,
    ttlSecs: 3600, maxHops: 3, payload: Buffer.from('m'), ...over,
  }, origin, ed25519RawPublicKey(origin))
}
const wire = (e: MeshEnvelope, hops = 1) => toWireEnvelope(e, hops)
/** A frame as it arrives: encoded and decoded (the oneof `body` is set by decoding). */
const frame = (f: qpq.v1.MeshFrame.$Properties) => qpq.v1.MeshFrame.decode(qpq.v1.MeshFrame.encode(f).finish())
const envelopesTo = (sent: Sent[], peer: string) => sent.filter((s) => s.peer === peer && s.frame.envelopes).flatMap((s) => s.frame.envelopes?.envelopes ?? [])

describe('mesh router', () => {
  it('floods an envelope with no route to every peer but its sender, one hop further, and holds it', async () => {
    const t = setup()
    t.peers.add('p3')
    assert.deepEqual(await t.router.ingest([wire(envelope())], 'p1'), ['accepted'])
    assert.equal(envelopesTo(t.sent, 'p1').length, 0)
    assert.deepEqual([envelopesTo(t.sent, 'p2')[0]?.hop_count, envelopesTo(t.sent, 'p3')[0]?.hop_count], [2, 2])
    assert.equal(t.store.stats().envelopes, 1)
  })

  it('follows a route once the recipient\'s home announced itself', async () => {
    const t = setup()
    const home = generateKeyPairSync('ed25519').privateKey
    const a = signAnnounce({ nodeKey: ed25519RawPublicKey(home), seq: NOW, ttlSecs: 1800, destinations: [destinationHash(FAR)] }, home)
    await t.router.frame('p2', frame({ announce: toWireAnnounce(a, 1) }))
    // passed on to the other peer, one hop further
    assert.equal(t.sent.find((s) => s.peer === 'p1' && s.frame.announce)?.frame.announce?.hop_count, 2)
    t.peers.add('p3')
    await t.router.ingest([wire(envelope())], 'p3')
    assert.deepEqual([envelopesTo(t.sent, 'p1').length, envelopesTo(t.sent, 'p2').length], [0, 1])
  })

  it('does not carry a unicast past its hop limit, but delivers a broadcast there', async () => {
    const t = setup()
    assert.deepEqual(await t.router.ingest([wire(envelope({ maxHops: 2 }), 2)], 'p1'), ['hop-limit'])
    const b = envelope({ recipient: null, topic: Buffer.alloc(32, 9), maxHops: 2 })
    assert.deepEqual(await t.router.ingest([wire(b, 2)], 'p1'), ['accepted'])
    assert.equal(t.broadcasts.length, 1)
    assert.equal(envelopesTo(t.sent, 'p2').length, 0)
    assert.equal(t.store.stats().envelopes, 0)
    assert.ok(t.store.isSeen(envelopeRef(b.origin, b.id)))
  })

  it('refuses payloads over the limit, and envelopes made at or before the dedup floor', async () => {
    const t = setup({ maxSeen: 1, maxPayloadBytes: 8 })
    assert.deepEqual(await t.router.ingest([wire(envelope({ payload: Buffer.alloc(9) }))], 'p1'), ['oversize'])
    await t.router.ingest([wire(envelope({ createdAtMs: NOW - 2 }))], 'p1')
    await t.router.ingest([wire(envelope({ createdAtMs: NOW - 1 }))], 'p1')
    assert.equal(t.store.floor, NOW - 2, 'the oldest ref went past the bound')
    assert.deepEqual(await t.router.ingest([wire(envelope({ createdAtMs: NOW - 2 }))], 'p1'), ['too-old'])
    assert.deepEqual(await t.router.ingest([wire(envelope({ createdAtMs: NOW - 1 }))], 'p1'), ['accepted'])
    const text = await t.registry.metrics()
    for (const line of ['qpq_mesh_envelopes_dropped_total{reason="oversize"} 1', 'qpq_mesh_envelopes_dropped_total{reason="too-old"} 1', 'qpq_mesh_envelopes_dropped_total{reason="forged"} 0', 'qpq_mesh_envelopes_received_total 5', 'qpq_mesh_store_envelopes 3', 'qpq_mesh_peers 2']) {
      assert.ok(text.includes(line), line)
    }
  })

  it('delivers to a local account once, tells the sender, and holds and retries a delivery that failed', async () => {
    let fail = true
    const t = setup({ failDelivery: () => fail })
    const e = envelope({ recipient: LOCAL, payload: Buffer.from('for local') })
    assert.deepEqual(await t.router.ingest([wire(e)], 'p1'), ['accepted'])
    assert.equal(t.delivered.length, 0)
    assert.equal(t.store.stats().envelopes, 1, 'held to retry')
    assert.deepEqual(await t.router.ingest([wire(e)], 'p2'), ['duplicate'], 'peers stop offering it')
    fail = false
    await t.router.maintain(300_000)
    assert.deepEqual(t.delivered.map((d) => d.payload.toString()), ['for local'])
    assert.equal(t.store.stats().envelopes, 0)
    const e2 = envelope({ recipient: LOCAL })
    assert.deepEqual(await t.router.ingest([wire(e2)], 'p1'), ['delivered'])
    assert.deepEqual(t.sent.filter((s) => s.frame.delivered).map((s) => [s.peer, s.frame.delivered?.refs?.length]), [['p1', 1]])
    assert.equal(envelopesTo(t.sent, 'p2').length, 0, 'not carried further')
  })

  it('drops its copy when the recipient\'s announced home says it delivered, not when another peer does', async () => {
    const t = setup()
    const home = generateKeyPairSync('ed25519').privateKey
    const homeHex = ed25519RawPublicKey(home).toString('hex')
    t.peers.add(homeHex)
    await t.router.frame(homeHex, frame({ announce: toWireAnnounce(signAnnounce({ nodeKey: ed25519RawPublicKey(home), seq: NOW, ttlSecs: 1800, destinations: [destinationHash(FAR)] }, home), 1) }))
    const e = envelope()
    await t.router.ingest([wire(e)], 'p1')
    const ref = envelopeRef(e.origin, e.id)
    await t.router.frame('p2', frame({ delivered: { refs: [ref] } }))
    assert.ok(t.store.isHeld(ref), 'p2 is no home of the recipient')
    await t.router.frame(homeHex, frame({ delivered: { refs: [ref] } }))
    assert.equal(t.store.isHeld(ref), false)
  })

  it('on contact: its announcement, then a summary of what it holds; a want gets the envelopes one hop further', async () => {
    const t = setup()
    const e = envelope()
    await t.router.ingest([wire(e)], 'p1')
    t.sent.length = 0
    t.router.contact('p3')
    assert.equal(t.sent[0]?.frame.announce?.destinations?.length, 1, 'our local account, hashed')
    assert.deepEqual(t.sent[0]?.frame.announce?.destinations?.[0], destinationHash(LOCAL))
    const ref = envelopeRef(e.origin, e.id)
    assert.deepEqual(t.sent.find((s) => s.frame.summary)?.frame.summary?.refs, [ref])
    // the other side's summary: we want only what we have not seen
    const unseen = envelopeRef(Buffer.alloc(32, 5), Buffer.alloc(16, 5))
    await t.router.frame('p3', frame({ summary: { refs: [ref, unseen] } }))
    assert.deepEqual(t.sent.find((s) => s.frame.want)?.frame.want?.refs, [unseen])
    await t.router.frame('p3', frame({ want: { refs: [ref] } }))
    assert.deepEqual(envelopesTo(t.sent, 'p3').map((w) => w.hop_count), [2])
  })
})
