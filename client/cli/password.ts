// The account password for the CLI: QPQ_PASSWORD when set (scripts), else asked at the terminal
// without echo (terminal.ts turned the echo off at start, so type-ahead is not shown either). It
// unlocks the local state and logs in; it never leaves this process (OPAQUE).
import { CliError } from './errors.js'

/** A new account's password is at least this many characters: it guards the account and, offline, the state file. */
export const MIN_PASSWORD_LENGTH = 8

/** `fresh`: a new password (registration): asked twice, and at least MIN_PASSWORD_LENGTH characters. */
export async function password(opts: { fresh?: boolean } = {}): Promise<string> {
  const fresh = opts.fresh === true
  const fromEnv = process.env.QPQ_PASSWORD
  if (fromEnv !== undefined && fromEnv !== '') return fresh ? longEnough(fromEnv) : fromEnv
  if (!process.stdin.isTTY) throw new CliError('no password: set QPQ_PASSWORD or run qpq in a terminal')
  const first = await ask('password: ')
  if (first === '') throw new CliError('the password must not be empty')
  if (fresh && (await ask('password again: ')) !== longEnough(first)) throw new CliError('the passwords differ')
  return first
}

function longEnough(secret: string): string {
  if ([...secret].length >= MIN_PASSWORD_LENGTH) return secret
  throw new CliError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long (it guards your account, and your state file if it is ever copied)`)
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
