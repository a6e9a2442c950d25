// Fair, bounded memory under attack, on a real qpqd process: unauthenticated connections from
// several addresses that declare 4 MiB bodies and never finish them cannot hold more than their
// address's share, the total stays within the budget (the stalest bodies are dropped with 9), a
// logged-in user on another address keeps being answered throughout, and the daemon's memory
// (its process.memoryUsage(), read from /metrics) stays bounded and comes back when they leave.
// Likewise one account's padded long polls stop at its address's share. Loopback has the whole
// 127/8, so each attacker sends from an address of its own.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { qpq } from '../proto/qpq.js'
import { MAX_PAYLOAD, encodeRequest } from '../protocol/frames.js'
import { RpcConnection } from '../protocol/rpc-connection.js'
import { DEFAULT_TRANSPORT, toPem } from '../protocol/quic/config.js'
import { QpqClient } from '../client/qpq-client.js'
import { newUser, TEST_STRETCHING, type TestUser } from './helpers/node.js'
import { startDaemonProcess, type DaemonProcess } from './helpers/daemon-process.js'
import { waitFor } from './helpers/rpc-harness.js'

const MiB = 1 << 20
const TOTAL = 16 * MiB
const PER_IP = 8 * MiB
/** What may sit beside the budget: a read chunk per connection, and the buffers in flight around it. */
const SLACK = 8 * 64 * 1024
/**
 * Dropped bodies are garbage until V8 collects them, which it does once external memory has grown
 * by its soft limit (64 MiB) since the last collection: the memory bound is the budget plus that.
 */
const GC_MARGIN = 64 * MiB

