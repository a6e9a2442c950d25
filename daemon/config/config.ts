// Loads the effective configuration: command-line flags > QPQ_* environment > TOML file >
// defaults (ruling 10). Every value is validated here, at the edge, against the option table (its
// type, choices and minimum); a bad value is refused with the option, the value and where it came from.
// The rest of the daemon receives a typed, trusted Config.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { availableParallelism } from 'node:os'
import { TomlError, parse as parseToml } from 'smol-toml'
import { OPTIONS, type OptionSpec } from './options.js'
import type { LogLevel } from '../observability/logger.js'
import { isTable, parsePluginTables, type PluginSettings } from './plugins.js'
import { PROTOCOL_MAX_BLOB_BYTES } from '../../protocol/blobs.js'
import { checkAddress, type HostPort } from '../../protocol/address.js'
import { normalizeDomain } from '../../protocol/domain.js'
import { closestWord } from './suggest.js'
import { FEDERATION_KEYS, checkFederation, parsePeers, type FederationConfig, type FederationPeer } from './federation.js'
import { MESH_TABLE_KEYS, checkMesh, parseMeshPeers, type MeshConfig } from './mesh.js'

export type { FederationPeer }

export interface Config {
  /** The TOML file that was read, if any. */
  configFile: string | null
  production: boolean
  listen: HostPort
  dataDir: string
  tlsCert: string
  tlsKey: string
  /** True when the certificate paths are the defaults (a development certificate may be generated there). */
  tlsDefaultPaths: boolean
  /** The SQLCipher database file. */
  dbPath: string
  dbKey: string | null
  durability: 'normal' | 'fsync'
  logLevel: LogLevel
  redactLogs: boolean
  metricsListen: HostPort | null
  /** The admin socket (qpqctl); its token file is `${adminSocket}.token`. */
  adminSocket: string
  drainTimeoutMs: number
  rpcTimeoutMs: number
  readTimeoutMs: number
  idleTimeoutMs: number
  quicRetry: boolean
  maxConnections: number
  maxConnectionsPerIp: number
  bufferBudgetBytes: number
  bufferBudgetPerIpBytes: number
  /** Crypto worker threads; 0 runs crypto on the event loop. */
  cryptoWorkers: number
  sessionTtlMs: number
  maxDevices: number
  rateLimits: { perIp: number; perIdentity: number; authPerIp: number }
  delivery: { maxMessageBytes: number; maxQueueDepth: number; defaultTtlSecs: number }
  sealedSender: boolean
  presence: boolean
  ktPublicLog: boolean
  /** opaque: KeyPackages are bytes the server does not read (the default, as the original); ciphersuite: checked against mlsCiphersuites. */
  keyPackageCheck: 'opaque' | 'ciphersuite'
  /** RFC 9420 ciphersuite ids whose KeyPackages are accepted (with keyPackageCheck ciphersuite). */
  mlsCiphersuites: number[]
  /** Usernames of the server admins. */
  admins: string[]
  /** Blob storage: where blobs live, the largest accepted, how long an unfinished upload is kept. */
  blobs: { dir: string; maxBytes: number; uploadTtlMs: number }
  pluginDir: string | null
  /** From `[plugins.<name>]` tables in the config file, by plugin name. */
  plugins: Record<string, PluginSettings>
  /** `peers` from `[[federation.peers]]` in the config file (config/federation.ts). */
  federation: FederationConfig
  /** The LAN mesh (`[mesh]`, config/mesh.ts); loaded only when enabled. */
  mesh: MeshConfig
}

/** Option keys whose values are secrets (shown as *** by check-config). */
export const SECRET_KEYS: ReadonlySet<string> = new Set((OPTIONS as readonly OptionSpec[]).filter((o) => o.secret).map((o) => o.key))

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const DEFAULT_CONFIG_FILE = 'qpq-server.toml'
const DEFAULT_METRICS_LISTEN: HostPort = { host: '0.0.0.0', port: 9090 }

/** "1,3": RFC 9420 ciphersuite ids (1–65535). */
function ciphersuites(list: string): number[] {
  const ids = list.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map(Number)
  if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n < 1 || n > 0xffff)) {
    throw new ConfigError(`mls_ciphersuites must list RFC 9420 ciphersuite ids (1-65535) separated by commas, got "${list}"`)
  }
  return ids
}

