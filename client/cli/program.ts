// qpq: the command-line chat client (`npx qpq --help`), loaded by main.ts. Each command opens
// the account's encrypted state, connects, does its job, closes the connection and exits: 0
// when it worked, 1 with a one-line "qpq: …" message when it did not, 2 when the command line
// itself is wrong (with a "did you mean" for a mistyped command).
import yargs from 'yargs'
import { hideBin } from 'yargs/helpers'
import { VERSION } from '../../protocol/version.js'
import { DEFAULT_STATE_DIR, type GlobalArgs } from './context.js'
import { EXIT_ERROR, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js'
import { describeError, type ErrorContext } from './describe-error.js'
import { login, register, whoami } from './commands/account.js'
import { recv, send } from './commands/messages.js'
import { group } from './commands/groups.js'
import { keys } from './commands/keys.js'
import { blob } from './commands/blobs.js'
import { devices } from './commands/devices.js'
import { discover, mesh } from './commands/mesh.js'

const last = (v: string | string[]): string => (Array.isArray(v) ? v[v.length - 1] as string : v)

async function main(argv: string[]): Promise<number> {
  // what the command was given, for error messages that name it
  let given: ErrorContext = { state: DEFAULT_STATE_DIR }
  const cli = yargs(argv)
    .scriptName('qpq')
    .usage('$0 [options] <command>\n\nEnd-to-end-encrypted chat through a qpqd server (MLS; the server never sees a plaintext).')
    // an option given twice is its last value, as in most tools (yargs would make an array)
    .option('server', { type: 'string', coerce: last, describe: 'the server, HOST:PORT (default: the one you registered with, else 127.0.0.1:5001)' })
    .option('ca-cert', { type: 'string', coerce: last, describe: 'the server\'s certificate (pinned) or its CA, DER or PEM; needed to register, remembered after' })
    .option('server-name', { type: 'string', coerce: last, describe: 'the name the certificate must carry (default: remembered, else localhost)' })
    .option('state', { type: 'string', coerce: last, default: process.env.QPQ_STATE ?? DEFAULT_STATE_DIR, describe: 'directory of your encrypted client state (env QPQ_STATE)' })
    .option('pq', { type: 'boolean', default: false, describe: 'seal every message in a post-quantum hybrid envelope (X25519 + ML-KEM-768) to each recipient' })
    .command(register).command(login).command(whoami)
    .command(send).command(recv)
    .command(group).command(keys).command(blob).command(devices)
    .command(mesh).command(discover)
    .middleware((a) => {
      const g = a as unknown as GlobalArgs
      given = { state: g.state, caCert: g['ca-cert'], serverName: g['server-name'] }
    })
    .demandCommand(1, 'name a command')
    .recommendCommands()
    .strict()
    .epilogue('The password comes from QPQ_PASSWORD, or is asked for. It unlocks the state and logs in; it never leaves this machine (OPAQUE).')
    .help()
    .version(`qpq ${VERSION}`)
    .alias('version', 'V')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((msg, err) => { throw err ?? new UsageError(msg.replace(/^Did you mean (.+)\?$/, 'unknown command: did you mean $1?')) })
  try {
    await cli.parseAsync()
    return EXIT_OK
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${await cli.getHelp()}\n\nqpq: ${err.message}\n`)
      return EXIT_USAGE
    }
    process.stderr.write(`qpq: ${describeError(err, given)}\n`)
    return EXIT_ERROR
  }
}

const code = await main(hideBin(process.argv))
// stdout may be a pipe still draining; exit once it is written
process.stdout.write('', () => process.exit(code))
