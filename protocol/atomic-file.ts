// Writing a small file so that a crash never leaves half of it behind: temp file, fsync, rename,
// fsync the directory. The daemon's keys and certificates and the SDK's state file use it.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export function writeFileAtomic(file: string, data: Uint8Array, mode: number): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`
  const fd = openSync(tmp, 'wx', mode)
  try {
    writeSync(fd, data)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, file)
  // the rename is durable only once the directory entry is
  const dir = openSync(path.dirname(file), 'r')
  try { fsyncSync(dir) } finally { closeSync(dir) }
}
