// Where the admin socket and its token live, and the files' modes. Who may talk to the daemon is
// decided twice, by the filesystem: the socket is mode 0600 (a connect() needs write permission
// on it) in a directory created 0700, and every request must carry the token from SOCKET.token,
// a fresh 32 random bytes per start in a 0600 file. Both are readable by the daemon's user and by
// root only; root is allowed on purpose (it can read the daemon's memory anyway). Node 20 has no
// SO_PEERCRED, so the peer's uid itself is not read (docs/admin.md).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { lstatSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../../protocol/atomic-file.js'

export const tokenFileOf = (socket: string): string => `${socket}.token`

/** sun_path holds 108 bytes with its terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 107
const TOKEN_BYTES = 32

export class AdminSocketError extends Error {
  override name = 'AdminSocketError'
}

/** Refuses a path a Unix socket cannot have, creates its directory (0700) when missing. */
export function prepareSocketDir(socket: string): void {
  const bytes = Buffer.byteLength(socket)
  if (bytes > MAX_SOCKET_PATH_BYTES) {
    throw new AdminSocketError(`the admin socket path ${socket} is ${bytes} bytes, longer than the ${MAX_SOCKET_PATH_BYTES} a Unix socket path may have: set admin_socket (--admin-socket) to a shorter path`)
  }
  mkdirSync(path.dirname(socket), { recursive: true, mode: 0o700 })
}

/** What is at the socket's path now: nothing, a socket (perhaps stale) or something else. */
export function existingAt(socket: string): 'none' | 'socket' | 'other' {
  try {
    return lstatSync(socket).isSocket() ? 'socket' : 'other'
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'none'
    throw err
  }
}

/** A new token for this start, written (0600) beside the socket. */
export function writeToken(socket: string): Buffer {
  const token = randomBytes(TOKEN_BYTES)
  writeFileAtomic(tokenFileOf(socket), Buffer.from(`${token.toString('hex')}\n`), 0o600)
  return token
}

/** The token a client sends (hex); throws the fs error (ENOENT, EACCES) for the caller to explain. */
export function readToken(socket: string): string {
  return readFileSync(tokenFileOf(socket), 'utf8').trim()
}

export function tokenMatches(expected: Buffer, given: string): boolean {
  if (!/^[0-9a-f]+$/i.test(given) || given.length !== expected.length * 2) return false
  return timingSafeEqual(expected, Buffer.from(given, 'hex'))
}