const BOOLEAN_WORDS = new Map([['1', true], ['true', true], ['yes', true], ['on', true], ['0', false], ['false', false], ['no', false], ['off', false]])

/** Checks one option's value: its native TOML type, or a string from flags and env. Returns the typed value, or why it is refused. */
function checkOption(spec: OptionSpec, v: unknown): { value: unknown } | { why: string } {
  switch (spec.type) {
    case 'string':
      if (typeof v !== 'string') return { why: 'is not a string' }
      if (spec.choices !== undefined) return spec.choices.includes(v) ? { value: v } : { why: `is not one of ${spec.choices.join(', ')}` }
      return v.length > 0 ? { value: v } : { why: 'is empty' }
    case 'number': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
      if (!Number.isFinite(n)) return { why: 'is not a number' }
      if (spec.integer === true && !Number.isInteger(n)) return { why: 'is not a whole number' }
      if (spec.min !== undefined && n < spec.min) return { why: `is below the minimum ${spec.min}` }
      return { value: n }
    }
    case 'boolean': {
      const b = typeof v === 'boolean' ? v : typeof v === 'string' ? BOOLEAN_WORDS.get(v.trim().toLowerCase()) : undefined
      return b === undefined ? { why: 'is not a boolean (true/false)' } : { value: b }
    }
    case 'address': {
      if (typeof v !== 'string') return { why: 'is not HOST:PORT' }
      const r = checkAddress(v)
      return 'address' in r ? { value: r.address } : { why: r.problem }
    }
  }
}

/** A refused value as the user wrote it (JSON, but inf and nan as TOML spells them rather than null). */
function shownValue(v: unknown): string {
  return typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf') : JSON.stringify(v)
}

function validate(spec: OptionSpec, value: unknown, source: string): unknown {
  const r = checkOption(spec, value)
  if ('value' in r) return r.value
  const shown = SECRET_KEYS.has(spec.key) ? '***' : shownValue(value)
  throw new ConfigError(`invalid ${spec.key} (${source}): ${shown} ${r.why}`)
}

/** One option's effective value (validated, in the file's units; null when unset) and where it came from. */
export interface EffectiveOption { spec: OptionSpec; value: unknown; source: string }

interface FileValue { value: unknown; source: string }

/**
 * Reads the TOML file: option keys at the top level, snake_case as in the table. The original's
 * `[federation]` table (enabled, domain, listen, federation_cert/key/ca) and its
 * `[[federation.peers]]` entries (domain, address) are accepted too.
 */
