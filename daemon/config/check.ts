// `qpqd check-config` and `qpqctl check-config` run the same checks: the configuration resolved
// from flags, environment and file exactly as a start would, described for people (TOML with
// where each value came from) and for programs (each option's value and source), secrets as ***.
import { formatAddress, type HostPort } from '../../protocol/address.js'
import { ConfigError, SECRET_KEYS, resolveConfig, type ResolvedConfig } from './config.js'
import { describeConfig } from './describe.js'

export interface CheckedOption { key: string; value: unknown; source: string }

export type ConfigCheck =
  | { ok: true; resolved: ResolvedConfig; text: string; configFile: string | null; options: CheckedOption[] }
  | { ok: false; error: string }

export function checkConfig(flags: Record<string, unknown>, env: NodeJS.ProcessEnv, version: string): ConfigCheck {
  let resolved: ResolvedConfig
  try {
    resolved = resolveConfig(flags, env)
  } catch (err) {
    if (err instanceof ConfigError) return { ok: false, error: err.message }
    throw err
  }
  const options = resolved.options.map((o) => ({
    key: o.spec.key,
    value: o.value === null ? null : SECRET_KEYS.has(o.spec.key) ? '***' : isAddress(o.value) ? formatAddress(o.value) : o.value,
    source: o.source,
  }))
  return { ok: true, resolved, text: describeConfig(resolved, version), configFile: resolved.config.configFile, options }
}

const isAddress = (v: unknown): v is HostPort => typeof v === 'object' && v !== null && 'port' in v && 'host' in v
