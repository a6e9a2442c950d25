// qpqd's command line, built from the option table so --help always lists every option.
import yargs from 'yargs'
import { hideBin } from 'yargs/helpers'
import { OPTIONS, type OptionSpec } from '../config/options.js'

export interface ParsedCommandLine {
  command: 'run' | 'check-config'
  /** Option values given as flags, keyed by option key. */
  flags: Record<string, unknown>
}

export async function parseCommandLine(argv: string[] = hideBin(process.argv)): Promise<ParsedCommandLine> {
  let y = yargs(argv)
    .scriptName('qpqd')
    .usage('$0 [command] [options]\n\nThe quicproquo messaging node. Every option can also be set with its QPQ_* environment variable.')
    .command(['run', '$0'], 'run the daemon (default)')
    .command('check-config', 'validate the configuration and print the effective values (secrets redacted)')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
  for (const o of OPTIONS as readonly OptionSpec[]) {
    y = y.option(o.flag, {
      // values are checked by loadConfig, which names the option and where the value came from
      type: o.type === 'boolean' ? 'boolean' : 'string',
      describe: `${o.description}  [env ${o.env}]${o.default !== null ? `  [default: ${String(o.default)}]` : ''}`,
      ...(o.choices ? { choices: o.choices } : {}),
    })
  }
  const args = await y.parseAsync()
  const flags: Record<string, unknown> = {}
  for (const o of OPTIONS as readonly OptionSpec[]) flags[o.key] = args[o.flag]
  const command = args._[0] === 'check-config' ? 'check-config' : 'run'
  return { command, flags }
}
