// Where the database key comes from: the operator's passphrase (db_key / QPQ_DB_KEY) stretched
// with Argon2id and a salt kept beside the database, or — for development — a random key file
// generated on first start. Which one is the caller's choice (production mode refuses the second).
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { argon2id } from '@noble/hashes/argon2.js'
import { StorageError } from './database.js'
import { loadOrCreateSecret } from './files.js'

export interface KdfParams {
  /** Memory in KiB. */
  m: number
  /** Passes over the memory. */
  t: number
  /** Lanes. */
  p: number
}

/**
 * OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane). It runs once per start, before anything
 * is served, so blocking the event loop is harmless: measured 0.4–0.65 s for that first
 * derivation in a fresh process (0.3 s warm) on this project's 2-core machine, pure-JS
 * @noble/hashes on Node 20.
 * The key depends on these values: changing them makes every existing database unreadable, so a
 * change needs the old values kept for databases made with them.
 */
export const DEFAULT_KDF: KdfParams = { m: 19 * 1024, t: 2, p: 1 }

/** The Argon2id salt lives beside the database: `qpq.db.salt`. */
export const saltFileOf = (database: string): string => `${database}.salt`
/** The development key file lives in the database's directory: `db.key`. */
export const devKeyFileOf = (database: string): string => path.join(path.dirname(database), 'db.key')

export interface DatabaseKey {
  /** 32 raw bytes for openDatabase. */
  key: Buffer
  source: 'passphrase' | 'dev-key-file'
}

const KEY_BYTES = 32
const SALT_BYTES = 16

/** `database` is the path of the database file the key is for. */
export function resolveDatabaseKey(opts: { database: string; passphrase: string | null; kdf?: KdfParams }): DatabaseKey {
  const { database, passphrase, kdf = DEFAULT_KDF } = opts
  if (passphrase === null) {
    return { key: loadSecret(database, devKeyFileOf(database), KEY_BYTES).subarray(0, KEY_BYTES), source: 'dev-key-file' }
  }
  if (passphrase === '') throw new RangeError('the database passphrase is empty')
  const salt = loadSecret(database, saltFileOf(database), SALT_BYTES)
  // NFC: the same passphrase typed on systems that compose accents differently gives one key
  const key = argon2id(passphrase.normalize('NFC'), salt, { ...kdf, dkLen: KEY_BYTES })
  return { key: Buffer.from(key), source: 'passphrase' }
}

function loadSecret(database: string, file: string, size: number): Buffer {
  // a fresh key or salt beside an existing database could never open it
  if (!existsSync(file) && existsSync(database) && statSync(database).size > 0) {
    throw new StorageError('key-file-missing', `${database} exists but ${file} does not: restore ${path.basename(file)} from the backup of this database`)
  }
  return loadOrCreateSecret(file, size)
}
