// Fuzz target of the configuration loader (daemon/config/config.ts loadConfig): a TOML file made
// from the option table — every option, the [federation] table, [[federation.peers]] and
// [plugins.NAME] — with values of every TOML type at and past their limits, then its text
// mutated; flags as yargs hands them over (strings, numbers, booleans, arrays, objects); QPQ_*
// environment values. Every refusal must be a ConfigError with a message that names no secret,
// and a key the loader does not know is refused, never silently taken.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { ConfigError, loadConfig } from '../../../daemon/config/config.js'
import { UsageError, parseCommandLine } from '../../../daemon/cli/flags.js'
import { OPTIONS, type OptionSpec } from '../../../daemon/config/options.js'
import { crash, invariant, type Target } from './run.js'
import type { Rng } from './rng.js'

/** `argv`, when set, goes through qpqd's own command-line parser and gives the flags. */
export interface ConfigCase { toml: string | null; flags: Record<string, unknown>; argv: string[] | null; env: Record<string, string> }

const SPECS = OPTIONS as readonly OptionSpec[]
const FEDERATION_KEYS = ['enabled', 'domain', 'listen', 'federation_cert', 'federation_key', 'federation_ca']
/** Names an object already has: a loader that looks keys up in a plain object must not take them for its own. */
const OBJECT_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype']
/** db_key's value in files; flags and the environment carry their own, so a leak can be told from a mangled file. */
const SECRET = 'fuzz-secret-passphrase-7d41'
const SECRET_ELSEWHERE = 'fuzz-secret-from-a-flag-or-env-93c2'

const STRINGS = ['', ' ', 'a', 'data', '/tmp/qpq-fuzz-nowhere', '127.0.0.1:5001', '[::1]:0', '0.0.0.0:65536', 'host:port', ':5001', '[::1', '1,2', '0',
  'true', 'off', 'yes', 'normal', 'fsync', 'debug', 'ciphersuite', 'example.org', 'A.Example.', '-bad-.org', 'é', '\u0000', '\\', '"', 'x'.repeat(300)]
const NUMBERS = [0, -0, 1, -1, 0.5, 7, 8, 59, 60, 255, 256, 1e3, 65535, 65536, 2 ** 31, 2 ** 53, 1e308, Infinity, -Infinity, NaN]

function tomlString(s: string): string {
  return JSON.stringify(s) // a JSON string is a TOML basic string (escapes included)
}

/** A TOML literal of any type; for `spec`, often one of the type it wants (always, when `tame`). */
function tomlValue(rng: Rng, spec: OptionSpec | null, depth = 0, tame = false): string {
  const own = spec === null ? null : tame || rng.chance(0.5) ? plausible(rng, spec, tame) : null
  if (own !== null) return typeof own === 'string' ? tomlString(own) : String(own)
  return rng.weighted<() => string>([
    [25, () => tomlString(rng.pick(STRINGS))],
    [10, () => `'${rng.pick(STRINGS).replace(/'/g, '')}'`],
    [20, () => rng.pick(['0', '-0', '+1', '1_000', '0x1f', '0o17', '0b101', '9223372036854775807', '99999999999999999999', '-9223372036854775808', '1e400', 'inf', '-inf', 'nan', '0.0', '-0.5', '1.5e3'])],
    [10, () => rng.pick(['true', 'false'])],
    [5, () => rng.pick(['1979-05-27T07:32:00Z', '1979-05-27', '07:32:00', '0000-00-00'])],
    [15, () => (depth > 2 ? '[]' : `[${Array.from({ length: rng.int(4) }, () => tomlValue(rng, null, depth + 1)).join(', ')}]`)],
    [15, () => (depth > 2 ? '{}' : `{ ${Array.from({ length: rng.int(3) }, () => `${rng.pick(['a', 'domain', 'address', ...OBJECT_NAMES])} = ${tomlValue(rng, null, depth + 1)}`).join(', ')} }`)],
  ])()
}

