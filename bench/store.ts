// Measures qpqd's durable enqueue rate (1 KiB payloads, many in flight over several connections, to a few recipients) against a raw better-sqlite3-multiple-ciphers insert loop of the same rows into an encrypted WAL database on the same disk with the same pragmas, with durability normal (synchronous=NORMAL) and fsync (synchronous=FULL).
import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3-multiple-ciphers'
import { QpqClient } from '../client/qpq-client.js'
import { migrations } from '../daemon/storage/migrations.js'
import { TEST_STRETCHING } from '../test/helpers/node.js'
import {
  HOST, buildDaemon, cleanup, clockTicks, cpuTicks, machineTicks, makeTempDir, metricValue, percentile, prepareDaemon, removeTempDir,
  runBench, scrape, setPhase, sleep, startDaemon, within,
  failedCalls, stopDaemon,
} from './_lib.js'

const PAYLOAD_BYTES = 1_024
const RECIPIENTS = 4
const SENDER_CONNECTIONS = 4
/** Enqueues in flight on each sender connection (the server grants 256 streams per connection). */
const PER_CONNECTION = 200
/**
 * The headline runs only insert, like the raw loop: the recipients are offline, nobody acks and --max-queue-depth is raised to
 * MAX_DEPTH. One more run (normal) drains: each recipient acks everything committed for it (no
 * fetch needed: the cursor just moves and the rows are deleted) once ACK_EVERY are unacked, which
 * keeps each queue far below the default depth limit.
 */
const ACK_EVERY = 1_000
const MAX_DEPTH = 1_000_000
const WARMUP_MSGS = 3_000
const MEASURE_MS = 8_000
const MAX_MSGS = 500_000
const RAW_BATCH = 1_000
const RAW_MS = 5_000
const CALL_TIMEOUT_MS = 30_000
const SETUP_TIMEOUT_MS = 30_000
const RUN_TIMEOUT_MS = 120_000
const GOAL_RATIO = 0.3
const GOAL_CPU_MS_PER_ENQUEUE = 0.08
const TTL_MS = 7 * 86_400_000 // the daemon's default TTL
const RATE_FLAGS = ['--rate-limit-per-ip', '100000', '--rate-limit-per-identity', '100000', '--rate-limit-auth-per-ip', '100000']

type Mode = 'normal' | 'fsync'
const SYNCHRONOUS: Record<Mode, string> = { normal: 'NORMAL', fsync: 'FULL' }

interface DaemonResult {
  msgs: number
  seconds: number
  rate: number
  p50: number
  p99: number
  serverCpuMsPerMsg: number
  serverCpuPct: number
  benchCpuPct: number
  otherCpuPct: number
  maxUnacked: number
  acks: number
  flags: string[]
  notes: string[]
  log: string[]
}

const ed25519Public = (): Buffer => Buffer.from(crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })).subarray(12)

// ---------------------------------------------------------------------------------------------
// through the daemon

