// A daemon with the mesh off behaves and costs as before: it loads none of mesh/ and no libp2p
// (checked in a real qpqd process, by a loader hook that records every module it loads), and
// the mesh methods answer 9 saying why (test/methods.test.ts). With the mesh on (mDNS off, on loopback: nothing leaves
// 127.0.0.1) the same hook sees libp2p load — the check can fail; and a mesh port in use is refused
// with a sentence, as the other ports are.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO, startDaemonProcess } from './helpers/daemon-process.js'

/** The mesh package (top-level mesh/) and what only it loads. */
const MESH_DIR = pathToFileURL(path.join(REPO, 'mesh/')).href
const isMeshModule = (url: string): boolean => url.startsWith(MESH_DIR) || /\/node_modules\/(libp2p|@libp2p|@chainsafe|multicast-dns)\//.test(url)

const dirs: string[] = []
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

/** Starts qpqd with these flags until it listens, stops it, and returns the modules it loaded. */
async function loadedBy(flags: string[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-loads-'))
  dirs.push(dir)
  const loads = path.join(dir, 'loads.txt')
  const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', path.join(dir, 'data'), '--crypto-workers', '1', ...flags], {
    env: { QPQ_TEST_LOADS: loads, NODE_OPTIONS: `--import ${path.join(REPO, 'test/fixtures/loads/record.mjs')}` },
  })
  try {
    await d.waitForLog('qpqd listening')
  } finally {
    d.child.kill('SIGTERM')
    await d.exited
  }
  return readFileSync(loads, 'utf8').split('\n').filter((l) => l !== '')
}

describe('a daemon with the mesh off', () => {
  it('loads no libp2p and nothing of mesh/; with the mesh on it does', async () => {
    const [off, on] = await Promise.all([loadedBy([]), loadedBy(['--mesh', '--no-mesh-mdns', '--mesh-listen', '127.0.0.1:0'])])
    assert.ok(off.some((u) => u.endsWith('/daemon/node.ts')), 'the hook saw the daemon load')
    assert.deepEqual(off.filter(isMeshModule), [])
    assert.ok(on.some((u) => u.includes('/node_modules/libp2p/')), 'with the mesh on, libp2p loads')
    assert.ok(on.includes(`${MESH_DIR}index.ts`))
  })
})

describe('a daemon with the mesh on', () => {
  it('refuses a mesh port in use with a sentence that names the option', async () => {
    const busy = createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    const { port } = busy.address() as { port: number }
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-meshport-'))
    dirs.push(dir)
    try {
      const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', path.join(dir, 'data'), '--mesh', '--no-mesh-mdns', '--mesh-listen', `127.0.0.1:${port}`])
      assert.equal(await d.exited, 1)
      assert.match(d.stderr.join(''), new RegExp(`^qpqd: cannot listen on 127.0.0.1:${port} \\(TCP\\): the port is in use .* --mesh-listen HOST:PORT\n$`))
    } finally {
      busy.close()
    }
  })
})
