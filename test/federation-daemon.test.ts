// The relay inside real daemons (every component, in this process; real QUIC and mutual TLS on
// 127.0.0.1, certificates of a private CA made here): 100 messages sent while the other domain is
// down all arrive, exactly once, when it is back; the operator's view of the queues is reachable
// from the running node; a recipient_domain that is no peer answers 4; what a peer sends to
// 900–905 that is not a valid request answers 1, never 10; 530 serves the heads seen of a peer;
// a federation the daemon cannot set up stops the start with a ConfigError (exit 2).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError } from '../daemon/config/config.js'
import { RpcConnection } from '../protocol/rpc-connection.js'
import { encodeRequest } from '../protocol/frames.js'
import { Status } from '../protocol/errors.js'
import { qpq } from '../proto/qpq.js'
import { FEDERATION_DEFAULTS } from '../federation/options.js'
import { QpqError } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import { TestCa, daemonFederation, freePort, type DaemonFederation } from './helpers/federation.js'
import { loggedInUser, startTestNode, type LoggedInUser, type TestNode } from './helpers/node.js'
import { waitFor } from './helpers/rpc-harness.js'

describe('federation in the daemon', () => {
  const ca = new TestCa()
  const dirs = { a: mkdtempSync(path.join(tmpdir(), 'qpq-fd-a-')), b: mkdtempSync(path.join(tmpdir(), 'qpq-fd-b-')) }
  let fa: DaemonFederation
  let fb: DaemonFederation
  let A: TestNode
  let B: TestNode
  let alice: LoggedInUser
  let bob: LoggedInUser

  before(async () => {
    const [pa, pb] = [await freePort(), await freePort()]
    fa = daemonFederation(dirs.a, { domain: 'a.example', port: pa, ca, peers: [{ domain: 'b.example', port: pb }] })
    fb = daemonFederation(dirs.b, { domain: 'b.example', port: pb, ca, peers: [{ domain: 'a.example', port: pa }] })
    A = await startTestNode({ config: fa.configFile }, dirs.a)
    B = await startTestNode({ config: fb.configFile }, dirs.b)
    alice = await loggedInUser(A, 'alice')
    bob = await loggedInUser(B, 'bob')
  })
  after(async () => {
    await A.stop()
    await B.stop()
  })

  const payloadsOf = async (c: QpqClient): Promise<string[]> => (await c.fetch({ limit: 1_000 })).map((m) => Buffer.from(m.data).toString())

  it('answers ResolveUser of name@domain with the peer\'s binding, and serves the heads it saw of the peer (530)', async () => {
    const r = await alice.client.request('ResolveUser', { username: 'bob@b.example', known_tree_size: 0 })
    assert.deepEqual(Buffer.from(r.identity_key), bob.key)
    assert.deepEqual(r.peer_alerts, [])
    const heads = await alice.client.peerLogs.heads('b.example')
    assert.ok(heads.heads.length > 0)
    assert.deepEqual(Buffer.from(heads.signerKey ?? []), Buffer.from(r.tree_head?.signer_key ?? [1]))
    // the SDK checks the answer against b.example's log itself
    assert.deepEqual(Buffer.from(await alice.client.users.resolve('bob@b.example') ?? []), bob.key)
    assert.equal((await alice.client.health()).federation_domain, 'a.example')
  })

  it('delivers all of 100 messages sent while the other domain was down, exactly once, when it is back', async () => {
    await B.stop()
    const sent = Array.from({ length: 100 }, (_, i) => `while b was down ${i}`)
    for (const p of sent) assert.equal((await alice.client.send(bob.key, Buffer.from(p))).forwardedVia, 'federation:b.example')
    const ops = A.node.federation
    assert.ok(ops !== null)
    assert.equal(ops.destination('b.example').pending, 100)
    B = await startTestNode({ config: fb.configFile }, dirs.b)
    // the operator's reset ends the backoff at once (qpqctl federation reset)
    ops.resetDestination('b.example')
    await waitFor(() => ops.destination('b.example').pending === 0, 60_000, 'the queue to b.example to drain')
    const state = ops.destinations().find((d) => d.domain === 'b.example')
    assert.ok(state !== undefined && state.failures === 0 && state.lastSuccessAt > 0, JSON.stringify(state))
    const bob2 = await B.session(bob)
    const got = await payloadsOf(bob2)
    assert.equal(got.length, 100)
    assert.deepEqual([...got].sort(), [...sent].sort())
    await bob2.ack(Number.MAX_SAFE_INTEGER)
    bob = { ...bob, client: bob2 }
  })

  it('fetches a remote user\'s KeyPackage and hybrid keys through the proxies, in the request\'s order', async () => {
    const carol = await loggedInUser(A, 'carol')
    await bob.client.keys.uploadKeyPackage(Buffer.from('a KeyPackage of bob'))
    await bob.client.keys.uploadHybridKey(Buffer.alloc(1216, 0xb0))
    await carol.client.keys.uploadHybridKey(Buffer.alloc(1216, 0xc0))
    assert.equal(Buffer.from(await alice.client.keys.fetchKeyPackage(bob.key) ?? []).toString(), 'a KeyPackage of bob')
    assert.equal(await alice.client.keys.fetchKeyPackage(bob.key), null, 'used up at b.example')
    assert.deepEqual(Buffer.from(await alice.client.keys.fetchHybridKey(bob.key) ?? []), Buffer.alloc(1216, 0xb0))
    const keys = await alice.client.keys.fetchHybridKeys([bob.key, carol.key, alice.key, bob.key])
    assert.deepEqual(keys.map((k) => (k === null ? null : (k[0] as number).toString(16))), ['b0', 'c0', null, 'b0'])
  })

  it('keeps a group with a member on another domain: CreateChannel takes the resolved key, RotateKeys and Enqueue reach it', async () => {
    const groupId = Buffer.alloc(32, 0x18)
    const { channelId } = await alice.client.channels.group(groupId, [bob.key])
    const rotated = await alice.client.channels.rotateKeys(groupId, Buffer.from('a commit for bob'), 1)
    assert.deepEqual([rotated.accepted, rotated.recipients], [true, 1])
    await alice.client.send(bob.key, Buffer.from('a group message for bob'), { channel: channelId })
    const got: string[] = []
    while (got.length < 2) {
      const page = await bob.client.fetchWait(10_000, { channel: channelId })
      got.push(...page.map((m) => Buffer.from(m.data).toString()))
      if (page.length > 0) await bob.client.ack((page.at(-1) as { seq: number }).seq, { channel: channelId })
    }
    assert.deepEqual(got, ['a commit for bob', 'a group message for bob'])
    // a key nobody resolved is still refused
    await assert.rejects(alice.client.channels.group(groupId, [Buffer.alloc(32, 7)]),
      (e: unknown) => e instanceof QpqError && e.status === Status.NotFound && /ResolveUser name@domain first/.test(e.message))
  })

  it('answers 4 for an Enqueue naming a domain that is not a peer, and stores nothing', async () => {
    await assert.rejects(alice.client.send(bob.key, Buffer.from('x'), { domain: 'c.example' }),
      (e: unknown) => e instanceof QpqError && e.status === Status.NotFound && /no route to c\.example/.test(e.message))
    await assert.rejects(alice.client.sendBatch([alice.key, bob.key], Buffer.from('x'), { domains: ['', 'c.example'] }),
      (e: unknown) => e instanceof QpqError && e.status === Status.NotFound)
    assert.equal(A.node.federation?.destination('b.example').pending, 0)
    assert.deepEqual(await payloadsOf(alice.client), [], 'the batch\'s local copy is not stored either')
    // and 4 for a lookup of a domain that is not a peer
    await assert.rejects(alice.client.request('ResolveUser', { username: 'zed@z.example', known_tree_size: 0 }),
      (e: unknown) => e instanceof QpqError && e.status === Status.NotFound && /z\.example is not a federation peer/.test(e.message))
  })

  it('answers 1, never 10, to a peer sending 900–905 what is not a valid request', async () => {
    const peerId = ca.issue('a.example')
    const c = new RpcConnection({
      host: '127.0.0.1', port: fb.port, serverName: 'b.example', caPem: ca.caPem, clientCert: peerId,
      transport: FEDERATION_DEFAULTS.transport, connectTimeoutMs: 5_000, keepAliveMs: 0, bufferBudget: 1 << 20,
    }, { onPush: () => {}, onClose: () => {} })
    await c.ready
    try {
      let id = 0
      const call = async (method: number, payload: Uint8Array): Promise<number> => {
        const r = await c.send(encodeRequest(method, ++id, payload), { timeoutMs: 10_000 })
        assert.equal(r.kind, 'response')
        return r.kind === 'response' ? r.status : -1
      }
      const garbage = Uint8Array.from([0x0a, 0xff, 0x01]) // field 1, length 255, then 1 byte: not a protobuf message
      for (const method of [900, 901, 902, 903, 904, 905]) assert.equal(await call(method, garbage), Status.BadRequest, `garbage to ${method}`)
      const auth = { origin_domain: 'a.example' }
      const invalid: Array<[number, Uint8Array]> = [
        [900, qpq.v1.RelayEnqueueRequest.encode({ federation_auth: auth }).finish()],
        [900, qpq.v1.RelayEnqueueRequest.encode({ federation_auth: auth, enqueue: { recipient_key: Buffer.alloc(5), payload: Buffer.from('x') } }).finish()],
        [901, qpq.v1.RelayBatchEnqueueRequest.encode({ federation_auth: auth }).finish()],
        [902, qpq.v1.ProxyFetchKeyPackageRequest.encode({ federation_auth: auth, fetch: { identity_key: Buffer.alloc(3) } }).finish()],
        [903, qpq.v1.ProxyFetchHybridKeyRequest.encode({ federation_auth: auth }).finish()],
        [904, qpq.v1.ProxyResolveUserRequest.encode({ federation_auth: auth, resolve: { username: 'x' } }).finish()],
        [904, qpq.v1.ProxyResolveUserRequest.encode({ federation_auth: auth, resolve: { username: 'bob@c.example' } }).finish()],
      ]
      for (const [method, payload] of invalid) assert.equal(await call(method, payload), Status.BadRequest, `invalid request to ${method}`)
      // a transaction's bad messages are refused one by one, with 1
      const batch = await c.send(encodeRequest(901, ++id, qpq.v1.RelayBatchEnqueueRequest.encode({
        federation_auth: auth,
        messages: [{ relay_id: Buffer.alloc(16, 1), recipient_key: Buffer.alloc(7), payload: Buffer.from('x'), expires_at_ms: Date.now() + 60_000 }],
      }).finish()), { timeoutMs: 10_000 })
      assert.ok(batch.kind === 'response' && batch.status === Status.Ok)
      assert.deepEqual(qpq.v1.RelayBatchEnqueueResponse.decode(batch.payload).results.map((r) => r.status), [Status.BadRequest])
    } finally {
      c.close()
    }
  })

  it('refuses to start a federation it cannot set up, naming the file, as a configuration error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-fd-bad-'))
    const f = daemonFederation(dir, { domain: 'a.example', port: await freePort(), ca, peers: [{ domain: 'b.example', port: fb.port }] })
    writeFileSync(path.join(dir, 'a.example.pem'), ca.issue('other.example').certPem)
    await assert.rejects(startTestNode({ config: f.configFile }, dir),
      (e: unknown) => e instanceof ConfigError && /federation_cert .*a\.example\.pem does not name federation_domain a\.example/.test(e.message))
  })
})
