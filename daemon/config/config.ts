// Loads the effective configuration: command-line flags > QPQ_* environment > defaults.
// Every value is validated here, at the edge; a bad value is refused with the option, the value
// and where it came from. The rest of the daemon receives a typed, trusted Config.
import path from 'node:path'
import { isIP } from 'node:net'
import { OPTIONS, type OptionSpec } from './options.js'
import type { LogLevel } from '../observability/logger.js'

export interface HostPortAddress { host: string; port: number }

export interface Config {
  listen: HostPortAddress
  dataDir: string
  tlsCert: string
  tlsKey: string
  /** True when the certificate paths are the defaults (a development certificate may be generated there). */
  tlsDefaultPaths: boolean
  logLevel: LogLevel
  metricsListen: HostPortAddress | null
  drainTimeoutMs: number
  rpcTimeoutMs: number
  readTimeoutMs: number
  idleTimeoutMs: number
  quicRetry: boolean
  maxConnections: number
  maxConnectionsPerIp: number
  bufferBudgetBytes: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Raw = Record<string, { value: unknown; source: string }>

/** Parses HOST:PORT or [V6]:PORT. */
export function parseAddress(s: string): HostPortAddress | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s[\]]+)):(\d{1,5})$/.exec(s.trim())
  if (m === null) return null
  const host = (m[1] ?? m[2]) as string
  const port = Number(m[3])
  if (port > 65535 || (m[1] !== undefined && isIP(host) !== 6)) return null
  return { host, port }
}

function coerce(spec: OptionSpec, value: unknown, source: string): unknown {
  const bad = (why: string): never => {
    throw new ConfigError(`invalid ${spec.key} (${source}): ${JSON.stringify(value)} ${why}`)
  }
  switch (spec.type) {
    case 'string': {
      if (typeof value !== 'string' || value === '') bad('is not a non-empty string')
      if (spec.choices && !spec.choices.includes(value as string)) bad(`is not one of ${spec.choices.join(', ')}`)
      return value
    }
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
      if (!Number.isFinite(n)) bad('is not a number')
      if (spec.min !== undefined && n < spec.min) bad(`is below the minimum ${spec.min}`)
      return n
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value
      const s = String(value).toLowerCase()
      if (['1', 'true', 'yes', 'on'].includes(s)) return true
      if (['0', 'false', 'no', 'off'].includes(s)) return false
      return bad('is not a boolean (true/false)')
    }
    case 'address': {
      const a = typeof value === 'string' ? parseAddress(value) : null
      return a ?? bad('is not HOST:PORT')
    }
  }
}

/**
 * `flags` are the parsed command-line options keyed by option key (undefined when not given),
 * `env` the process environment.
 */
export function loadConfig(flags: Record<string, unknown>, env: NodeJS.ProcessEnv): Config {
  const raw: Raw = {}
  for (const spec of OPTIONS as readonly OptionSpec[]) {
    const fromFlag = flags[spec.key]
    const fromEnv = env[spec.env]
    const [value, source] = fromFlag !== undefined ? [fromFlag, `--${spec.flag}`]
      : fromEnv !== undefined ? [fromEnv, `env ${spec.env}`]
      : [spec.default, 'default']
    raw[spec.key] = { value: value === null ? null : coerce(spec, value, source), source }
  }
  const v = <T>(key: string): T => raw[key]?.value as T
  const dataDir = v<string>('data_dir')
  const tlsCert = v<string | null>('tls_cert')
  const tlsKey = v<string | null>('tls_key')
  if ((tlsCert === null) !== (tlsKey === null)) {
    throw new ConfigError('tls_cert and tls_key must be given together (or neither, for the development certificate)')
  }
  return {
    listen: v('listen'),
    dataDir,
    tlsCert: tlsCert ?? path.join(dataDir, 'server-cert.der'),
    tlsKey: tlsKey ?? path.join(dataDir, 'server-key.der'),
    tlsDefaultPaths: tlsCert === null,
    logLevel: v('log_level'),
    metricsListen: v('metrics_listen'),
    drainTimeoutMs: v<number>('drain_timeout') * 1000,
    rpcTimeoutMs: v<number>('rpc_timeout') * 1000,
    readTimeoutMs: v<number>('read_timeout') * 1000,
    idleTimeoutMs: v<number>('idle_timeout') * 1000,
    quicRetry: v('quic_retry'),
    maxConnections: v('max_connections'),
    maxConnectionsPerIp: v('max_connections_per_ip'),
    bufferBudgetBytes: v<number>('buffer_budget_mb') * 1024 * 1024,
  }
}
