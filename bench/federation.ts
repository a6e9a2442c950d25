// Measures the federation relay: 1 KiB messages from senders on a.example to users of b.example —
// two qpqd processes federated over mutual TLS on loopback (Enqueue committed into a.example's
// outbound queue, relayed in transactions, committed at b.example, fetched and acked there) —
// against the baseline of the same load delivered locally on one daemon (a.example to its own
// users), in the same run. msgs/s from the first send of the measured run to the last ack; the
// same number of messages kept between send and the recipient's ack on both sides. Goal: the
// relay at least half the local rate. Ends with
//   RESULT federation relay_per_s=… local_per_s=… ratio=…
// Bounded in messages and time; the daemons and their data dirs are removed on every exit.
// Profile the daemons with QPQ_BENCH_DAEMON_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=DIR".
import crypto from 'node:crypto'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { QpqClient } from '../client/qpq-client.js'
import { TEST_STRETCHING } from '../test/helpers/node.js'
import { TestCa, daemonFederation } from '../test/helpers/federation.js'
import {
  buildDaemon, clockTicks, cpuTicks, freeUdpPort, machineTicks, makeTempDir, metricValue, percentile, prepareDaemon,
  runBench, scrape, setPhase, startDaemon, stopDaemon, within, type Daemon,
} from './_lib.js'

const SENDERS = 4
const RECIPIENTS = 20
/** Messages between send and the recipient's ack, over all senders (the same on both sides). */
const WINDOW = 400
const PAYLOAD_BYTES = 1_024
const WARMUP_MSGS = 2_000
const MEASURE_MS = 10_000
const MAX_MSGS = 200_000
const FETCH_WAIT_MS = 1_000
const FETCH_LIMIT = 1_000
const CALL_TIMEOUT_MS = 30_000
/** How long the last messages of a run may take to arrive before the run fails. */
const DRAIN_TIMEOUT_MS = 30_000
const RUN_TIMEOUT_MS = 180_000
const GOAL_RATIO = 0.5
const FLAGS = ['--rate-limit-per-ip', '100000', '--rate-limit-per-identity', '100000', '--rate-limit-auth-per-ip', '100000', '--max-queue-depth', '1000000', '--crypto-workers', '1']

const TEMPLATE = crypto.randomBytes(PAYLOAD_BYTES)
const identityKey = (): Buffer => Buffer.from(crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })).subarray(12)

interface Run { msgs: number; seconds: number; perS: number; p50Ms: number; p99Ms: number; cpuMsPerMsg: Record<string, number>; benchCpuPct: number; otherCpuPct: number }

/** The accounts of one side: senders and recipients, logged in, and the recipients' keys. */
interface Users { senders: QpqClient[]; recipients: QpqClient[]; keys: Buffer[] }

async function account(d: Daemon, name: string): Promise<{ client: QpqClient; key: Buffer }> {
  const client = await QpqClient.connect({ server: d.server, caCert: d.caCert, keyStretching: TEST_STRETCHING, callTimeoutMs: CALL_TIMEOUT_MS })
  const password = crypto.randomBytes(12).toString('base64url')
  const key = identityKey()
  await client.register(name, password, key)
  await client.login(name, password, key)
  return { client, key }
}

/**
 * Keeps WINDOW messages between send and ack until MAX_MSGS or `ms` have passed; each recipient
 * fetches (FetchWait) and acks in a loop. Returns the rate and send→received latencies.
 */
