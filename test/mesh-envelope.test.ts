// What mesh nodes and the SDK agree on, without a network: the envelope's signed byte string
// (byte for byte, as docs/mesh.md documents it), signing and verification, the shape checks of a
// wire envelope, times and hops, refs; announcements and destination hashes; the mDNS records;
// which of two connections between a pair both ends keep; the mesh key file.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, generateKeyPairSync } from 'node:crypto'
import {
  CLOCK_SKEW_MS, MAX_TTL_SECS, envelopeRef, envelopeSignedBytes, parseEnvelope, signEnvelope, timeAndHopCheck, toWireEnvelope,
  verifyEnvelopeSignature, type MeshEnvelope,
} from '../protocol/mesh/envelope.js'
import { ed25519RawPublicKey } from '../protocol/ed25519.js'
import { MESH_SERVICE_TAG, nodeAnswers, parseNodeResponse } from '../protocol/mesh/discovery.js'
import { RouteTable, announceSignedBytes, destinationHash, parseAnnounce, signAnnounce, toWireAnnounce, verifyAnnounce } from '../mesh/routes.js'
import { qpq } from '../proto/qpq.js'
import { keeperOf } from '../mesh/transport.js'
import { loadOrCreateMeshIdentity } from '../mesh/identity.js'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const key = generateKeyPairSync('ed25519').privateKey
const origin = ed25519RawPublicKey(key)
const NOW = 1_800_000_000_000

function unicast(over: Partial<MeshEnvelope> = {}): MeshEnvelope {
  return signEnvelope({
    id: Buffer.alloc(16, 1), recipient: Buffer.alloc(32, 2), topic: null, channel: Buffer.from([3, 3]), createdAtMs: NOW, ttlSecs: 3600,
    maxHops: 3, payload: Buffer.from('payload'), ...over,
  }, key, origin)
}

describe('the signed string of an envelope', () => {
  it('is TAG | id | origin | kind | recipient or topic | channel length | channel | created_at | ttl | max_hops | SHA-256(payload)', () => {
    const e = unicast()
    const expected = Buffer.concat([
      Buffer.from('qpq-mesh-envelope-v1\0'), Buffer.alloc(16, 1), origin, Buffer.from([1]), Buffer.alloc(32, 2), Buffer.from([2, 3, 3]),
      Buffer.from('000001a3185c5000', 'hex'), Buffer.from('00000e10', 'hex'), Buffer.from([3]), createHash('sha256').update('payload').digest(),
    ])
    assert.deepEqual(envelopeSignedBytes(e), expected)
    const b = signEnvelope({ ...e, recipient: null, topic: Buffer.alloc(32, 9), channel: Buffer.alloc(0) }, key, origin)
    assert.equal(envelopeSignedBytes(b)[21 + 16 + 32], 2, 'kind 2 for a broadcast')
  })

  it('verifies whatever the hop count, and fails when any signed field changes', () => {
    const e = unicast()
    assert.ok(verifyEnvelopeSignature(e))
    assert.ok(verifyEnvelopeSignature({ ...e, hopCount: 5 }), 'hop_count is not signed')
    const changed: Array<Partial<MeshEnvelope>> = [
      { id: Buffer.alloc(16, 7) }, { recipient: Buffer.alloc(32, 7) }, { channel: Buffer.alloc(0) }, { createdAtMs: NOW + 1 },
      { ttlSecs: 3601 }, { maxHops: 7 }, { payload: Buffer.from('other') }, { origin: ed25519RawPublicKey(generateKeyPairSync('ed25519').privateKey) },
    ]
    for (const c of changed) assert.equal(verifyEnvelopeSignature({ ...e, ...c }), false, JSON.stringify(Object.keys(c)))
  })
})

