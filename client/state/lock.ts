// An exclusive lock on a state directory across processes (say `qpq recv --follow` in one terminal
// and `qpq send` in another, both for the same user): a lock file created with O_EXCL holding the
// owner's pid. A lock whose owner no longer runs is stale and taken over.
import { openSync, closeSync, readFileSync, unlinkSync, writeSync } from 'node:fs'

export class StateLockedError extends Error {
  override name = 'StateLockedError'
}

const RETRY_MS = 25

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' // exists, owned by someone else
  }
}

function tryTake(file: string): boolean {
  try {
    const fd = openSync(file, 'wx', 0o600)
    try { writeSync(fd, String(process.pid)) } finally { closeSync(fd) }
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return false
  }
}

/** The pid in the lock file; null when it is gone or half-written. */
function owner(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8'))
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/** Runs `fn` holding the lock; waits up to `timeoutMs` for another process to release it. */
export async function withLock<T>(file: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (tryTake(file)) break
    const pid = owner(file)
    if (pid !== null && !alive(pid)) {
      try { unlinkSync(file) } catch { /* another waiter removed it first */ }
      continue
    }
    if (Date.now() > deadline) throw new StateLockedError(`the state is in use by process ${pid ?? '(unknown)'} (lock file ${file}): another command of this account is still running; waited ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, RETRY_MS))
  }
  try {
    return await fn()
  } finally {
    try { unlinkSync(file) } catch { /* already gone */ }
  }
}
