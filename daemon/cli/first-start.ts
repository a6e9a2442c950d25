// What qpqd tells a person the first time it starts on a data directory: where its files are
// (absolute paths), what the defaults it runs with mean, and the exact command that registers the
// first user. Printed to stderr, in words; the JSON log lines on stdout carry the same facts.
import { X509Certificate } from 'node:crypto'
import path from 'node:path'
import { isIP } from 'node:net'
import { formatAddress, type HostPort } from '../../protocol/address.js'
import type { Config } from '../config/config.js'
import { devKeyFileOf } from '../storage/key.js'

export interface FirstStart {
  config: Config
  /** The address the listener is bound to (the real port when --listen gave 0). */
  listening: HostPort
  /** The certificate clients pin (DER), and whether this start generated it. */
  certDer: Buffer
  certGenerated: boolean
}

const WILDCARDS = new Set(['0.0.0.0', '::'])

/** The address a client on this machine uses to reach the listener. */
function localAddress(a: HostPort): string {
  if (a.host === '0.0.0.0') return `127.0.0.1:${a.port}`
  if (a.host === '::') return `[::1]:${a.port}`
  return formatAddress(a)
}

/** The name a client must check, when the certificate does not carry "localhost" (the client's default). */
function serverName(certDer: Buffer): string | null {
  const names = (new X509Certificate(certDer).subjectAltName ?? '').split(', ')
    .filter((n) => n.startsWith('DNS:')).map((n) => n.slice(4))
  return names.length === 0 || names.includes('localhost') ? null : names[0] as string
}

export function firstStartText(s: FirstStart): string {
  const c = s.config
  const abs = (p: string): string => path.resolve(p)
  const everywhere = WILDCARDS.has(s.listening.host)
  const name = serverName(s.certDer)
  const lines = [
    '',
    `qpqd started for the first time with the data directory ${abs(c.dataDir)}.`,
    '',
    `  database      ${abs(c.dbPath)}`,
    ...(c.dbKey === null ? [`  database key  ${abs(devKeyFileOf(c.dbPath))} (a generated key file, for development: set db_key in production)`] : []),
    `  certificate   ${abs(c.tlsCert)}${s.certGenerated ? ' (self-signed, generated now: clients pin this file)' : ''}`,
    `  TLS key       ${abs(c.tlsKey)}`,
    `  blobs         ${abs(c.blobs.dir)}`,
    '',
    everywhere
      ? `It listens on every network interface (${formatAddress(s.listening)}, UDP), so anyone who can reach this machine can register an account; clients pin the certificate, so nobody can pose as this server. To serve this machine alone, start it with --listen ${isIP(s.listening.host) === 6 ? '[::1]' : '127.0.0.1'}:${s.listening.port}.`
      : `It listens on ${formatAddress(s.listening)} (UDP).`,
    ...(s.certGenerated ? ['The development certificate is for trying qpqd out: give a real one with --tls-cert and --tls-key (and --production) before others rely on it.'] : []),
    '',
    'Register the first user (it asks for a password) from this directory:',
    '',
    `  npx qpq --server ${localAddress(s.listening)} --ca-cert ${abs(c.tlsCert)}${name === null ? '' : ` --server-name ${name}`} register alice`,
    '',
    'Then: npx qpq --help, and docs/cli.md. Stop qpqd with Ctrl-C (it drains and exits 0).',
    '',
  ]
  return lines.join('\n')
}
