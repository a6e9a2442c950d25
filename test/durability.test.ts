// The kill -9 loop: a real qpqd process under load is killed with SIGKILL at a random moment,
// again and again (QPQ_KILLS times, 10 in the suite; `QPQ_KILLS=50 npm test -- test/durability.test.ts`
// for the long run), and restarted on the same data directory. Every restart must succeed; every
// enqueue answered Ok (the server had committed it) must be in the recipient's queue exactly once,
// at the seq it was acknowledged with; a call cut off by the kill is retried with its message id,
// as a client does, and is then stored once whichever side of the commit the kill fell on; the
// recipient reads strictly increasing seqs and nothing that was never sent.
//
// The load is a list of `Load`s, each with its own check of what survived: the delivery queues
// now; the mesh and federation queues join as loads of their own.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes, randomInt } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { QpqClient } from '../client/qpq-client.js'
import { startDaemonProcess, type DaemonProcess } from './helpers/daemon-process.js'
import { TEST_STRETCHING, newUser, type TestUser } from './helpers/node.js'

const KILLS = Number(process.env.QPQ_KILLS ?? 10)
/** Work acknowledged (per load, per cycle) before the random moment of the kill may come. */
const MIN_ACKED = 100
/** Load after MIN_ACKED, before the kill: a random number of ms in [0, MAX_EXTRA_LOAD_MS). */
const MAX_EXTRA_LOAD_MS = 500
/** Liveness guard only: how long the load may take to reach MIN_ACKED. */
const LOAD_GUARD_MS = 30_000

/** How a load reaches the daemon it runs against. */
interface Daemon {
  server: string
  connect(): Promise<QpqClient>
}

/** One kind of work kept in flight while the daemon is killed, and its check of what survived. */
interface Load {
  readonly name: string
  /** Once, on the first daemon: accounts and the like. */
  setUp(d: Daemon): Promise<void>
  /** After each (re)start: checks what survived the last kill, then redoes what the kill cut off. */
  recover(d: Daemon): Promise<void>
  /** Starts the work on this daemon; it runs until the daemon dies. */
  run(d: Daemon): void
  /** Work acknowledged since run(). */
  readonly acked: number
  /** Failures that are not the kill's doing (checked before each kill). */
  readonly errors: string[]
  /** Ends the work and closes its connections (the daemon was killed: in-flight calls fail, recover() redoes them). */
  stop(): Promise<void>
  /** A diagnostic line of what happened so far. */
  summary(): string
}

/**
 * Delivery: SENDERS accounts enqueue to one recipient, IN_FLIGHT calls each, every message with a
 * message id of its own. recover() drains the recipient's queue and checks it, then resends the
 * calls the kill cut off with the same message ids.
 */
function deliveryLoad(): Load {
  const SENDERS = 4
  const IN_FLIGHT = 8
  const recipient = newUser('recipient')
  const senders = Array.from({ length: SENDERS }, (_, i) => newUser(`sender${i}`))
  const tokens = new Map<TestUser, Uint8Array>()
  /** Every payload sent: its message id and sender. */
  const sent = new Map<string, { messageId: Buffer; sender: TestUser }>()
  /** Payloads answered Ok as new, with the seq they got. */
  const acked = new Map<string, number>()
  /** Payloads whose call was cut off: not known whether they were stored. */
  let cutOff: string[] = []
  const fetched = new Map<string, number>()
  let lastSeq = 0
  let deduplicated = 0
  let retried = 0
  const errors: string[] = []
  let clients: QpqClient[] = []
  let workers: Array<Promise<void>> = []
  let stopping = false
  let ackedThisRun = 0

  const session = async (d: Daemon, u: TestUser): Promise<QpqClient> => {
    const c = await d.connect()
    clients.push(c)
    await c.resume(tokens.get(u) as Uint8Array, u.key)
    return c
  }

  const accept = (payload: string, r: { seq: number; duplicate: boolean }, retried: boolean): void => {
    if (!r.duplicate) {
      if (fetched.has(payload)) errors.push(`${payload}: stored already, and answered as new`)
      acked.set(payload, r.seq)
      ackedThisRun++
      return
    }
    // only a retried call may be a duplicate, and then only of a message stored before the kill
    if (!retried) errors.push(`${payload}: a fresh message id answered as a duplicate`)
    else if (!fetched.has(payload)) errors.push(`${payload}: answered as a duplicate, but never stored`)
    deduplicated++
  }

  return {
    name: 'delivery',
    get acked() { return ackedThisRun },
    errors,
    async setUp(d) {
      const c = await d.connect()
      for (const u of [recipient, ...senders]) {
        await c.register(u.name, u.password, u.key)
        tokens.set(u, await c.login(u.name, u.password, u.key))
      }
      c.close()
    },
    async recover(d) {
      const reader = await session(d, recipient)
      for (;;) {
        const page = await reader.fetch({ limit: 1000 })
        if (page.length === 0) break
        for (const m of page) {
          const payload = Buffer.from(m.data).toString()
          assert.ok(m.seq > lastSeq, `seq ${m.seq} (${payload}) after seq ${lastSeq}: seqs must strictly increase`)
          lastSeq = m.seq
          assert.ok(sent.has(payload), `stored, but never sent: ${payload}`)
          assert.ok(!fetched.has(payload), `${payload} stored twice: at seqs ${fetched.get(payload)} and ${m.seq}`)
          const ackedAt = acked.get(payload)
          assert.ok(ackedAt === undefined || ackedAt === m.seq, `${payload}: acknowledged at seq ${ackedAt}, stored at ${m.seq}`)
          fetched.set(payload, m.seq)
        }
        await reader.ack(lastSeq)
      }
      const lost = [...acked.keys()].filter((p) => !fetched.has(p))
      assert.deepEqual(lost.slice(0, 20), [], `${lost.length} acknowledged messages lost (first 20 shown)`)
      // the calls the kill cut off, again with their message ids, by their senders: stored once either way
      const again = cutOff
      cutOff = []
      retried += again.length
      const bySender = new Map<TestUser, QpqClient>()
      for (const payload of again) {
        const { messageId, sender } = sent.get(payload) as { messageId: Buffer; sender: TestUser }
        if (!bySender.has(sender)) bySender.set(sender, await session(d, sender))
        accept(payload, await (bySender.get(sender) as QpqClient).send(recipient.key, Buffer.from(payload), { messageId }), true)
      }
      assert.deepEqual(errors, [])
    },
    run(d) {
      stopping = false
      ackedThisRun = 0
      const connections = senders.map((u) => session(d, u))
      workers = senders.flatMap((u, s) => Array.from({ length: IN_FLIGHT }, async (_, w) => {
        const c = await connections[s] as QpqClient
        for (let n = 0; !stopping; n++) {
          const payload = `${randomBytes(4).toString('hex')}-sender${s}-w${w}-${n}`
          const messageId = randomBytes(16)
          sent.set(payload, { messageId, sender: u })
          try {
            accept(payload, await c.send(recipient.key, Buffer.from(payload), { messageId }), false)
          } catch (e) {
            cutOff.push(payload)
            if (!stopping) errors.push(`${payload}: ${String(e)}`)
            return // the connection is gone (or something is wrong, reported by errors)
          }
        }
      }))
    },
    async stop() {
      stopping = true
      // answers already on their way may still resolve; then closing rejects what is pending
      for (const c of clients) c.close()
      clients = []
      await Promise.all(workers)
    },
    summary: () => `delivery: ${acked.size} acknowledged as new, ${fetched.size} stored, ${retried} cut off by a kill and resent (${deduplicated} of them answered as duplicates: stored before the kill)`,
  }
}

