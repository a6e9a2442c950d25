// A file encrypted under a password: the client's state at rest. The key is stretched from the
// password with scrypt (node:crypto, memory-hard; Node 20 has no native Argon2id, and the pure-JS
// one in @noble/hashes needs as long for 19 MiB as native scrypt needs for 64–128 MiB) and the
// contents are sealed with ChaCha20-Poly1305, the header as associated data. Writes go to a
// temporary file that is fsynced and renamed over the old one, so a crash leaves either version.
//
//   0   "QPQSTATE"                 8   magic
//   8   u8 format version (1)
//   9   u8 kdf (1 = scrypt)      10 u8 log2(N)   11 u8 r   12 u8 p
//   13  salt (16)
//   29  nonce (12)                 fresh for every write
//   41  ciphertext ‖ tag (16)
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { writeFileAtomic } from '../../protocol/atomic-file.js'

const MAGIC = Buffer.from('QPQSTATE')
const VERSION = 1
const KDF_SCRYPT = 1
const HEADER_BYTES = 41
const TAG_BYTES = 16

/** scrypt cost: N = 2^logN. The default (2^17, r 8, p 1: 128 MiB) is OWASP's recommendation for passwords. */
export interface KdfParams { logN: number; r: number; p: number }
export const DEFAULT_KDF: KdfParams = { logN: 17, r: 8, p: 1 }

/** The file is not one of ours, or is cut short or damaged outside the sealed part. */
export class StateFileCorruptError extends Error {
  override name = 'StateFileCorruptError'
}

/** The password does not open the file (or the sealed part was altered: the two cannot be told apart). */
export class WrongPasswordError extends Error {
  override name = 'WrongPasswordError'
}

/** A derived key and the header it belongs to; kept for the life of a store so each write skips the KDF. */
export interface SealKey { key: Buffer; kdf: KdfParams; salt: Buffer }

export async function deriveKey(password: string, kdf: KdfParams = DEFAULT_KDF, salt: Buffer = randomBytes(16)): Promise<SealKey> {
  const N = 2 ** kdf.logN
  const key = await new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, 32, { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r }, (err, k) => (err ? reject(err) : resolve(k)))
  })
  return { key, kdf, salt }
}

function header(k: SealKey, nonce: Buffer): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([VERSION, KDF_SCRYPT, k.kdf.logN, k.kdf.r, k.kdf.p]), k.salt, nonce])
}

export function seal(k: SealKey, plaintext: Uint8Array): Buffer {
  const nonce = randomBytes(12)
  const head = header(k, nonce)
  const c = createCipheriv('chacha20-poly1305', k.key, nonce, { authTagLength: TAG_BYTES })
  c.setAAD(head, { plaintextLength: plaintext.length })
  return Buffer.concat([head, c.update(plaintext), c.final(), c.getAuthTag()])
}

/** The KDF parameters and salt of a sealed file, to derive its key. */
export function readHeader(file: string, bytes: Buffer): { kdf: KdfParams; salt: Buffer } {
  if (bytes.length < HEADER_BYTES + TAG_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) throw new StateFileCorruptError(`${file} is not a qpq state file (or is cut short)`)
  if (bytes[8] !== VERSION || bytes[9] !== KDF_SCRYPT) throw new StateFileCorruptError(`${file} has an unknown format (version ${bytes[8]}, kdf ${bytes[9]})`)
  const kdf = { logN: bytes[10] as number, r: bytes[11] as number, p: bytes[12] as number }
  if (kdf.logN < 1 || kdf.logN > 24 || kdf.r < 1 || kdf.p < 1) throw new StateFileCorruptError(`${file} has impossible key-derivation parameters`)
  return { kdf, salt: bytes.subarray(13, 29) }
}

export function open(file: string, k: SealKey, bytes: Buffer): Buffer {
  const nonce = bytes.subarray(29, HEADER_BYTES)
  const d = createDecipheriv('chacha20-poly1305', k.key, nonce, { authTagLength: TAG_BYTES })
  d.setAAD(bytes.subarray(0, HEADER_BYTES), { plaintextLength: bytes.length - HEADER_BYTES - TAG_BYTES })
  d.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
  try {
    return Buffer.concat([d.update(bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES)), d.final()])
  } catch {
    throw new WrongPasswordError(`wrong password for ${file} (or the file was altered)`)
  }
}

/** Writes atomically, owner-only: temp file in the same directory, fsync, rename, fsync the directory. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  writeFileAtomic(file, bytes, 0o600)
}
