// Plugin tests' set-up: a plugin_dir made of fixture plugins (test/fixtures/plugins), a config
// file with [plugins.<name>] tables, a daemon started on both with its log captured, and
// readers of what plugins left in their stores.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Logger } from '../../daemon/observability/logger.js'
import { collectingLogger } from './log-lines.js'
import type { Storage } from '../../daemon/storage/database.js'
import type { QpqClient } from '../../client/qpq-client.js'
import { newUser, startTestNode, type TestNode, type TestUser } from './node.js'
import { waitFor } from './rpc-harness.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/plugins/', import.meta.url))
export const EXAMPLES = fileURLToPath(new URL('../../plugins/examples/', import.meta.url))

/** A fresh plugin_dir holding copies of the named fixtures (files or folders). */
export function pluginDir(...fixtures: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-plugins-'))
  for (const f of fixtures) cpSync(path.join(FIXTURES, f), path.join(dir, f), { recursive: true })
  return dir
}

export interface LogCapture {
  log: Logger
  lines: Array<Record<string, unknown>>
  /** The first line matching, once it is logged. */
  waitFor(match: (line: Record<string, unknown>) => boolean, what: string, ms?: number): Promise<Record<string, unknown>>
}

function captureLog(): LogCapture {
  const { log, lines } = collectingLogger('debug')
  return {
    log, lines,
    async waitFor(match, what, ms = 10_000) {
      await waitFor(() => lines.some(match), ms, what)
      return lines.find(match) as Record<string, unknown>
    },
  }
}

export interface PluginNodeSetup {
  /** plugin_dir */
  dir: string
  /** The config file: [plugins.<name>] tables. */
  toml?: string
  /** More flags, as for startTestNode. */
  flags?: Record<string, unknown>
  dataDir?: string
}

/** Starts a daemon on a plugin_dir with its log captured. */
export async function startPluginNode(setup: PluginNodeSetup): Promise<TestNode & { logs: LogCapture }> {
  const config = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-plugin-cfg-')), 'qpq-server.toml')
  writeFileSync(config, setup.toml ?? '')
  const logs = captureLog()
  const t = await startTestNode({ plugin_dir: setup.dir, config, ...setup.flags }, setup.dataDir, logs.log)
  return Object.assign(t, { logs })
}

/** Runs `body` against a daemon started by startPluginNode, and stops the daemon after it. */
export async function withPluginNode<T>(setup: PluginNodeSetup, body: (t: TestNode & { logs: LogCapture }) => Promise<T>): Promise<T> {
  const t = await startPluginNode(setup)
  try {
    return await body(t)
  } finally {
    await t.stop()
  }
}

/** A plugin's store entries, oldest key first, JSON values parsed. */
export function storeOf(storage: Storage, plugin: string): Array<{ key: string; value: unknown }> {
  const rows = storage.db.prepare('SELECT key, value FROM plugin_kv WHERE plugin = ? ORDER BY key').all(plugin) as Array<{ key: string; value: string | Buffer }>
  return rows.map((r) => ({ key: r.key, value: typeof r.value === 'string' ? JSON.parse(r.value) as unknown : r.value }))
}

/** Waits until a plugin's store holds at least `n` entries, and returns them. */
export async function storeHolds(storage: Storage, plugin: string, n: number, ms = 10_000): Promise<Array<{ key: string; value: unknown }>> {
  await waitFor(() => storeOf(storage, plugin).length >= n, ms, `${n} entries in ${plugin}'s store`)
  return storeOf(storage, plugin)
}

/** A registered user with a logged-in client of its own. */
export async function account(t: TestNode, name: string): Promise<TestUser & { client: QpqClient }> {
  const u = newUser(name)
  await t.register(u)
  return { ...u, client: await t.session(u) }
}