describe('wire envelopes', () => {
  it('round-trip through protobuf', () => {
    const e = unicast()
    const back = parseEnvelope(qpq.v1.MeshEnvelope.decode(qpq.v1.MeshEnvelope.encode(toWireEnvelope(e, 2)).finish()))
    assert.ok(back !== null)
    assert.deepEqual({ ...back, hopCount: 0 }, { ...e })
    assert.equal(back.hopCount, 2)
    assert.ok(verifyEnvelopeSignature(back))
  })

  it('are refused when a field has the wrong size or range', () => {
    const w = toWireEnvelope(unicast())
    const bad: Array<[string, object]> = [
      ['short id', { id: Buffer.alloc(15) }], ['short origin', { origin_key: Buffer.alloc(31) }], ['short signature', { signature: Buffer.alloc(63) }],
      ['recipient and topic', { topic: Buffer.alloc(32) }], ['neither', { recipient_key: undefined }], ['short recipient', { recipient_key: Buffer.alloc(31) }],
      ['long channel', { channel_id: Buffer.alloc(17) }], ['max_hops 0', { max_hops: 0 }], ['max_hops 8', { max_hops: 8 }],
      ['ttl 0', { ttl_secs: 0 }], ['ttl over 30 days', { ttl_secs: MAX_TTL_SECS + 1 }], ['no created_at', { created_at_ms: 0 }],
      ['broadcast with a channel', { recipient_key: undefined, topic: Buffer.alloc(32) }],
      // found by fuzzing: a uint64 of 2^64 decodes as 18446744073709551616, which the signed string cannot hold (a RangeError)
      ['created_at 2^64', { created_at_ms: 2 ** 64 }], ['created_at past 2^53', { created_at_ms: 2 ** 53 + 2 }],
    ]
    for (const [what, over] of bad) assert.equal(parseEnvelope({ ...w, ...over }), null, what)
    assert.ok(parseEnvelope({ ...w, recipient_key: undefined, topic: Buffer.alloc(32), channel_id: undefined }), 'a broadcast')
  })

  it('are judged by their times and hops', () => {
    const e = unicast()
    assert.equal(timeAndHopCheck(e, NOW), null)
    assert.equal(timeAndHopCheck(e, NOW + 3_600_000), 'expired')
    assert.equal(timeAndHopCheck(e, NOW - CLOCK_SKEW_MS - 1), 'future')
    assert.equal(timeAndHopCheck({ ...e, hopCount: 3 }, NOW), null)
    assert.equal(timeAndHopCheck({ ...e, hopCount: 4 }, NOW), 'over-hop')
  })

  it('have a ref of their origin and id: the same id from another origin is another envelope', () => {
    const a = envelopeRef(origin, Buffer.alloc(16, 1))
    assert.equal(a.length, 16)
    assert.deepEqual(a, envelopeRef(origin, Buffer.alloc(16, 1)))
    assert.notDeepEqual(a, envelopeRef(Buffer.alloc(32, 5), Buffer.alloc(16, 1)))
  })
})

describe('announcements', () => {
  const destinations = [destinationHash(Buffer.alloc(32, 0xaa)), destinationHash(Buffer.alloc(32, 0xbb))]

  it('hash identity keys (never carry them) and sign a fixed string', () => {
    assert.deepEqual(destinations[0], createHash('sha256').update('qpq-mesh-destination-v1').update(Buffer.alloc(32, 0xaa)).digest().subarray(0, 16))
    const a = signAnnounce({ nodeKey: origin, seq: NOW, ttlSecs: 1800, destinations }, key)
    assert.deepEqual(announceSignedBytes(a), Buffer.concat([Buffer.from('qpq-mesh-announce-v1\0'), origin, Buffer.from('000001a3185c5000', 'hex'), Buffer.from('0000070800000002', 'hex'), ...destinations]))
    const wire = qpq.v1.MeshAnnounce.encode(toWireAnnounce(a, 3)).finish()
    assert.ok(!Buffer.from(wire).includes(Buffer.alloc(32, 0xaa)), 'the identity key is not on the wire')
    const back = parseAnnounce(qpq.v1.MeshAnnounce.decode(wire))
    assert.ok(back !== null && verifyAnnounce(back) && back.hopCount === 3)
    assert.equal(verifyAnnounce({ ...back, destinations: destinations.slice(1) }), false)
    // found by fuzzing: a seq of 2^64 (a uint64 decoded as a number) made announceSignedBytes throw in the router
    const seqMax = Buffer.from('10ffffffffffffffffff01', 'hex') // field 2 (seq), the varint 2^64 - 1
    const huge = qpq.v1.MeshAnnounce.decode(Buffer.concat([qpq.v1.MeshAnnounce.encode(toWireAnnounce(a, 1)).finish(), seqMax]))
    assert.equal(huge.seq, 2 ** 64)
    assert.equal(parseAnnounce(huge), null)
  })

  it('make routes: the newest announcement of a node wins, and the closest connected peer is the next hop', () => {
    const t = new RouteTable()
    const a1 = signAnnounce({ nodeKey: origin, seq: NOW, ttlSecs: 1800, destinations }, key)
    assert.equal(t.learn({ ...a1, hopCount: 3 }, 'p1', NOW), 'new')
    assert.equal(t.learn({ ...a1, hopCount: 2 }, 'p2', NOW), 'route')
    assert.equal(t.learn({ ...a1, hopCount: 4 }, 'p2', NOW), 'stale')
    const home = origin.toString('hex')
    assert.deepEqual(t.route(Buffer.alloc(32, 0xaa), NOW, () => true), { homes: [home], nextHop: 'p2' })
    assert.deepEqual(t.route(Buffer.alloc(32, 0xaa), NOW, (p) => p === 'p1'), { homes: [home], nextHop: 'p1' })
    assert.deepEqual(t.route(Buffer.alloc(32, 0xcc), NOW, () => true), { homes: [], nextHop: null })
    // a newer announcement without 0xaa drops that route
    const a2 = signAnnounce({ nodeKey: origin, seq: NOW + 1, ttlSecs: 1800, destinations: destinations.slice(1) }, key)
    assert.equal(t.learn({ ...a2, hopCount: 1 }, 'p1', NOW), 'new')
    assert.deepEqual(t.route(Buffer.alloc(32, 0xaa), NOW, () => true).homes, [])
    t.prune(NOW + 1 + 1800_000)
    assert.equal(t.size, 0)
  })
})