/** A value of the option's own type: near its minimum, its choices, an address; a valid one when `tame`. */
function plausible(rng: Rng, spec: OptionSpec, tame = false): string | number | boolean {
  const min = spec.min ?? 0
  switch (spec.type) {
    case 'number': return tame ? rng.pick([min, Number(spec.default ?? min)]) : rng.pick([min, min - 1, min + 0.5, Number(spec.default ?? 1), rng.pick(NUMBERS)].filter(Number.isFinite) as number[])
    case 'boolean': return spec.key === 'production' && tame ? false : rng.chance(0.5)
    case 'address': return rng.pick(tame ? ['127.0.0.1:0', '0.0.0.0:5001', '[::]:7001'] : ['127.0.0.1:0', '0.0.0.0:5001', '[::]:7001', 'localhost:1', '1.2.3.4:99999', '[fe80::1%eth0]:1'])
    case 'string':
      if (spec.key === 'db_key') return SECRET
      if (spec.choices !== undefined) return tame ? rng.pick(spec.choices) : rng.pick([...spec.choices, spec.choices[0]?.toUpperCase() ?? ''])
      if (spec.key === 'mls_ciphersuites') return rng.pick(tame ? ['1', '1,3'] : ['1', '1,3', '0', '', '1,,2', '65536'])
      return tame ? rng.pick(['data', '/tmp/qpq-fuzz-nowhere', 'example.org']) : rng.pick(STRINGS)
  }
}

/** Options a tame file leaves alone: each needs others to go with it (TLS pairs, production, federation). */
const PAIRED = new Set(['config', 'production', 'tls_cert', 'tls_key', 'federation_enabled', 'federation_cert', 'federation_key', 'federation_domain', 'max_blob_bytes'])

/** A config file; a tame one (valid values, a stray key or two) must load unless a key is unknown. */
function tomlText(rng: Rng, tame: boolean): string {
  const lines: string[] = []
  const key = (): string => rng.chance(tame ? 0.95 : 0.9)
    ? rng.pick(SPECS.filter((s) => !tame || !PAIRED.has(s.key))).key
    : rng.pick([...OBJECT_NAMES, 'listn', 'Listen', 'a.b', '"quoted key"', 'federation'])
  const used = new Set<string>()
  for (let n = rng.int(10); n > 0; n--) {
    const k = key()
    if (tame && used.has(k)) continue
    used.add(k)
    lines.push(`${k} = ${tomlValue(rng, SPECS.find((s) => s.key === k) ?? null, 0, tame)}`)
  }
  if (tame) {
    if (rng.chance(0.5)) lines.push('[federation]', `${rng.pick(OBJECT_NAMES.filter((k) => k !== '__proto__'))} = 1`)
    return lines.join('\n') + '\n'
  }
  if (rng.chance(0.4)) {
    lines.push('[federation]')
    for (let n = rng.int(5); n > 0; n--) {
      const k = rng.chance(0.85) ? rng.pick(FEDERATION_KEYS) : rng.pick([...OBJECT_NAMES, 'peer', 'Domain'])
      const spec = SPECS.find((s) => s.key === (k.startsWith('federation_') ? k : `federation_${k}`)) ?? null
      lines.push(`${k} = ${tomlValue(rng, spec)}`)
    }
    for (let n = rng.weighted([[50, 0], [40, rng.range(1, 2)], [10, 3]] as const); n > 0; n--) {
      lines.push('[[federation.peers]]')
      if (rng.chance(0.9)) lines.push(`domain = ${rng.chance(0.7) ? tomlString(rng.pick(['peer.example', 'b.example', 'PEER.example.', 'bad_domain', ''])) : tomlValue(rng, null)}`)
      if (rng.chance(0.9)) lines.push(`address = ${rng.chance(0.7) ? tomlString(rng.pick(['127.0.0.1:7001', 'peer.example:7001', '[::1]:1', 'nope'])) : tomlValue(rng, null)}`)
      if (rng.chance(0.4)) lines.push(`pin_sha256 = ${tomlString(rng.pick(['ab'.repeat(32), 'AB:'.repeat(31) + 'AB', 'A'.repeat(43) + '=', 'A'.repeat(44), 'zz']))}`)
      if (rng.chance(0.3)) lines.push(`cert = ${tomlValue(rng, null)}`)
      if (rng.chance(0.1)) lines.push(`${rng.pick(OBJECT_NAMES)} = 1`)
    }
  }
  for (let n = rng.weighted([[70, 0], [30, rng.range(1, 2)]] as const); n > 0; n--) {
    lines.push(`[plugins.${rng.pick(['audit', 'a-b', 'Bad', '9lives', 'x'.repeat(70), ...OBJECT_NAMES])}]`)
    for (let m = rng.int(4); m > 0; m--) lines.push(`${rng.pick(['enabled', 'fail', 'timeout_ms', 'max_memory_mb', 'own_key'])} = ${tomlValue(rng, null)}`)
  }
  let text = lines.join('\n') + '\n'
  if (rng.chance(0.35)) text = mutateText(rng, text)
  return text
}

