// The relay between two domains, each a real Federation component with its own SQLCipher
// database and delivery service, over real QUIC and mutual TLS on 127.0.0.1: messages both ways,
// a peer that is down (all 100 arrive exactly once when it is back), a relayed batch sent twice
// (stored once), refusals that are final and ones that are not, hooks, user resolution and key
// lookups through the peer, link health and metrics.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { qpq } from '../proto/qpq.js'
import { Status } from '../protocol/errors.js'
import { PeerLink } from '../federation/peer-link.js'
import { PeerTrust } from '../federation/trust.js'
import { FEDERATION_DEFAULTS } from '../federation/options.js'
import type { OutboundMessage } from '../federation/outbound-store.js'
import { waitFor } from './helpers/rpc-harness.js'
import { TEST_RELAY, TestCa, freePort, newKey, peer, startFedNode, type FedNode } from './helpers/federation.js'

const NO_CHANNEL = Buffer.alloc(0)
const msg = (recipient: Buffer, text: string, extra: Partial<OutboundMessage> = {}): OutboundMessage =>
  ({ recipient, channel: NO_CHANNEL, payload: Buffer.from(text), messageId: null, expiresAt: Date.now() + 3_600_000, ...extra })
const texts = (node: FedNode, key: Buffer): string[] => node.queue(key).map((m) => m.data.toString())

