// The SDK across a server restart (same data dir and port): calls in flight fail with
// ConnectionClosedError, calls made meanwhile wait for the reconnection, the session carries on
// (token in Auth field 15) with its pushes, and a ChatClient's follow() keeps delivering. And a
// client that cannot get back gives up after its attempts, failing what waited.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ConnectionClosedError } from '../client/errors.js'
import { QpqClient } from '../client/qpq-client.js'
import type { LinkEvent } from '../client/session/link.js'
import { newUser, startTestNode, TEST_STRETCHING, type TestNode } from './helpers/node.js'
import { registerChat, type ChatUser } from './helpers/chat.js'
import { waitFor } from './helpers/rpc-harness.js'

const FAST = { initialDelayMs: 50, maxDelayMs: 400, attemptTimeoutMs: 2_000 }

async function restart(t: TestNode): Promise<TestNode> {
  const port = t.node.rpcAddress.port
  await t.node.stop()
  return await startTestNode({ listen: `127.0.0.1:${port}` }, t.dataDir)
}

describe('reconnecting', () => {
  let t: TestNode
  const open: QpqClient[] = []
  const users: ChatUser[] = []
  after(async () => {
    for (const c of open) c.close()
    for (const u of users) u.chat.close()
    await t.stop()
  })

  it('fails the call in flight, holds later calls, and resumes the session with its pushes', async () => {
    t = await startTestNode()
    const alice = newUser('alice')
    const bob = newUser('bob')
    await t.register(alice)
    await t.register(bob)
    const c = await QpqClient.connect({ server: `127.0.0.1:${t.node.rpcAddress.port}`, caCert: t.node.tls.certDer, keyStretching: TEST_STRETCHING, reconnect: FAST })
    open.push(c)
    await c.login(alice.name, alice.password, alice.key)
    const states: LinkEvent['state'][] = []
    c.onConnection((e) => states.push(e.state))

    // the connection drops under a long poll (closing it from our side stands in for the network)
    const longPoll = c.fetchWait(30_000)
    await waitFor(() => t.node.rpc.inFlight === 1, 5_000, 'long poll running')
    c.rpc.close()
    await assert.rejects(longPoll, ConnectionClosedError)
    assert.deepEqual(await c.fetch(), [])
    assert.deepEqual(states, ['reconnecting', 'open'])

    // the server restarts: a long poll is answered at its drain, a call made while it is down waits
    // (first the server must have seen the old connection go, or its long poll counts as the new one)
    await waitFor(() => t.node.rpc.inFlight === 0, 5_000, 'the first long poll ended on the server')
    const drained = c.fetchWait(30_000)
    await waitFor(() => t.node.rpc.inFlight === 1, 5_000, 'long poll running')
    const restarted = restart(t)
    assert.deepEqual(await drained, [])
    await waitFor(() => states.length > 2, 5_000, 'connection lost')
    const meanwhile = c.fetch()
    t = await restarted
    assert.deepEqual(await meanwhile, [])
    assert.equal(states.at(-1), 'open')

    // the session goes on, pushes included
    const pushed: string[] = []
    const offPush = c.on('message', (e) => pushed.push(Buffer.from(e.data ?? []).toString()))
    const sender = await t.session(bob)
    await sender.send(alice.key, Buffer.from('after the restart'))
    await waitFor(() => pushed.length === 1, 5_000, 'push on the new connection')
    offPush()
    assert.deepEqual(pushed, ['after the restart'])
    assert.deepEqual((await c.fetch()).map((m) => Buffer.from(m.data).toString()), ['after the restart'])
  })

  it('keeps a chat going: follow() delivers what is sent after the restart', async () => {
    const [carol, dave] = [await registerChat(t, 'carol'), await registerChat(t, 'dave')]
    users.push(carol, dave)
    await carol.chat.send('dave', 'before')
    const seen: string[] = []
    const stop = new AbortController()
    const following = (async () => {
      for await (const e of dave.chat.follow({ signal: stop.signal, intervalMs: 200 })) if (e.type === 'message') seen.push(e.text)
    })()
    await waitFor(() => seen.length === 1, 10_000, 'the first message')
    t = await restart(t)
    await carol.chat.send('dave', 'after')
    await waitFor(() => seen.length === 2, 15_000, 'the message after the restart')
    stop.abort()
    await following
    assert.deepEqual(seen, ['before', 'after'])
  })

  it('gives up after its attempts and fails what waited', async () => {
    const c = await QpqClient.connect({ server: `127.0.0.1:${t.node.rpcAddress.port}`, caCert: t.node.tls.certDer, reconnect: { ...FAST, maxAttempts: 2, attemptTimeoutMs: 300 } })
    open.push(c)
    await c.health()
    let closed = ''
    c.onClose((reason) => { closed = reason })
    const port = t.node.rpcAddress.port
    await t.node.stop()
    await waitFor(() => !c.rpc.isOpen, 5_000, 'connection lost')
    await assert.rejects(c.health(), ConnectionClosedError)
    assert.match(closed, /gave up reconnecting after 2 attempts/)
    t = await startTestNode({ listen: `127.0.0.1:${port}` }, t.dataDir)
  })
})
