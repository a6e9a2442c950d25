// Measures end-to-end delivery of 1 KiB messages to 100 recipients on loopback (sent → committed → fetched → acked), msgs/s and send→receipt p99, through qpqd (durable, synchronous=NORMAL) and, in the same run, through a local mosquitto 2.0 broker (QoS 1, persistent sessions) as the baseline.
//
// What each side's acknowledgement means (printed with the results too):
//   qpqd:      the sender's Enqueue is answered Ok only after the message is committed to the
//              SQLite WAL (synchronous=NORMAL): it survives a crash of the process (not a power loss).
//   mosquitto: 2.0 sends PUBACK once the message is in its memory; it reaches disk only at the
//              periodic autosave (autosave_interval, default 1800 s) or on shutdown.
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { QpqClient } from '../client/qpq-client.js'
import { TEST_STRETCHING } from '../test/helpers/node.js'
import { MqttClient } from './_mqtt.js'
import {
  HOST, buildDaemon, cleanup, clockTicks, cpuTicks, freeTcpPort, machineTicks, makeTempDir, metricValue, percentile, prepareDaemon, removeTempDir,
  rssMb, runBench, running, scrape, setPhase, sleep, startChild, startDaemon, stopChild, within, type Child,
  failedCalls, stopDaemon,
} from './_lib.js'

const RECIPIENTS = 100
const SENDERS = 4
/** Messages sent but not yet acked by their recipient, over all senders (the same for both sides). */
const WINDOW = 1_000
const PAYLOAD_BYTES = 1_024
const WARMUP_MSGS = 3_000
const MEASURE_MS = 10_000
const MAX_MSGS = 300_000
/** After the last send started: how long the last messages may take to be acked before they count as lost. */
const DRAIN_TIMEOUT_MS = 15_000
/** A recipient fetches after this long without a push (or at once on a gap). */
const FETCH_WAIT_MS = 1_000
const FETCH_LIMIT = 1_000
const CALL_TIMEOUT_MS = 30_000
const RUN_TIMEOUT_MS = 120_000
const SETUP_TIMEOUT_MS = 40_000
const GOAL_RATIO = 0.25
const GOAL_CPU_MS_PER_MSG = 0.12
const MOSQUITTO = '/usr/sbin/mosquitto'
const RATE_FLAGS = ['--rate-limit-per-ip', '100000', '--rate-limit-per-identity', '100000', '--rate-limit-auth-per-ip', '100000']

const ACK_OURS = 'qpqd: Ok to the sender = the message is committed to the SQLite WAL (synchronous=NORMAL); it survives a crash of the process'
const ACK_MOSQ = 'mosquitto 2.0: PUBACK = the message is in the broker\'s memory; it reaches disk only at the periodic autosave (autosave_interval, default 1800 s) or on shutdown'

// ---------------------------------------------------------------------------------------------
// the load pattern, common to both sides

/** Per-message timestamps (performance.now() ms) and the waits of the senders' window. */
class Tracker {
  readonly sentAt = new Float64Array(WARMUP_MSGS + MAX_MSGS).fill(NaN)
  readonly committedAt = new Float64Array(WARMUP_MSGS + MAX_MSGS).fill(NaN)
  readonly receivedAt = new Float64Array(WARMUP_MSGS + MAX_MSGS).fill(NaN)
  readonly doneAt = new Float64Array(WARMUP_MSGS + MAX_MSGS).fill(NaN)
  private readonly waiters = new Map<number, () => void>()
  duplicates = 0
  misdelivered = 0
  /** A fetch returned a sequence number other than the one after the last (qpqd only). */
  seqGaps = 0
  private failure: ((e: Error) => void) | null = null
  /** Rejects when a recipient loop fails. */
  readonly failed = new Promise<never>((_, reject) => { this.failure = reject })

  constructor() {
    this.failed.catch(() => {}) // observed through drive()
  }

  fail(e: unknown): void {
    this.failure?.(e instanceof Error ? e : new Error(String(e)))
  }

