// The `[plugins.<name>]` tables of the configuration file. The host's own keys (enabled, fail,
// timeout_ms, max_memory_mb) are validated here; every other key is the plugin's own
// configuration, handed to it as ctx.config. Only the file carries them (no flags or env).
export interface PluginSettings {
  enabled: boolean
  /** What a veto hook answers when the plugin throws, times out or is down: open = no veto, closed = refuse. */
  fail: 'open' | 'closed'
  /** Deadline of each hook call; null = the hook's default from the hook table. */
  timeoutMs: number | null
  /** V8 heap limit of the plugin's worker. */
  maxMemoryMb: number
  /** The plugin's own keys. */
  config: Record<string, unknown>
}

/** A plugin's name: lowercase letters, digits and hyphens, starting with a letter (it names metrics and config tables). */
export const PLUGIN_NAME = /^[a-z][a-z0-9-]{0,62}$/

export const DEFAULT_PLUGIN_SETTINGS: PluginSettings = { enabled: true, fail: 'open', timeoutMs: null, maxMemoryMb: 64, config: {} }

/** A whole number within [min, max], or why not (`unit` names it: "milliseconds", "MiB"). */
function wholeIn(v: unknown, min: number, max: number, unit: string): string | null {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) return `is not a whole number of ${unit}`
  return v < min ? `is below ${min}` : v > max ? `is over ${max}` : null
}

/** Why one of the host's own keys is refused (in the order enabled, fail, timeout_ms, max_memory_mb), or null. */
function hostKeyProblem(t: Record<string, unknown>): { key: string; why: string } | null {
  if (t.enabled !== undefined && typeof t.enabled !== 'boolean') return { key: 'enabled', why: 'is not a boolean' }
  if (t.fail !== undefined && t.fail !== 'open' && t.fail !== 'closed') return { key: 'fail', why: 'is not "open" or "closed"' }
  const timeout = t.timeout_ms === undefined ? null : wholeIn(t.timeout_ms, 1, 60_000, 'milliseconds')
  if (timeout !== null) return { key: 'timeout_ms', why: timeout }
  const memory = t.max_memory_mb === undefined ? null : wholeIn(t.max_memory_mb, 8, 4_096, 'MiB')
  return memory === null ? null : { key: 'max_memory_mb', why: memory }
}

/** Parses the `plugins` table of a config file; returns the settings by plugin name, or the reason it is refused. */
export function parsePluginTables(raw: unknown): Record<string, PluginSettings> | { error: string } {
  if (!isTable(raw)) return { error: '[plugins] is not a table' }
  const out: Record<string, PluginSettings> = {}
  for (const [name, table] of Object.entries(raw)) {
    if (!PLUGIN_NAME.test(name)) return { error: `[plugins.${name}]: "${name}" is not a plugin name (lowercase letters, digits and hyphens, starting with a letter)` }
    if (!isTable(table)) return { error: `[plugins.${name}] is not a table` }
    const problem = hostKeyProblem(table)
    if (problem !== null) return { error: `[plugins.${name}] ${problem.key} = ${JSON.stringify(table[problem.key])} ${problem.why}` }
    const { enabled, fail, timeout_ms, max_memory_mb, ...own } = table
    const d = DEFAULT_PLUGIN_SETTINGS
    out[name] = {
      enabled: (enabled as boolean | undefined) ?? d.enabled,
      fail: (fail as PluginSettings['fail'] | undefined) ?? d.fail,
      timeoutMs: (timeout_ms as number | undefined) ?? d.timeoutMs,
      maxMemoryMb: (max_memory_mb as number | undefined) ?? d.maxMemoryMb,
      config: own,
    }
  }
  return out
}

/** A TOML table: an object that is not an array or a date. */
export function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}