describe('mDNS records', () => {
  const peerId = '12D3KooWDAiS5EPtg9ystAM9NcuvWpfw7xaVZhUfVBrUFt9Jx56G'

  it('announce the link\'s addresses and the RPC address, never loopback, and read back', () => {
    const answers = nodeAnswers(MESH_SERVICE_TAG, 'node1', peerId, [{ host: '10.72.1.1', port: 7001 }, { host: '127.0.0.1', port: 7001 }], [{ host: '10.72.1.1', port: 5001 }])
    assert.ok(!JSON.stringify(answers).includes('127.0.0.1'))
    const back = parseNodeResponse(MESH_SERVICE_TAG, answers.map((a) => ({ ...a, data: a.type === 'TXT' ? [Buffer.from(a.data)] : a.data })))
    assert.deepEqual(back, { peerName: 'node1', peerId, multiaddrs: [`/ip4/10.72.1.1/tcp/7001/p2p/${peerId}`], rpc: ['10.72.1.1:5001'] })
  })

  it('ignore other services, and records naming two peers', () => {
    assert.equal(parseNodeResponse(MESH_SERVICE_TAG, nodeAnswers('_p2p._udp.local', 'n', peerId, [{ host: '10.0.0.1', port: 1 }], [])), null)
    const name = `n.${MESH_SERVICE_TAG}`
    const two = [
      { name: MESH_SERVICE_TAG, type: 'PTR', data: name },
      { name, type: 'TXT', data: `dnsaddr=/ip4/10.0.0.1/tcp/1/p2p/${peerId}` },
      { name, type: 'TXT', data: 'dnsaddr=/ip4/10.0.0.2/tcp/1/p2p/12D3KooWother' },
    ]
    assert.equal(parseNodeResponse(MESH_SERVICE_TAG, two), null)
  })
})

describe('one connection per pair', () => {
  // c1 was dialed by X (key aa…), c2 by Y (key bb…); each end stamps its own open times
  const x = 'aa'.repeat(32)
  const y = 'bb'.repeat(32)
  const atX = [{ id: 'c1', direction: 'outbound' as const, status: 'open', timeline: { open: 10 } }, { id: 'c2', direction: 'inbound' as const, status: 'open', timeline: { open: 9 } }]
  const atY = [{ id: 'c1', direction: 'inbound' as const, status: 'open', timeline: { open: 12 } }, { id: 'c2', direction: 'outbound' as const, status: 'open', timeline: { open: 11 } }]

  it('both ends keep the connection the smaller key dialed, whatever their clocks say', () => {
    assert.equal(keeperOf(atX, x, y)?.id, 'c1')
    assert.equal(keeperOf(atY, y, x)?.id, 'c1')
    // the end that dialed the other one (Y) is the one that closes it: each closes only its own
    assert.deepEqual(atY.filter((c) => c.id !== 'c1' && c.direction === 'outbound').map((c) => c.id), ['c2'])
  })

  it('two connections dialed by the same end: the oldest is kept; a closed one never is', () => {
    const twice = [{ id: 'old', direction: 'outbound' as const, status: 'open', timeline: { open: 1 } }, { id: 'new', direction: 'outbound' as const, status: 'open', timeline: { open: 2 } }]
    assert.equal(keeperOf(twice, y, x)?.id, 'old')
    assert.equal(keeperOf([{ ...twice[0] as (typeof twice)[0], status: 'closed' }, twice[1] as (typeof twice)[0]], y, x)?.id, 'new')
    assert.equal(keeperOf([], x, y), null)
  })
})

describe('the mesh identity', () => {
  it('is made once (a 32-byte seed, mode 0600) and the same after a restart; a damaged file is refused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-meshkey-'))
    try {
      const file = path.join(dir, 'mesh-key')
      const first = loadOrCreateMeshIdentity(file)
      assert.equal(statSync(file).size, 32)
      assert.equal(statSync(file).mode & 0o777, 0o600)
      assert.deepEqual(loadOrCreateMeshIdentity(file).publicKey, first.publicKey)
      assert.deepEqual(ed25519RawPublicKey(first.privateKey), first.publicKey)
      writeFileSync(file, Buffer.alloc(31))
      assert.throws(() => loadOrCreateMeshIdentity(file), /31 bytes, expected a 32-byte Ed25519 seed/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
