// `qpqd restore FILE --data-dir DIR`: puts a backup (qpqctl backup) in place as DIR's database.
// It refuses while a daemon holds that database (its admin socket answers, or a process has the
// file open), and refuses a backup the key does not open — the key is the operator's: db_key
// (with the salt FILE.salt that qpqctl backup wrote, or DIR's own), or the development key file
// DIR/db.key. The copy is checked, migrated and cleared of every KeyPackage before it replaces
// anything: any of them may have been handed out after the backup was made, and MLS needs each
// used once. The database that was there is kept beside it, never deleted.
import { copyFileSync, constants, existsSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { adminCall, AdminUnreachable } from '../admin/client.js'
import type { Config } from '../config/config.js'
import { KeyStore } from '../services/keys/store.js'
import { checkDatabaseFile, openDatabase, StorageError } from '../storage/database.js'
import { devKeyFileOf, resolveDatabaseKey, saltFileOf } from '../storage/key.js'
import { migrations } from '../storage/migrations.js'

export class RestoreRefused extends Error {
  override name = 'RestoreRefused'
}

export interface RestoreReport {
  database: string
  /** The backup's schema version; the restored database has every migration applied. */
  backupSchemaVersion: number
  keptAside: string[]
  keyPackagesDiscarded: number
  saltInstalled: string | null
}

export async function restoreBackup(file: string, config: Config): Promise<RestoreReport> {
  const backup = path.resolve(file)
  if (!existsSync(backup) || !statSync(backup).isFile()) throw new RestoreRefused(`no backup file at ${backup}`)
  const target = path.resolve(config.dbPath)
  await refuseWhileServed(config, target)

  // the key the backup was made with: the passphrase and the salt written beside the backup (or
  // the data directory's own), or the development key file of the data directory
  const backupSalt = saltFileOf(backup)
  const salt = config.dbKey === null ? null : existsSync(backupSalt) ? backupSalt : existsSync(saltFileOf(target)) ? saltFileOf(target) : null
  if (config.dbKey !== null && salt === null) throw new RestoreRefused(`the salt of the backup is missing: put it beside the backup as ${backupSalt} (qpqctl backup wrote it there) or in ${saltFileOf(target)}`)
  if (config.dbKey === null && !existsSync(devKeyFileOf(target))) {
    throw new RestoreRefused(`no database key: give db_key (--db-key or QPQ_DB_KEY) if the backup's daemon had one, or put the backup's development key file at ${devKeyFileOf(target)}`)
  }
  const key = resolveDatabaseKey({ database: salt === null ? target : salt.slice(0, -'.salt'.length), passphrase: config.dbKey }).key

  // a private copy is checked and prepared; the backup itself is never opened
  const staged = `${target}.restore-${randomBytes(4).toString('hex')}.tmp`
  copyFileSync(backup, staged, constants.COPYFILE_EXCL)
  let discarded: number
  let version: number
  try {
    try {
      version = checkDatabaseFile(staged, key, migrations.length).version
    } catch (err) {
      if (err instanceof StorageError && err.reason === 'wrong-key') {
        throw new RestoreRefused(`the database key does not open ${backup}: give the db_key (and salt) or the key file of the daemon that made the backup (nothing was changed)`)
      }
      if (err instanceof StorageError) throw new RestoreRefused(`${err.message.replaceAll(staged, backup)} (nothing was changed)`)
      throw err
    }
    const storage = openDatabase({ file: staged, key, durability: 'fsync', migrations })
    try {
      discarded = new KeyStore(storage.db).discardAllPackages()
    } finally {
      storage.close()
    }
  } catch (err) {
    for (const f of [staged, `${staged}-wal`, `${staged}-shm`]) rmSync(f, { force: true })
    throw err
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const keptAside: string[] = []
  const aside = (f: string): void => {
    if (!existsSync(f)) return
    const to = `${f}.before-restore-${stamp}`
    renameSync(f, to)
    keptAside.push(to)
  }
  // an old -wal must never meet the restored file
  for (const f of [target, `${target}-wal`, `${target}-shm`]) aside(f)
  let saltInstalled: string | null = null
  if (salt !== null && salt !== saltFileOf(target)) {
    aside(saltFileOf(target))
    copyFileSync(salt, saltFileOf(target), constants.COPYFILE_EXCL)
    saltInstalled = saltFileOf(target)
  }
  renameSync(staged, target)
  return { database: target, backupSchemaVersion: version, keptAside, keyPackagesDiscarded: discarded, saltInstalled }
}

/** A daemon serving this data directory answers on its admin socket or has the database open. */
async function refuseWhileServed(config: Config, target: string): Promise<void> {
  // any answer, even a refusal, means something serves that socket
  const served = await adminCall(config.adminSocket, 'status', {}, { timeoutMs: 5_000 }).then(() => true, (err: unknown) => !(err instanceof AdminUnreachable))
  if (served) throw new RestoreRefused(`a qpqd is running on ${config.dataDir} (its admin socket ${config.adminSocket} answers): stop it first (nothing was changed)`)
  const holder = processHolding([target, `${target}-wal`])
  if (holder !== null) throw new RestoreRefused(`process ${holder} has ${target} open — a qpqd running on this data directory? Stop it first (nothing was changed)`)
}

/** The pid of a process (other than this one) with one of the files open, from /proc; null when none is seen. */
function processHolding(files: string[]): number | null {
  const wanted = new Set(files.filter((f) => existsSync(f)).map((f) => realpathSync(f)))
  if (wanted.size === 0 || !existsSync('/proc/self/fd')) return null
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or another user's (whose files we could not read either)
    }
    for (const fd of fds) {
      try {
        if (wanted.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid)
      } catch {
        // closed meanwhile
      }
    }
  }
  return null
}
