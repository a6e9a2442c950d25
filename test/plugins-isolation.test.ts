// A plugin can never take the daemon down: a plugin stuck in an endless loop is timed out and
// its worker killed, one that calls process.exit or runs out of memory is restarted, a malformed
// answer counts as a failure; the daemon keeps answering throughout. One that keeps dying is
// disabled until a reload, and then fails open or closed as configured.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Registry } from 'prom-client'
import { Status } from '../client/errors.js'
import { silentLogger } from '../daemon/observability/logger.js'
import { CommitBatcher } from '../daemon/storage/commit-batcher.js'
import { HookBus, type MessageMeta } from '../plugins/hooks.js'
import { PluginHost } from '../plugins/host/host.js'
import { PluginKvStore } from '../plugins/host/kv-store.js'
import { DEFAULT_PLUGIN_SETTINGS } from '../daemon/config/plugins.js'
import { account, pluginDir, startPluginNode } from './helpers/plugins.js'
import { tempStorage, type TestNode, type TestUser } from './helpers/node.js'
import { waitFor } from './helpers/rpc-harness.js'
import type { QpqClient } from '../client/qpq-client.js'
import type { LogCapture } from './helpers/plugins.js'

const text = (m: { data: Uint8Array }): string => Buffer.from(m.data).toString()

describe('a misbehaving plugin', () => {
  let t: TestNode & { logs: LogCapture }
  let alice: TestUser & { client: QpqClient }
  before(async () => {
    t = await startPluginNode({ dir: pluginDir('chaos.mjs'), toml: '[plugins.chaos]\ntimeout_ms = 500\nmax_memory_mb = 16\n' })
    alice = await account(t, 'alice')
  })
  after(async () => { await t.stop() })

  /** Sends a payload of `size` bytes; the plugin misbehaves, fails open, and the message is stored. */
  async function misbehave(size: number): Promise<void> {
    const [sent, health] = await Promise.all([alice.client.send(alice.key, Buffer.alloc(size, 0x61)), alice.client.health()])
    assert.equal(health.status, 'ok', 'the daemon answers while the plugin misbehaves')
    assert.deepEqual((await alice.client.fetch()).map(text), ['a'.repeat(size)])
    await alice.client.ack(sent.seq)
  }

  async function restartedAfter(deaths: number, reason: RegExp): Promise<void> {
    const died = await t.logs.waitFor((l) => l.msg === 'plugin worker died' && reason.test(String(l.reason)), `the worker's death (${reason})`)
    assert.equal(died.plugin, 'chaos')
    await t.logs.waitFor((l) => l.msg === 'plugin restarted' && l.restarts === deaths, `restart ${deaths}`)
    await assert.rejects(alice.client.send(alice.key, Buffer.alloc(13)), /: alive$/, 'the restarted plugin serves')
    assert.deepEqual(t.node.plugins.status().map((s) => [s.name, s.state, s.restarts]), [['chaos', 'running', deaths]])
  }

  it('stuck in an endless loop: the call times out, the daemon answers Health, the worker is killed and restarted', async () => {
    await misbehave(9)
    assert.ok(t.logs.lines.some((l) => l.msg === 'plugin hook call failed' && l.failure === 'timeout'))
    await restartedAfter(1, /^stuck/)
  })

  it('calling process.exit: the call is resolved by policy and the plugin restarted', async () => {
    await misbehave(11)
    await restartedAfter(2, /exited with code 3/)
  })

  it('over its memory limit: the worker dies alone and is restarted', async () => {
    await misbehave(12)
    await restartedAfter(3, /out of memory/)
  })

  it('a malformed veto is a failure, resolved by policy', async () => {
    await misbehave(15)
    const logged = await t.logs.waitFor((l) => l.msg === 'plugin hook call failed' && l.failure === 'bad-answer', 'the bad answer logged')
    assert.match(String(logged.reason), /status 0: a veto's status is a wire status from 1 to 255/)
  })
})

describe('a plugin that keeps dying', () => {
  const meta = (size: number): MessageMeta => ({ sender: null, recipient: randomBytes(32), channel: Buffer.alloc(0), size, ttlSecs: 0 })

  async function host(fail: 'open' | 'closed'): Promise<{ host: PluginHost; hooks: HookBus; registry: Registry; stop(): Promise<void> }> {
    const storage = tempStorage()
    const hooks = new HookBus()
    const registry = new Registry()
    const h = new PluginHost({
      dir: pluginDir('chaos.mjs'),
      settings: { chaos: { ...DEFAULT_PLUGIN_SETTINGS, fail } },
      policy: { baseDelayMs: 10, maxDelayMs: 100, maxDeaths: 3, windowMs: 60_000, pingMs: 200 },
    }, { hooks, log: silentLogger(), registry, store: new PluginKvStore(storage.db, new CommitBatcher(storage.db)), sendNotice: () => Promise.reject(new Error('no notices here')) })
    await h.start()
    return { host: h, hooks, registry, async stop() { await h.stop(); storage.close() } }
  }

  /** Makes the plugin's worker exit three times: restarted twice, then disabled. */
  async function killThrice(h: PluginHost, hooks: HookBus): Promise<void> {
    const now = (): { state?: string; restarts?: number } => h.status()[0] ?? {}
    for (let deaths = 1; deaths <= 3; deaths++) {
      await hooks.veto('message.enqueue', meta(11))
      await waitFor(() => (deaths < 3 ? now().restarts === deaths && now().state === 'running' : now().state === 'disabled'), 10_000, `death ${deaths} handled`)
    }
  }

  it('is disabled (a fail-open one is taken off the hook), shown in metrics, and comes back with a reload', async () => {
    const { host: h, hooks, registry, stop } = await host('open')
    try {
      await killThrice(h, hooks)
      assert.equal(hooks.has('message.enqueue'), false, 'calls cost nothing once it is disabled')
      assert.match(await registry.metrics(), /qpq_plugins_disabled\{plugin="chaos"\} 1/)
      assert.match(await registry.metrics(), /qpq_plugins_hook_failures_total\{plugin="chaos",hook="message.enqueue",reason="crash"\} 3/)
      assert.deepEqual(await h.reload('chaos'), [{ plugin: 'chaos', ok: true }])
      assert.deepEqual(await hooks.veto('message.enqueue', meta(13)), { status: 3, reason: 'alive' })
      assert.match(await registry.metrics(), /qpq_plugins_disabled\{plugin="chaos"\} 0/)
    } finally {
      await stop()
    }
  })

  it('a fail-closed one keeps refusing while disabled', async () => {
    const { host: h, hooks, stop } = await host('closed')
    try {
      await killThrice(h, hooks)
      assert.deepEqual(await hooks.veto('message.enqueue', meta(1)), { status: Status.Unavailable, reason: 'refused because plugin chaos is disabled (it fails closed)' })
    } finally {
      await stop()
    }
  })
})
