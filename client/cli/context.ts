// The global options every qpq command shares, and opening the account's ChatClient from them:
// the state directory (--state, default ~/.qpq), the server (--server, --ca-cert, --server-name:
// given at registration and pinned in the state; given again, they replace the pin), the
// password (QPQ_PASSWORD or a prompt), and post-quantum mode (--pq).
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ChatClient } from '../chat/chat-client.js'
import { FileStateStore } from '../state/file-store.js'
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
  const secret = await password()
  const store = await FileStateStore.open(args.state, secret)
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
