// The plugin SDK (plugins/sdk): a plugin written in TypeScript is checked against the hook table
// at compile time, and once compiled to .mjs it drops into plugin_dir like any other.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { build } from 'esbuild'
import { definePlugin, type PluginDefinition } from '../plugins/sdk/index.js'
import { FIXTURES, account, pluginDir, withPluginNode } from './helpers/plugins.js'

describe('plugin SDK', () => {
  it('a TypeScript plugin, bundled to .mjs, drops in and gets the payload it asked for', async () => {
    const dir = pluginDir()
    await build({ entryPoints: [path.join(FIXTURES, 'typed.ts')], bundle: true, format: 'esm', platform: 'node', outfile: path.join(dir, 'typed.mjs'), logLevel: 'silent' })
    await withPluginNode({ dir }, async (t) => {
      const alice = await account(t, 'alice')
      await assert.rejects(alice.client.send(alice.key, Buffer.from('forbidden')), /: typed says no$/)
      await alice.client.send(alice.key, Buffer.from('allowed'))
    })
  })

  it('its types refuse unknown hooks, malformed vetoes and misplaced options (the type check fails otherwise)', () => {
    const refusedByTypes: PluginDefinition[] = [
      // @ts-expect-error: there is no hook message.sent
      { name: 'a', version: '1', hooks: { 'message.sent': () => null } },
      // @ts-expect-error: a veto's status is a number
      { name: 'b', version: '1', hooks: { 'message.enqueue': () => ({ status: 'no', reason: 'x' }) } },
      // @ts-expect-error: only message.enqueue carries a payload to ask for
      { name: 'c', version: '1', hooks: { 'connect': { handler: () => null, wantsPayload: true } } },
      // @ts-expect-error: a plugin has a version
      { name: 'd', hooks: {} },
    ]
    for (const d of refusedByTypes) assert.equal(definePlugin(d), d, 'definePlugin returns the definition unchanged')
  })
})

describe('the hook table in docs/plugins.md', () => {
  it('has a row for every hook, with its kind and default timeout', async () => {
    const { readFileSync } = await import('node:fs')
    const { HOOKS } = await import('../plugins/hooks.js')
    const doc = readFileSync(new URL('../docs/plugins.md', import.meta.url), 'utf8').split('\n')
    for (const [name, spec] of Object.entries(HOOKS)) {
      const row = doc.find((l) => l.startsWith(`| \`${name}\` |`))
      assert.ok(row, `docs/plugins.md has no row for ${name}`)
      assert.ok(row.includes(spec.veto ? '| veto |' : '| observe |'), `${name}: kind`)
      const timeout = spec.timeoutMs >= 1_000 ? `${spec.timeoutMs / 1_000} s` : `${spec.timeoutMs} ms`
      assert.ok(row.includes(`| ${timeout} |`), `${name}: timeout ${timeout}`)
    }
  })
})