async function runDaemon(mode: Mode, drain: boolean, hz: number): Promise<DaemonResult> {
  const tag = drain ? `${mode}-drained` : mode
  setPhase(`${tag}: daemon start`)
  const slot = await prepareDaemon(`qpq-bench-store-${tag}-`)
  const flags = [...RATE_FLAGS, '--durability', mode, ...(drain ? [] : ['--max-queue-depth', String(MAX_DEPTH)])]
  const daemon = await startDaemon(slot, `qpqd-${tag}`, flags)
  const connect = (): Promise<QpqClient> => QpqClient.connect({ server: daemon.server, caCert: daemon.caCert, keyStretching: TEST_STRETCHING, callTimeoutMs: CALL_TIMEOUT_MS })
  const clients: QpqClient[] = []
  let stop = false
  try {
    setPhase(`${tag}: connect, register and log in`)
    const setup = Promise.all(Array.from({ length: RECIPIENTS + SENDER_CONNECTIONS }, async (_, i) => {
      const c = await connect()
      clients[i] = c
      const name = i < RECIPIENTS ? `rcpt${i}` : `sender${i - RECIPIENTS}`
      const password = crypto.randomBytes(12).toString('base64url')
      const key = ed25519Public()
      await c.register(name, password, key)
      await c.login(name, password, key)
      return key
    }))
    if (!await within(setup, SETUP_TIMEOUT_MS)) throw new Error(`connecting, registering and logging in took over ${SETUP_TIMEOUT_MS / 1000} s`)
    const keys = await setup
    const recipients = clients.slice(0, RECIPIENTS)
    const senders = clients.slice(RECIPIENTS)
    // insert only: the recipients are offline (store and forward), as the raw loop's rows have no
    // reader; pushing to recipients who are online is what bench delivery measures. Draining, they
    // stay connected to ack, and get the pushes.
    if (!drain) for (const c of recipients) c.close()

    // draining: each recipient acks up to the highest seq committed for it (no fetch needed: the
    // cursor just moves) once ACK_EVERY messages are unacked
    const committed = new Array<number>(RECIPIENTS).fill(0)
    const acked = new Array<number>(RECIPIENTS).fill(0)
    const acking = new Array<boolean>(RECIPIENTS).fill(false)
    let maxUnacked = 0
    let acks = 0
    let ackError: Error | null = null
    const maybeAck = (r: number): void => {
      const unacked = (committed[r] as number) - (acked[r] as number)
      maxUnacked = Math.max(maxUnacked, unacked)
      if (!drain || acking[r] === true || unacked < ACK_EVERY || stop) return
      acking[r] = true
      const upTo = committed[r] as number
      ;(recipients[r] as QpqClient).ack(upTo).then(
        () => { acked[r] = Math.max(acked[r] as number, upTo); acks++; acking[r] = false; maybeAck(r) },
        (e: unknown) => { ackError ??= new Error(`ack by recipient ${r} failed: ${e instanceof Error ? e.message : String(e)}`); acking[r] = false },
      )
    }
    const template = crypto.randomBytes(PAYLOAD_BYTES)
    let nextMsg = 0
    const run = async (maxMsgs: number, maxMs: number): Promise<{ n: number; seconds: number; lat: number[] }> => {
      let n = 0
      const lat: number[] = []
      const t0 = performance.now()
      const deadline = t0 + maxMs
      const loop = async (c: QpqClient): Promise<void> => {
        while (n < maxMsgs && performance.now() < deadline) {
          if (ackError !== null) throw ackError
          n++
          const r = nextMsg++ % RECIPIENTS
          const payload = Buffer.from(template)
          payload.writeUInt32LE(nextMsg, 0)
          const t = performance.now()
          const { seq } = await c.send(keys[r] as Buffer, payload)
          lat.push(performance.now() - t)
          committed[r] = Math.max(committed[r] as number, seq)
          maybeAck(r)
        }
      }
      await Promise.all(senders.flatMap((c) => Array.from({ length: PER_CONNECTION }, () => loop(c))))
      return { n, seconds: (performance.now() - t0) / 1000, lat }
    }

    setPhase(`${tag}: warm-up (${WARMUP_MSGS} enqueues)`)
    await run(WARMUP_MSGS, 30_000)
    setPhase(`${tag}: measured run`)
    const before = (await scrape(daemon.metricsUrl)).text
    const enq0 = metricValue(before, 'enqueue_total') ?? NaN
    const sent0 = metricValue(before, 'qpq_quic_datagrams_sent_total') ?? NaN
    const received0 = metricValue(before, 'qpq_quic_datagrams_received_total') ?? NaN
    const commits0 = metricValue(before, 'qpq_commit_batch_writes_count') ?? NaN
    const writes0 = metricValue(before, 'qpq_commit_batch_writes_sum') ?? NaN
    const cpu0 = cpuTicks(daemon.pid)
    const bench0 = process.cpuUsage()
    const machine0 = machineTicks()
    const measured = run(MAX_MSGS, MEASURE_MS)
    if (!await within(measured, MEASURE_MS + 30_000)) throw new Error(`enqueues still outstanding ${30} s after the end of the measured run`)
    const { n, seconds, lat } = await measured
    const serverMs = ((cpuTicks(daemon.pid) - cpu0) / hz) * 1000
    const bench = process.cpuUsage(bench0)
    const benchMs = (bench.user + bench.system) / 1000
    const machineMs = ((machineTicks().busy - machine0.busy) / hz) * 1000
    const metrics = (await scrape(daemon.metricsUrl)).text
    const enq1 = metricValue(metrics, 'enqueue_total') ?? NaN
    lat.sort((a, b) => a - b)

    setPhase(`${tag}: stop`)
    stop = true
    const notes: string[] = []
    const depth = metricValue(metrics, 'delivery_queue_depth')
    const errors = failedCalls(metrics)
    notes.push(`${tag}: server counted ${enq1 - enq0} enqueues in the measured run (the bench ${n}); delivery_queue_depth at its end ${depth ?? 'n/a'}; `
      + `non-zero statuses: ${errors.length === 0 ? 'none' : errors.join('; ')}`)
    const perMsg = (name: string, at0: number): string => (((metricValue(metrics, name) ?? NaN) - at0) / n).toFixed(2)
    notes.push(`${tag}: UDP datagrams per enqueue: server sent ${perMsg('qpq_quic_datagrams_sent_total', sent0)}, received ${perMsg('qpq_quic_datagrams_received_total', received0)}; `
      + `writes per group commit ${(((metricValue(metrics, 'qpq_commit_batch_writes_sum') ?? NaN) - writes0) / ((metricValue(metrics, 'qpq_commit_batch_writes_count') ?? NaN) - commits0)).toFixed(1)}`)
    for (const c of clients) c.close()
    clients.length = 0
    notes.push(...await stopDaemon(daemon))
    const wallMs = seconds * 1000
    return {
      msgs: n, seconds, rate: n / seconds, p50: percentile(lat, 50), p99: percentile(lat, 99),
      serverCpuMsPerMsg: serverMs / n, serverCpuPct: (serverMs / wallMs) * 100, benchCpuPct: (benchMs / wallMs) * 100,
      otherCpuPct: Math.max(0, ((machineMs - serverMs - benchMs) / wallMs) * 100),
      maxUnacked, acks, flags, notes, log: daemon.child.output,
    }
  } finally {
    stop = true
    for (const c of clients) c?.close()
  }
}