const TOML_BYTES = ['"', "'", '[', ']', '[[', ']]', '=', '\n', '#', '\\', '{', '}', ',', '.', '\u0000', '\r', '\t', '"""', "'''", '\ud800', '😀', '\\u00', '0x', '_']

function mutateText(rng: Rng, text: string): string {
  for (let n = rng.range(1, 3); n > 0; n--) {
    const at = rng.int(text.length + 1)
    text = rng.weighted<() => string>([
      [35, () => text.slice(0, at) + rng.pick(TOML_BYTES) + text.slice(at)],
      [25, () => text.slice(0, at) + text.slice(at + rng.range(1, 8))],
      [15, () => text.slice(0, at)],
      [15, () => { const ls = text.split('\n'); const i = rng.int(ls.length); ls.splice(i, 0, ls[i] ?? ''); return ls.join('\n') }],
      [10, () => text + '\n' + rng.bytes(rng.int(40)).toString('latin1')],
    ])()
  }
  return text
}

function flagValue(rng: Rng, spec: OptionSpec): unknown {
  return rng.weighted<() => unknown>([
    [45, () => { const v = plausible(rng, spec); return rng.chance(0.5) ? String(v) : v }],
    [20, () => rng.pick(STRINGS)],
    [15, () => rng.pick(NUMBERS)],
    [5, () => rng.chance(0.5)],
    [8, () => [rng.pick(STRINGS), rng.pick(STRINGS)]], // a flag given twice
    [4, () => ({ a: 1 })],
    [3, () => null],
  ])()
}

/** A command line as an operator (or a broken script) might type it. */
function argvOf(rng: Rng): string[] {
  const argv: string[] = []
  if (rng.chance(0.2)) argv.push(rng.pick(['run', 'check-config', 'bogus', 'check-confg']))
  for (let n = rng.int(6); n > 0; n--) {
    const spec = rng.pick(SPECS.filter((s) => s.key !== 'config'))
    const v = String(flagValue(rng, spec))
    argv.push(...rng.weighted<() => string[]>([
      [40, () => [`--${spec.flag}`, v]],
      [20, () => [`--${spec.flag}=${v}`]],
      [10, () => [spec.type === 'boolean' ? `--no-${spec.flag}` : `--no-${spec.flag}`]],
      [10, () => [`--${spec.flag}`]],
      [10, () => [rng.pick(['--lisen', '-x', '--', '-', '--help', '-V', '--=x', '---listen'])]],
      [10, () => [`--${spec.flag}`, v, `--${spec.flag}`, String(flagValue(rng, spec))]],
    ])())
  }
  return argv
}