async function drive(u: Users, first: number, count: number, ms: number, pids: Record<string, number>, hz: number): Promise<Run> {
  const sentAt = new Map<number, number>()
  const waiting = new Map<number, () => void>()
  const latencies: number[] = []
  let stop = false
  let received = 0
  const loops = u.recipients.map(async (c) => {
    let last = 0
    while (!stop) {
      const page = await c.fetchWait(FETCH_WAIT_MS, { limit: FETCH_LIMIT })
      if (page.length === 0) continue
      const t = performance.now()
      for (const m of page) {
        const idx = Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength).readUInt32LE(0)
        const s = sentAt.get(idx)
        if (s === undefined) continue // a duplicate, or a message of an earlier run
        sentAt.delete(idx)
        latencies.push(t - s)
        received++
        waiting.get(idx)?.()
        waiting.delete(idx)
        last = Math.max(last, m.seq)
      }
      await c.ack(last)
    }
  })
  let next = 0
  const cpu0 = Object.fromEntries(Object.entries(pids).map(([n, p]) => [n, cpuTicks(p)]))
  const machine0 = machineTicks()
  const bench0 = process.cpuUsage()
  const t0 = performance.now()
  const deadline = t0 + ms
  const sender = async (): Promise<void> => {
    while (next < count && performance.now() < deadline) {
      const i = next++
      const idx = first + i
      const payload = Buffer.from(TEMPLATE)
      payload.writeUInt32LE(idx, 0)
      const arrived = new Promise<void>((r) => waiting.set(idx, r))
      sentAt.set(idx, performance.now())
      await (u.senders[i % SENDERS] as QpqClient).send(u.keys[i % RECIPIENTS] as Buffer, payload)
      await arrived
    }
  }
  const all = Promise.all(Array.from({ length: WINDOW }, sender))
  if (!await within(all, ms + DRAIN_TIMEOUT_MS)) throw new Error(`${waiting.size} of ${next} messages had not arrived ${DRAIN_TIMEOUT_MS / 1000} s after the last send`)
  const seconds = (performance.now() - t0) / 1000
  const machineMs = ((machineTicks().busy - machine0.busy) / hz) * 1000
  const bench = process.cpuUsage(bench0)
  const benchMs = (bench.user + bench.system) / 1000
  const cpu = Object.fromEntries(Object.entries(pids).map(([n, p]) => [n, cpuTicks(p) - (cpu0[n] as number)]))
  stop = true
  await within(Promise.all(loops), FETCH_WAIT_MS + 5_000)
  latencies.sort((a, b) => a - b)
  const daemonsMs = (Object.values(cpu).reduce((x, y) => x + y, 0) / hz) * 1000
  return {
    msgs: received, seconds, perS: received / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99),
    cpuMsPerMsg: Object.fromEntries(Object.entries(cpu).map(([n, t]) => [n, (t / hz) * 1000 / Math.max(1, received)])),
    benchCpuPct: benchMs / seconds / 10,
    otherCpuPct: Math.max(0, (machineMs - daemonsMs - benchMs) / seconds / 10),
  }
}

async function measure(name: string, u: Users, base: number, pids: Record<string, number>, hz: number): Promise<Run> {
  setPhase(`${name}: warm-up (${WARMUP_MSGS} messages)`)
  await drive(u, base, WARMUP_MSGS, 60_000, pids, hz)
  setPhase(`${name}: measured run (${MEASURE_MS / 1000} s)`)
  return await drive(u, base + WARMUP_MSGS, MAX_MSGS, MEASURE_MS, pids, hz)
}

const fmt = (r: Run): string => `${r.msgs} msgs in ${r.seconds.toFixed(1)} s = ${r.perS.toFixed(0)} msgs/s; send→received p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms; ` +
  `daemon CPU per message ${Object.entries(r.cpuMsPerMsg).map(([n, v]) => `${n} ${v.toFixed(3)} ms`).join(', ')}; this load generator ${r.benchCpuPct.toFixed(0)}%, ` +
  `the rest of the machine (other users) ${r.otherCpuPct.toFixed(0)}% of a core`

