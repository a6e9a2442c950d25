// The client end of the admin protocol (qpqctl, tests): reads the token beside the socket, sends
// one request and reads its answer. A daemon that cannot be reached — no token file, no socket,
// nobody listening, a token file we may not read — is an AdminUnreachable (qpqctl exits 3).
import net from 'node:net'
import { ADMIN_PROTOCOL_VERSION, type AdminResponse } from './protocol.js'
import { readToken, tokenFileOf } from './socket-files.js'

export class AdminUnreachable extends Error {
  override name = 'AdminUnreachable'
}

/** The connection ended before an answer came (the daemon stopped or crashed meanwhile). */
export class AdminNoAnswer extends Error {
  override name = 'AdminNoAnswer'
}

export interface CallOptions {
  /** null: wait as long as it takes (backup). */
  timeoutMs?: number | null
}

export async function adminCall(socket: string, cmd: string, args: Record<string, unknown> = {}, opts: CallOptions = {}): Promise<AdminResponse> {
  let token: string
  try {
    token = readToken(socket)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new AdminUnreachable(`no daemon here: ${tokenFileOf(socket)} does not exist (is qpqd running with this data directory? --data-dir DIR or --admin-socket PATH)`)
    if (code === 'EACCES') throw new AdminUnreachable(`permission denied reading ${tokenFileOf(socket)}: run qpqctl as the daemon's user (or root)`)
    throw new AdminUnreachable(`cannot read ${tokenFileOf(socket)}: ${(err as Error).message}`)
  }
  return await request(socket, { v: ADMIN_PROTOCOL_VERSION, id: 1, token, cmd, args }, opts.timeoutMs === undefined ? 60_000 : opts.timeoutMs)
}

/** Sends one raw line (tests send malformed ones) and resolves with the first answer line, parsed. */
export function request(socket: string, body: unknown, timeoutMs: number | null = 60_000): Promise<AdminResponse> {
  const line = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`
  return new Promise((resolve, reject) => {
    const c = net.connect(socket)
    let buf = ''
    let settled = false
    const done = (f: () => void): void => {
      if (settled) return
      settled = true
      if (timer !== null) clearTimeout(timer)
      c.destroy()
      f()
    }
    const timer = timeoutMs === null ? null : setTimeout(() => done(() => reject(new AdminNoAnswer(`no answer from ${socket} within ${timeoutMs / 1000} s`))), timeoutMs)
    c.setEncoding('utf8')
    c.on('connect', () => c.write(line))
    c.on('data', (d: string) => {
      buf += d
      const i = buf.indexOf('\n')
      if (i < 0) return
      const text = buf.slice(0, i)
      done(() => {
        try {
          resolve(JSON.parse(text) as AdminResponse)
        } catch {
          reject(new AdminNoAnswer(`the daemon answered something that is not JSON: ${text.slice(0, 200)}`))
        }
      })
    })
    c.on('error', (err: NodeJS.ErrnoException) => done(() => reject(
      err.code === 'ENOENT' || err.code === 'ECONNREFUSED' ? new AdminUnreachable(`nobody listens on ${socket} (${err.code}): is qpqd running?`)
        : err.code === 'EACCES' ? new AdminUnreachable(`permission denied connecting to ${socket}: run qpqctl as the daemon's user (or root)`)
          : new AdminUnreachable(`cannot connect to ${socket}: ${err.message}`))))
    c.on('close', () => done(() => reject(new AdminNoAnswer('the daemon closed the connection without answering'))))
  })
}