  /** A recipient got message idx; false when it is not a fresh message for this recipient. */
  received(recipient: number, idx: number, t: number): boolean {
    if (!(idx >= 0 && idx < this.sentAt.length) || Number.isNaN(this.sentAt[idx] as number) || idx % RECIPIENTS !== recipient) { this.misdelivered++; return false }
    if (!Number.isNaN(this.receivedAt[idx] as number)) { this.duplicates++; return false }
    this.receivedAt[idx] = t
    return true
  }

  /** The recipient acked message idx. */
  done(idx: number, t: number): void {
    this.doneAt[idx] = t
    const w = this.waiters.get(idx)
    this.waiters.delete(idx)
    w?.()
  }

  waitDone(idx: number): Promise<void> {
    return new Promise<void>((resolve) => this.waiters.set(idx, resolve))
  }

  get outstanding(): number {
    return this.waiters.size
  }
}

interface Side {
  /** Resolves once the server took responsibility for the message (qpqd: committed; mosquitto: PUBACK). */
  send(sender: number, recipient: number, payload: Buffer): Promise<void>
}

interface RunStats {
  msgs: number
  seconds: number
  rate: number
  commitP50: number; commitP99: number
  recvP50: number; recvP99: number; recvMax: number
  doneP50: number; doneP99: number
}

const TEMPLATE = crypto.randomBytes(PAYLOAD_BYTES)

/**
 * Sends messages base, base+1, … to recipient idx % RECIPIENTS from sender idx % SENDERS, keeping
 * WINDOW of them between send and the recipient's ack, until `maxMsgs` or `maxMs` have passed.
 */
async function drive(side: Side, tr: Tracker, base: number, maxMsgs: number, maxMs: number): Promise<RunStats> {
  let next = 0
  const t0 = performance.now()
  const deadline = t0 + maxMs
  const loop = async (): Promise<void> => {
    while (next < maxMsgs && performance.now() < deadline) {
      const idx = base + next++
      const payload = Buffer.from(TEMPLATE)
      payload.writeUInt32LE(idx, 0)
      const done = tr.waitDone(idx)
      tr.sentAt[idx] = performance.now()
      await side.send(idx % SENDERS, idx % RECIPIENTS, payload)
      tr.committedAt[idx] = performance.now()
      await done
    }
  }
  const all = Promise.all(Array.from({ length: WINDOW }, loop))
  const finished = await within(Promise.race([all, tr.failed]), maxMs + DRAIN_TIMEOUT_MS)
  if (!finished) {
    let received = 0, committed = 0
    for (let i = base; i < base + next; i++) {
      if (!Number.isNaN(tr.receivedAt[i] as number)) received++
      if (!Number.isNaN(tr.committedAt[i] as number)) committed++
    }
    throw new Error(`${tr.outstanding} of ${next} messages not acked by their recipient ${DRAIN_TIMEOUT_MS / 1000} s after the last send `
      + `(${committed} had been committed/PUBACKed by the server, ${received} received)`)
  }
  const commit: number[] = [], recv: number[] = [], done: number[] = []
  let end = t0
  for (let i = base; i < base + next; i++) {
    const s = tr.sentAt[i] as number
    commit.push((tr.committedAt[i] as number) - s)
    recv.push((tr.receivedAt[i] as number) - s)
    done.push((tr.doneAt[i] as number) - s)
    end = Math.max(end, tr.doneAt[i] as number)
  }
  for (const a of [commit, recv, done]) a.sort((x, y) => x - y)
  const seconds = (end - t0) / 1000
  return {
    msgs: next, seconds, rate: next / seconds,
    commitP50: percentile(commit, 50), commitP99: percentile(commit, 99),
    recvP50: percentile(recv, 50), recvP99: percentile(recv, 99), recvMax: recv[recv.length - 1] ?? NaN,
    doneP50: percentile(done, 50), doneP99: percentile(done, 99),
  }
}

interface SideResult extends RunStats {
  serverCpuMsPerMsg: number
  serverCpuPct: number
  benchCpuMsPerMsg: number
  benchCpuPct: number
  /** CPU used by everything else on the machine during the measured run (% of one core). */
  otherCpuPct: number
  serverRssMb: number
  duplicates: number
  misdelivered: number
  seqGaps: number
  notes: string[]
  log: string[]
}

