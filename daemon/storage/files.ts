// Secrets the daemon keeps in its data directory (the QUIC listener secret, the development
// database key), written atomically on first use.
import { existsSync, readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { writeFileAtomic } from '../../protocol/atomic-file.js'

/** Reads a secret file, creating it with `size` random bytes (mode 0600) on first use. */
export function loadOrCreateSecret(file: string, size: number): Buffer {
  if (!existsSync(file)) writeFileAtomic(file, randomBytes(size), 0o600)
  const secret = readFileSync(file)
  if (secret.length < size) throw new Error(`${file} holds ${secret.length} bytes, expected ${size}: remove it to generate a new one`)
  return secret
}
