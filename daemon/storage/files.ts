// Small files the daemon keeps in its data directory (keys, certificates, secrets): written
// atomically (temp file, fsync, rename, fsync the directory) so a crash never leaves half a key behind.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync, existsSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export function writeFileAtomic(file: string, data: Uint8Array, mode: number): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`
  const fd = openSync(tmp, 'wx', mode)
  try {
    writeSync(fd, data)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, file)
  // the rename is durable only once the directory entry is
  const dir = openSync(path.dirname(file), 'r')
  try { fsyncSync(dir) } finally { closeSync(dir) }
}

/** Reads a secret file, creating it with `size` random bytes (mode 0600) on first use. */
export function loadOrCreateSecret(file: string, size: number): Buffer {
  if (!existsSync(file)) writeFileAtomic(file, randomBytes(size), 0o600)
  const secret = readFileSync(file)
  if (secret.length < size) throw new Error(`${file} holds ${secret.length} bytes, expected ${size}: remove it to generate a new one`)
  return secret
}