/** Warm-up, then the measured run with the server's, this process's and the rest of the machine's CPU. */
async function measure(name: string, side: Side, tr: Tracker, pid: number, hz: number, beforeMeasured: () => Promise<void>): Promise<Omit<SideResult, 'notes' | 'log' | 'serverRssMb'>> {
  setPhase(`${name}: warm-up (${WARMUP_MSGS} messages)`)
  await drive(side, tr, 0, WARMUP_MSGS, 30_000)
  await beforeMeasured()
  setPhase(`${name}: measured run`)
  const cpu0 = cpuTicks(pid)
  const bench0 = process.cpuUsage()
  const machine0 = machineTicks()
  const t0 = performance.now()
  const s = await drive(side, tr, WARMUP_MSGS, MAX_MSGS, MEASURE_MS)
  const wallMs = performance.now() - t0
  const serverMs = ((cpuTicks(pid) - cpu0) / hz) * 1000
  const bench = process.cpuUsage(bench0)
  const benchMs = (bench.user + bench.system) / 1000
  const machineMs = ((machineTicks().busy - machine0.busy) / hz) * 1000
  return {
    ...s,
    serverCpuMsPerMsg: serverMs / s.msgs, serverCpuPct: (serverMs / wallMs) * 100,
    benchCpuMsPerMsg: benchMs / s.msgs, benchCpuPct: (benchMs / wallMs) * 100,
    otherCpuPct: Math.max(0, ((machineMs - serverMs - benchMs) / wallMs) * 100),
    duplicates: tr.duplicates, misdelivered: tr.misdelivered, seqGaps: tr.seqGaps,
  }
}

const ed25519Public = (): Buffer => Buffer.from(crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })).subarray(12)

// ---------------------------------------------------------------------------------------------
// qpqd

