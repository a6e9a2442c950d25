// Storage: the SQLCipher database opens with its key, refuses a file it cannot or must not use
// without writing to it, migrates by user_version, keeps no plaintext on disk and backs up
// encrypted; the key comes from a passphrase (Argon2id + salt file) or a development key file.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DATABASE_FILE, StorageError, openDatabase, type Migration, type OpenDatabaseOptions, type Storage, type StorageErrorReason } from '../daemon/storage/database.js'
import { devKeyFileOf, resolveDatabaseKey, saltFileOf } from '../daemon/storage/key.js'
import { migrations } from '../daemon/storage/migrations.js'

// tests derive keys with tiny Argon2id costs; the real ones take a few hundred ms
const TINY_KDF = { m: 64, t: 1, p: 1 }
const MARKER = 'PLAINTEXT-MARKER-7f3a9c'

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'qpq-storage-'))
const dbIn = (dir: string): string => path.join(dir, DATABASE_FILE)
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const mode = (file: string): number => statSync(file).mode & 0o777

function open(file: string, key: Buffer, more: Partial<OpenDatabaseOptions> = {}): Storage {
  return openDatabase({ file, key, durability: 'normal', migrations, ...more })
}

function put(s: Storage, key: string, value: Buffer): void {
  s.db.prepare('INSERT INTO server_meta (key, value) VALUES (?, ?)').run(key, value)
}

function get(s: Storage, key: string): Buffer | undefined {
  const row = s.db.prepare('SELECT value FROM server_meta WHERE key = ?').get(key) as { value: Buffer } | undefined
  return row?.value
}

/** A closed database holding the marker, in a directory of its own. */
function makeDatabase(): { dir: string; file: string; key: Buffer } {
  const dir = tmp()
  const key = randomBytes(32)
  const s = open(dbIn(dir), key)
  put(s, 'marker', Buffer.from(MARKER))
  s.close()
  return { dir, file: dbIn(dir), key }
}

/** The files of an open database as a crash would leave them: main file plus a WAL not yet checkpointed. */
function crashCopy(s: Storage): string {
  const dir = tmp()
  copyFileSync(s.file, dbIn(dir))
  copyFileSync(`${s.file}-wal`, `${dbIn(dir)}-wal`)
  return dir
}

/**
 * Runs `open`, expects a StorageError with `reason` naming the file, and checks that every file
 * in its directory is byte for byte as before and that no file appeared except `mayAppear`.
 */
function assertRefusedUntouched(file: string, reason: StorageErrorReason, open: () => unknown, mayAppear: string[] = []): StorageError {
  const dir = path.dirname(file)
  const snapshot = (): Map<string, string> => new Map(readdirSync(dir).map((n) => [n, sha256(path.join(dir, n))]))
  const before = snapshot()
  let caught: unknown
  assert.throws(open, (e: unknown) => { caught = e; return true })
  assert.ok(caught instanceof StorageError, `expected a StorageError, got ${String(caught)}`)
  assert.equal(caught.reason, reason)
  assert.ok(caught.message.includes(file), `message names the file: ${caught.message}`)
  const after = snapshot()
  for (const n of mayAppear) if (!before.has(n)) after.delete(n)
  assert.deepEqual(after, before, 'files beside it unchanged')
  return caught
}

// After a crash, SQLite indexes the leftover WAL in a new -shm file before it reads a page
const SHM = `${DATABASE_FILE}-shm`

/** The daemon's own migrations; the tests append one more. */
const N = migrations.length
const v2: Migration = { version: N + 1, name: 'test_extra', up: (db) => db.exec('CREATE TABLE extra (x INTEGER)') }

