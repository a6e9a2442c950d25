// Reloading plugins without a restart: new code takes over while enqueues run and none fails
// or is lost; new code that does not load leaves the old version serving; a full reload picks
// up added and removed plugins; SIGHUP reloads a running qpqd.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FIXTURES, account, pluginDir, withPluginNode, storeOf } from './helpers/plugins.js'
import { waitFor } from './helpers/rpc-harness.js'
import { startDaemonProcess } from './helpers/daemon-process.js'

/** A plugin_dir whose swap.mjs is the first version of the swap fixture. */
function swapDir(): string {
  const dir = pluginDir()
  copyFileSync(path.join(FIXTURES, 'swap-v1.mjs'), path.join(dir, 'swap.mjs'))
  return dir
}
const toV2 = (dir: string): void => copyFileSync(path.join(FIXTURES, 'swap-v2.mjs'), path.join(dir, 'swap.mjs'))

describe('plugin reload', () => {
  it('swaps behaviour while a load of enqueues runs, and no enqueue fails', async () => {
    const dir = swapDir()
    await withPluginNode({ dir }, async (t) => {
      const alice = await account(t, 'alice')
      const bob = await account(t, 'bob')
      await alice.client.send(bob.key, Buffer.alloc(3))
      // eight senders run until the reload has finished, then send five more each: the reload
      // happens while the load runs however long it takes on this machine
      let sent = 0
      let reloaded = false
      let afterReload = 0
      const load = Promise.all(Array.from({ length: 8 }, async () => {
        while (!reloaded) {
          await alice.client.send(bob.key, Buffer.alloc(10))
          sent++
        }
        for (let i = 0; i < 5; i++) {
          await alice.client.send(bob.key, Buffer.alloc(10))
          afterReload++
        }
      }))
      await waitFor(() => sent >= 80, 20_000, 'the load under way')
      const sentBefore = sent
      toV2(dir)
      assert.deepEqual(await t.node.plugins.reload('swap'), [{ plugin: 'swap', ok: true }])
      reloaded = true
      await load
      assert.equal(afterReload, 40, 'every sender went on after the reload, and none failed')
      await assert.rejects(alice.client.send(bob.key, Buffer.alloc(3)), /: v2 says no$/)
      assert.deepEqual(t.node.plugins.status().map((s) => [s.name, s.version, s.state]), [['swap', '2', 'running']])
      const closed = storeOf(t.node.storage, 'swap').find((e) => e.key === 'v1-closed')
      assert.ok(typeof closed?.value === 'number' && closed.value >= sentBefore + 1, 'the old version answered its calls before it was closed')
      assert.ok(!t.logs.lines.some((l) => l.msg === 'plugin hook call failed'), 'no call failed')
    })
  })

  it('keeps the running version when the new code does not load, and names unknown plugins', async () => {
    const dir = swapDir()
    await withPluginNode({ dir }, async (t) => {
      writeFileSync(path.join(dir, 'swap.mjs'), 'export default { name: "swap", version: "broken", hooks: {')
      const [outcome] = await t.node.plugins.reload('swap')
      assert.equal(outcome?.ok, false)
      assert.match(String(outcome?.error), /SyntaxError/)
      await t.logs.waitFor((l) => String(l.msg).startsWith('plugin swap not reloaded, the running version stays: SyntaxError'), 'the refusal logged')
      const alice = await account(t, 'alice')
      await alice.client.send(alice.key, Buffer.alloc(3))
      assert.deepEqual(t.node.plugins.status().map((s) => [s.version, s.state]), [['1', 'running']])
      assert.deepEqual(await t.node.plugins.reload('nope'), [{ plugin: 'nope', ok: false, error: 'no plugin named nope is loaded' }])
    })
  })

  it('a full reload starts added plugins and stops removed ones', async () => {
    const dir = swapDir()
    await withPluginNode({ dir }, async (t) => {
      copyFileSync(path.join(FIXTURES, 'veto.mjs'), path.join(dir, 'veto.mjs'))
      rmSync(path.join(dir, 'swap.mjs'))
      assert.deepEqual(await t.node.plugins.reload(), [{ plugin: 'veto', ok: true }])
      assert.deepEqual(t.node.plugins.status().map((s) => s.name), ['veto'])
      const alice = await account(t, 'alice')
      await assert.rejects(alice.client.send(alice.key, Buffer.alloc(11)), /refused by the veto plugin/)
    })
  })

  it('SIGHUP reloads the plugins of a running qpqd', async () => {
    const dir = swapDir()
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', mkdtempSync(path.join(tmpdir(), 'qpq-hup-')), '--plugin-dir', dir])
    try {
      assert.equal((await d.waitForLog('plugin loaded')).version, '1')
      await d.waitForLog('qpqd listening')
      toV2(dir)
      d.child.kill('SIGHUP')
      assert.equal((await d.waitForLog('plugin reloaded')).version, '2')
      assert.deepEqual((await d.waitForLog('plugins reloaded')).failed, [])
      d.child.kill('SIGTERM')
      assert.equal(await d.exited, 0)
    } finally {
      d.child.kill('SIGKILL')
    }
  })
})