export function configTarget(): Target<ConfigCase> & { close(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-fuzz-config-'))
  const file = path.join(dir, 'qpq-server.toml')
  return {
    name: 'config',
    generate(rng) {
      const tame = rng.chance(0.3)
      const flags: Record<string, unknown> = {}
      const env: Record<string, string> = {}
      for (let n = rng.weighted([[40, 0], [45, rng.range(1, 3)], [15, rng.range(4, 10)]] as const); n > 0; n--) {
        const spec = rng.pick(SPECS.filter((s) => s.key !== 'config'))
        flags[spec.key] = flagValue(rng, spec)
      }
      for (let n = rng.weighted([[50, 0], [40, rng.range(1, 3)], [10, rng.range(4, 8)]] as const); n > 0; n--) {
        const spec = rng.pick(SPECS.filter((s) => s.key !== 'config'))
        env[spec.env] = String(rng.chance(0.6) ? plausible(rng, spec) : rng.pick(STRINGS))
      }
      if (typeof flags.db_key === 'string') flags.db_key = SECRET_ELSEWHERE
      if (env.QPQ_DB_KEY !== undefined) env.QPQ_DB_KEY = SECRET_ELSEWHERE
      const argv = !tame && rng.chance(0.3) ? argvOf(rng).map((a) => a.replace(SECRET, SECRET_ELSEWHERE)) : null
      return { toml: rng.chance(0.9) ? tomlText(rng, tame) : null, flags: tame ? {} : flags, argv, env: tame ? {} : env }
    },
    check(c) {
      // always an explicit file (never a qpq-server.toml of the working directory); sometimes one that is not there
      const env: NodeJS.ProcessEnv = { ...c.env, QPQ_CONFIG: c.toml === null ? path.join(dir, 'missing.toml') : file }
      if (c.toml !== null) writeFileSync(file, c.toml)
      let flags = c.flags
      if (c.argv !== null) {
        try {
          flags = parseCommandLine(c.argv).flags
        } catch (err) {
          if (!(err instanceof UsageError)) return crash(`parseCommandLine threw ${(err as Error)?.stack ?? String(err)}`)
          return err.message.trim() === '' ? invariant('a UsageError without a message') : null
        }
      }
      let loaded = false
      try {
        loadConfig(flags, env)
        loaded = true
      } catch (err) {
        if (!(err instanceof ConfigError)) return crash(`loadConfig threw ${(err as Error)?.stack ?? String(err)}`)
        if (err.message.trim() === '') return invariant('a ConfigError without a message')
        // the file's secret leaks only while the file names db_key (a mutation can leave the value in another key's string)
        const leaked = err.message.includes(SECRET_ELSEWHERE) || (c.toml?.includes('db_key') === true && err.message.includes(SECRET))
        if (leaked) return invariant(`a ConfigError shows the database key: ${err.message}`)
      }
      if (loaded && c.toml !== null) {
        const unknown = unknownKeys(c.toml)
        if (unknown !== null) return invariant(`the config file was taken with a key the loader does not know: ${unknown}`)
      }
      return null
    },
    describe: (c) => JSON.stringify({ toml: c.toml?.slice(0, 200), flags: c.flags, argv: c.argv, env: c.env }).slice(0, 500),
    close: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A top-level or [federation] key of the file that is no option (null: none, or the text is no TOML). */
function unknownKeys(text: string): string | null {
  let data: Record<string, unknown>
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch {
    return null
  }
  const options = new Set(SPECS.map((s) => s.key).filter((k) => k !== 'config'))
  for (const k of Object.keys(data)) if (k !== 'federation' && k !== 'plugins' && !options.has(k)) return k
  const fed = data.federation
  if (fed !== null && typeof fed === 'object' && !Array.isArray(fed)) {
    for (const k of Object.keys(fed)) if (k !== 'peers' && !FEDERATION_KEYS.includes(k)) return `[federation] ${k}`
  }
  return null
}
