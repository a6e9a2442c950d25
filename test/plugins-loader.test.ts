// Loading plugins: a broken plugin is refused at start with one clear log line and the daemon
// starts without it; every shape a definition must have is checked; folders load through their
// package.json; `[plugins.<name>]` settings are validated and applied.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Registry } from 'prom-client'
import { ConfigError, loadConfig } from '../daemon/config/config.js'
import { silentLogger } from '../daemon/observability/logger.js'
import { CommitBatcher } from '../daemon/storage/commit-batcher.js'
import { HookBus } from '../plugins/hooks.js'
import { PluginHost } from '../plugins/host/host.js'
import { PluginKvStore } from '../plugins/host/kv-store.js'
import { account, pluginDir, withPluginNode } from './helpers/plugins.js'
import { tempStorage } from './helpers/node.js'

describe('plugin loading', () => {
  it('refuses broken plugins at start, one clear log line each, and starts without them', async () => {
    const dir = pluginDir('bad-syntax.mjs', 'no-default.mjs', 'unknown-hook.mjs', 'dup-one.mjs', 'dup-two.mjs', 'bad-init.mjs', 'folder-plugin')
    mkdirSync(path.join(dir, 'bad-package'))
    writeFileSync(path.join(dir, 'bad-package', 'package.json'), '{ "main": ')
    mkdirSync(path.join(dir, 'missing-main'))
    writeFileSync(path.join(dir, 'missing-main', 'package.json'), '{ "main": "./nope.mjs" }')
    // a package whose exports (or main) leads out of its folder: refused, never imported
    mkdirSync(path.join(dir, 'escape-exports'))
    writeFileSync(path.join(dir, 'escape-exports', 'package.json'), '{ "exports": { ".": { "import": "../dup-one.mjs" } } }')
    mkdirSync(path.join(dir, 'escape-main'))
    writeFileSync(path.join(dir, 'escape-main', 'package.json'), JSON.stringify({ main: path.join(dir, 'dup-one.mjs') }))
    mkdirSync(path.join(dir, 'helpers'))
    writeFileSync(path.join(dir, 'helpers', 'util.mjs'), 'export const x = 1')
    writeFileSync(path.join(dir, 'README.txt'), 'not a plugin')
    await withPluginNode({ dir }, async (t) => {
      const refusals = t.logs.lines.filter((l) => l.level === 'error' && String(l.msg).startsWith('plugin refused: '))
      const expected: Array<[string, RegExp]> = [
        ['bad-init.mjs', /: init failed: Error: no database for me$/],
        ['bad-package', /: package\.json cannot be read: /],
        ['bad-syntax.mjs', /: SyntaxError: .* \(node --check .*bad-syntax\.mjs shows where\)$/],
        ['dup-two.mjs', /: another plugin is named "dup" \(.*dup-one\.mjs\)$/],
        ['escape-exports', /: package\.json points outside the plugin folder: \.\.\/dup-one\.mjs$/],
        ['escape-main', /: package\.json points outside the plugin folder: \/.*\/dup-one\.mjs$/],
        ['missing-main', /: package\.json points to \.\/nope\.mjs, which does not exist$/],
        ['no-default.mjs', /: has no default export \(export default \{ name, version, hooks \}\)$/],
        ['unknown-hook.mjs', /: unknown hook "message\.sent" \(the hooks are connect, disconnect, .*\)$/],
      ]
      assert.deepEqual(refusals.map((l) => path.basename(String(l.source))).sort(), expected.map(([f]) => f))
      for (const [file, reason] of expected) {
        const line = refusals.find((l) => path.basename(String(l.source)) === file)
        assert.match(String(line?.msg), new RegExp(`^plugin refused: ${path.join(dir, file).replaceAll('.', '\\.')}${reason.source}`))
      }
      assert.deepEqual(t.node.plugins.status().map((s) => [s.name, s.version]), [['dup', '1.0.0'], ['folder', '1.0.0']])
      const alice = await account(t, 'alice')
      await assert.rejects(alice.client.send(alice.key, Buffer.alloc(4)), /: folder$/, 'the folder plugin serves')
    })
  })

  it('checks the shape of every definition', async () => {
    const cases: Array<[string, RegExp]> = [
      ['export default () => {}', /its default export is function, not a plugin definition object/],
      ['export default null', /its default export is null/],
      ['export default { name: "Bad Name", version: "1" }', /name "Bad Name" is not a plugin name/],
      ['export default { name: "x" }', /version is missing/],
      ['export default { name: "x", version: "1", init: 3 }', /init is not a function/],
      ['export default { name: "x", version: "1", close: "no" }', /close is not a function/],
      ['export default { name: "x", version: "1", hooks: [] }', /hooks is not an object/],
      ['export default { name: "x", version: "1", hooks: { "connect": 1 } }', /hook "connect" is neither a function nor \{ handler, priority, wantsPayload \}/],
      ['export default { name: "x", version: "1", hooks: { "connect": { handler() {}, priorty: 1 } } }', /hook "connect" has an unknown key "priorty"/],
      ['export default { name: "x", version: "1", hooks: { "connect": { handler() {}, priority: "high" } } }', /hook "connect": priority is not a number/],
      ['export default { name: "x", version: "1", hooks: { "message.enqueue": { handler() {}, wantsPayload: 1 } } }', /wantsPayload is not a boolean/],
      ['throw new Error("top-level failure")', /Error: top-level failure/],
      ['process.exit(4)', /the worker died: the worker exited with code 4/],
      // plugin code shares the worker's thread: a definition forged on the host's port is checked again by the host
      ['import { workerData } from "node:worker_threads"; workerData.port.postMessage({ t: "loaded", name: "Bad Name", version: "1", hooks: [] }); await new Promise(() => {})', /definition: name is not a plugin name/],
      ['import { workerData } from "node:worker_threads"; workerData.port.postMessage({ t: "loaded", name: "x", version: "1", hooks: [{ hook: "nope", priority: 0, wantsPayload: false }] }); await new Promise(() => {})', /definition: "nope" is not a hook/],
    ]
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-shapes-'))
    cases.forEach(([code], i) => writeFileSync(path.join(dir, `case-${String(i).padStart(2, '0')}.mjs`), code))
    const storage = tempStorage()
    const host = new PluginHost({ dir, settings: {} }, {
      hooks: new HookBus(), log: silentLogger(), registry: new Registry(),
      store: new PluginKvStore(storage.db, new CommitBatcher(storage.db)), sendNotice: () => Promise.resolve(),
    })
    try {
      const outcomes = await host.start()
      assert.equal(outcomes.length, cases.length)
      cases.forEach(([code, reason], i) => {
        assert.equal(outcomes[i]?.ok, false, code)
        assert.match(String(outcomes[i]?.error), reason, code)
      })
      assert.deepEqual(host.status(), [])
    } finally {
      await host.stop()
      storage.close()
    }
  })

  it('skips a plugin disabled in the configuration, and warns of settings for a plugin that is not there', async () => {
    await withPluginNode({ dir: pluginDir('veto.mjs', 'high.mjs'), toml: '[plugins.veto]\nenabled = false\n[plugins.ghost]\nfail = "closed"\n' }, async (t) => {
      assert.deepEqual(t.node.plugins.status().map((s) => s.name), ['high'])
      assert.ok(t.logs.lines.some((l) => l.msg === 'plugin not started: [plugins.veto] enabled = false'))
      assert.ok(t.logs.lines.some((l) => l.level === 'warn' && l.msg === '[plugins.ghost] configures a plugin that is not in plugin_dir'))
      const alice = await account(t, 'alice')
      await alice.client.send(alice.key, Buffer.alloc(20))
    })
  })
})

