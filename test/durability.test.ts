// The "kill -9" test: while several senders enqueue continuously, the daemon is killed with
// SIGKILL at a random moment and restarted on the same data directory. Every enqueue that was
// answered Ok (the client's send resolved: the server had committed it) must then be in the
// recipient's queue exactly once, at the seq it was acknowledged with; nothing may be stored
// twice; and the recipient reads strictly increasing seqs. Repeated for a few kill/restart cycles.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes, randomInt } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { QpqClient } from '../client/qpq-client.js'
import { startDaemonProcess, type DaemonProcess } from './helpers/daemon-process.js'
import { TEST_STRETCHING, newIdentityKey, type TestUser } from './helpers/node.js'

const identity = newIdentityKey

const CYCLES = 3
const SENDERS = 4
const IN_FLIGHT = 8
/** Acknowledged enqueues (per cycle) before the random moment of the kill may come. */
const MIN_ACKED = 300
/** Load after MIN_ACKED, before the kill: a random number of ms in [0, MAX_EXTRA_LOAD_MS). */
const MAX_EXTRA_LOAD_MS = 1_200
/** Liveness guard only: how long the load may take to reach MIN_ACKED. */
const LOAD_GUARD_MS = 30_000

type User = TestUser

describe('durability', () => {
  it('keeps every acknowledged enqueue exactly once across SIGKILL and restart', async (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpqd-durability-'))
    const args = ['--listen', '127.0.0.1:0', '--data-dir', dir, '--crypto-workers', '1',
      '--rate-limit-per-ip', '100000', '--rate-limit-auth-per-ip', '100000', '--rate-limit-per-identity', '100000',
      // the load must never be refused for a full queue
      '--max-queue-depth', '1000000']
    const daemons: DaemonProcess[] = []
    const clients: QpqClient[] = []
    const start = async (): Promise<string> => {
      const d = startDaemonProcess(args)
      daemons.push(d)
      return String((await d.waitForLog('qpqd listening')).listen)
    }
    const connect = async (server: string): Promise<QpqClient> => {
      const c = await QpqClient.connect({ server, caCert: readFileSync(path.join(dir, 'server-cert.der')), keyStretching: TEST_STRETCHING, callTimeoutMs: 20_000 })
      clients.push(c)
      return c
    }
    const login = async (server: string, u: User): Promise<QpqClient> => {
      const c = await connect(server)
      await c.login(u.name, u.password, u.key)
      return c
    }

    const recipient: User = { name: 'recipient', password: 'recipient password', key: identity() }
    const senders: User[] = Array.from({ length: SENDERS }, (_, i) => ({ name: `sender${i}`, password: `sender ${i} password`, key: identity() }))
    /** Every payload ever fetched, with its seq: across all cycles, nothing may come twice. */
    const fetchedEver = new Map<string, number>()
    let lastSeq = 0

    try {
      let server = await start()
      const setup = await connect(server)
      for (const u of [recipient, ...senders]) await setup.register(u.name, u.password, u.key)
      setup.close()

      for (let cycle = 0; cycle < CYCLES; cycle++) {
        // --- load: every sender enqueues continuously, IN_FLIGHT calls at a time ---
        const acked = new Map<string, number>() // payload -> seq answered Ok
        const failed = new Set<string>() // payload whose call rejected: may or may not be stored
        const errorsBeforeKill: string[] = []
        const wrongDuplicates: string[] = []
        let killing = false
        let stopped = false
        const senderClients = await Promise.all(senders.map((u) => login(server, u)))
        const workers = senderClients.flatMap((c, s) => Array.from({ length: IN_FLIGHT }, async (_, w) => {
          for (let n = 0; !stopped; n++) {
            const payload = `c${cycle}-sender${s}-w${w}-${n}`
            let r: { seq: number; duplicate: boolean }
            try {
              r = await c.send(recipient.key, Buffer.from(payload), { messageId: randomBytes(16) })
            } catch (e) {
              failed.add(payload)
              if (!killing) errorsBeforeKill.push(`${payload}: ${String(e)}`)
              return // the connection is gone (or something is wrong, reported below)
            }
            if (r.duplicate) wrongDuplicates.push(payload) // every message id is fresh
            acked.set(payload, r.seq)
          }
        }))

        const guard = Date.now() + LOAD_GUARD_MS
        while (acked.size < MIN_ACKED && errorsBeforeKill.length === 0 && Date.now() < guard) await new Promise((r) => setTimeout(r, 10))
        assert.deepEqual(errorsBeforeKill, [], 'no enqueue may fail before the kill')
        assert.ok(acked.size >= MIN_ACKED, `only ${acked.size} enqueues acknowledged within ${LOAD_GUARD_MS} ms`)
        await new Promise((r) => setTimeout(r, randomInt(MAX_EXTRA_LOAD_MS)))

        // --- kill -9 at this random moment ---
        const victim = daemons[daemons.length - 1] as DaemonProcess
        killing = true
        const ackedAtKill = acked.size
        victim.child.kill('SIGKILL')
        assert.equal(await victim.exited, null, 'the daemon died of SIGKILL')
        // answers already on their way may still resolve; then closing rejects what is pending
        stopped = true
        for (const c of senderClients) c.close()
        await Promise.all(workers)
        assert.deepEqual(errorsBeforeKill, [])
        assert.deepEqual(wrongDuplicates, [], 'enqueues with a fresh message id answered as duplicates')

        // --- restart on the same data dir, drain the recipient's queue ---
        server = await start()
        const reader = await login(server, recipient)
        const fetched = new Map<string, number>()
        const duplicates: string[] = []
        for (;;) {
          const page = await reader.fetch({ limit: 1000 })
          if (page.length === 0) break
          for (const m of page) {
            const payload = Buffer.from(m.data).toString()
            assert.ok(m.seq > lastSeq, `seq ${m.seq} (${payload}) after seq ${lastSeq}: seqs must strictly increase`)
            lastSeq = m.seq
            if (fetched.has(payload) || fetchedEver.has(payload)) duplicates.push(`${payload} at seqs ${fetched.get(payload) ?? fetchedEver.get(payload)} and ${m.seq}`)
            fetched.set(payload, m.seq)
            fetchedEver.set(payload, m.seq)
          }
          await reader.ack(lastSeq)
        }
        reader.close()

        const lost = [...acked.keys()].filter((p) => !fetched.has(p))
        const moved = [...acked].filter(([p, seq]) => fetched.has(p) && fetched.get(p) !== seq).map(([p, seq]) => `${p}: acknowledged at seq ${seq}, stored at ${fetched.get(p)}`)
        const unacked = [...fetched.keys()].filter((p) => !acked.has(p))
        const foreign = unacked.filter((p) => !failed.has(p))
        t.diagnostic(`cycle ${cycle}: acknowledged ${acked.size} (${ackedAtKill} before the kill), fetched ${fetched.size}, ` +
          `unacknowledged-but-stored ${unacked.length} (of ${failed.size} failed calls), lost ${lost.length}, duplicated ${duplicates.length}`)
        assert.deepEqual(lost.slice(0, 20), [], `${lost.length} acknowledged messages lost after SIGKILL (first 20 shown)`)
        assert.deepEqual(duplicates.slice(0, 20), [], `${duplicates.length} messages stored twice (first 20 shown)`)
        assert.deepEqual(moved.slice(0, 20), [], 'acknowledged messages stored at another seq')
        assert.deepEqual(foreign.slice(0, 20), [], 'stored messages that were never sent in this cycle')
      }
    } finally {
      for (const c of clients) c.close()
      for (const d of daemons) d.child.kill('SIGKILL')
      await Promise.all(daemons.map((d) => d.exited))
    }
  })
})