describe('durability', () => {
  it(`keeps every acknowledged enqueue exactly once across ${KILLS} SIGKILLs under load, and every restart succeeds`, async (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpqd-durability-'))
    const args = ['--listen', '127.0.0.1:0', '--data-dir', dir, '--crypto-workers', '1',
      '--rate-limit-per-ip', '100000', '--rate-limit-auth-per-ip', '100000', '--rate-limit-per-identity', '100000',
      // the load must never be refused for a full queue
      '--max-queue-depth', '1000000']
    const loads: Load[] = [deliveryLoad()]
    let daemon: DaemonProcess | null = null
    const start = async (restart: number): Promise<Daemon> => {
      const d = startDaemonProcess(args)
      daemon = d
      const up = await d.waitForLog('qpqd listening').catch((e: unknown) => assert.fail(`restart ${restart} failed: ${String(e)}`))
      const server = String(up.listen)
      const caCert = readFileSync(path.join(dir, 'server-cert.der'))
      return { server, connect: () => QpqClient.connect({ server, caCert, keyStretching: TEST_STRETCHING, callTimeoutMs: 20_000 }) }
    }

    try {
      let d = await start(0)
      for (const load of loads) await load.setUp(d)
      for (let kill = 1; kill <= KILLS; kill++) {
        for (const load of loads) load.run(d)
        const guard = Date.now() + LOAD_GUARD_MS
        const busy = (): boolean => loads.some((l) => l.acked < MIN_ACKED) && loads.every((l) => l.errors.length === 0) && Date.now() < guard
        while (busy()) await new Promise((r) => setTimeout(r, 10))
        for (const load of loads) {
          assert.deepEqual(load.errors, [], `${load.name}: nothing may fail before the kill`)
          assert.ok(load.acked >= MIN_ACKED, `${load.name}: only ${load.acked} acknowledged within ${LOAD_GUARD_MS} ms`)
        }
        await new Promise((r) => setTimeout(r, randomInt(MAX_EXTRA_LOAD_MS)))

        // --- kill -9 at this random moment ---
        const victim = daemon as DaemonProcess | null
        assert.ok(victim !== null)
        victim.child.kill('SIGKILL')
        assert.equal(await victim.exited, null, 'the daemon died of SIGKILL')
        for (const load of loads) await load.stop()

        d = await start(kill)
        for (const load of loads) await load.recover(d)
      }
      // what the last recovery resent is stored too
      for (const load of loads) await load.recover(d)
      for (const load of loads) await load.stop()
      t.diagnostic(`${KILLS} kills: ${loads.map((l) => l.summary()).join('; ')}`)
    } finally {
      for (const load of loads) await load.stop().catch(() => {})
      const last = daemon as DaemonProcess | null
      last?.child.kill('SIGKILL')
      await last?.exited
    }
  })
})