// ---------------------------------------------------------------------------------------------
// the raw insert loop

interface RawResult { rows: number; seconds: number; rate: number; txMsP99: number }

/** Opens an encrypted WAL database the way daemon/storage/database.ts does, with the daemon's schema. */
function openRaw(file: string, mode: Mode): Database.Database {
  const db = new Database(file)
  db.pragma("cipher = 'sqlcipher'")
  db.pragma('legacy = 4')
  db.pragma(`key = "x'${crypto.randomBytes(32).toString('hex')}'"`)
  db.prepare('SELECT count(*) FROM sqlite_master').get()
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${SYNCHRONOUS[mode]}`)
  db.pragma('foreign_keys = ON')
  for (const m of migrations) db.transaction(() => { m.up(db); db.pragma(`user_version = ${m.version}`) }).immediate()
  return db
}

function runRaw(mode: Mode): RawResult {
  setPhase(`${mode}: raw insert loop`)
  const dir = makeTempDir(`qpq-bench-store-raw-${mode}-`)
  const db = openRaw(path.join(dir, 'raw.db'), mode)
  try {
    const insert = db.prepare('INSERT INTO messages (recipient, channel, seq, payload, enqueued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
    const recipients = Array.from({ length: RECIPIENTS }, () => crypto.randomBytes(32))
    const channel = Buffer.alloc(0)
    const seqs = new Array<number>(RECIPIENTS).fill(0)
    const template = crypto.randomBytes(PAYLOAD_BYTES)
    let rows = 0
    const batch = db.transaction((n: number) => {
      const now = Date.now()
      for (let i = 0; i < n; i++) {
        const r = rows % RECIPIENTS
        const payload = Buffer.from(template)
        payload.writeUInt32LE(rows, 0)
        seqs[r] = (seqs[r] as number) + 1
        insert.run(recipients[r] as Buffer, channel, seqs[r] as number, payload, now, now + TTL_MS)
        rows++
      }
    })
    batch(RAW_BATCH) // warm-up, not counted
    rows = 0
    const tx: number[] = []
    const t0 = performance.now()
    while (performance.now() - t0 < RAW_MS && rows < MAX_MSGS) {
      const t = performance.now()
      batch(RAW_BATCH)
      tx.push(performance.now() - t)
    }
    const seconds = (performance.now() - t0) / 1000
    tx.sort((a, b) => a - b)
    return { rows, seconds, rate: rows / seconds, txMsP99: percentile(tx, 99) }
  } finally {
    db.close()
    removeTempDir(dir)
  }
}

// ---------------------------------------------------------------------------------------------
// main

async function main(): Promise<number> {
  const hz = clockTicks()
  setPhase('daemon build')
  buildDaemon() // the daemon as deployed: compiled JavaScript on bare node
  type Col = 'normal' | 'fsync' | 'drained'
  const cols: Array<[Col, Mode, boolean, string]> = [
    ['normal', 'normal', false, 'normal (synchronous=NORMAL)'],
    ['fsync', 'fsync', false, 'fsync (synchronous=FULL)'],
    ['drained', 'normal', true, 'normal, drained by acks'],
  ]
  const d = {} as Record<Col, DaemonResult>
  const raw = {} as Record<Mode, RawResult>
  for (const [col, mode, drain] of cols) {
    d[col] = await runDaemon(mode, drain, hz)
    await sleep(500)
    raw[mode] ??= runRaw(mode)
  }

  setPhase('report')
  const f = (n: number, dec: number): string => Number.isFinite(n) ? n.toFixed(dec) : 'n/a'
  const i = (n: number): string => Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a'
  const modeOf = (c: Col): Mode => (c === 'fsync' ? 'fsync' : 'normal')
  const ratio = (c: Col): number => d[c].rate / raw[modeOf(c)].rate
  const rows: Array<[string, (c: Col) => string]> = [
    ['daemon: enqueues (measured)', (c) => i(d[c].msgs)],
    ['daemon: elapsed (s)', (c) => f(d[c].seconds, 2)],
    ['daemon: enqueues/s (answered Ok = committed)', (c) => i(d[c].rate)],
    ['daemon: Enqueue latency p50 / p99 (ms)', (c) => `${f(d[c].p50, 2)} / ${f(d[c].p99, 2)}`],
    ['daemon: server CPU / enqueue (ms)', (c) => f(d[c].serverCpuMsPerMsg, 3)],
    ['daemon: server / bench / other CPU (% of one core)', (c) => `${f(d[c].serverCpuPct, 0)} / ${f(d[c].benchCpuPct, 0)} / ${f(d[c].otherCpuPct, 0)}`],
    ['daemon: acks; most unacked in one queue', (c) => `${d[c].acks}; ${i(d[c].maxUnacked)}`],
    [`raw loop: rows (${i(RAW_BATCH)} per transaction)`, (c) => i(raw[modeOf(c)].rows)],
    ['raw loop: elapsed (s)', (c) => f(raw[modeOf(c)].seconds, 2)],
    ['raw loop: inserts/s', (c) => i(raw[modeOf(c)].rate)],
    ['raw loop: transaction p99 (ms)', (c) => f(raw[modeOf(c)].txMsP99, 2)],
    ['ratio daemon / raw', (c) => f(ratio(c), 2)],
  ]
  const head = ['', ...cols.map((c) => c[3])]
  const cells = rows.map(([name, get]) => [name, ...cols.map((c) => get(c[0]))])
  const w = head.map((_, k) => Math.max(head[k]!.length, ...cells.map((r) => r[k]!.length)))
  const line = (r: string[]): string => `  ${r.map((v, k) => (k === 0 ? v.padEnd(w[k]!) : v.padStart(w[k]!))).join('  ')}`
  const out: string[] = []
  out.push(`store benchmark: durable Enqueue of ${PAYLOAD_BYTES}-byte payloads to ${RECIPIENTS} recipients over ${SENDER_CONNECTIONS} connections, ${PER_CONNECTION} in flight on each;`)
  out.push(`  warm-up ${i(WARMUP_MSGS)}, then ~${MEASURE_MS / 1000} s; ${HOST} only; ${RATE_FLAGS.join(' ')}`)
  out.push(`  normal and fsync insert only, like the raw loop: the recipients are offline (no pushes), nobody acks, --max-queue-depth ${MAX_DEPTH};`)
  out.push(`  drained: the recipients are online (each message is pushed to them), default --max-queue-depth, each recipient acks (without fetching) once ${i(ACK_EVERY)} of its messages are unacked (the rows are deleted)`)
  out.push(`  raw loop: better-sqlite3-multiple-ciphers in this process, the daemon's schema, INSERT INTO messages (the same rows), ${i(RAW_BATCH)} rows per transaction, ~${RAW_MS / 1000} s;`)
  out.push(`  both: cipher sqlcipher, legacy 4, raw 32-byte key, WAL, the mode's synchronous, in ${os.tmpdir()} (same disk)`)
  out.push(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})`)
  out.push('')
  out.push(line(head))
  for (const r of cells) out.push(line(r))
  out.push('')
  const verdict = (c: Col): string => `${f(ratio(c), 2)}  ${ratio(c) >= GOAL_RATIO ? 'PASS' : 'MISS'}`
  out.push(`  goal: daemon enqueues/s / raw inserts/s >= ${GOAL_RATIO} (normal): ${verdict('normal')}   (fsync: ${verdict('fsync')}; normal drained: ${verdict('drained')})`)
  out.push(`  goal: server CPU / enqueue <= ${GOAL_CPU_MS_PER_ENQUEUE} ms (normal): ${f(d.normal.serverCpuMsPerMsg, 3)}  ${d.normal.serverCpuMsPerMsg <= GOAL_CPU_MS_PER_ENQUEUE ? 'PASS' : 'MISS'}`)
  out.push('  (per enqueue the daemon does what the raw loop does not: the RPC over QUIC, the session, the account and queue-depth checks,')
  out.push('   the queue head update, the group commit, a delivery proof (one signature per commit); drained: the pushes and the acks\' deletes)')
  process.stdout.write(`${out.join('\n')}\n`)

  const notes = await cleanup()
  process.stdout.write(`\n${cols.flatMap((c) => d[c[0]].notes).map((n) => `note: ${n}`).join('\n')}\n`)
  process.stdout.write(`cleanup: ${notes.join('; ')}\n`)
  for (const [col, , , label] of cols) {
    const log = d[col].log
    process.stdout.write(`daemon output, ${label} (${log.length} lines at --log-level warn):\n${log.slice(0, 10).map((l) => `  ${l.length > 300 ? l.slice(0, 300) + '…' : l}`).join('\n')}\n`)
  }
  process.stdout.write(`RESULT store enqueue_per_s=${Math.round(d.normal.rate)} raw_insert_per_s=${Math.round(raw.normal.rate)} ratio=${f(ratio('normal'), 2)}`
    + ` fsync_enqueue_per_s=${Math.round(d.fsync.rate)} fsync_raw_insert_per_s=${Math.round(raw.fsync.rate)} fsync_ratio=${f(ratio('fsync'), 2)}`
    + ` drained_enqueue_per_s=${Math.round(d.drained.rate)} drained_ratio=${f(ratio('drained'), 2)}`
    + ` p99_ms=${f(d.normal.p99, 2)} fsync_p99_ms=${f(d.fsync.p99, 2)} cpu_ms_per_enqueue=${f(d.normal.serverCpuMsPerMsg, 3)} fsync_cpu_ms_per_enqueue=${f(d.fsync.serverCpuMsPerMsg, 3)}\n`)
  return 0
}

runBench('store', RUN_TIMEOUT_MS, main)