async function runQpq(hz: number): Promise<SideResult> {
  setPhase('qpqd: daemon start')
  const slot = await prepareDaemon('qpq-bench-delivery-')
  const daemon = await startDaemon(slot, 'qpqd', RATE_FLAGS)
  const connect = (): Promise<QpqClient> => QpqClient.connect({ server: daemon.server, caCert: daemon.caCert, keyStretching: TEST_STRETCHING, callTimeoutMs: CALL_TIMEOUT_MS })
  const clients: QpqClient[] = []
  const stop = { v: false }
  const loops: Array<Promise<void>> = []
  try {
    setPhase(`qpqd: ${RECIPIENTS + SENDERS} connections, register and log in`)
    const setup = Promise.all(Array.from({ length: RECIPIENTS + SENDERS }, async (_, i) => {
      const c = await connect()
      clients[i] = c
      const name = i < RECIPIENTS ? `rcpt${String(i).padStart(3, '0')}` : `sender${i - RECIPIENTS}`
      const password = crypto.randomBytes(12).toString('base64url')
      const key = ed25519Public()
      await c.register(name, password, key)
      await c.login(name, password, key)
      return key
    }))
    if (!await within(setup, SETUP_TIMEOUT_MS)) throw new Error(`connecting, registering and logging in ${RECIPIENTS + SENDERS} accounts took over ${SETUP_TIMEOUT_MS / 1000} s`)
    const keys = await setup
    const recipients = clients.slice(0, RECIPIENTS)
    const senders = clients.slice(RECIPIENTS)

    const tr = new Tracker()
    // each recipient, as a connected client of ours reads: the NewMessage pushes (they carry the
    // message, so nothing is fetched), acked once per turn up to the last one in order; a Fetch
    // fills any gap (a push is best effort), and runs after every quiet second to catch up
    recipients.forEach((c, r) => {
      let lastSeq = 0
      let fresh: number[] = []
      let acking: Promise<void> | null = null
      let gap = false
      let wake: (() => void) | null = null
      const take = (seq: number, data: Uint8Array, t: number): void => {
        if (seq <= lastSeq) return
        if (seq !== lastSeq + 1) { gap = true; wake?.(); return }
        lastSeq = seq
        const idx = data.length >= 4 ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).readUInt32LE(0) : -1
        if (tr.received(r, idx, t)) fresh.push(idx)
        if (acking === null) acking = (async () => {
          await new Promise((done) => setImmediate(done))
          while (fresh.length > 0) {
            const batch = fresh
            fresh = []
            await c.ack(lastSeq)
            const t2 = performance.now()
            for (const i of batch) tr.done(i, t2)
          }
          acking = null
        })().catch((e: unknown) => { if (!stop.v) tr.fail(new Error(`recipient ${r}: ${e instanceof Error ? e.message : String(e)}`)) })
      }
      c.on('message', (m) => { if (m.data !== null) take(m.seq, m.data, performance.now()) })
      loops.push((async () => {
        while (!stop.v) {
          await new Promise<void>((resume) => { wake = resume; setTimeout(resume, FETCH_WAIT_MS) })
          wake = null
          if (stop.v) break
          if (gap) tr.seqGaps++
          gap = false
          const t = performance.now()
          for (const m of await c.fetch({ limit: FETCH_LIMIT })) take(m.seq, m.data, t)
        }
      })().catch((e: unknown) => { if (!stop.v) tr.fail(new Error(`recipient ${r}: ${e instanceof Error ? e.message : String(e)}`)) }))
    })
    const side: Side = { send: async (s, r, payload) => { await (senders[s] as QpqClient).send(keys[r] as Buffer, payload) } }
    let before = ''
    const m = await measure('qpqd', side, tr, daemon.pid, hz, async () => {
      before = (await scrape(daemon.metricsUrl)).text // also resets prom-client's event-loop histogram
    })
    const serverRssMb = rssMb(daemon.pid)
    const during = (await scrape(daemon.metricsUrl)).text
    const delta = (name: string): number => (metricValue(during, name) ?? NaN) - (metricValue(before, name) ?? NaN)
    const fetches = delta('qpq_rpc_requests_total{method="Fetch",status="0"}')
    const pushes = delta('qpq_push_frames_total')
    const pushStreams = delta('qpq_push_streams_total')
    const acks = delta('qpq_rpc_requests_total{method="Ack",status="0"}')
    const lag = (n: string): string => { const v = metricValue(during, n); return v === null ? 'n/a' : (v * 1000).toFixed(1) }

    setPhase('qpqd: stop')
    stop.v = true
    const loopsDone = await within(Promise.all(loops), FETCH_WAIT_MS + 5_000)
    const metrics = await scrape(daemon.metricsUrl)
    const notes: string[] = []
    notes.push(`qpqd measured run: ${pushes} NewMessage pushes on ${pushStreams} uni streams, ${fetches} Fetch (gaps and quiet seconds) and ${acks} Ack calls answered Ok (${(m.msgs / acks).toFixed(1)} messages per Ack); `
      + `daemon event-loop delay p99 ${lag('nodejs_eventloop_lag_p99_seconds')} ms, max ${lag('nodejs_eventloop_lag_max_seconds')} ms`)
    if (!loopsDone) notes.push(`recipient loops did not end within ${FETCH_WAIT_MS / 1000 + 5} s of the stop`)
    const depth = metricValue(metrics.text, 'delivery_queue_depth')
    const enq = metricValue(metrics.text, 'qpq_rpc_requests_total{method="Enqueue",status="0"}')
    const errors = failedCalls(metrics.text)
    notes.push(`server: Enqueue ok ${enq ?? 'n/a'} (sent ${WARMUP_MSGS + m.msgs}), delivery_queue_depth after the run ${depth ?? 'n/a'}, `
      + `non-zero statuses: ${errors.length === 0 ? 'none' : errors.join('; ')}`)
    for (const c of clients) c.close()
    clients.length = 0
    notes.push(...await stopDaemon(daemon))
    return { ...m, serverRssMb, notes, log: daemon.child.output }
  } finally {
    stop.v = true
    for (const c of clients) c?.close()
  }
}

// ---------------------------------------------------------------------------------------------
// mosquitto

