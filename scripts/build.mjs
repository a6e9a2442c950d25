// Builds dist/: the daemon, client, protocol, mesh and federation code transpiled to plain ES modules, so qpqd
// runs on bare `node` (no TypeScript loader: ~30 MB less resident memory). Type checking is
// separate (npm run typecheck, part of npm test). Runs on `npm ci` (prepare) and before `npm start`.
import { build } from 'esbuild'
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const sources = []
const plainJs = [] // .mjs files (worker entry points) are copied as they are
const walk = (dir) => {
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name)
    if (statSync(path.join(root, rel)).isDirectory()) walk(rel)
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts')) sources.push(rel)
    else if (name.endsWith('.mjs')) plainJs.push(rel)
  }
}
for (const dir of ['protocol', 'daemon', 'client', 'proto', 'plugins', 'mesh', 'federation']) if (existsSync(path.join(root, dir))) walk(dir)

rmSync(path.join(root, 'dist'), { recursive: true, force: true })
await build({
  absWorkingDir: root, entryPoints: sources, outdir: 'dist', outbase: '.',
  format: 'esm', platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning',
})
for (const rel of plainJs) cpSync(path.join(root, rel), path.join(root, 'dist', rel))
// generated protobuf code is already JavaScript
cpSync(path.join(root, 'proto/gen'), path.join(root, 'dist/proto/gen'), { recursive: true })
