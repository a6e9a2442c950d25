// The daemon's one SQLCipher database (DATA_DIR/qpq.db): opening it with its key, refusing a file
// it cannot or must not use without writing a byte to it, migrations by user_version, backups.
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'

export const DATABASE_FILE = 'qpq.db'

/** 'normal': committed transactions survive a process crash; 'fsync': also a power loss. */
export type Durability = 'normal' | 'fsync'

export interface Migration {
  /** 1, 2, 3 …: stored in PRAGMA user_version once applied. */
  version: number
  name: string
  up(db: Database.Database): void
}

export type StorageErrorReason =
  | 'wrong-key' // the key does not decrypt the file: a wrong key, or not an encrypted qpq database
  | 'corrupt'
  | 'newer-schema'
  | 'cannot-open'
  | 'in-use' // another process (another qpqd) has the database open
  | 'key-file-missing'
  | 'backup-exists'

export class StorageError extends Error {
  override name = 'StorageError'
  constructor(readonly reason: StorageErrorReason, message: string) {
    super(message)
  }
}

export interface Storage {
  /** The open connection; each service's store prepares its statements on it. */
  readonly db: Database.Database
  readonly file: string
  /** Versions of the migrations this open applied, oldest first. */
  readonly applied: readonly number[]
  /** Writes an encrypted copy (same key) to `dest`, which must not exist yet: under a temporary name, then linked into place. */
  backup(dest: string): void
  close(): void
}

export interface OpenDatabaseOptions {
  file: string
  /** 32 raw bytes (storage/key.ts). */
  key: Buffer
  durability: Durability
  migrations: readonly Migration[]
}

const KEY_BYTES = 32
const BUSY_TIMEOUT_MS = 5000

