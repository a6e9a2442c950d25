// A full disk (or a used-up quota), as SQLite and node:fs report it. The one test for it: every
// write that meets it is answered the same way (9 Unavailable: nothing of the call was stored,
// try again later) instead of 10, and service resumes by itself once space is freed.
import Database from 'better-sqlite3-multiple-ciphers'

export function isDiskFull(err: unknown): boolean {
  // SQLite reports ENOSPC on a write to the database or its WAL as SQLITE_FULL
  if (err instanceof Database.SqliteError) return err.code === 'SQLITE_FULL'
  const code = (err as NodeJS.ErrnoException | null)?.code
  return code === 'ENOSPC' || code === 'EDQUOT'
}

export const DISK_FULL_ANSWER = 'the server is out of storage space: nothing of this call was stored; try again later'
