// Finds the plugins in plugin_dir: each `.js`/`.mjs` file, and each folder with a package.json
// (its module: `exports`, else `main`, else index.js). Hidden entries, other files and folders
// without package.json are not plugins. Whether a module really is one is decided in its worker.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export interface PluginEntry {
  /** The file or folder in plugin_dir. */
  source: string
  /** The module to import. */
  file: string
}

export interface Scan { entries: PluginEntry[]; refused: Array<{ source: string; reason: string }> }

export function findPlugins(dir: string): Scan {
  const scan: Scan = { entries: [], refused: [] }
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch (err) {
    scan.refused.push({ source: dir, reason: `cannot read plugin_dir: ${(err as Error).message}` })
    return scan
  }
  for (const name of names) {
    if (name.startsWith('.')) continue
    const source = path.resolve(dir, name)
    if (statSync(source, { throwIfNoEntry: false })?.isDirectory() === true) {
      if (!existsSync(path.join(source, 'package.json'))) continue
      const found = folderModule(source)
      if ('reason' in found) scan.refused.push({ source, reason: found.reason })
      else scan.entries.push({ source, file: found.file })
    } else if (name.endsWith('.js') || name.endsWith('.mjs')) {
      scan.entries.push({ source, file: source })
    }
  }
  return scan
}

/** The module a plugin folder names in its package.json. */
function folderModule(folder: string): { file: string } | { reason: string } {
  let pkg: { exports?: unknown; main?: unknown }
  try {
    pkg = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as typeof pkg
  } catch (err) {
    return { reason: `package.json cannot be read: ${(err as Error).message}` }
  }
  const target = pkg.exports !== undefined ? exportTarget(pkg.exports) : typeof pkg.main === 'string' ? pkg.main : 'index.js'
  if (target === null) return { reason: 'package.json "exports" names no module for "." (a path, or { import | default })' }
  const file = path.resolve(folder, target)
  if (!file.startsWith(folder + path.sep)) return { reason: `package.json points outside the plugin folder: ${target}` }
  if (!existsSync(file)) return { reason: `package.json points to ${target}, which does not exist` }
  return { file }
}

function exportTarget(e: unknown): string | null {
  if (typeof e === 'string') return e
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return null
  const o = e as Record<string, unknown>
  for (const k of ['.', 'import', 'node', 'default']) if (k in o) return exportTarget(o[k])
  return null
}
