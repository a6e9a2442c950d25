// kt head, backup FILE, drain and check-config. A backup is SQLite's VACUUM INTO on the daemon's
// own connection (it holds the database's exclusive lock, so no other process could read it):
// a consistent, encrypted copy with the same key, written under a temporary name and linked into
// place, never over an existing file. With a passphrase the salt is copied beside it as
// FILE.salt; with the development key file, keeping DATA_DIR/db.key is the operator's business.
import { copyFileSync, constants, existsSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { KtLog } from '../../services/kt/log.js'
import { StorageError, type Storage } from '../../storage/database.js'
import { isDiskFull } from '../../storage/disk-full.js'
import { devKeyFileOf, saltFileOf } from '../../storage/key.js'
import type { ConfigCheck } from '../../config/check.js'
import { Args } from '../args.js'
import { AdminError } from '../protocol.js'
import type { AdminCommands } from '../server.js'
import { hex } from './shapes.js'

export interface MaintenanceDeps {
  kt: KtLog
  storage: Storage
  /** The database file and whether its key comes from a passphrase (then the salt goes with a backup). */
  database: { file: string; passphrase: boolean }
  isDraining(): boolean
  /** Starts the graceful stop (as SIGTERM does); called once the answer is on its way. */
  drain(): void
  checkConfig(): ConfigCheck
}

export function maintenanceCommands(d: MaintenanceDeps): AdminCommands {
  return {
    'kt.head': {
      async run(raw) {
        new Args(raw, [])
        const head = (await d.kt.evidence(undefined, 0)).tree_head
        return {
          treeSize: Number(head.tree_size), rootHash: hex(head.root_hash as Uint8Array), timestamp: new Date(Number(head.timestamp_ms)).toISOString(),
          signature: hex(head.signature as Uint8Array), signerKey: hex(head.signer_key as Uint8Array),
        }
      },
    },
    backup: {
      changes: true,
      run(raw) {
        const file = new Args(raw, ['file']).string('file')
        if (!path.isAbsolute(file)) throw new AdminError('usage', `file must be an absolute path (qpqctl makes it one), got ${file}`)
        if (existsSync(file)) throw new AdminError('exists', `${file} already exists: a backup never overwrites a file`)
        const salt = d.database.passphrase ? saltFileOf(file) : null
        if (salt !== null && existsSync(salt)) throw new AdminError('exists', `${salt} already exists: a backup never overwrites a file`)
        if (!existsSync(path.dirname(file))) throw new AdminError('failed', `the directory ${path.dirname(file)} does not exist`)
        const started = performance.now()
        const failed = (err: unknown): AdminError =>
          new AdminError('failed', `backup to ${file} failed: ${isDiskFull(err) ? 'the disk is full (nothing was left behind)' : (err as Error).message}`)
        try {
          d.storage.backup(file)
        } catch (err) {
          if (err instanceof StorageError && err.reason === 'backup-exists') throw new AdminError('exists', err.message)
          throw failed(err)
        }
        if (salt !== null) {
          try {
            copyFileSync(saltFileOf(d.database.file), salt, constants.COPYFILE_EXCL)
          } catch (err) {
            // a copy without its salt opens with nothing: no half of a backup stays
            rmSync(file, { force: true })
            if ((err as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(salt, { force: true })
            throw failed(err)
          }
        }
        return {
          file, bytes: statSync(file).size, seconds: Math.round(performance.now() - started) / 1000, saltFile: salt,
          keep: salt !== null ? `${path.basename(file)} with ${path.basename(salt)}, and the passphrase (db_key) kept apart` : `${path.basename(file)} with the key file ${devKeyFileOf(d.database.file)} (kept apart)`,
        }
      },
    },
    drain: {
      changes: true,
      run(raw) {
        new Args(raw, [])
        const already = d.isDraining()
        if (!already) setImmediate(() => d.drain())
        return { draining: true, already }
      },
    },
    'check-config': {
      run(raw) {
        new Args(raw, [])
        const r = d.checkConfig()
        if (!r.ok) throw new AdminError('failed', r.error)
        return { valid: true, configFile: r.configFile, options: r.options, text: r.text }
      },
    },
  }
}