function readConfigFile(file: string): { values: Map<string, FileValue>; peers: FederationPeer[]; plugins: Record<string, PluginSettings> } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new ConfigError(`cannot read config file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  let data: Record<string, unknown>
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch (err) {
    if (!(err instanceof TomlError)) throw err
    const what = err.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'invalid TOML'
    // the lines around the error could show a secret's value (even one mangled into another line): not shown when the file has one
    const secret = [...SECRET_KEYS].find((k) => text.includes(k))
    const lines = secret === undefined ? `\n\n${err.codeblock.trimEnd()}` : ` (the lines are not shown: the file sets ${secret})`
    throw new ConfigError(`cannot parse config file ${file}, line ${err.line}, column ${err.column}: ${what}${lines}`)
  }
  const { federation, mesh, plugins: pluginTables, ...top } = data
  const plugins = pluginTables === undefined ? {} : parsePluginTables(pluginTables)
  if ('error' in plugins) throw new ConfigError(`invalid ${plugins.error} in config file ${file}`)
  const values = new Map<string, FileValue>()
  const known = (OPTIONS as readonly OptionSpec[]).map((o) => o.key).filter((k) => k !== 'config')
  for (const [key, value] of Object.entries(top)) {
    if (!known.includes(key)) throw new ConfigError(`unknown option "${key}" in config file ${file}${didYouMean(key, [...known, 'federation', 'mesh', 'plugins'])}`)
    values.set(key, { value, source: file })
  }
  let peers: FederationPeer[] = []
  if (federation !== undefined) {
    if (!isTable(federation)) throw new ConfigError(`[federation] in config file ${file} is not a table`)
    const { peers: rawPeers, ...fed } = federation
    readTable(file, 'federation', fed, FEDERATION_KEYS, values, ['peers'])
    if (rawPeers !== undefined) {
      const r = parsePeers(rawPeers)
      if ('error' in r) throw new ConfigError(`invalid [[federation.peers]] in config file ${file}: ${r.error}`)
      peers = r
    }
  }
  if (mesh !== undefined) readTable(file, 'mesh', mesh, MESH_TABLE_KEYS, values)
  return { values, peers, plugins }
}

/**
 * The keys of a table like `[mesh]`, each setting an option (as `keys` maps them: a Map, so no
 * key of Object.prototype is one); `others` are the table's keys read elsewhere (named in errors).
 */
function readTable(file: string, name: string, table: unknown, keys: ReadonlyMap<string, string>, values: Map<string, FileValue>, others: readonly string[] = []): void {
  if (!isTable(table)) throw new ConfigError(`[${name}] in config file ${file} is not a table`)
  for (const [k, value] of Object.entries(table)) {
    const key = keys.get(k)
    if (key === undefined) {
      const all = [...keys.keys(), ...others]
      throw new ConfigError(`unknown key "${k}" in [${name}] of config file ${file}${didYouMean(k, all)} (its keys: ${all.join(', ')})`)
    }
    values.set(key, { value, source: `${file} [${name}]` })
  }
}

const didYouMean = (word: string, choices: readonly string[]): string => {
  const near = closestWord(word, choices)
  return near === null ? '' : ` (did you mean "${near}"?)`
}

export interface ResolvedConfig {
  config: Config
  /** Every option (but `config`) in the table's order, as check-config shows them. */
  options: EffectiveOption[]
  /** How the config file was found: a flag, the environment, or the working directory. */
  configSource: string | null
}

/**
 * `flags` are the parsed command-line options keyed by option key (absent when not given),
 * `env` the process environment.
 */
export function loadConfig(flags: Record<string, unknown>, env: NodeJS.ProcessEnv): Config {
  return resolveConfig(flags, env).config
}

/** loadConfig, and each option's value and source besides (for check-config). */
export function resolveConfig(flags: Record<string, unknown>, env: NodeJS.ProcessEnv): ResolvedConfig {
  const specs = OPTIONS as readonly OptionSpec[]
  const configSpec = specs.find((o) => o.key === 'config') as OptionSpec
  const [explicitFile, configSource] = flags.config !== undefined ? [validate(configSpec, flags.config, '--config'), '--config']
    : env.QPQ_CONFIG !== undefined ? [validate(configSpec, env.QPQ_CONFIG, 'env QPQ_CONFIG'), 'env QPQ_CONFIG'] : [null, null]
  const configFile = (explicitFile as string | null) ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : null)
  const { values: file, peers, plugins } = configFile === null ? { values: new Map<string, FileValue>(), peers: [], plugins: {} } : readConfigFile(configFile)

  const options: EffectiveOption[] = []
  const values = new Map<string, unknown>()
  const sources = new Map<string, string>()
  for (const spec of specs) {
    if (spec.key === 'config') continue
    const inFile = file.get(spec.key)
    const [value, source] = flags[spec.key] !== undefined ? [flags[spec.key], spec.type === 'boolean' && flags[spec.key] === false ? `--no-${spec.flag}` : `--${spec.flag}`]
      : env[spec.env] !== undefined ? [env[spec.env], `env ${spec.env}`]
      : inFile !== undefined ? [inFile.value, inFile.source]
      : [spec.default, 'default']
    const valid = value === null ? null : validate(spec, value, source)
    values.set(spec.key, valid)
    sources.set(spec.key, source)
    options.push({ spec, value: valid, source })
  }
  const v = <T>(key: string): T => values.get(key) as T

  const dataDir = v<string>('data_dir')
  const tlsCert = v<string | null>('tls_cert')
  const tlsKey = v<string | null>('tls_key')
  if ((tlsCert === null) !== (tlsKey === null)) {
    throw new ConfigError('tls_cert and tls_key must be given together (or neither, for the development certificate)')
  }
  const production = v<boolean>('production')
  if (production && tlsCert === null) {
    throw new ConfigError('production mode refuses the development certificate: set tls_cert and tls_key (QPQ_TLS_CERT, QPQ_TLS_KEY)')
  }
  if (v<number>('max_blob_bytes') > PROTOCOL_MAX_BLOB_BYTES) {
    throw new ConfigError(`max_blob_bytes must be at most the protocol's ${PROTOCOL_MAX_BLOB_BYTES} bytes`)
  }
  if (production && v<string | null>('db_key') === null) {
    throw new ConfigError('production mode needs a database key: set db_key (QPQ_DB_KEY)')
  }
  const federation: FederationConfig = {
    enabled: v('federation_enabled'), domain: v('federation_domain'), listen: v('federation_listen'),
    cert: v('federation_cert'), key: v('federation_key'), ca: v('federation_ca'), peers,
  }
  const federationRefusal = checkFederation(federation, production, (key) => sources.get(key) ?? 'default', `config file ${configFile}`)
  if (federationRefusal !== null) throw new ConfigError(federationRefusal)
  const meshPeers = parseMeshPeers(v('mesh_peers'))
  const mesh = {
    enabled: v<boolean>('mesh_enabled'), listen: v<HostPort>('mesh_listen'), mdns: v<boolean>('mesh_mdns'),
    storeMaxBytes: v<number>('mesh_store_max_bytes'), storeMaxEnvelopes: v<number>('mesh_store_max_envelopes'),
    maxPayloadBytes: v<number>('mesh_max_payload_bytes'), maxHops: v<number>('mesh_max_hops'), submitRate: v<number>('mesh_submit_rate'),
  }
  const meshRefusal = checkMesh(mesh, meshPeers, (key) => sources.get(key) ?? 'default')
  if (meshRefusal !== null) throw new ConfigError(meshRefusal)
  const config: Config = {
    configFile,
    production,
    listen: v('listen'),
    dataDir,
    tlsCert: tlsCert ?? path.join(dataDir, 'server-cert.der'),
    tlsKey: tlsKey ?? path.join(dataDir, 'server-key.der'),
    tlsDefaultPaths: tlsCert === null,
    dbPath: v<string | null>('db_path') ?? path.join(dataDir, 'qpq.db'),
    dbKey: v('db_key'),
    durability: v('durability'),
    logLevel: v('log_level'),
    redactLogs: v('redact_logs'),
    metricsListen: v<HostPort | null>('metrics_listen') ?? (v<boolean>('metrics_enabled') ? DEFAULT_METRICS_LISTEN : null),
    adminSocket: v<string | null>('admin_socket') ?? path.join(dataDir, 'admin', 'qpqd.sock'),
    drainTimeoutMs: v<number>('drain_timeout') * 1000,
    rpcTimeoutMs: v<number>('rpc_timeout') * 1000,
    readTimeoutMs: v<number>('read_timeout') * 1000,
    idleTimeoutMs: v<number>('idle_timeout') * 1000,
    quicRetry: v('quic_retry'),
    maxConnections: v('max_connections'),
    maxConnectionsPerIp: v('max_connections_per_ip'),
    bufferBudgetBytes: v<number>('buffer_budget_mb') * 1024 * 1024,
    bufferBudgetPerIpBytes: v<number>('buffer_budget_per_ip_mb') * 1024 * 1024,
    // by default leave one core to the event loop, which must keep answering while logins run
    cryptoWorkers: v<number | null>('crypto_workers') ?? Math.max(1, availableParallelism() - 1),
    sessionTtlMs: v<number>('session_ttl') * 1000,
    maxDevices: v('max_devices'),
    rateLimits: { perIp: v('rate_limit_per_ip'), perIdentity: v('rate_limit_per_identity'), authPerIp: v('rate_limit_auth_per_ip') },
    delivery: { maxMessageBytes: v('max_message_bytes'), maxQueueDepth: v('max_queue_depth'), defaultTtlSecs: v('default_ttl') },
    sealedSender: v('sealed_sender'),
    presence: v('presence'),
    ktPublicLog: v('kt_public_log'),
    keyPackageCheck: v('key_package_check'),
    mlsCiphersuites: ciphersuites(v('mls_ciphersuites')),
    admins: (v<string | null>('admins') ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0),
    blobs: { dir: v<string | null>('blob_dir') ?? path.join(dataDir, 'blobs'), maxBytes: v('max_blob_bytes'), uploadTtlMs: v<number>('blob_upload_ttl') * 1000 },
    pluginDir: v('plugin_dir'),
    plugins,
    federation: { ...federation, domain: federation.domain === null ? null : normalizeDomain(federation.domain) },
    mesh: { ...mesh, peers: meshPeers as string[] },
  }
  return { config, options, configSource: configFile === null ? null : configSource ?? 'the working directory' }
}
