// P2P endpoints (800, 801) through the real daemon: publish and resolve, replacement, expiry,
// validation, and that only the publisher's contacts — those it sent a message to or made a
// channel with, never those who merely made a channel with it — see its addresses.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import { EndpointService } from '../daemon/services/p2p/handler.js'
import { EndpointStore } from '../daemon/services/p2p/store.js'
import type { CallContext } from '../daemon/services/call-context.js'
import { qpq } from '../proto/qpq.js'
import { startTestNode, tempStorage, type TestNode, newIdentityKey, loggedInUser as user, type LoggedInUser } from './helpers/node.js'
import { isStatus } from './helpers/status.js'



describe('p2p endpoints', () => {
  let t: TestNode
  let alice: LoggedInUser, bob: LoggedInUser, eve: LoggedInUser
  before(async () => {
    t = await startTestNode()
    alice = await user(t, 'alice')
    bob = await user(t, 'bob')
    eve = await user(t, 'eve')
    await alice.client.channels.direct(bob.key)
  })
  after(async () => { await t.stop() })

  it('publishes and resolves, for contacts only; a new publish replaces the old', async () => {
    const nodeId = randomBytes(32)
    const expires = await alice.client.endpoints.publish({ nodeId, relayUrl: 'https://relay.example.com./', directAddresses: ['192.0.2.7:4433', '[2001:db8::1]:4433'] })
    assert.ok(expires > Date.now() + 3_500_000 && expires <= Date.now() + 3_600_000, 'default TTL 1 hour')
    const e = await bob.client.endpoints.resolve(alice.key)
    assert.deepEqual(Buffer.from(e?.nodeId ?? []), nodeId)
    assert.deepEqual(e?.directAddresses, ['192.0.2.7:4433', '[2001:db8::1]:4433'])
    assert.equal(e?.relayUrl, 'https://relay.example.com./')
    assert.equal(await eve.client.endpoints.resolve(alice.key), null, 'no shared channel: nothing')
    assert.ok(await alice.client.endpoints.resolve(alice.key), 'self')
    const other = randomBytes(32)
    await alice.client.endpoints.publish({ nodeId: other, directAddresses: ['198.51.100.1:1'] })
    assert.deepEqual(Buffer.from((await bob.client.endpoints.resolve(alice.key))?.nodeId ?? []), other)
    assert.equal(await bob.client.endpoints.resolve(newIdentityKey()), null)
  })

  it('is not shown to someone who only created a channel with the publisher, until the publisher writes to them', async () => {
    await alice.client.endpoints.publish({ nodeId: randomBytes(32), directAddresses: ['192.0.2.7:4433'] })
    const { created } = await eve.client.channels.direct(alice.key)
    assert.equal(created, true, 'eve may open a channel with alice')
    assert.equal(await eve.client.endpoints.resolve(alice.key), null, 'but that makes eve no contact of alice')
    await alice.client.send(eve.key, Buffer.from('hello eve'))
    assert.ok(await eve.client.endpoints.resolve(alice.key), 'alice wrote to eve: now eve is her contact')
  })

  it('validates what is published', async () => {
    const nodeId = randomBytes(32)
    const bad = async (e: Parameters<QpqClient['endpoints']['publish']>[0]): Promise<void> => {
      await assert.rejects(alice.client.endpoints.publish(e), isStatus(Status.BadRequest), JSON.stringify(e))
    }
    await bad({ nodeId: randomBytes(31), directAddresses: ['192.0.2.1:1'] })
    await bad({ nodeId })
    await bad({ nodeId, relayUrl: 'ftp://relay' })
    await bad({ nodeId, relayUrl: 'not a url' })
    await bad({ nodeId, directAddresses: ['192.0.2.1'] })
    await bad({ nodeId, directAddresses: ['192.0.2.1:0'] })
    await bad({ nodeId, directAddresses: ['999.0.2.1:80'] })
    await bad({ nodeId, directAddresses: ['[not:v6]:80'] })
    await bad({ nodeId, directAddresses: Array.from({ length: 17 }, (_, i) => `192.0.2.${i}:80`) })
    await assert.rejects(bob.client.request('ResolveEndpoint', { identity_key: Buffer.alloc(3) }), isStatus(Status.BadRequest))
    const anonymous = await t.client()
    await assert.rejects(anonymous.request('ResolveEndpoint', { identity_key: alice.key }), isStatus(Status.Unauthorized))
    await assert.rejects(anonymous.request('PublishEndpoint', { node_id: nodeId, direct_addresses: ['192.0.2.1:1'] }), isStatus(Status.Unauthorized))
  })

  it('deleting an account deletes its endpoint', async () => {
    const dan = await user(t, 'dan')
    await dan.client.channels.direct(bob.key)
    await dan.client.endpoints.publish({ nodeId: randomBytes(32), directAddresses: ['192.0.2.9:9'] })
    assert.ok(await bob.client.endpoints.resolve(dan.key))
    await dan.client.request('DeleteAccount', { identity_key: dan.key })
    assert.equal(await bob.client.endpoints.resolve(dan.key), null)
  })
})

describe('endpoint expiry', () => {
  it('never answers an expired endpoint, clamps the TTL to 7 days, and sweeps', () => {
    const storage = tempStorage()
    let now = 1_000_000
    const store = new EndpointStore(storage.db)
    const svc = new EndpointService({ store, accepted: () => true, now: () => now })
    const me = newIdentityKey()
    const ctx = { session: { accountId: 1, username: 'me', identityKey: me, deviceId: null } } as unknown as CallContext
    const r = svc.publishEndpoint(qpq.v1.PublishEndpointRequest.create({ node_id: randomBytes(32), direct_addresses: ['192.0.2.1:1'], ttl_secs: 60 }), ctx)
    assert.equal(r.expires_at_ms, now + 60_000)
    const resolve = (): qpq.v1.ResolveEndpointResponse.$Properties => svc.resolveEndpoint(qpq.v1.ResolveEndpointRequest.create({ identity_key: me }), ctx)
    assert.equal(resolve().node_id?.length, 32)
    now += 60_000
    assert.equal(resolve().node_id, undefined, 'expired at expires_at')
    assert.equal(store.sweep(now), 1)
    const long = svc.publishEndpoint(qpq.v1.PublishEndpointRequest.create({ node_id: randomBytes(32), direct_addresses: ['192.0.2.1:1'], ttl_secs: 30 * 86_400 }), ctx)
    assert.equal(long.expires_at_ms, now + 7 * 86_400_000)
    storage.close()
  })
})
