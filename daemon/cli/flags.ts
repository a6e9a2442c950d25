// qpqd's command line, built from the option table so --help always lists every option.
// node:util parseArgs rather than yargs: the daemon's idle memory matters on small routers.
import { parseArgs } from 'node:util'
import { OPTIONS, type OptionSpec } from '../config/options.js'

export interface ParsedCommandLine {
  command: 'run' | 'check-config' | 'help'
  /** Option values given as flags, keyed by option key (absent when not given). */
  flags: Record<string, unknown>
}

export class UsageError extends Error {
  override name = 'UsageError'
}

const COMMANDS = { run: 'run the daemon (default)', 'check-config': 'validate the configuration and print the effective values (secrets redacted), then exit' }

export function parseCommandLine(argv: string[]): ParsedCommandLine {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } }
  for (const o of OPTIONS as readonly OptionSpec[]) {
    options[o.flag] = { type: o.type === 'boolean' ? 'boolean' : 'string' }
    if (o.type === 'boolean') options[`no-${o.flag}`] = { type: 'boolean' }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1 || (positionals[0] !== undefined && !(positionals[0] in COMMANDS))) {
    throw new UsageError(`unknown command ${JSON.stringify(positionals.join(' '))} (commands: ${Object.keys(COMMANDS).join(', ')})`)
  }
  const flags: Record<string, unknown> = {}
  for (const o of OPTIONS as readonly OptionSpec[]) {
    if (values[o.flag] !== undefined) flags[o.key] = values[o.flag]
    if (o.type === 'boolean' && values[`no-${o.flag}`] === true) flags[o.key] = false
  }
  const command = values.help === true ? 'help' : positionals[0] === 'check-config' ? 'check-config' : 'run'
  return { command, flags }
}

export function helpText(): string {
  const lines = [
    'Usage: qpqd [command] [options]',
    '',
    'The quicproquo messaging node. Every option can also be set with its QPQ_* environment',
    'variable; flags win over the environment, which wins over the defaults.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([c, d]) => `  ${c.padEnd(14)}${d}`),
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
  lines.push('  -h, --help', '      Show this help', '')
  return lines.join('\n')
}
