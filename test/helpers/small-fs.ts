// A small filesystem of the test's own to fill up: a size-limited tmpfs mounted on a fresh
// directory (root only), so a daemon whose data directory is on it meets a real ENOSPC — from
// SQLite, from its WAL, from blob files — and gets the space back when the filler goes.
// Where mounting is impossible, mountSmallFs says why (the test skips); it never falls back
// to anything else.
import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, statfsSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface SmallFs {
  /** Where it is mounted (empty at first). */
  readonly dir: string
  /** Bytes free on it now. */
  free(): number
  /** Writes a filler file until at most `leave` bytes are free (0: until the kernel refuses a single byte). */
  fill(leave?: number): void
  /** Deletes the filler: the space is back. */
  release(): void
  unmount(): void
}

const FILLER = '.filler'

/** Mounts a tmpfs of `bytes` (rounded up to pages by the kernel); a string is the reason it cannot be done here. */
export function mountSmallFs(bytes: number): SmallFs | string {
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root'
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-smallfs-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'qpq-test', dir], { stdio: ['ignore', 'ignore', 'pipe'] })
  } catch (err) {
    rmdirSync(dir)
    return `cannot mount a tmpfs here: ${String((err as { stderr?: Buffer }).stderr ?? (err as Error).message).trim()}`
  }
  const filler = path.join(dir, FILLER)
  const free = (): number => {
    const s = statfsSync(dir)
    return s.bavail * s.bsize
  }
  return {
    dir,
    free,
    fill(leave = 0) {
      const fd = openSync(filler, 'a')
      try {
        // big writes first, then smaller ones down to a byte: the last page of the filler fills too
        for (let chunk = 1 << 20; chunk >= 1; chunk >>= 2) {
          const data = Buffer.alloc(chunk, 0x5a)
          while (leave === 0 || free() - leave >= chunk) {
            try {
              if (writeSync(fd, data) < chunk) break
            } catch (err) {
              if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err
              break
            }
          }
        }
      } finally {
        closeSync(fd)
      }
    },
    release() {
      rmSync(filler, { force: true })
    },
    unmount() {
      execFileSync('umount', ['-l', dir])
      rmdirSync(dir)
    },
  }
}