describe('relaying between two domains', () => {
  const ca = new TestCa()
  let pa: number
  let pb: number
  let a: FedNode
  let b: FedNode
  let alice: Buffer
  let bob: Buffer
  const start = (domain: 'a.example' | 'b.example', extra: Partial<Parameters<typeof startFedNode>[0]> = {}): Promise<FedNode> => {
    const [own, other, otherPort] = domain === 'a.example' ? [pa, 'b.example', pb] : [pb, 'a.example', pa]
    return startFedNode({ domain, port: own, identity: ca.issue(domain), caPem: ca.caPem, peers: [peer(other, otherPort)], relay: TEST_RELAY, connectTimeoutMs: 500, ...extra })
  }

  before(async () => {
    [pa, pb] = [await freePort(), await freePort()]
    a = await start('a.example')
    b = await start('b.example')
    alice = a.addUser('alice')
    bob = b.addUser('bob')
  })
  after(async () => { await Promise.all([a.stop(), b.stop()]) })

  it('carries messages both ways, each committed into the outbound queue before the sender hears back', async () => {
    const [q] = await a.fed.relayTo('b.example', [msg(bob, 'hi bob')])
    assert.equal(q?.duplicate, false)
    await b.fed.relayTo('a.example', [msg(alice, 'hi alice')])
    await waitFor(() => texts(b, bob).includes('hi bob') && texts(a, alice).includes('hi alice'), 10_000, 'both messages')
    await waitFor(() => a.fed.destination('b.example').pending === 0, 5_000, 'a queue empty')
    const s = a.fed.destination('b.example')
    assert.ok(s.lastSuccessAt > 0 && s.failures === 0 && s.nextRetryAt === 0)
  })

  it('relays a client message id and dedups a client retry on both sides', async () => {
    const id = randomBytes(16)
    const [first] = await a.fed.relayTo('b.example', [msg(bob, 'once', { messageId: id })])
    const [again] = await a.fed.relayTo('b.example', [msg(bob, 'once', { messageId: id })])
    // queued twice only if the first had already left: then the destination's own message_id dedup catches it
    assert.ok(again?.duplicate === true || again?.id !== first?.id)
    await waitFor(() => a.fed.destination('b.example').pending === 0, 5_000, 'queue empty')
    assert.equal(texts(b, bob).filter((t) => t === 'once').length, 1)
  })

  it('keeps 100 messages while the peer is down and delivers each exactly once when it is back', async () => {
    const carol = b.addUser('carol')
    await b.stop()
    const sent = Array.from({ length: 100 }, (_, i) => `m${i}`)
    await a.fed.relayTo('b.example', sent.slice(0, 50).map((t) => msg(carol, t)))
    // the first attempt fails and the destination backs off
    await waitFor(() => a.fed.destination('b.example').failures >= 1, 10_000, 'a failed attempt')
    await a.fed.relayTo('b.example', sent.slice(50).map((t) => msg(carol, t)))
    const down = a.fed.destination('b.example')
    assert.equal(down.pending, 100)
    assert.ok(down.lastFailureAt > 0 && down.nextRetryAt > 0 && down.lastFailureReason.length > 0, JSON.stringify(down))
    b = await start('b.example', { db: b.db, ktKey: b.ktKey })
    b.addUser('bob', bob)
    b.addUser('carol', carol)
    await waitFor(() => a.fed.destination('b.example').pending === 0, 20_000, 'all 100 delivered')
    assert.deepEqual(texts(b, carol), sent)
    assert.equal(a.fed.destination('b.example').failures, 0)
  })

  it('stores a relayed transaction sent twice (also at once) exactly once', async () => {
    const dave = b.addUser('dave')
    const link = new PeerLink({
      peer: peer('b.example', pb), trust: new PeerTrust(ca.caPem, [peer('b.example', pb)], ca.caPem), clientCert: ca.issue('a.example'),
      transport: FEDERATION_DEFAULTS.transport, connectTimeoutMs: 2_000, callTimeoutMs: 10_000,
    })
    try {
      const messages = Array.from({ length: 20 }, (_, i) => ({
        relay_id: randomBytes(16), recipient_key: dave, payload: Buffer.from(`d${i}`), channel_id: NO_CHANNEL, expires_at_ms: Date.now() + 60_000,
      }))
      const request = qpq.v1.RelayBatchEnqueueRequest.encode({ federation_auth: { origin_domain: 'a.example' }, messages }).finish()
      const send = (): Promise<qpq.v1.IRelayBatchEnqueueResponse> => link.call(901, request, qpq.v1.RelayBatchEnqueueResponse)
      const first = await send()
      assert.ok((first.results ?? []).every((r) => r.status === 0 && !r.duplicate))
      const [second, third] = await Promise.all([send(), send()])
      for (const r of [...(second?.results ?? []), ...(third?.results ?? [])]) assert.ok(r.status === 0 && r.duplicate)
      assert.deepEqual(second?.results?.map((r) => Number(r.seq)), first.results?.map((r) => Number(r.seq)))
      assert.deepEqual(texts(b, dave), messages.map((m) => m.payload.toString()))
      const stats = await b.registry.getSingleMetricAsString('federation_inbound_total')
      assert.match(stats, /federation_inbound_total\{origin="a.example",outcome="duplicate"\} 40/)
    } finally {
      link.close()
    }
  })

  it('drops what the peer refuses for good (no such user, a plugin\'s veto), counted by status', async () => {
    // no such user at b: final (4), removed and counted
    const nobody = newKey()
    await a.fed.relayTo('b.example', [msg(nobody, 'lost')])
    await waitFor(() => a.fed.destination('b.example').pending === 0, 5_000, 'refused message removed')
    assert.match(await a.registry.getSingleMetricAsString('federation_relay_refused_total'), /destination="b.example",status="4"\} 1/)
    // a plugin's veto at b: final too, with the plugin's status
    const off = b.hooks.register('federation.inbound', (p) => (p.size === 6 ? { status: Status.Forbidden, reason: 'no sixes' } : null))
    try {
      await a.fed.relayTo('b.example', [msg(bob, 'sixsix'), msg(bob, 'fine')])
      await waitFor(() => texts(b, bob).includes('fine') && a.fed.destination('b.example').pending === 0, 5_000, 'veto applied')
      assert.ok(!texts(b, bob).includes('sixsix'))
      assert.match(await a.registry.getSingleMetricAsString('federation_relay_refused_total'), /status="3"\} 1/)
    } finally {
      off()
    }
  })

  it('keeps a message the peer refuses for now (9, as for a full queue) and retries it with backoff', async () => {
    let full = true
    const off = b.hooks.register('federation.inbound', () => (full ? { status: Status.Unavailable, reason: 'queue full' } : null))
    try {
      await a.fed.relayTo('b.example', [msg(bob, 'patient')])
      await waitFor(() => a.fed.destination('b.example').failures >= 2, 10_000, 'two refused attempts')
      assert.match(a.fed.destination('b.example').lastFailureReason, /took none of 1 messages for now: queue full/)
      assert.equal(a.fed.destination('b.example').pending, 1)
      full = false
      await waitFor(() => texts(b, bob).includes('patient'), 10_000, 'delivered after the refusals')
    } finally {
      off()
    }
  })

  it('fires federation.outbound (observe) for each message queued for another domain', async () => {
    const seen: Array<{ domain: string; size: number }> = []
    const off = a.hooks.register('federation.outbound', (p) => { seen.push({ domain: p.domain, size: p.size }) })
    try {
      await a.fed.relayTo('b.example', [msg(bob, 'abc'), msg(bob, 'abcd')])
      assert.deepEqual(seen, [{ domain: 'b.example', size: 3 }, { domain: 'b.example', size: 4 }])
    } finally {
      off()
    }
  })

  it('queues inside a caller\'s transaction: all or none with its own writes', async () => {
    const tx = (fail: boolean): { committed(): void } => a.storage.db.transaction(() => {
      const r = a.fed.relayInTransaction('b.example', [msg(bob, fail ? 'rolled back' : 'atomic')])
      if (fail) throw new Error('the caller failed')
      return r
    })()
    assert.throws(() => tx(true), /the caller failed/)
    tx(false).committed()
    // FIFO: had the first been queued, it would have arrived before the second
    await waitFor(() => texts(b, bob).includes('atomic'), 5_000, 'the committed one')
    assert.ok(!texts(b, bob).includes('rolled back'))
  })

  it('refuses a destination that is not a peer', async () => {
    await assert.rejects(a.fed.relayTo('c.example', [msg(bob, 'x')]), (e: unknown) => (e as { status?: number }).status === Status.NotFound)
  })

  it('resolves a remote user with its KT proof checked, and remembers where its key lives', async () => {
    const r = await a.fed.resolveUser('bob', 'b.example')
    assert.deepEqual(Buffer.from(r.identity_key ?? []), bob)
    assert.ok((r.leaf?.length ?? 0) > 0 && r.inclusion_proof != null && r.tree_head != null)
    assert.deepEqual(r.peer_alerts, [])
    assert.equal(a.fed.domainOfKey(bob), 'b.example')
    const none = await a.fed.resolveUser('nobody', 'b.example')
    assert.equal(none.identity_key?.length ?? 0, 0)
    assert.ok(none.tree_head != null)
    assert.equal(a.fed.domainOfKey(newKey()), null)
  })

  it('fetches a remote identity\'s KeyPackage (once) and hybrid key through the peer', async () => {
    b.keys.addPackage(bob, Buffer.from('key package of bob'), Date.now())
    b.keys.setHybrid(bob, Buffer.alloc(1216, 7), Date.now())
    assert.equal(Buffer.from(await a.fed.fetchKeyPackage('b.example', bob)).toString(), 'key package of bob')
    assert.equal((await a.fed.fetchKeyPackage('b.example', bob)).length, 0)
    assert.deepEqual(Buffer.from(await a.fed.fetchHybridKey('b.example', bob)), Buffer.alloc(1216, 7))
  })

  it('reports the link: reachable, round trip, both queues', async () => {
    const h = await a.fed.linkHealth('b.example')
    assert.equal(h.reachable, true)
    assert.ok(h.rttMs !== null && h.rttMs > 0)
    assert.equal(h.remote?.domain, 'b.example')
    assert.equal(h.remote?.link_back?.domain, 'a.example')
    assert.equal(h.queue.domain, 'b.example')
    const metrics = await a.registry.metrics()
    assert.match(metrics, /federation_outbound_pending\{destination="b.example"\} 0/)
    assert.match(metrics, /federation_destination_last_success_timestamp_seconds\{destination="b.example"\} \d/)
    assert.match(metrics, /federation_link_rtt_seconds\{domain="b.example"\} \d/)
  })
})
