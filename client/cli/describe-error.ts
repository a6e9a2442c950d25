// One line for any error a command can end with, saying what happened and what to do: failed
// connections in terms of the command's own options and files (--ca-cert FILE, the pinned
// certificate in the state, --server-name, --server), the server's answers with their status
// name, everything else by its message's first line.
import path from 'node:path'
import { AlreadyRegisteredError, ConnectError, QpqError, statusName } from '../errors.js'
import { STATE_FILE } from '../state/file-store.js'

/** What the command was given, for advice that names it. */
export interface ErrorContext {
  state: string
  caCert?: string
  serverName?: string
}

export function describeError(err: unknown, ctx: ErrorContext): string {
  if (err instanceof ConnectError) return describeConnect(err, ctx)
  if (err instanceof AlreadyRegisteredError) return `the username ${err.username} is taken on this server: choose another`
  if (err instanceof QpqError) return `the server answered ${statusName(err.status)}: ${err.message.replace(/^\S+ \(\d+\): /, '')}`
  if (!(err instanceof Error)) return String(err)
  return err.message.split('\n')[0] || err.name
}

function describeConnect(e: ConnectError, ctx: ErrorContext): string {
  switch (e.failure) {
    case 'untrusted-certificate':
      return ctx.caCert !== undefined
        ? `the server at ${e.server} presented a certificate that does not match --ca-cert ${ctx.caCert}: give the server's own certificate (server-cert.der in its data directory) or the CA that issued it`
        : `the server at ${e.server} presented a certificate that is not the one pinned in ${path.join(ctx.state, STATE_FILE)} when you registered: if the server's certificate changed, give the new one with --ca-cert FILE`
    case 'name-mismatch': {
      const name = e.certificateNames.find((n) => !/^[\d.:]+$/.test(n)) ?? e.certificateNames[0]
      return `${e.message}: ${name === undefined ? 'give the name it carries with --server-name NAME' : `try --server-name ${name}`}`
    }
    case 'expired-certificate':
      return `${e.message}: the server needs a new certificate (then give it with --ca-cert FILE if it is pinned)`
    case 'unreachable':
      return `${e.message} (another address: --server HOST:PORT)`
    case 'unknown-host':
      return `${e.message}: check --server HOST:PORT`
    case 'bad-trust-anchor':
      return ctx.caCert !== undefined ? `--ca-cert ${ctx.caCert} cannot be used to check the server: ${e.detail}` : e.message
    default:
      return e.message
  }
}