describe('memory under attack (a qpqd process)', () => {
  let d: DaemonProcess
  let port = 0
  let metricsUrl = ''
  let cert: Buffer
  const connect = (bindAddress?: string): Promise<QpqClient> =>
    QpqClient.connect({ server: `127.0.0.1:${port}`, caCert: cert, keyStretching: TEST_STRETCHING, ...(bindAddress === undefined ? {} : { bindAddress }) })
  const metric = async (name: string): Promise<number> => {
    const line = (await (await fetch(metricsUrl)).text()).split('\n').find((l) => l.startsWith(`${name} `))
    return Number(line?.split(' ')[1] ?? NaN)
  }
  const heldNone = async (what: string): Promise<void> => {
    for (const end = Date.now() + 10_000; (await metric('qpq_rpc_buffered_bytes')) !== 0;) {
      if (Date.now() > end) assert.fail(what)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const session = async (u: TestUser, bindAddress?: string): Promise<QpqClient> => {
    const c = await connect(bindAddress)
    await c.login(u.name, u.password, u.key)
    return c
  }

  before(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-mem-'))
    d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--metrics-listen', '127.0.0.1:0', '--buffer-budget-mb', '16',
      '--buffer-budget-per-ip-mb', '8', '--read-timeout', '3', '--rate-limit-auth-per-ip', '1000'])
    const up = await d.waitForLog('qpqd listening')
    port = Number(String(up.listen).split(':')[1])
    metricsUrl = `http://127.0.0.1:${(up.metrics as { port: number }).port}/metrics`
    cert = readFileSync(path.join(dir, 'server-cert.der'))
  })
  after(async () => {
    d.child.kill('SIGTERM')
    await d.exited
  })

  it('keeps each address within its share and the total within the budget, keeps answering others, and gives the memory back', async () => {
    const victim = newUser('victim')
    await (await connect()).register(victim.name, victim.password, victim.key)
    const client = await session(victim)
    const baseline = await metric('nodejs_external_memory_bytes')
    // one 4 MiB − 1 body, shared by every attacking stream (views: no copies on this side)
    const frame = Buffer.concat([encodeRequest(802, 1, new Uint8Array()).subarray(0, 10), Buffer.alloc(MAX_PAYLOAD - 1)])
    frame.writeUInt32BE(MAX_PAYLOAD, 6)
    const attackers = await Promise.all(Array.from({ length: 6 }, async (_, i) => {
      const c = new RpcConnection({
        host: '127.0.0.1', port, serverName: 'localhost', caPem: toPem(cert, 'CERTIFICATE'), bindAddress: `127.0.0.${i + 2}`,
        transport: { ...DEFAULT_TRANSPORT, alpn: ['qpq'], maxStreamsBidi: 0 }, connectTimeoutMs: 5_000, keepAliveMs: 0, bufferBudget: 64 * MiB,
      }, { onPush: () => {}, onClose: () => {} })
      await c.ready
      return c
    }))
    try {
      const answers: number[] = []
      const calls = attackers.flatMap((a) => [0, 1].map(() => a.send(frame, { fin: false, timeoutMs: 30_000 }).then(
        (o) => { if (o.kind === 'response') answers.push(o.status) },
        () => {},
      )))
      let peakHeld = 0
      let peakExternal = 0
      const sample = async (): Promise<void> => {
        peakHeld = Math.max(peakHeld, await metric('qpq_rpc_buffered_bytes'))
        peakExternal = Math.max(peakExternal, await metric('nodejs_external_memory_bytes'))
      }
      // the victim is served while the attack holds the budget: health, then a 1 MiB message
      await waitFor(() => answers.length > 0, 15_000, 'the stalest bodies to be dropped (answered 9)')
      for (let i = 0; i < 10; i++) {
        assert.equal((await client.health()).status, 'ok')
        await sample()
      }
      const payload = randomBytes(MiB)
      const sent = await client.send(victim.key, payload)
      assert.deepEqual(Buffer.from((await client.fetch())[0]?.data ?? []), payload)
      await client.ack(sent.seq)
      await sample()
      assert.ok(peakHeld <= TOTAL + SLACK, `the daemon held ${(peakHeld / MiB).toFixed(1)} MiB of bodies, over the ${TOTAL / MiB} MiB budget`)
      assert.ok(peakExternal - baseline <= TOTAL + GC_MARGIN, `the daemon's external memory grew by ${((peakExternal - baseline) / MiB).toFixed(1)} MiB`)
      assert.ok(answers.every((s) => s === 9 || s === 8), `dropped bodies are answered 9 (or 8 at the read timeout): ${answers.join(',')}`)
      // the attackers leave: what they held comes back
      for (const a of attackers) a.close()
      await Promise.all(calls)
      await heldNone('the attackers\' bytes were not released')
    } finally {
      for (const a of attackers) a.close()
      client.close()
    }
  })

  it('stops one account\'s padded long polls at its address\'s share, and serves another address', async () => {
    const mallory = newUser('mallory')
    const victim = newUser('victim2')
    for (const u of [mallory, victim]) await (await connect()).register(u.name, u.password, u.key)
    const heavy = await session(mallory, '127.0.0.20')
    const client = await session(victim)
    await heldNone('bytes of the test before were still held')
    try {
      // a valid FetchWait, padded with an unknown field (999) to almost 4 MiB
      const poll = qpq.v1.FetchWaitRequest.encode({ recipient_key: mallory.key, timeout_ms: 20_000 }).finish()
      const padded = Buffer.concat([poll, Buffer.from([0xba, 0x3e, 0x80, 0x80, 0xf0, 0x01]), Buffer.alloc(0x3c0000)])
      const polls = Array.from({ length: 8 }, () => heavy.call(202, padded).catch(() => null))
      let held = 0
      for (const end = Date.now() + 10_000; held < 0x3c0000;) {
        if (Date.now() > end) assert.fail('no padded poll was held')
        held = await metric('qpq_rpc_buffered_bytes')
      }
      // the rest waits in flow control: one address holds at most its share
      for (let i = 0; i < 5; i++) {
        held = Math.max(held, await metric('qpq_rpc_buffered_bytes'))
        assert.equal((await client.health()).status, 'ok')
      }
      assert.ok(held <= PER_IP + SLACK, `${(held / MiB).toFixed(1)} MiB held for one address`)
      // another user's long poll is woken by its message at once
      const waiting = client.fetchWait(20_000)
      await client.send(victim.key, Buffer.from('still served'))
      const got = await waiting
      assert.equal(Buffer.from(got[0]?.data ?? []).toString(), 'still served')
      heavy.close()
      await Promise.all(polls)
    } finally {
      heavy.close()
      client.close()
    }
  })
})
