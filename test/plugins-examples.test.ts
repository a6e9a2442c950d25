// The example plugins of plugins/examples, loaded from that folder as an operator would:
// size-policy refuses large payloads and fast senders, welcome greets each new user with a
// server notice, audit records connections, logins and accepted enqueues (never payloads).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { QpqError, Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import { qpq } from '../proto/qpq.js'
import { SERVER_NOTICE_CHANNEL } from '../daemon/services/delivery/server-notice.js'
import { EXAMPLES, account, startPluginNode, storeOf, type LogCapture } from './helpers/plugins.js'
import type { TestNode, TestUser } from './helpers/node.js'
import { waitFor } from './helpers/rpc-harness.js'

const CONFIG = `
[plugins.size-policy]
max_bytes = 100
per_minute = 3

[plugins.welcome]
text = "Hi {username}, welcome!"

[plugins.audit]
max_entries = 6
`

describe('example plugins', () => {
  let t: TestNode & { logs: LogCapture }
  let alice: TestUser & { client: QpqClient }
  let bob: TestUser & { client: QpqClient }
  before(async () => {
    t = await startPluginNode({ dir: EXAMPLES, toml: CONFIG })
    alice = await account(t, 'alice')
    bob = await account(t, 'bob')
  })
  after(async () => { await t.stop() })

  it('all three load', () => {
    assert.deepEqual(t.node.plugins.status().map((s) => [s.name, s.state]), [['audit', 'running'], ['size-policy', 'running'], ['welcome', 'running']])
  })

  it('welcome sends each new user a server notice', async () => {
    const got = await alice.client.fetch({ channel: SERVER_NOTICE_CHANNEL })
    assert.equal(got.length, 1)
    const n = qpq.v1.ServerNotice.decode(got[0]?.data ?? new Uint8Array())
    assert.deepEqual([n.text, n.source], ['Hi alice, welcome!', 'welcome'])
    assert.ok(Math.abs(n.timestamp_ms - Date.now()) < 60_000)
  })

  it('size-policy refuses payloads over max_bytes, then a sender over per_minute; audit records what was accepted', async () => {
    const refused = (status: number, reason: RegExp) => (e: unknown): boolean => e instanceof QpqError && e.status === status && reason.test(e.message)
    await assert.rejects(alice.client.send(bob.key, Buffer.alloc(101)), refused(Status.BadRequest, /payload of 101 bytes is over this server's 100-byte limit/))
    for (let i = 0; i < 3; i++) await alice.client.send(bob.key, Buffer.alloc(100))
    await assert.rejects(alice.client.send(bob.key, Buffer.alloc(1)), refused(Status.RateLimited, /more than 3 messages a minute/))
    await bob.client.send(alice.key, Buffer.alloc(1)) // another sender has a minute of its own

    // connections and logins of alice and bob, then the four accepted enqueues; the oldest dropped beyond max_entries
    await waitFor(() => storeOf(t.node.storage, 'audit').filter((e) => (e.value as { event: string }).event === 'message.enqueue').length === 4 && storeOf(t.node.storage, 'audit').length === 6, 10_000, 'the audit entries')
    const entries = storeOf(t.node.storage, 'audit').map((e) => e.value as Record<string, unknown>)
    assert.deepEqual(entries.map((e) => e.event), ['connect', 'auth.login', 'message.enqueue', 'message.enqueue', 'message.enqueue', 'message.enqueue'])
    assert.deepEqual(entries[1], { event: 'auth.login', username: 'bob', identity: bob.key.toString('hex'), remote: '127.0.0.1' })
    assert.deepEqual(entries[2], { event: 'message.enqueue', sender: alice.key.toString('hex'), recipient: bob.key.toString('hex'), channel: '', size: 100, ttlSecs: 0 })
    assert.equal(entries[5]?.sender, bob.key.toString('hex'))
  })
})
