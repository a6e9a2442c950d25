// The arrows of the layout (design.md §2) hold: protocol/ imports no side of the product, the SDK
// reaches no server code (it can be packed alone), services know no transport, migrations are
// frozen, and plugins see only their context. Read from the import statements of the tree.
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { REPO } from './helpers/daemon-process.js'

const SPEC = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g

/** Repository-relative paths of the local modules a file imports (type-only imports included). */
function importsOf(file: string): string[] {
  const src = readFileSync(path.join(REPO, file), 'utf8')
  const out: string[] = []
  for (const m of src.matchAll(SPEC)) {
    const spec = m[1] ?? m[2]
    if (spec === undefined || !spec.startsWith('.')) continue
    const target = path.normalize(path.join(path.dirname(file), spec))
    const ts = target.replace(/\.js$/, '.ts')
    out.push(existsSync(path.join(REPO, ts)) ? ts : target)
  }
  return out
}

function sources(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(path.join(REPO, d))) {
      const rel = path.join(d, name)
      if (statSync(path.join(REPO, rel)).isDirectory()) walk(rel)
      else if (/\.(ts|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(rel)
    }
  }
  if (existsSync(path.join(REPO, dir))) walk(dir)
  return out
}

/** Every import in `dir` that lands under one of `forbidden`, as "file -> target". */
function offenders(dir: string, forbidden: string[]): string[] {
  return sources(dir).flatMap((f) => importsOf(f).filter((t) => forbidden.some((p) => t.startsWith(p))).map((t) => `${f} -> ${t}`))
}

const STATIC = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*'([^']+)'|(?:^|[\s;])import\s*'([^']+)'/g
const MESH_PACKAGES = /^(libp2p$|@libp2p\/|@chainsafe\/libp2p-|@multiformats\/|multicast-dns$)/

/** The specifiers a file imports statically (import … from, export … from, bare import), as written. */
function staticSpecs(file: string): string[] {
  const src = readFileSync(path.join(REPO, file), 'utf8')
  return [...src.matchAll(STATIC)].map((m) => (m[1] ?? m[2]) as string)
}

describe('architecture', () => {
  it('only mesh/ loads libp2p, and nothing outside it imports mesh/ statically (the daemon loads it with import() when the mesh is on)', () => {
    const found: string[] = []
    for (const dir of ['protocol', 'daemon', 'client', 'plugins', 'federation', 'proto']) {
      for (const f of sources(dir)) {
        for (const spec of staticSpecs(f)) {
          const local = spec.startsWith('.') ? path.normalize(path.join(path.dirname(f), spec)) : null
          if (MESH_PACKAGES.test(spec) || (local !== null && local.startsWith('mesh/'))) found.push(`${f} -> ${spec}`)
        }
      }
    }
    assert.deepEqual(found, [])
    assert.ok(staticSpecs('mesh/index.ts')[0] === './polyfill.js', 'the polyfill is the entry point\'s first import')
  })


  it('protocol/ imports none of the daemon, the SDK, the mesh, federation or plugins', () => {
    assert.deepEqual(offenders('protocol', ['daemon/', 'client/', 'mesh/', 'federation/', 'plugins/']), [])
  })

  it('the SDK and the qpq CLI reach only client/, protocol/ and proto/ (it can be packed alone)', () => {
    const seen = new Set<string>()
    const stack = ['client/index.ts', 'client/cli/main.ts']
    while (stack.length > 0) {
      const f = stack.pop() as string
      if (seen.has(f)) continue
      seen.add(f)
      stack.push(...importsOf(f))
    }
    const outside = [...seen].filter((f) => !/^(client|protocol|proto)\//.test(f))
    assert.deepEqual(outside, [])
    assert.ok(seen.has('protocol/quic/client.ts'), 'the walk follows imports')
  })

  it('services import no transport', () => {
    assert.deepEqual(offenders('daemon/services', ['daemon/rpc/', 'protocol/quic/', 'federation/', 'mesh/']), [])
  })

  it('migrations import no live domain code', () => {
    assert.deepEqual(importsOf('daemon/storage/migrations.ts').filter((t) => t !== 'daemon/storage/database.ts'), [])
  })

  it('plugins see only their context: nothing of the services', () => {
    assert.deepEqual(offenders('plugins', ['daemon/services/', 'daemon/rpc/', 'daemon/storage/database.ts']), [])
  })
})
