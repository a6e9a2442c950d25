// Nothing is lost when either side of a federation link crashes (kill -9), and nothing is stored
// twice: the origin's outbound queue and the receiver's dedup records are both committed before
// anything is acknowledged. Each node that is killed runs in a child process of its own.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { newEd25519PrivateKeyDer } from '../daemon/crypto/ed25519.js'
import { REPO } from './helpers/daemon-process.js'
import { waitFor } from './helpers/rpc-harness.js'
import { TEST_RELAY, TestCa, freePort, newKey, peer, startFedNode, type FedNode, type Identity } from './helpers/federation.js'
import type { ChildSpec } from './helpers/federation-child.js'

interface Child { proc: ChildProcess; lines: string[]; waitFor(line: RegExp): Promise<void>; kill(): Promise<void> }

function spawnNode(spec: ChildSpec): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/federation-child.ts'], { cwd: REPO, env: { ...process.env, QPQ_FED_CHILD: JSON.stringify(spec) }, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  let stderr = ''
  let buf = ''
  const waiters = new Set<() => void>()
  proc.stdout?.on('data', (d: Buffer) => {
    buf += d.toString()
    const parts = buf.split('\n')
    buf = parts.pop() ?? ''
    lines.push(...parts)
    for (const w of waiters) w()
  })
  proc.stderr?.on('data', (d: Buffer) => { stderr += d.toString() })
  const exited = new Promise<void>((r) => proc.on('exit', () => { for (const w of waiters) w(); r() }))
  return {
    proc, lines,
    waitFor: (re) => new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (lines.some((l) => re.test(l))) { waiters.delete(check); resolve() }
        else if (proc.exitCode !== null || proc.signalCode !== null) { waiters.delete(check); reject(new Error(`child exited before ${String(re)}: ${stderr}`)) }
      }
      waiters.add(check)
      check()
    }),
    async kill() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL')
      await exited
    },
  }
}

const b64 = (b: Buffer): string => b.toString('base64')
const newDb = (): { file: string; key: Buffer } => ({ file: path.join(mkdtempSync(path.join(tmpdir(), 'qpq-crash-')), 'qpq.db'), key: randomBytes(32) })

function childSpec(domain: string, port: number, id: Identity, ca: TestCa, peers: Array<{ domain: string; port: number }>, db: { file: string; key: Buffer }, ktKey: Buffer, extra: Partial<ChildSpec> = {}): ChildSpec {
  return {
    domain, port, certPem: b64(id.certPem), keyPem: b64(id.keyPem), caPem: b64(ca.caPem), peers,
    db: { file: db.file, key: db.key.toString('hex') }, ktKey: ktKey.toString('hex'), users: [], ...extra,
  }
}

