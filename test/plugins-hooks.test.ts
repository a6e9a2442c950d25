// Plugins on the hook points, through the real daemon, real worker threads and real QUIC: a
// veto refuses with its status and reason and nothing is stored; observers see every event in
// order; priorities order the calls; a throwing plugin fails open or closed as configured; the
// connect and login hooks refuse connections and logins.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { QpqError, Status } from '../client/errors.js'
import { scrape, metricValue } from '../bench/_lib.js'
import { account, pluginDir, withPluginNode, storeHolds, storeOf } from './helpers/plugins.js'
import { newUser } from './helpers/node.js'

const text = (m: { data: Uint8Array }): string => Buffer.from(m.data).toString()
const refusedWith = (status: number, reason: RegExp) => (e: unknown): boolean => e instanceof QpqError && e.status === status && reason.test(e.message)

describe('plugin hooks', () => {
  it('a veto refuses an enqueue with its status and reason, and nothing is stored', async () => {
    await withPluginNode({ dir: pluginDir('veto.mjs'), toml: '[plugins.veto]\nmax_bytes = 5\n' }, async (t) => {
      const alice = await account(t, 'alice')
      const bob = await account(t, 'bob')
      await assert.rejects(alice.client.send(bob.key, Buffer.from('too long')), refusedWith(Status.Forbidden, /: over 5 bytes: refused by the veto plugin$/))
      await alice.client.send(bob.key, Buffer.from('short'))
      assert.deepEqual((await bob.client.fetch()).map(text), ['short'])
    })
  })

  it('an observer sees every event in order, and its logs and metrics carry its name', async () => {
    await withPluginNode({ dir: pluginDir('recorder.mjs'), flags: { metrics_listen: '127.0.0.1:0' } }, async (t) => {
      const alice = newUser('alice')
      const c = await t.client()
      await c.register(alice.name, alice.password, alice.key)
      await c.login(alice.name, alice.password, alice.key)
      await c.send(alice.key, Buffer.from('x'))
      await c.fetch()
      c.close()
      const events = await storeHolds(t.node.storage, 'recorder', 6)
      const v = events.map((e) => e.value as Record<string, unknown>)
      assert.deepEqual(v.map((e) => e.event), ['connect', 'user.registered', 'auth.login', 'message.enqueue', 'message.fetch', 'disconnect'])
      assert.equal(v[0]?.connection, v[5]?.connection)
      assert.deepEqual([v[1]?.username, v[1]?.identity, v[2]?.identity], ['alice', alice.key.toString('hex'), alice.key.toString('hex')])
      assert.deepEqual(v[3], { event: 'message.enqueue', size: 1, sender: alice.key.toString('hex'), payload: false }, 'metadata only: the payload goes to plugins that ask')
      assert.equal(v[4]?.count, 1)
      assert.ok(t.logs.lines.some((l) => l.plugin === 'recorder' && l.msg === 'recorded' && (l.fields as { event?: string } | undefined)?.event === 'user.registered'))
      const metrics = (await scrape(`http://127.0.0.1:${t.node.metricsAddress?.port}/metrics`)).text
      assert.equal(metricValue(metrics, 'qpq_plugin_recorder_events{event="message.fetch"}'), 1)
      assert.equal(metricValue(metrics, 'qpq_plugins_hook_duration_seconds_count{plugin="recorder",hook="auth.login"}'), 1)
      assert.equal(metricValue(metrics, 'qpq_plugins_up{plugin="recorder"}'), 1)
    })
  })

  it('higher priority runs first and the first veto wins', async () => {
    await withPluginNode({ dir: pluginDir('high.mjs', 'low.mjs') }, async (t) => {
      const alice = await account(t, 'alice')
      await assert.rejects(alice.client.send(alice.key, Buffer.alloc(7)), refusedWith(Status.Forbidden, /: high$/))
      await assert.rejects(alice.client.send(alice.key, Buffer.alloc(8)), refusedWith(Status.Forbidden, /: low$/))
      await alice.client.send(alice.key, Buffer.alloc(1))
      assert.deepEqual(storeOf(t.node.storage, 'low').map((e) => e.key), ['size:1', 'size:8'], 'the low plugin is never asked about what the high one refused')
    })
  })

  for (const fail of ['open', 'closed'] as const) {
    it(`a throwing plugin that fails ${fail} ${fail === 'open' ? 'lets the message through' : 'refuses it'}`, async () => {
      await withPluginNode({ dir: pluginDir('thrower.mjs'), toml: `[plugins.thrower]\nfail = "${fail}"\n` }, async (t) => {
        const alice = await account(t, 'alice')
        const bob = await account(t, 'bob')
        const sending = alice.client.send(bob.key, Buffer.from('throw'))
        if (fail === 'open') await sending
        else await assert.rejects(sending, refusedWith(Status.Unavailable, /plugin thrower failed \(it fails closed\)/))
        assert.deepEqual((await bob.client.fetch()).map(text), fail === 'open' ? ['throw'] : [])
        const logged = await t.logs.waitFor((l) => l.msg === 'plugin hook call failed', 'the failure logged')
        assert.deepEqual([logged.plugin, logged.hook, logged.failure, logged.reason], ['thrower', 'message.enqueue', 'error', 'Error: boom'])
        await alice.client.send(bob.key, Buffer.from('fine'))
      })
    })
  }

  it('the connect hook refuses a connection, the login hook a login', async () => {
    await withPluginNode({ dir: pluginDir('gate.mjs') }, async (t) => {
      await (await t.client()).health()
      const second = await t.client()
      await assert.rejects(second.health(), /closed by the gate/)
      await (await t.client()).health()
      const mallory = newUser('mallory')
      await t.register(mallory)
      await assert.rejects(t.session(mallory), refusedWith(Status.Forbidden, /: mallory is banned$/))
      await account(t, 'alice')
    })
  })
})
