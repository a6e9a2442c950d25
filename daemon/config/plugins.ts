// The `[plugins.<name>]` tables of the configuration file. The host's own keys (enabled, fail,
// timeout_ms, max_memory_mb) are validated here; every other key is the plugin's own
// configuration, handed to it as ctx.config. Only the file carries them (no flags or env).
import { z } from 'zod'

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

const HOST_KEYS = z.object({
  enabled: z.boolean({ error: 'is not a boolean' }).optional(),
  fail: z.enum(['open', 'closed'], { error: 'is not "open" or "closed"' }).optional(),
  timeout_ms: z.int({ error: 'is not a whole number of milliseconds' }).min(1, { error: 'is below 1' }).max(60_000, { error: 'is over 60000' }).optional(),
  max_memory_mb: z.int({ error: 'is not a whole number of MiB' }).min(8, { error: 'is below 8' }).max(4_096, { error: 'is over 4096' }).optional(),
})

/** Parses the `plugins` table of a config file; returns the settings by plugin name, or the reason it is refused. */
export function parsePluginTables(raw: unknown): Record<string, PluginSettings> | { error: string } {
  if (!isTable(raw)) return { error: '[plugins] is not a table' }
  const out: Record<string, PluginSettings> = {}
  for (const [name, table] of Object.entries(raw)) {
    if (!PLUGIN_NAME.test(name)) return { error: `[plugins.${name}]: "${name}" is not a plugin name (lowercase letters, digits and hyphens, starting with a letter)` }
    if (!isTable(table)) return { error: `[plugins.${name}] is not a table` }
    const { enabled, fail, timeout_ms, max_memory_mb, ...own } = table
    const r = HOST_KEYS.safeParse({ enabled, fail, timeout_ms, max_memory_mb })
    if (!r.success) {
      const issue = r.error.issues[0]
      const key = String(issue?.path[0] ?? '')
      return { error: `[plugins.${name}] ${key} = ${JSON.stringify(table[key])} ${issue?.message ?? 'is invalid'}` }
    }
    const d = DEFAULT_PLUGIN_SETTINGS
    out[name] = {
      enabled: r.data.enabled ?? d.enabled,
      fail: r.data.fail ?? d.fail,
      timeoutMs: r.data.timeout_ms ?? d.timeoutMs,
      maxMemoryMb: r.data.max_memory_mb ?? d.maxMemoryMb,
      config: own,
    }
  }
  return out
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}
