// Measures what plugins cost the enqueue path: durable Enqueue throughput (1 KiB payloads, many in flight over several connections) of the compiled daemon with no plugin, with one observing plugin on message.enqueue (answers nothing, counts in its own metric), and with one vetoing plugin (the size-policy example: a size check per call, a veto when over), in alternating rounds on the same machine.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { QpqClient } from '../client/qpq-client.js'
import { TEST_STRETCHING } from '../test/helpers/node.js'
import {
  REPO, buildDaemon, cleanup, clockTicks, cpuTicks, failedCalls, makeTempDir, metricValue, prepareDaemon, runBench, runWindow, scrape, setPhase, sleep,
  startDaemon, stopDaemon, within, type PhaseResult,
} from './_lib.js'

const PAYLOAD_BYTES = 1_024
const RECIPIENTS = 4
const SENDERS = 4
/** Enqueues kept in flight across the sender connections. */
const WINDOW = 400
const WARMUP_MSGS = 2_000
const MEASURED_MSGS = 16_000
const ROUNDS = 2
const SETUP_TIMEOUT_MS = 30_000
const CALL_TIMEOUT_MS = 30_000
const RUN_TIMEOUT_MS = 300_000
const GOAL_VETO_RATIO = 0.7
const FLAGS = ['--rate-limit-per-ip', '100000', '--rate-limit-per-identity', '100000', '--rate-limit-auth-per-ip', '100000', '--max-queue-depth', '1000000']

type Mode = 'none' | 'observe' | 'veto'
const MODES: Mode[] = ['none', 'observe', 'veto']

const OBSERVER = `// bench plugin: sees every enqueue, refuses nothing, counts them in its own metric
export default {
  name: 'observer',
  version: '1.0.0',
  hooks: { 'message.enqueue': (m, ctx) => { ctx.metrics.counter('enqueues').inc() } },
}
`

/** A plugin_dir for the mode (none: empty). */
function pluginDirFor(mode: Mode): string {
  const dir = makeTempDir(`qpq-bench-plugins-${mode}-`)
  if (mode === 'observe') fs.writeFileSync(path.join(dir, 'observer.mjs'), OBSERVER)
  if (mode === 'veto') fs.copyFileSync(path.join(REPO, 'plugins/examples/size-policy.mjs'), path.join(dir, 'size-policy.mjs'))
  return dir
}

/** cpuMs: the daemon's CPU (all its threads: the plugin's worker too) per enqueue of the measured run. */
interface RunResult { mode: Mode; r: PhaseResult; cpuMs: number; notes: string[] }

async function runMode(mode: Mode, round: number, hz: number): Promise<RunResult> {
  const tag = `${mode} (round ${round})`
  setPhase(`${tag}: daemon start`)
  const daemon = await startDaemon(await prepareDaemon(`qpq-bench-plugins-${mode}-data-`), `qpqd-${mode}-${round}`, [...FLAGS, '--plugin-dir', pluginDirFor(mode)])
  const clients: QpqClient[] = []
  try {
    setPhase(`${tag}: connect, register and log in`)
    const setup = Promise.all(Array.from({ length: RECIPIENTS + SENDERS }, async (_, i) => {
      const c = await QpqClient.connect({ server: daemon.server, caCert: daemon.caCert, keyStretching: TEST_STRETCHING, callTimeoutMs: CALL_TIMEOUT_MS })
      clients.push(c)
      const key = Buffer.from(crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })).subarray(12)
      const password = crypto.randomBytes(12).toString('base64url')
      await c.register(`user${i}`, password, key)
      await c.login(`user${i}`, password, key)
      return { c, key }
    }))
    if (!await within(setup, SETUP_TIMEOUT_MS)) throw new Error(`setup took over ${SETUP_TIMEOUT_MS / 1000} s`)
    const users = await setup
    const recipients = users.slice(0, RECIPIENTS).map((u) => u.key)
    const senders = users.slice(RECIPIENTS).map((u) => u.c)
    const payload = crypto.randomBytes(PAYLOAD_BYTES)
    let n = 0
    const enqueue = (): Promise<unknown> => {
      const i = n++
      return (senders[i % SENDERS] as QpqClient).send(recipients[i % RECIPIENTS] as Buffer, payload)
    }
    setPhase(`${tag}: warm-up`)
    await runWindow(WARMUP_MSGS, WINDOW, enqueue)
    setPhase(`${tag}: measured run`)
    const cpu0 = cpuTicks(daemon.pid)
    const r = await runWindow(MEASURED_MSGS, WINDOW, enqueue)
    const cpuMs = ((cpuTicks(daemon.pid) - cpu0) / hz) * 1000 / r.calls
    const metrics = (await scrape(daemon.metricsUrl)).text
    const pluginFailures = metrics.split('\n').filter((l) => l.startsWith('qpq_plugins_hook_failures_total{'))
    const notes = [`${tag}: enqueue_total ${metricValue(metrics, 'enqueue_total')}; failed calls: ${failedCalls(metrics).join('; ') || 'none'}; plugin failures: ${pluginFailures.join('; ') || 'none'}`]
    return { mode, r, cpuMs, notes }
  } finally {
    for (const c of clients) c.close()
    await stopDaemon(daemon)
  }
}