runBench('federation', RUN_TIMEOUT_MS, async () => {
  const hz = clockTicks()
  setPhase('build')
  buildDaemon()
  setPhase('certificates and configuration')
  const ca = new TestCa()
  const [fpa, fpb] = [await freeUdpPort(), await freeUdpPort()]
  const [sa, sb] = [await prepareDaemon('qpq-bench-fed-a-'), await prepareDaemon('qpq-bench-fed-b-')]
  const conf = makeTempDir('qpq-bench-fed-conf-')
  const fa = daemonFederation(conf, { domain: 'a.example', port: fpa, ca, peers: [{ domain: 'b.example', port: fpb }] })
  const fb = daemonFederation(makeTempDir('qpq-bench-fed-conf-'), { domain: 'b.example', port: fpb, ca, peers: [{ domain: 'a.example', port: fpa }] })
  setPhase('daemons start')
  const a = await startDaemon(sa, 'qpqd a.example', [...FLAGS, '--config', fa.configFile])
  const b = await startDaemon(sb, 'qpqd b.example', [...FLAGS, '--config', fb.configFile])
  const clients: QpqClient[] = []
  try {
    setPhase('accounts')
    const senders = await Promise.all(Array.from({ length: SENDERS }, (_, i) => account(a, `sender${i}`)))
    const localRecipients = await Promise.all(Array.from({ length: RECIPIENTS }, (_, i) => account(a, `local${i}`)))
    const remoteRecipients = await Promise.all(Array.from({ length: RECIPIENTS }, (_, i) => account(b, `remote${i}`)))
    clients.push(...[...senders, ...localRecipients, ...remoteRecipients].map((x) => x.client))
    // a.example learns where each remote recipient is (and verifies b.example's log) by resolving it
    const first = senders[0]?.client as QpqClient
    for (let i = 0; i < RECIPIENTS; i++) {
      const key = await first.users.resolve(`remote${i}@b.example`)
      if (key === null || !Buffer.from(key).equals(remoteRecipients[i]?.key as Buffer)) throw new Error(`remote${i}@b.example did not resolve to its key`)
    }
    const local: Users = { senders: senders.map((x) => x.client), recipients: localRecipients.map((x) => x.client), keys: localRecipients.map((x) => x.key) }
    const relayed: Users = { senders: local.senders, recipients: remoteRecipients.map((x) => x.client), keys: remoteRecipients.map((x) => x.key) }
    const pids = { 'a.example': a.pid, 'b.example': b.pid }
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ')

    const localRun = await measure('local delivery on a.example', local, 0, pids, hz)
    const relayRun = await measure('relay a.example → b.example', relayed, 1 << 30, pids, hz)
    const metrics = (await scrape(a.metricsUrl)).text
    const attempts = metricValue(metrics, 'federation_relay_attempts_total{destination="b.example",outcome="ok"}')
    const relayedTotal = metricValue(metrics, 'federation_relayed_total{destination="b.example"}')
    const ratio = relayRun.perS / localRun.perS

    process.stdout.write([
      `federation relay benchmark: ${SENDERS} senders on a.example, ${RECIPIENTS} recipients, ${WINDOW} messages between send and ack, ${PAYLOAD_BYTES} B payloads, `
        + `${WARMUP_MSGS} warm-up messages then ${MEASURE_MS / 1000} s measured per side; both qpqd processes on this machine (${os.cpus().length} CPUs, load average before: ${load})`,
      `local   (a.example → its own users):  ${fmt(localRun)}`,
      `relayed (a.example → b.example users): ${fmt(relayRun)}`,
      `relay transactions: ${attempts ?? 'n/a'} acknowledged for ${relayedTotal ?? 'n/a'} messages (${attempts !== null && relayedTotal !== null ? (relayedTotal / attempts).toFixed(1) : 'n/a'} per transaction)`,
      `goal: relay ≥ ${GOAL_RATIO} × local — ${ratio >= GOAL_RATIO ? 'met' : 'NOT met'}`,
      `RESULT federation relay_per_s=${relayRun.perS.toFixed(0)} local_per_s=${localRun.perS.toFixed(0)} ratio=${ratio.toFixed(2)}`,
      '',
    ].join('\n'))
    return 0
  } finally {
    setPhase('stop')
    for (const c of clients) c.close()
    for (const note of [...await stopDaemon(a), ...await stopDaemon(b)]) process.stderr.write(`${note}\n`)
  }
})
