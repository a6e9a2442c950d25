// qpqd's command line, built from the option table so --help always lists every option.
// node:util parseArgs rather than yargs: the daemon's idle memory matters on small routers.
import { parseArgs } from 'node:util'
import { OPTIONS, type OptionSpec } from '../config/options.js'
import { closestWord } from '../config/suggest.js'

export interface ParsedCommandLine {
  command: 'run' | 'check-config' | 'restore' | 'help' | 'version'
  /** restore: the backup file. */
  file?: string
  /** Option values given as flags, keyed by option key (absent when not given). */
  flags: Record<string, unknown>
}

export class UsageError extends Error {
  override name = 'UsageError'
}

const COMMANDS = {
  run: 'run the daemon (default)',
  'check-config': 'validate the configuration, print the effective values as TOML with where each came from (secrets as ***), and exit',
  restore: 'restore FILE: put a backup made by qpqctl backup in place as the database of the data directory (qpqd must be stopped; docs/backup.md)',
}

export function parseCommandLine(argv: string[]): ParsedCommandLine {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } }
  for (const o of OPTIONS as readonly OptionSpec[]) {
    options[o.flag] = { type: o.type === 'boolean' ? 'boolean' : 'string' }
    if (o.type === 'boolean') options[`no-${o.flag}`] = { type: 'boolean' }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError(usageMessage(err as Error & { code?: string }, Object.keys(options)))
  }
  const { values, positionals } = parsed
  if (positionals[0] === 'restore' && values.help !== true) {
    if (positionals.length !== 2) throw new UsageError('restore takes one backup file: qpqd restore FILE --data-dir DIR')
    return { command: 'restore', file: positionals[1] as string, flags: flagsOf(values) }
  }
  if (positionals.length > 1 || (positionals[0] !== undefined && !(positionals[0] in COMMANDS))) {
    const near = positionals.length === 1 ? closestWord(positionals[0] as string, Object.keys(COMMANDS)) : null
    throw new UsageError(`unknown command ${JSON.stringify(positionals.join(' '))}${near === null ? '' : ` (did you mean ${near}?)`} (commands: ${Object.keys(COMMANDS).join(', ')})`)
  }
  const command = values.help === true ? 'help' : values.version === true ? 'version' : positionals[0] === 'check-config' ? 'check-config' : 'run'
  return { command, flags: flagsOf(values) }
}

/** Option values given as flags, keyed by option key. */
function flagsOf(values: ReturnType<typeof parseArgs>['values']): Record<string, unknown> {
  const flags: Record<string, unknown> = {}
  for (const o of OPTIONS as readonly OptionSpec[]) {
    if (values[o.flag] !== undefined) flags[o.key] = values[o.flag]
    if (o.type === 'boolean' && values[`no-${o.flag}`] === true) flags[o.key] = false
  }
  return flags
}

/** parseArgs' own words for a bad command line, with a suggestion for a mistyped flag. */
function usageMessage(err: Error & { code?: string }, flags: string[]): string {
  const unknown = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-{1,2}[^']+)'/.exec(err.message)?.[1] : undefined
  if (unknown === undefined) return err.message.split('. ')[0] ?? err.message
  const near = closestWord(unknown.replace(/^-+/, '').split('=')[0] as string, flags)
  return `unknown option ${unknown}${near === null ? '' : ` (did you mean --${near}?)`}`
}

export function helpText(): string {
  const lines = [
    'Usage: qpqd [command] [options]',
    '',
    'The quicproquo messaging node. Every option can also be set with its QPQ_* environment',
    'variable or in the TOML config file (--config FILE, else qpq-server.toml in the working',
    'directory when it exists; its keys are the option names, e.g. drain_timeout = 30). Flags win',
    'over the environment, which wins over the file, which wins over the defaults.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([c, d]) => `  ${c.padEnd(14)}${d}`),
    '',
    'The running daemon is managed with qpqctl (qpqctl --help, docs/admin.md).',
    '',
    'Options:',
  ]
  for (const o of OPTIONS as readonly OptionSpec[]) {
    const flag = o.type === 'boolean' ? `--[no-]${o.flag}` : `--${o.flag} ${o.type === 'address' ? 'HOST:PORT' : o.type === 'number' ? 'N' : 'VALUE'}`
    lines.push(`  ${flag}`)
    lines.push(`      ${o.description}`)
    const extra = [`env ${o.env}`, ...(o.default !== null ? [`default ${String(o.default)}`] : []), ...(o.choices ? [`one of ${o.choices.join(', ')}`] : [])]
    lines.push(`      [${extra.join('; ')}]`)
  }
  lines.push('  -h, --help', '      Show this help', '  -V, --version', '      Print the version', '',
    'Every option with its meaning: docs/configuration.md; an example file: docs/qpq-server.toml.', '')
  return lines.join('\n')
}