async function main(): Promise<number> {
  setPhase('daemon build')
  buildDaemon() // the daemon as deployed: compiled JavaScript on bare node
  const hz = clockTicks()
  const runs: RunResult[] = []
  // alternating rounds: drift of the machine (other load, thermal) spreads over every mode alike
  for (let round = 1; round <= ROUNDS; round++) {
    for (const mode of MODES) {
      runs.push(await runMode(mode, round, hz))
      await sleep(500)
    }
  }
  setPhase('report')
  const best = (mode: Mode): PhaseResult => runs.filter((x) => x.mode === mode).map((x) => x.r).reduce((a, b) => (b.rps > a.rps ? b : a))
  const rate = Object.fromEntries(MODES.map((m) => [m, best(m).rps])) as Record<Mode, number>
  const f = (x: number, d: number): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')
  const i = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a')
  const out: string[] = []
  out.push(`plugins benchmark: durable Enqueue of ${PAYLOAD_BYTES}-byte payloads to ${RECIPIENTS} recipients over ${SENDERS} connections, ${WINDOW} in flight;`)
  out.push(`  ${i(WARMUP_MSGS)} warm-up then ${i(MEASURED_MSGS)} measured enqueues per run; ${ROUNDS} alternating rounds, best of each mode; ${FLAGS.join(' ')}`)
  out.push('  none: no plugin; observe: a plugin on message.enqueue that refuses nothing and counts a metric; veto: the size-policy example (a size check, vetoes nothing here)')
  out.push(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}); the load generator shares the cores with the daemon and its plugin worker`)
  out.push('')
  out.push(`  ${'run'.padEnd(20)}${'enqueues/s'.padStart(12)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'daemon CPU ms / enqueue'.padStart(26)}`)
  for (const x of runs) out.push(`  ${`${x.mode} (round ${runs.filter((y) => y.mode === x.mode).indexOf(x) + 1})`.padEnd(20)}${i(x.r.rps).padStart(12)}${f(x.r.p50Ms, 2).padStart(10)}${f(x.r.p99Ms, 2).padStart(10)}${f(x.cpuMs, 3).padStart(26)}`)
  out.push('')
  const vetoRatio = rate.veto / rate.none
  const cpu = (mode: Mode): number => Math.min(...runs.filter((x) => x.mode === mode).map((x) => x.cpuMs))
  out.push(`  observe / none: ${f(rate.observe / rate.none, 2)}; veto / none: ${f(vetoRatio, 2)} (goal >= ${GOAL_VETO_RATIO}: ${vetoRatio >= GOAL_VETO_RATIO ? 'PASS' : 'MISS'})`)
  out.push(`  daemon CPU per enqueue (least of the rounds): none ${f(cpu('none'), 3)} ms, observe ${f(cpu('observe'), 3)} ms, veto ${f(cpu('veto'), 3)} ms: a plugin on the hook costs ~${f(cpu('veto') - cpu('none'), 3)} ms of CPU per call`)
  process.stdout.write(`${out.join('\n')}\n`)
  process.stdout.write(`\n${runs.flatMap((x) => x.notes).map((n) => `note: ${n}`).join('\n')}\n`)
  process.stdout.write(`cleanup: ${(await cleanup()).join('; ')}\n`)
  process.stdout.write(`RESULT plugins none_per_s=${Math.round(rate.none)} observe_per_s=${Math.round(rate.observe)} veto_per_s=${Math.round(rate.veto)} veto_ratio=${f(vetoRatio, 2)}\n`)
  return 0
}

runBench('plugins', RUN_TIMEOUT_MS, main)