function mosquittoVersion(): string | null {
  if (!fs.existsSync(MOSQUITTO)) return null
  // `mosquitto -h` prints its usage, the version first (and exits 3 on some versions)
  const r = spawnSync(MOSQUITTO, ['-h'], { encoding: 'utf8', timeout: 5_000, stdio: ['ignore', 'pipe', 'pipe'] })
  const m = /mosquitto version (\S+)/.exec(`${r.stdout ?? ''}${r.stderr ?? ''}`)
  return m === null ? 'unknown' : m[1] as string
}

/** Uid and gid of the `mosquitto` user (mosquitto started as root switches to it). */
function mosquittoUser(): [number, number] | null {
  try {
    const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('mosquitto:'))
    if (line === undefined) return null
    const f = line.split(':')
    return [Number(f[2]), Number(f[3])]
  } catch {
    return null
  }
}

async function waitForTcp(port: number, child: Child): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    if (!running(child)) throw new Error(`mosquitto exited (code ${child.proc.exitCode}): ${child.output.slice(-5).join(' | ')}`)
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, HOST)
      s.once('connect', () => { s.destroy(); resolve(true) })
      s.once('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > deadline) throw new Error(`mosquitto not listening on ${HOST}:${port} within 10 s: ${child.output.slice(-5).join(' | ')}`)
    await sleep(50)
  }
}

async function runMosquitto(hz: number): Promise<SideResult> {
  setPhase('mosquitto: start')
  const dir = makeTempDir('qpq-bench-mosquitto-')
  const port = await freeTcpPort()
  const conf = path.join(dir, 'mosquitto.conf')
  fs.writeFileSync(conf, [
    `listener ${port} ${HOST}`,
    'allow_anonymous true',
    'persistence true',
    `persistence_location ${dir}/`,
    '# autosave_interval: the default (1800 s)',
    '',
  ].join('\n'))
  const notes: string[] = []
  // started as root, mosquitto switches to the mosquitto user, which must be able to write its persistence file
  const user = process.getuid?.() === 0 ? mosquittoUser() : null
  if (user !== null) fs.chownSync(dir, user[0], user[1])
  const child = startChild('mosquitto', ['-c', conf], { command: MOSQUITTO })
  const clients: MqttClient[] = []
  try {
    await waitForTcp(port, child)
    const pid = child.proc.pid as number

    setPhase(`mosquitto: ${RECIPIENTS} subscribers (persistent sessions) and ${SENDERS} publishers`)
    const tr = new Tracker()
    const recipients = await Promise.all(Array.from({ length: RECIPIENTS }, async (_, r) => {
      const c = await MqttClient.connect({ host: HOST, port, clientId: `qpqbench-r${r}`, clean: false })
      clients.push(c)
      c.onMessage((_topic, payload) => {
        const t = performance.now()
        const idx = payload.length >= 4 ? payload.readUInt32LE(0) : -1
        // the client writes the PUBACK right after this handler: count the message as acked after that
        if (tr.received(r, idx, t)) queueMicrotask(() => tr.done(idx, performance.now()))
      })
      const granted = await c.subscribe(`qpqbench/r${r}`, 1)
      if (granted !== 1) throw new Error(`subscriber ${r}: granted QoS ${granted}, not 1`)
      return c
    }))
    const senders = await Promise.all(Array.from({ length: SENDERS }, async (_, s) => {
      const c = await MqttClient.connect({ host: HOST, port, clientId: `qpqbench-s${s}`, clean: true })
      clients.push(c)
      return c
    }))
    const side: Side = { send: (s, r, payload) => (senders[s] as MqttClient).publish(`qpqbench/r${r}`, payload, 1) }
    const m = await measure('mosquitto', side, tr, pid, hz, async () => {})
    const serverRssMb = rssMb(pid)
    const dbFile = path.join(dir, 'mosquitto.db')
    const during = fs.existsSync(dbFile) ? `${fs.statSync(dbFile).size} bytes` : 'absent'

    setPhase('mosquitto: stop')
    await Promise.all(recipients.concat(senders).map((c) => within(c.disconnect(), 3_000)))
    clients.length = 0
    notes.push(await stopChild(child))
    const after = fs.existsSync(dbFile) ? `${fs.statSync(dbFile).size} bytes` : 'absent'
    notes.push(`persistence file ${path.basename(dbFile)}: during the run ${during}, after shutdown ${after}`)
    const rm = removeTempDir(dir)
    if (rm !== null) notes.push(rm)
    return { ...m, serverRssMb, notes, log: child.output }
  } finally {
    for (const c of clients) c.destroy()
  }
}

