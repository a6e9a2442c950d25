// The global options every qpq command shares, and opening the account's ChatClient from them:
// the state directory (--state, default ~/.qpq), the server (--server, --ca-cert, --server-name:
// given at registration and pinned in the state; given again, they replace the pin), the
// password (QPQ_PASSWORD or a prompt), post-quantum mode (--pq), and how long a command waits
// for another one of the same account (QPQ_STATE_LOCK_TIMEOUT_MS).
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ChatClient } from '../chat/chat-client.js'
import { FileStateStore, type StoreOptions } from '../state/file-store.js'
import { password } from './password.js'
import { CliError } from './errors.js'

export interface GlobalArgs {
  server?: string
  'ca-cert'?: string
  'server-name'?: string
  state: string
  pq: boolean
}

export const DEFAULT_STATE_DIR = path.join(os.homedir(), '.qpq')
export const DEFAULT_SERVER = '127.0.0.1:5001'

/** An integer from the environment variable `name`, within [min, max]; undefined when it is unset or empty. */
export function envInteger(name: string, min: number, max: number): number | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(raw)}`)
  return n
}

/** The state store's options: how long to wait for another qpq of this account (QPQ_STATE_LOCK_TIMEOUT_MS, default 60 s). */
export function storeOptions(): StoreOptions {
  const lockTimeoutMs = envInteger('QPQ_STATE_LOCK_TIMEOUT_MS', 0, 3_600_000)
  return lockTimeoutMs === undefined ? {} : { lockTimeoutMs }
}

/** The certificate (or CA) of --ca-cert, checked to be one: DER or PEM. */
export function readCaCert(file: string): Uint8Array {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : code ?? (err as Error).message
    throw new CliError(`cannot read the server certificate --ca-cert ${file}: ${why}`)
  }
  try {
    new X509Certificate(bytes)
  } catch {
    throw new CliError(`--ca-cert ${file} is not a certificate (DER or PEM): give the server's server-cert.der, or the CA that issued its certificate`)
  }
  return bytes
}

/** Opens the account in --state; --server / --ca-cert / --server-name replace its pin once they work. */
export async function openChat(args: GlobalArgs): Promise<ChatClient> {
  const options = storeOptions()
  const secret = await password()
  const store = await FileStateStore.open(args.state, secret, options)
  const server = {
    ...(args.server !== undefined && { address: args.server }),
    ...(args['ca-cert'] !== undefined && { caCert: readCaCert(args['ca-cert']) }),
    ...(args['server-name'] !== undefined && { serverName: args['server-name'] }),
  }
  return await ChatClient.open({ store, password: secret, pq: args.pq, server })
}

/** Runs a command with the account open, closing the connection afterwards whatever happens. */
export async function withChat<T>(args: GlobalArgs, run: (chat: ChatClient) => Promise<T>): Promise<T> {
  const chat = await openChat(args)
  try {
    return await run(chat)
  } finally {
    chat.close()
  }
}
