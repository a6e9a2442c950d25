// The account password for the CLI: QPQ_PASSWORD when set (scripts), else asked at the terminal
// without echo. It unlocks the local state and logs in; it never leaves this process (OPAQUE).
import { CliError } from './errors.js'

export async function password(opts: { confirm?: boolean } = {}): Promise<string> {
  const fromEnv = process.env.QPQ_PASSWORD
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  if (!process.stdin.isTTY) throw new CliError('no password: set QPQ_PASSWORD or run qpq in a terminal')
  const first = await ask('password: ')
  if (first === '') throw new CliError('the password must not be empty')
  if (opts.confirm === true && (await ask('password again: ')) !== first) throw new CliError('the passwords differ')
  return first
}

/** Reads one line from the terminal in raw mode, echoing nothing. */
function ask(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin
    process.stderr.write(prompt)
    stdin.setRawMode(true)
    stdin.resume()
    let line = ''
    const done = (err: Error | null): void => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.off('data', onData)
      process.stderr.write('\n')
      if (err === null) resolve(line)
      else reject(err)
    }
    const onData = (chunk: Buffer): void => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(null)
        if (ch === '\u0003') return done(new CliError('interrupted'))
        if (ch === '\u007f' || ch === '\b') line = line.slice(0, -1)
        else line += ch
      }
    }
    stdin.on('data', onData)
  })
}