// ---------------------------------------------------------------------------------------------
// main

async function main(): Promise<number> {
  const hz = clockTicks()
  setPhase('daemon build')
  buildDaemon() // the daemon as deployed: compiled JavaScript on bare node
  const ours = await runQpq(hz)

  setPhase('mosquitto: check')
  let version = mosquittoVersion()
  if (version === null) {
    // the baseline is Debian's mosquitto 2.0: install it when missing (as root, with apt)
    process.stdout.write('mosquitto is missing: installing it with apt-get …\n')
    const apt = (args: string[]): boolean => spawnSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 120_000 }).status === 0
    if (!apt(['install', '-y', 'mosquitto'])) apt(['update']) && apt(['install', '-y', 'mosquitto'])
    version = mosquittoVersion()
  }
  let mosq: SideResult | null = null
  let skip: string | null = null
  if (version === null) {
    skip = `SKIP mosquitto baseline: ${MOSQUITTO} is missing and apt-get could not install it (run: apt-get update && apt-get install -y mosquitto)`
    process.stdout.write(`${skip}\n`)
  } else {
    mosq = await runMosquitto(hz)
  }

  setPhase('report')
  const f = (n: number, d: number): string => Number.isFinite(n) ? n.toFixed(d) : 'n/a'
  const i = (n: number): string => Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a'
  const ratio = mosq === null ? 0 : ours.rate / mosq.rate
  const rows: Array<[string, (m: SideResult) => string]> = [
    ['messages (measured)', (m) => i(m.msgs)],
    ['elapsed, first send → last ack (s)', (m) => f(m.seconds, 2)],
    ['end-to-end msgs/s', (m) => i(m.rate)],
    ['send → server ack p50 / p99 (ms)', (m) => `${f(m.commitP50, 2)} / ${f(m.commitP99, 2)}`],
    ['send → receipt p50 / p99 / max (ms)', (m) => `${f(m.recvP50, 2)} / ${f(m.recvP99, 2)} / ${f(m.recvMax, 2)}`],
    ['send → recipient\'s ack p50 / p99 (ms)', (m) => `${f(m.doneP50, 2)} / ${f(m.doneP99, 2)}`],
    ['server CPU / msg (ms)', (m) => f(m.serverCpuMsPerMsg, 3)],
    ['server CPU (% of one core)', (m) => f(m.serverCpuPct, 0)],
    ['server RSS after the run (MB)', (m) => f(m.serverRssMb, 1)],
    ['bench CPU / msg (ms, client side)', (m) => f(m.benchCpuMsPerMsg, 3)],
    ['bench CPU (% of one core)', (m) => f(m.benchCpuPct, 0)],
    ['other processes\' CPU (% of one core)', (m) => f(m.otherCpuPct, 0)],
    ['duplicates / misdelivered / seq gaps', (m) => `${m.duplicates} / ${m.misdelivered} / ${m.seqGaps}`],
  ]
  const head = ['', 'qpqd (QUIC, SQLCipher WAL)', mosq === null ? 'mosquitto (skipped)' : `mosquitto ${version} (MQTT 3.1.1 TCP)`]
  const cells = rows.map(([name, get]) => [name, get(ours), mosq === null ? '-' : get(mosq)])
  const w = [0, 1, 2].map((c) => Math.max(head[c]!.length, ...cells.map((r) => r[c]!.length)))
  const line = (r: string[]): string => `  ${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padStart(w[2]!)}`
  const out: string[] = []
  out.push(`delivery benchmark: ${PAYLOAD_BYTES}-byte messages to ${RECIPIENTS} recipients (each on its own connection) from ${SENDERS} sender connections,`)
  out.push(`  ${WINDOW} messages in flight between send and the recipient's ack; warm-up ${i(WARMUP_MSGS)} messages, then ~${MEASURE_MS / 1000} s (at most ${i(MAX_MSGS)}); ${HOST} only`)
  out.push(`  qpqd: Enqueue → NewMessage push (coalesced per turn, ConfigurePushes) → Ack up to the last seq in order, Fetch (limit ${FETCH_LIMIT}) for gaps; durability normal (synchronous=NORMAL), ${RATE_FLAGS.join(' ')}`)
  out.push(`  mosquitto: QoS 1 PUBLISH (PUBACK from the broker) → QoS 1 subscription, clean session off, fixed client ids (PUBACK from the recipient);`)
  out.push('    config: listener, allow_anonymous true, persistence true, persistence_location, autosave_interval default')
  out.push(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}); servers and this load generator share them`)
  out.push('')
  out.push(line(head))
  for (const r of cells) out.push(line(r))
  out.push('')
  out.push('  what the server\'s acknowledgement to the sender means:')
  out.push(`    ${ACK_OURS}`)
  out.push(`    ${ACK_MOSQ}`)
  if (skip !== null) out.push(`  ${skip}`)
  out.push(`  goal: qpqd msgs/s / mosquitto msgs/s >= ${GOAL_RATIO}: ${f(ratio, 2)}  ${mosq !== null && ratio >= GOAL_RATIO ? 'PASS' : 'MISS'}${mosq === null ? ' (no baseline)' : ''}`
    + `;  server CPU / msg <= ${GOAL_CPU_MS_PER_MSG} ms: ${f(ours.serverCpuMsPerMsg, 3)}  ${ours.serverCpuMsPerMsg <= GOAL_CPU_MS_PER_MSG ? 'PASS' : 'MISS'}`)
  out.push('  (a message counts once the server acknowledged it to the sender, its recipient received it and acked it;')
  out.push('   receipt = the NewMessage push (or a Fetch) or PUBLISH reached the recipient; server CPU is its process, all threads, over the')
  out.push('   measured run; other processes\' CPU is the machine\'s busy time less the server\'s and this process\'s: load from elsewhere)')
  process.stdout.write(`${out.join('\n')}\n`)

  const notes = await cleanup()
  process.stdout.write(`\n${[...ours.notes, ...(mosq?.notes ?? [])].map((n) => `note: ${n}`).join('\n')}\n`)
  process.stdout.write(`cleanup: ${notes.join('; ')}\n`)
  process.stdout.write(`daemon output (${ours.log.length} lines at --log-level warn):\n${ours.log.slice(0, 10).map((l) => `  ${l.length > 300 ? l.slice(0, 300) + '…' : l}`).join('\n')}\n`)
  if (mosq !== null) {
    // one line per client connecting and leaving: show the rest
    const other = mosq.log.filter((l) => !/New connection from|New client connected|Client \S+ (closed its connection|disconnected)/.test(l))
    process.stdout.write(`mosquitto output (last ${mosq.log.length} lines kept; without the per-client lines, last 8):\n${other.slice(-8).map((l) => `  ${l}`).join('\n')}\n`)
  }
  process.stdout.write(`RESULT delivery msgs_per_s=${Math.round(ours.rate)} p99_ms=${f(ours.recvP99, 2)} mosquitto_msgs_per_s=${mosq === null ? 0 : Math.round(mosq.rate)} ratio=${mosq === null ? '0' : f(ratio, 2)}`
    + ` mosquitto_p99_ms=${mosq === null ? 'n/a' : f(mosq.recvP99, 2)} server_cpu_ms_per_msg=${f(ours.serverCpuMsPerMsg, 3)}`
    + ` mosquitto_cpu_ms_per_msg=${mosq === null ? 'n/a' : f(mosq.serverCpuMsPerMsg, 3)}\n`)
  return 0
}

runBench('delivery', RUN_TIMEOUT_MS, main)
