// What `qpqd check-config` prints: the effective configuration as a TOML file — the file's keys
// and units (seconds, bytes, HOST:PORT), each value followed by where it came from (a flag, an
// environment variable, the config file or the default), secrets as ***. Pasted into a file it
// configures the same daemon (bar the secrets).
import { stringify } from 'smol-toml'
import { formatAddress, type HostPort } from '../../protocol/address.js'
import { SECRET_KEYS, type Config, type EffectiveOption, type ResolvedConfig } from './config.js'
import { MESH_TABLE_KEYS } from './mesh.js'
import { FEDERATION_KEYS } from './federation.js'

/** What an unset option means, for those whose default is derived: the value, and how. */
function derived(key: string, c: Config): [unknown, string] | null {
  switch (key) {
    case 'tls_cert': return [c.tlsCert, 'DATA_DIR/server-cert.der, the development certificate']
    case 'tls_key': return [c.tlsKey, 'DATA_DIR/server-key.der']
    case 'db_path': return [c.dbPath, 'DATA_DIR/qpq.db']
    case 'blob_dir': return [c.blobs.dir, 'DATA_DIR/blobs']
    case 'crypto_workers': return [c.cryptoWorkers, 'the cores less one']
    case 'admin_socket': return [c.adminSocket, 'DATA_DIR/admin/qpqd.sock']
    case 'metrics_listen': return c.metricsListen === null ? null : [c.metricsListen, 'metrics_enabled']
    default: return null
  }
}

const NOT_SET: Record<string, string> = {
  db_key: 'not set: key file DATA_DIR/db.key (development)',
  metrics_listen: 'not set: no metrics',
  admins: 'not set: no admins',
  plugin_dir: 'not set: no plugins',
  federation_domain: 'not set',
  federation_cert: 'not set',
  federation_key: 'not set',
  federation_ca: 'not set',
  mesh_peers: 'not set: mDNS alone',
}

/** The table key of each option set in a table: [federation] (the original's names) and [mesh]. */
const inTable = (keys: ReadonlyMap<string, string>): Record<string, string> => Object.fromEntries([...keys].map(([k, option]) => [option, k]))
const IN_FEDERATION_TABLE = inTable(FEDERATION_KEYS)
const IN_MESH_TABLE = inTable(MESH_TABLE_KEYS)

/** A plugin's own keys that name a secret (api_key, token, password, …) show as ***. */
const SECRET_NAME = /secret|token|passw|passphrase|api_?key|private_?key|credential/i

const tomlValue = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'object' && v !== null && 'port' in v) return JSON.stringify(formatAddress(v as HostPort))
  return String(v)
}

// An unset option is a comment, so that the output, used as a file, leaves it unset (a derived
// tls_cert given explicitly would no longer generate the development certificate).
function line(key: string, o: EffectiveOption, c: Config): string {
  const d = o.value === null ? derived(o.spec.key, c) : null
  const [text, note] = o.value !== null ? [`${key} = ${SECRET_KEYS.has(o.spec.key) ? '"***"' : tomlValue(o.value)}`, o.source]
    : d !== null ? [`# ${key} = ${tomlValue(d[0])}`, `${o.source}: ${d[1]}`]
    : [`# ${key} is ${NOT_SET[o.spec.key] ?? 'not set'}`, o.source]
  return `${text.padEnd(44)} # ${note}`
}

export function describeConfig(r: ResolvedConfig, version: string): string {
  const c = r.config
  const out = [
    `# qpqd ${version}: the effective configuration (secrets shown as ***).`,
    `# After each value, where it came from: a --flag, an env QPQ_* variable, the config file, or the default.`,
    c.configFile === null ? '# Config file: none (qpq-server.toml is not in the working directory)' : `# Config file: ${c.configFile} (from ${r.configSource})`,
    '',
  ]
  const federation: string[] = []
  const mesh: string[] = []
  for (const o of r.options) {
    const inTable = IN_FEDERATION_TABLE[o.spec.key]
    const inMesh = IN_MESH_TABLE[o.spec.key]
    if (inTable !== undefined) federation.push(line(inTable, o, c))
    else if (inMesh !== undefined) mesh.push(line(inMesh, o, c))
    else out.push(line(o.spec.key, o, c))
  }
  out.push('', '[federation]', ...federation)
  const peers = c.federation.peers.map((p) => ({
    domain: p.domain, address: formatAddress(p.address),
    ...(p.pinSha256 !== null && { pin_sha256: p.pinSha256.toString('hex') }), ...(p.cert !== null && { cert: p.cert }),
  }))
  if (peers.length > 0) out.push('', stringify({ federation: { peers } }).trim())
  out.push('', '[mesh]', ...mesh)
  const plugins = Object.fromEntries(Object.entries(c.plugins).map(([name, p]) => [name, {
    enabled: p.enabled, fail: p.fail, ...(p.timeoutMs !== null && { timeout_ms: p.timeoutMs }), max_memory_mb: p.maxMemoryMb,
    ...Object.fromEntries(Object.entries(p.config).map(([k, v]) => [k, SECRET_NAME.test(k) ? '***' : v])),
  }]))
  if (Object.keys(plugins).length > 0) out.push('', `# plugin tables, from ${c.configFile}`, stringify({ plugins }).trim())
  return `${out.join('\n')}\n`
}
