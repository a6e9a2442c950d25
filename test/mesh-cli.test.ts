// The qpq CLI's mesh commands as a user runs them — each a child process against a real daemon
// with the mesh on (mDNS off, on loopback: nothing leaves 127.0.0.1): identity, peers, store,
// and a broadcast on a topic that a `qpq mesh subscribe` in another process prints, decrypted.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { startTestNode, type TestNode } from './helpers/node.js'
import { finished, spawnQpq } from './helpers/qpq-cli.js'

describe('qpq mesh', () => {
  let t: TestNode
  const root = mkdtempSync(path.join(tmpdir(), 'qpq-mesh-cli-'))
  const qpq = (args: string[]): ChildProcessWithoutNullStreams => spawnQpq('alice', `127.0.0.1:${t.node.rpcAddress.port}`, path.join(root, 'alice'), args)
  const ok = async (...args: string[]): Promise<string[]> => {
    const r = await finished(qpq(args))
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
    const peers = await finished(qpq(['mesh', 'peers']))
    assert.equal(peers.code, 0)
    assert.match(peers.stderr, /no mesh peers linked/)
    assert.deepEqual(await ok('mesh', 'store'), ['0 of 20000 envelopes, 0.0 MiB of 64.0 MiB; 0 ids remembered'])
  })

  it('prints what is broadcast on a subscribed topic, decrypted; other topics stay out', async () => {
    const sub = qpq(['mesh', 'subscribe', 'festival', '--count', '1'])
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