describe('database', () => {
  it('creates the file on first open (0600) and applies the migrations', () => {
    const dir = tmp()
    const s = open(dbIn(dir), randomBytes(32))
    assert.deepEqual(s.applied, migrations.map((m) => m.version))
    assert.equal(mode(s.file), 0o600)
    assert.equal(s.db.pragma('user_version', { simple: true }), N)
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal')
    assert.equal(s.db.pragma('foreign_keys', { simple: true }), 1)
    assert.equal(s.db.pragma('busy_timeout', { simple: true }), 5000)
    assert.ok((s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).includes('server_meta'))
    s.close()
  })

  it('reopens with the same key, keeps the data, applies nothing twice', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key)
    assert.deepEqual(s.applied, [])
    assert.equal(get(s, 'marker')?.toString(), MARKER)
    s.close()
  })

  it('applies only the missing migrations, each with its version', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key, { migrations: [...migrations, v2] })
    assert.deepEqual(s.applied, [N + 1])
    assert.equal(s.db.pragma('user_version', { simple: true }), N + 1)
    s.db.prepare('INSERT INTO extra VALUES (1)').run()
    s.close()
  })

  it('keeps nothing of a migration that fails', () => {
    const { file, key } = makeDatabase()
    const broken: Migration = { version: N + 1, name: 'broken', up: (db) => { db.exec('CREATE TABLE half (x)'); throw new Error('boom') } }
    assert.throws(() => open(file, key, { migrations: [...migrations, broken] }), new RegExp(`migration ${N + 1} \\(broken\\) failed.*boom`))
    const s = open(file, key)
    assert.equal(s.db.pragma('user_version', { simple: true }), N)
    assert.equal(s.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get(), 0)
    s.close()
  })

  it('refuses a migration list with a gap', () => {
    assert.throws(() => open(dbIn(tmp()), randomBytes(32), { migrations: [...migrations, { ...v2, version: N + 2 }] }), new RegExp(`has version ${N + 2}, expected ${N + 1}`))
  })

  it('refuses a wrong key, naming the file, and leaves everything byte for byte as it was', () => {
    const { file } = makeDatabase()
    const e = assertRefusedUntouched(file, 'wrong-key', () => open(file, randomBytes(32)))
    assert.match(e.message, /wrong database key/)
  })

  it('refuses a wrong key without replaying or touching a leftover WAL', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key)
    put(s, 'late', Buffer.from('only in the WAL'))
    const crashed = crashCopy(s)
    s.close()
    assertRefusedUntouched(dbIn(crashed), 'wrong-key', () => open(dbIn(crashed), randomBytes(32)), [SHM])
    const again = open(dbIn(crashed), key)
    assert.equal(get(again, 'late')?.toString(), 'only in the WAL')
    again.close()
  })

  it('refuses a file of random bytes, untouched', () => {
    const dir = tmp()
    writeFileSync(dbIn(dir), randomBytes(64 * 1024))
    assertRefusedUntouched(dbIn(dir), 'wrong-key', () => open(dbIn(dir), randomBytes(32)))
  })

  it('refuses a truncated database, untouched', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key)
    for (let i = 0; i < 200; i++) put(s, `row${i}`, randomBytes(500))
    s.close()
    truncateSync(file, Math.floor(statSync(file).size / 2))
    const e = assertRefusedUntouched(file, 'corrupt', () => open(file, key))
    assert.match(e.message, /restore it from a backup/)
  })

  it('refuses a database with one damaged page in the middle, untouched (the page is read at start, not by a later call)', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key)
    for (let i = 0; i < 200; i++) put(s, `row${i}`, randomBytes(500))
    s.close()
    // one byte of a page half-way through the file: only that page's MAC catches it
    const pages = statSync(file).size / 4096
    const at = Math.floor(pages / 2) * 4096 + 100
    const bytes = readFileSync(file)
    bytes[at] = (bytes[at] as number) ^ 0xff
    writeFileSync(file, bytes)
    const e = assertRefusedUntouched(file, 'corrupt', () => open(file, key))
    assert.match(e.message, /is damaged \(.+\): restore it from a backup \(file left untouched\)$/)
  })

  it('refuses a database with a newer schema, naming both versions, and never writes to it', () => {
    const { file, key } = makeDatabase()
    open(file, key, { migrations: [...migrations, v2] }).close()
    const e = assertRefusedUntouched(file, 'newer-schema', () => open(file, key))
    assert.match(e.message, new RegExp(`schema version ${N + 1}, newer than the ${N} this qpqd knows`))
  })

  it('refuses a newer schema without checkpointing a leftover WAL into the file', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key, { migrations: [...migrations, v2] })
    put(s, 'late', Buffer.from('only in the WAL'))
    const crashed = crashCopy(s)
    s.close()
    assertRefusedUntouched(dbIn(crashed), 'newer-schema', () => open(dbIn(crashed), key), [SHM])
  })

  it('keeps no plaintext in the database file or its WAL', () => {
    const dir = tmp()
    const s = open(dbIn(dir), randomBytes(32))
    put(s, 'marker', Buffer.from(MARKER))
    assert.ok(existsSync(`${s.file}-wal`))
    for (const f of [s.file, `${s.file}-wal`]) assert.ok(!readFileSync(f).includes(MARKER), `${f} holds the marker`)
    s.close()
    assert.ok(!readFileSync(s.file).includes(MARKER))
  })

  it('sets synchronous by durability: NORMAL (1) or FULL (2)', () => {
    const { file, key } = makeDatabase()
    const normal = open(file, key, { durability: 'normal' })
    assert.equal(normal.db.pragma('synchronous', { simple: true }), 1)
    normal.close()
    const fsync = open(file, key, { durability: 'fsync' })
    assert.equal(fsync.db.pragma('synchronous', { simple: true }), 2)
    fsync.close()
  })

  it('closes once, folding the WAL into the single database file', () => {
    const { dir, file, key } = makeDatabase()
    const s = open(file, key)
    put(s, 'late', Buffer.from('x'))
    s.close()
    s.close()
    assert.deepEqual(readdirSync(dir), [DATABASE_FILE])
  })
})