export function openDatabase(opts: OpenDatabaseOptions): Storage {
  const { file, key, migrations } = opts
  if (key.length !== KEY_BYTES) throw new RangeError(`database key must be ${KEY_BYTES} bytes, got ${key.length}`)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new RangeError(`migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
  const newest = migrations.length

  /** Whether a read-only look already checked the file (a leftover WAL). */
  let checked = false
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
    // SQLite gives the -wal and -shm files the mode of the database file
    closeSync(openSync(file, 'wx', 0o600))
  } else if (existsSync(`${file}-wal`)) {
    // After a crash the WAL still holds committed pages, and a read-write connection folds them
    // into the file when it closes — even one that then refuses the database. Look read-only
    // first (that may add an -shm index beside it, never a write to the file or the WAL).
    const probe = connect(file, key, true)
    try {
      checkVersion(probe, file, newest)
      checkSound(probe, file)
    } finally {
      probe.close()
    }
    checked = true
  }

  const db = connect(file, key, false)
  try {
    const current = checkVersion(db, file, newest)
    if (!checked) checkSound(db, file)
    // one daemon per database: the connection keeps its lock until it closes, so a second qpqd on
    // the same file is refused instead of serving from caches that disagree (and the WAL index
    // lives in memory, not in a -shm file)
    db.pragma('locking_mode = EXCLUSIVE')
    // journal_mode is the first statement that writes: only now that the key and the schema are known good
    db.pragma('journal_mode = WAL')
    db.pragma(`synchronous = ${opts.durability === 'fsync' ? 'FULL' : 'NORMAL'}`)
    db.pragma('foreign_keys = ON')
    const applied = migrations.filter((m) => m.version > current)
    for (const m of applied) {
      try {
        db.transaction(() => {
          m.up(db)
          db.pragma(`user_version = ${m.version}`)
        }).immediate()
      } catch (err) {
        throw new Error(`migration ${m.version} (${m.name}) failed on ${file} and was rolled back: ${(err as Error).message}`, { cause: err })
      }
    }
    return storage(db, file, applied.map((m) => m.version))
  } catch (err) {
    db.close()
    throw err
  }
}

/** Opens and keys a connection, and proves the key with a first read (keying alone checks nothing). */
function connect(file: string, key: Buffer, readonly: boolean): Database.Database {
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS })
    db.pragma("cipher = 'sqlcipher'")
    db.pragma('legacy = 4')
    db.pragma(`key = "x'${key.toString('hex')}'"`)
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    return db
  } catch (err) {
    db?.close()
    throw refusal(file, err)
  }
}

function refusal(file: string, err: unknown): Error {
  if (!(err instanceof Database.SqliteError)) return err as Error
  if (err.code === 'SQLITE_NOTADB') {
    // an encrypted file is indistinguishable from random bytes without its key
    return new StorageError('wrong-key', `cannot decrypt ${file}: wrong database key, or not a qpq database (file left untouched)`)
  }
  if (err.code === 'SQLITE_BUSY') {
    return new StorageError('in-use', `${file} is in use by another process — is another qpqd running on this data directory? (file left untouched)`)
  }
  if (err.code.startsWith('SQLITE_CORRUPT')) {
    return new StorageError('corrupt', `${file} is damaged (${err.message}): restore it from a backup (file left untouched)`)
  }
  return new StorageError('cannot-open', `cannot open ${file}: ${err.message}`)
}

function checkVersion(db: Database.Database, file: string, newest: number): number {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > newest) {
    throw new StorageError('newer-schema', `${file} has schema version ${version}, newer than the ${newest} this qpqd knows: run a newer qpqd or restore an older backup (file left untouched)`)
  }
  return version
}

/**
 * Reads every page once (PRAGMA quick_check; about 30 ms per MiB on a busy small machine): a
 * damaged page — SQLCipher's per-page MAC catches any change — is refused at start, naming the
 * file, instead of failing the calls that would read it later. Writes nothing.
 */
function checkSound(db: Database.Database, file: string): void {
  let result: string
  try {
    result = db.pragma('quick_check(1)', { simple: true }) as string
  } catch (err) {
    throw refusal(file, err)
  }
  if (result !== 'ok') throw new StorageError('corrupt', `${file} is damaged (${result.replace(/\s*\n\s*/g, ' ').trim()}): restore it from a backup (file left untouched)`)
}

function fsyncPath(p: string): void {
  const fd = openSync(p, 'r')
  try { fsyncSync(fd) } finally { closeSync(fd) }
}

/** Puts a finished file at `dest`, never over an existing one: a hard link refuses atomically; where the filesystem has none (FAT), a rename after a check. */
function place(tmp: string, dest: string): void {
  try {
    linkSync(tmp, dest)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new StorageError('backup-exists', `backup destination ${dest} already exists`)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err
    if (existsSync(dest)) throw new StorageError('backup-exists', `backup destination ${dest} already exists`)
    renameSync(tmp, dest)
  }
}

/**
 * Opens a database file read-only and checks it as a restore must: the key decrypts it, its
 * schema is not newer than `newest`, and SQLite's quick_check finds it sound. Writes nothing.
 */
export function checkDatabaseFile(file: string, key: Buffer, newest: number): { version: number } {
  const db = connect(file, key, true)
  try {
    const version = checkVersion(db, file, newest)
    checkSound(db, file)
    return { version }
  } catch (err) {
    throw err instanceof StorageError ? err : refusal(file, err)
  } finally {
    db.close()
  }
}

function storage(db: Database.Database, file: string, applied: number[]): Storage {
  return {
    db,
    file,
    applied,
    backup(dest) {
      if (existsSync(dest)) throw new StorageError('backup-exists', `backup destination ${dest} already exists`)
      const dir = path.dirname(dest)
      const tmp = path.join(dir, `.${path.basename(dest)}.${randomBytes(4).toString('hex')}.tmp`)
      // VACUUM INTO fills an empty file; creating it ourselves makes the copy 0600
      closeSync(openSync(tmp, 'wx', 0o600))
      try {
        // VACUUM INTO encrypts the copy with this connection's key (db.backup() cannot, and
        // serialize() would hand out plaintext); it does not fsync what it wrote
        db.prepare('VACUUM INTO ?').run(tmp)
        fsyncPath(tmp)
        place(tmp, dest)
        fsyncPath(dir)
      } finally {
        rmSync(tmp, { force: true })
      }
    },
    close() {
      if (!db.open) return
      // fold the WAL into the main file even when another connection (a reader) keeps the WAL
      // alive: close checkpoints only as the last one
      db.pragma('wal_checkpoint(TRUNCATE)')
      db.close()
    },
  }
}
