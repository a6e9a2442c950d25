// The package version (qpqd and qpq print it with --version; Health reports it), read from the
// package.json above this file (the same from the source tree and from the compiled dist/ tree).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

function findVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json')
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'quicproquo' && pkg.version) return pkg.version
    }
    if (path.dirname(dir) === dir) return '0.0.0'
  }
}

export const VERSION = findVersion()