describe('crashes on either side of a link', () => {
  it('kill -9 of the origin with a non-empty outbound queue: delivered after it restarts', async () => {
    const ca = new TestCa()
    const [pa, pb] = [await freePort(), await freePort()]
    const aId = ca.issue('a.example')
    const aDb = newDb()
    const aKt = newEd25519PrivateKeyDer()
    const bob = newKey()
    // b is down: a can only queue
    const child = spawnNode(childSpec('a.example', pa, aId, ca, [{ domain: 'b.example', port: pb }], aDb, aKt, {
      relay: { to: 'b.example', recipient: bob.toString('hex'), count: 150, prefix: 'q' },
    }))
    let a: FedNode | null = null
    let b: FedNode | null = null
    try {
      await child.waitFor(/^QUEUED 150$/)
      await child.kill()
      b = await startFedNode({ domain: 'b.example', port: pb, identity: ca.issue('b.example'), caPem: ca.caPem, peers: [peer('a.example', pa)], relay: TEST_RELAY })
      b.addUser('bob', bob)
      a = await startFedNode({ domain: 'a.example', port: pa, identity: aId, caPem: ca.caPem, peers: [peer('b.example', pb)], db: aDb, ktKey: aKt, relay: TEST_RELAY, connectTimeoutMs: 500 })
      const bNode = b
      const aNode = a
      assert.equal(aNode.fed.destination('b.example').pending, 150, 'the queue survived the crash')
      await waitFor(() => aNode.fed.destination('b.example').pending === 0, 20_000, 'the queue drained')
      assert.deepEqual(bNode.queue(bob).map((m) => m.data.toString()), Array.from({ length: 150 }, (_, i) => `q${i}`))
    } finally {
      await child.kill()
      await Promise.all([a?.stop(), b?.stop()])
    }
  })

  it('kill -9 of the origin in mid-transfer: what the receiver took is not stored twice when the origin resends it', async () => {
    const ca = new TestCa()
    const [pa, pb] = [await freePort(), await freePort()]
    const aId = ca.issue('a.example')
    const aDb = newDb()
    const aKt = newEd25519PrivateKeyDer()
    const b = await startFedNode({ domain: 'b.example', port: pb, identity: ca.issue('b.example'), caPem: ca.caPem, peers: [peer('a.example', pa)], relay: TEST_RELAY })
    const bob = b.addUser('bob')
    const child = spawnNode(childSpec('a.example', pa, aId, ca, [{ domain: 'b.example', port: pb }], aDb, aKt, {
      relay: { to: 'b.example', recipient: bob.toString('hex'), count: 1_000, prefix: 'm' },
    }))
    let a: FedNode | null = null
    // b kills a while it takes a's second transaction: b stores it, a never sees the answer
    let offered = 0
    const off = b.hooks.register('federation.inbound', () => {
      if (++offered === 101) child.proc.kill('SIGKILL')
      return null
    })
    try {
      await child.waitFor(/^QUEUED 1000$/)
      await waitFor(() => offered > 100, 20_000, 'the second transaction offered')
      await child.kill()
      off()
      await waitFor(() => b.queue(bob).length === 200, 10_000, 'the second transaction stored').catch((e) => { throw new Error(`${(e as Error).message}: ${b.queue(bob).length} stored, ${offered} offered`) })
      a = await startFedNode({ domain: 'a.example', port: pa, identity: aId, caPem: ca.caPem, peers: [peer('b.example', pb)], db: aDb, ktKey: aKt, relay: TEST_RELAY, connectTimeoutMs: 500 })
      const aNode = a
      await waitFor(() => aNode.fed.destination('b.example').pending === 0, 30_000, 'the queue drained')
      assert.deepEqual(b.queue(bob).map((m) => m.data.toString()), Array.from({ length: 1_000 }, (_, i) => `m${i}`))
    } finally {
      await child.kill()
      await Promise.all([a?.stop(), b.stop()])
    }
  })

  it('kill -9 of the receiver in mid-transfer: everything arrives exactly once after it restarts', async () => {
    const ca = new TestCa()
    const [pa, pb] = [await freePort(), await freePort()]
    const bId = ca.issue('b.example')
    const bDb = newDb()
    const bKt = newEd25519PrivateKeyDer()
    const bob = newKey()
    const child = spawnNode(childSpec('b.example', pb, bId, ca, [{ domain: 'a.example', port: pa }], bDb, bKt, { users: [['bob', bob.toString('hex')]] }))
    let b: FedNode | null = null
    const a = await startFedNode({ domain: 'a.example', port: pa, identity: ca.issue('a.example'), caPem: ca.caPem, peers: [peer('b.example', pb)], relay: TEST_RELAY, connectTimeoutMs: 500, callTimeoutMs: 2_000 })
    try {
      await child.waitFor(/^READY$/)
      await a.fed.relayTo('b.example', Array.from({ length: 1_000 }, (_, i) => ({
        recipient: bob, channel: Buffer.alloc(0), payload: Buffer.concat([Buffer.from(`r${i}|`), Buffer.alloc(32_000)]), messageId: null, expiresAt: Date.now() + 3_600_000,
      })))
      // large payloads: the transfer takes a while, and b dies somewhere in it
      await waitFor(() => a.fed.destination('b.example').lastSuccessAt > 0, 20_000, 'a first acknowledged transaction')
      await child.kill()
      b = await startFedNode({ domain: 'b.example', port: pb, identity: bId, caPem: ca.caPem, peers: [peer('a.example', pa)], db: bDb, ktKey: bKt, relay: TEST_RELAY })
      b.addUser('bob', bob)
      await waitFor(() => a.fed.destination('b.example').pending === 0, 30_000, 'the queue drained')
      const bNode = b
      assert.deepEqual(bNode.queue(bob).map((m) => m.data.toString().split('|')[0]), Array.from({ length: 1_000 }, (_, i) => `r${i}`))
    } finally {
      await child.kill()
      await Promise.all([a.stop(), b?.stop()])
    }
  })
})