describe('backup', () => {
  it('writes an encrypted copy (0600) that opens with the same key and is refused without it', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key)
    const dest = path.join(tmp(), 'copy.db')
    s.backup(dest)
    s.close()
    assert.equal(mode(dest), 0o600)
    assert.ok(!readFileSync(dest).includes(MARKER))
    assertRefusedUntouched(dest, 'wrong-key', () => open(dest, randomBytes(32)))
    const copy = open(dest, key)
    assert.equal(get(copy, 'marker')?.toString(), MARKER)
    copy.close()
  })

  it('refuses to overwrite an existing destination', () => {
    const { file, key } = makeDatabase()
    const s = open(file, key)
    const dest = path.join(tmp(), 'copy.db')
    writeFileSync(dest, 'keep me')
    assert.throws(() => s.backup(dest), (e: unknown) => e instanceof StorageError && e.reason === 'backup-exists' && e.message.includes(dest))
    assert.equal(readFileSync(dest, 'utf8'), 'keep me')
    s.close()
  })
})

describe('database key', () => {
  it('derives the same key from the passphrase across restarts, reusing the salt (0600)', () => {
    const dir = tmp()
    const first = resolveDatabaseKey({ database: path.join(dir, 'qpq.db'), passphrase: 'correct horse', kdf: TINY_KDF })
    assert.equal(first.source, 'passphrase')
    assert.equal(first.key.length, 32)
    const salt = saltFileOf(path.join(dir, 'qpq.db'))
    assert.equal(mode(salt), 0o600)
    assert.equal(readFileSync(salt).length, 16)
    const saltBytes = readFileSync(salt)

    const s = open(dbIn(dir), first.key)
    put(s, 'marker', Buffer.from(MARKER))
    s.close()

    const again = resolveDatabaseKey({ database: path.join(dir, 'qpq.db'), passphrase: 'correct horse', kdf: TINY_KDF })
    assert.deepEqual(again.key, first.key)
    assert.deepEqual(readFileSync(salt), saltBytes)
    const reopened = open(dbIn(dir), again.key)
    assert.equal(get(reopened, 'marker')?.toString(), MARKER)
    reopened.close()

    const other = resolveDatabaseKey({ database: path.join(dir, 'qpq.db'), passphrase: 'wrong horse', kdf: TINY_KDF })
    assert.notDeepEqual(other.key, first.key)
    assertRefusedUntouched(dbIn(dir), 'wrong-key', () => open(dbIn(dir), other.key))
  })

  it('gives different keys for the same passphrase with different salts', () => {
    const a = resolveDatabaseKey({ database: path.join(tmp(), 'qpq.db'), passphrase: 'correct horse', kdf: TINY_KDF })
    const b = resolveDatabaseKey({ database: path.join(tmp(), 'qpq.db'), passphrase: 'correct horse', kdf: TINY_KDF })
    assert.notDeepEqual(a.key, b.key)
  })

  it('refuses an empty passphrase', () => {
    assert.throws(() => resolveDatabaseKey({ database: path.join(tmp(), 'qpq.db'), passphrase: '', kdf: TINY_KDF }), /passphrase is empty/)
  })

  it('generates the development key file (0600) on first start and reuses it', () => {
    const dir = tmp()
    const first = resolveDatabaseKey({ database: path.join(dir, 'qpq.db'), passphrase: null })
    assert.equal(first.source, 'dev-key-file')
    const keyFile = devKeyFileOf(path.join(dir, 'qpq.db'))
    assert.equal(mode(keyFile), 0o600)
    assert.deepEqual(readFileSync(keyFile), first.key)
    open(dbIn(dir), first.key).close()
    const again = resolveDatabaseKey({ database: path.join(dir, 'qpq.db'), passphrase: null })
    assert.deepEqual(again.key, first.key)
    open(dbIn(dir), again.key).close()
  })

  it('refuses to make a new salt or key file beside an existing database', () => {
    for (const passphrase of ['correct horse', null]) {
      const dir = tmp()
      const { key } = resolveDatabaseKey({ database: path.join(dir, 'qpq.db'), passphrase, kdf: TINY_KDF })
      open(dbIn(dir), key).close()
      const secret = passphrase === null ? devKeyFileOf(path.join(dir, 'qpq.db')) : saltFileOf(path.join(dir, 'qpq.db'))
      rmSync(secret)
      assert.throws(() => resolveDatabaseKey({ database: path.join(dir, 'qpq.db'), passphrase, kdf: TINY_KDF }),
        (e: unknown) => e instanceof StorageError && e.reason === 'key-file-missing' && e.message.includes(secret))
      assert.ok(!existsSync(secret))
    }
  })
})
