// Looks for plaintexts where the server keeps things: every value of every table of its database
// (through its open, decrypted connection), the raw bytes of its database files (SQLCipher
// encrypts them; this covers the WAL too), and the daemon's log lines.
import { existsSync, readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import type Database from 'better-sqlite3-multiple-ciphers'
import { createLogger, type Logger } from '../../daemon/observability/logger.js'

/** A daemon logger at the most verbose level whose lines are kept in memory. */
export function capturingLogger(): { log: Logger; text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb() } })
  return { log: createLogger('trace', { destination: stream }), text: () => chunks.join('') }
}

const occurrences = (needles: string[], haystack: Buffer, where: string): string[] =>
  needles.filter((n) => haystack.includes(Buffer.from(n, 'utf8'))).map((n) => `${JSON.stringify(n)} in ${where}`)

/** Where the needles occur among the values of every table: "needle" in table.column. */
export function foundInDatabase(needles: string[], db: Database.Database): string[] {
  const found: string[] = []
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
  for (const table of tables) {
    for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'string') found.push(...occurrences(needles, Buffer.from(value, 'utf8'), `${table}.${column}`))
        else if (value instanceof Uint8Array) found.push(...occurrences(needles, Buffer.from(value), `${table}.${column}`))
      }
    }
  }
  return found
}

/** Where the needles occur in the raw bytes of these files (those that exist). */
export function foundInFiles(needles: string[], files: string[]): string[] {
  return files.filter((f) => existsSync(f)).flatMap((f) => occurrences(needles, readFileSync(f), f))
}

export function foundInText(needles: string[], text: string, where: string): string[] {
  return occurrences(needles, Buffer.from(text, 'utf8'), where)
}
