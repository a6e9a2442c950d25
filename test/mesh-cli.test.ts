// The qpq CLI's mesh commands as a user runs them — each a child process against a real daemon
// with the mesh on (mDNS off, on loopback: nothing leaves 127.0.0.1): identity, peers, store,
// and a broadcast on a topic that a `qpq mesh subscribe` in another process prints, decrypted.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { startTestNode, type TestNode } from './helpers/node.js'
import { REPO } from './helpers/daemon-process.js'

interface Run { code: number | null; stdout: string; stderr: string }

describe('qpq mesh', () => {
  let t: TestNode
  const root = mkdtempSync(path.join(tmpdir(), 'qpq-mesh-cli-'))
  const spawnQpq = (args: string[]): ChildProcessWithoutNullStreams => spawn(process.execPath, ['--import', 'tsx', 'client/cli/main.ts', '--server', `127.0.0.1:${t.node.rpcAddress.port}`, '--state', path.join(root, 'alice'), ...args], {
    cwd: REPO, env: { ...process.env, QPQ_PASSWORD: 'alice password', QPQ_STATE_SCRYPT_LOGN: '12' },
  })
  const finished = (child: ChildProcessWithoutNullStreams): Promise<Run> => new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
  const ok = async (...args: string[]): Promise<string[]> => {
    const r = await finished(spawnQpq(args))
    assert.equal(r.code, 0, `qpq ${args.join(' ')}: ${r.stderr}`)
    return r.stdout.split('\n').filter((l) => l !== '')
  }

  before(async () => {
    t = await startTestNode({ mesh_enabled: 'true', mesh_mdns: 'false', mesh_listen: '127.0.0.1:0' })
    writeFileSync(path.join(root, 'cert.der'), t.node.tls.certDer)
    await ok('--ca-cert', path.join(root, 'cert.der'), 'register', 'alice')
  })
  after(async () => {
    await t.stop()
    rmSync(root, { recursive: true, force: true })
  })

  it('shows the server\'s mesh identity, its peers and its store', async () => {
    const id = await ok('mesh', 'identity')
    assert.match(id[0] ?? '', /^node key [0-9a-f]{64}$/)
    assert.match(id[1] ?? '', /^peer id 12D3KooW\w+$/)
    const peers = await finished(spawnQpq(['mesh', 'peers']))
    assert.equal(peers.code, 0)
    assert.match(peers.stderr, /no mesh peers linked/)
    assert.deepEqual(await ok('mesh', 'store'), ['0 of 20000 envelopes, 0.0 MiB of 64.0 MiB; 0 ids remembered'])
  })

  it('prints what is broadcast on a subscribed topic, decrypted; other topics stay out', async () => {
    const sub = spawnQpq(['mesh', 'subscribe', 'festival', '--count', '1'])
    const result = finished(sub)
    // subscribed once it says so
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: sub.stderr }).on('line', (l) => { if (/subscribed to festival/.test(l)) resolve() })
      sub.once('close', () => reject(new Error('subscribe ended early')))
    })
    await ok('mesh', 'broadcast', 'backstage', 'not for festival')
    const sent = await ok('mesh', 'broadcast', 'festival', 'stage', 'two', 'at', '9')
    assert.match(sent[0] ?? '', /^broadcast [0-9a-f]{32} on festival$/)
    const r = await result
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^\[festival\] [0-9a-f]{16}: stage two at 9\n$/)
  })
})