describe('[plugins.<name>] settings', () => {
  const load = (toml: string): ReturnType<typeof loadConfig> => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-cfg-')), 'qpq-server.toml')
    writeFileSync(file, toml)
    return loadConfig({ config: file }, {})
  }

  it('takes the host\'s keys and hands every other key to the plugin', () => {
    const c = load('plugin_dir = "/etc/qpq/plugins"\n[plugins.size-policy]\nfail = "closed"\ntimeout_ms = 50\nmax_memory_mb = 32\nmax_bytes = 1000\n[plugins.size-policy.limits]\nper_minute = 5\n[plugins.audit]\n')
    assert.equal(c.pluginDir, '/etc/qpq/plugins')
    assert.deepEqual(JSON.parse(JSON.stringify(c.plugins)), {
      'size-policy': { enabled: true, fail: 'closed', timeoutMs: 50, maxMemoryMb: 32, config: { max_bytes: 1000, limits: { per_minute: 5 } } },
      'audit': { enabled: true, fail: 'open', timeoutMs: null, maxMemoryMb: 64, config: {} },
    })
    assert.deepEqual(loadConfig({}, {}).plugins, {})
  })

  it('refuses garbage with the table, the key and the value', () => {
    const cases: Array<[string, RegExp]> = [
      ['plugins = 3', /invalid \[plugins\] is not a table in config file/],
      ['[plugins]\nx = 1', /invalid \[plugins\.x\] is not a table/],
      ['[plugins.Bad_Name]', /invalid \[plugins\.Bad_Name\]: "Bad_Name" is not a plugin name/],
      ['[plugins.x]\nfail = "maybe"', /invalid \[plugins\.x\] fail = "maybe" is not "open" or "closed"/],
      ['[plugins.x]\nenabled = "yes"', /invalid \[plugins\.x\] enabled = "yes" is not a boolean/],
      ['[plugins.x]\ntimeout_ms = 0', /invalid \[plugins\.x\] timeout_ms = 0 is below 1/],
      ['[plugins.x]\ntimeout_ms = 1.5', /invalid \[plugins\.x\] timeout_ms = 1\.5 is not a whole number of milliseconds/],
      ['[plugins.x]\ntimeout_ms = 60001', /invalid \[plugins\.x\] timeout_ms = 60001 is over 60000/],
      ['[plugins.x]\ntimeout_ms = "fast"', /invalid \[plugins\.x\] timeout_ms = "fast" is not a whole number/],
      ['[plugins.x]\nmax_memory_mb = 2', /invalid \[plugins\.x\] max_memory_mb = 2 is below 8/],
      ['[plugins.x]\nmax_memory_mb = 5000', /invalid \[plugins\.x\] max_memory_mb = 5000 is over 4096/],
    ]
    for (const [toml, message] of cases) assert.throws(() => load(toml), (e: unknown) => e instanceof ConfigError && message.test(e.message), toml)
  })
})
