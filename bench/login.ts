// Measures what OPAQUE logins cost qpqd's other callers on loopback: Health p50/p99 RTT idle and under bursts of 200 concurrent logins, logins/s and daemon CPU per login, with the crypto worker pool on (default workers) and off (--crypto-workers 0).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { QpqClient } from '../client/qpq-client.js'
import { TEST_STRETCHING } from '../test/helpers/node.js'
import {
  HOST, buildDaemon, childNamed, cleanup, clockTicks, cpuTicks, metricValue, percentile, prepareDaemon, removeTempDir, runBench, running, scrape,
  setPhase, sleep, startChild, startDaemon, stopChild, within, type Child, type Daemon,
  stopDaemon,
} from './_lib.js'

const USERS = 200
const LOAD_CONNECTIONS = 20
const IDLE_HEALTH_CALLS = 300
const PROBE_WARMUP_CALLS = 200
/** Quiet time between registration and the idle measurement. */
const SETTLE_MS = 1_000
const LOAD_MS = 5_000
const MAX_BURSTS = 3
const RUN_TIMEOUT_MS = 240_000
const REGISTER_TIMEOUT_MS = 60_000
const BURST_TIMEOUT_MS = 60_000
const PROBE_TIMEOUT_MS = 30_000
const CALL_TIMEOUT_MS = 30_000
const GOAL_RATIO = 2
/** Without these the default auth limit (10/s per address) would refuse most of a burst. */
const RATE_FLAGS = ['--rate-limit-auth-per-ip', '100000', '--rate-limit-per-ip', '100000']
const PROBE_FLAG = '--health-probe'
const THIS_FILE = fileURLToPath(import.meta.url)

// ---------------------------------------------------------------------------------------------
// the Health probe: a child process (this file with --health-probe) on its own connection, so the
// load generator's client-side OPAQUE work cannot delay the Health calls it times.

type ProbeCommand = { cmd: 'fixed'; n: number } | { cmd: 'start' } | { cmd: 'stop' }
type ProbeReply = { kind: 'ready' } | { kind: 'started' } | { kind: 'latencies'; ms: number[] } | { kind: 'error'; message: string }

async function probeMain(server: string, certPath: string): Promise<void> {
  const send = (r: ProbeReply): void => { process.send?.(r) }
  process.on('disconnect', () => process.exit(0)) // the parent went away
  const client = await QpqClient.connect({ server, caCert: fs.readFileSync(certPath), callTimeoutMs: CALL_TIMEOUT_MS })
  // close the connection on the way out, or the daemon's shutdown waits (up to 2 s) for an unreachable peer
  process.once('SIGTERM', () => { client.close(); setTimeout(() => process.exit(0), 100) })
  const timed = async (into: number[]): Promise<void> => {
    const t = process.hrtime.bigint()
    await client.health()
    into.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  for (let i = 0; i < PROBE_WARMUP_CALLS; i++) await client.health()
  let stopping = false
  let busy = false
  process.on('message', (m: ProbeCommand) => {
    if (m.cmd === 'stop') { stopping = true; return }
    if (busy) { send({ kind: 'error', message: `command ${m.cmd} while busy` }); return }
    busy = true
    stopping = false
    const ms: number[] = []
    void (async () => {
      if (m.cmd === 'fixed') {
        for (let i = 0; i < m.n; i++) await timed(ms)
      } else {
        send({ kind: 'started' })
        while (!stopping) await timed(ms)
      }
    })().then(
      () => { busy = false; send({ kind: 'latencies', ms }) },
      (err: unknown) => { busy = false; send({ kind: 'error', message: `Health call ${ms.length + 1} failed: ${err instanceof Error ? err.message : String(err)}` }) },
    )
  })
  send({ kind: 'ready' })
}

interface Probe { child: Child; next(kind: ProbeReply['kind'], what: string): Promise<ProbeReply>; send(c: ProbeCommand): void }

function startProbe(name: string, daemon: Daemon): Probe {
  const child = startChild(name, ['--import', 'tsx', THIS_FILE, PROBE_FLAG, daemon.server, path.join(daemon.dataDir, 'server-cert.der')], { ipc: true })
  const replies: ProbeReply[] = []
  let wake: (() => void) | null = null
  child.proc.on('message', (m: ProbeReply) => { replies.push(m); wake?.() })
  child.proc.once('exit', () => wake?.())
  return {
    child,
    send: (c) => { child.proc.send(c) },
    async next(kind, what) {
      const deadline = Date.now() + PROBE_TIMEOUT_MS
      for (;;) {
        const r = replies.shift()
        if (r !== undefined) {
          if (r.kind === 'error') throw new Error(`health probe (${what}): ${r.message}`)
          if (r.kind !== kind) throw new Error(`health probe (${what}): expected ${kind}, got ${r.kind}`)
          return r
        }
        if (!running(child)) throw new Error(`health probe exited during ${what} (code ${child.proc.exitCode}, signal ${child.proc.signalCode}): ${child.output.slice(-5).join(' | ')}`)
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`health probe: no ${kind} within ${PROBE_TIMEOUT_MS / 1000} s (${what})`)
        await within(new Promise<void>((r) => { wake = r }), left)
        wake = null
      }
    },
  }
}

const latencies = (r: ProbeReply): number[] => (r.kind === 'latencies' ? r.ms : [])

// ---------------------------------------------------------------------------------------------
// one mode: a fresh daemon, 200 users, idle Health, then Health under login bursts

interface Stats { n: number; p50: number; p99: number; max: number }
function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b)
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s.length === 0 ? NaN : s[s.length - 1] as number }
}

/**
 * The latencies a prober that sends every `intervalMs` would have seen (HdrHistogram's correction
 * for coordinated omission): a sequential prober stuck for T ms in one call records one sample,
 * where calls issued during those T ms would have waited T − interval, T − 2·interval, …
 */
function correctedForOmission(ms: number[], intervalMs: number): number[] {
  const out = [...ms]
  if (!(intervalMs > 0)) return out
  for (const v of ms) for (let missing = v - intervalMs; missing >= intervalMs; missing -= intervalMs) out.push(missing)
  return out
}

interface ModeResult {
  label: string
  flags: string[]
  note: string | null
  startupMs: number
  registerSeconds: number
  idle: Stats
  load: Stats
  ratio: number
  /** Health under load corrected for coordinated omission (expected interval: idle p50). */
  loadCorrected: Stats
  bursts: number
  logins: number
  loadSeconds: number
  loginsPerS: number
  login: Stats
  cpuMsPerLogin: number
  clientCpuMsPerLogin: number
  loopP99Ms: number
  loopMaxMs: number
  workersGauge: number | null
  loginSuccess: number | null
  rateLimitHits: number | null
  daemonLog: string[]
  /** Failures to remove the data dir right after the mode. */
  dirNotes: string[]
}

interface User { name: string; password: string; identityKey: Buffer }

async function startWithFlags(tag: string, modeArgs: string[]): Promise<{ daemon: Daemon; flags: string[]; note: string | null }> {
  const slot = await prepareDaemon(`qpq-bench-login-${tag}-`)
  const flags = [...RATE_FLAGS, ...modeArgs]
  try {
    return { daemon: await startDaemon(slot, `qpqd-${tag}`, flags), flags, note: null }
  } catch (err) {
    // a daemon without the rate-limit flags yet: say so and run without them
    const failed = childNamed(`qpqd-${tag}`)
    if (failed === undefined || running(failed)) throw err
    await within(failed.exited, 2_000)
    const { output } = failed
    if (!/rate-limit/.test(output.join('\n'))) throw err
    const note = `the daemon rejected ${RATE_FLAGS.join(' ')} (${output.slice(-3).join(' | ')}); ran without them`
    process.stdout.write(`NOTE (${tag}): ${note}\n`)
    removeTempDir(slot.dataDir)
    const retry = await prepareDaemon(`qpq-bench-login-${tag}-`)
    return { daemon: await startDaemon(retry, `qpqd-${tag}-noratelimitflags`, modeArgs), flags: modeArgs, note }
  }
}

async function runMode(tag: string, label: string, modeArgs: string[], hz: number): Promise<ModeResult> {
  setPhase(`${tag}: daemon start`)
  const { daemon, flags, note } = await startWithFlags(tag, modeArgs)
  const connect = (): Promise<QpqClient> => QpqClient.connect({ server: daemon.server, caCert: daemon.caCert, keyStretching: TEST_STRETCHING, callTimeoutMs: CALL_TIMEOUT_MS })
  const conns: QpqClient[] = []
  let probe: Probe | null = null
  try {
    setPhase(`${tag}: connect`)
    conns.push(...await Promise.all(Array.from({ length: LOAD_CONNECTIONS }, connect)))

    setPhase(`${tag}: register ${USERS} users`)
    const users: User[] = Array.from({ length: USERS }, (_, i) => ({
      name: `bench${String(i).padStart(4, '0')}`,
      password: crypto.randomBytes(12).toString('base64url'),
      identityKey: crypto.randomBytes(32),
    }))
    const r0 = Date.now()
    const registering = Promise.all(conns.map(async (c, k) => {
      for (let i = k; i < USERS; i += LOAD_CONNECTIONS) {
        const u = users[i] as User
        try {
          await c.register(u.name, u.password, u.identityKey)
        } catch (err) {
          throw new Error(`register ${u.name} failed: ${(err as Error).message}`)
        }
      }
    }))
    if (!await within(registering, REGISTER_TIMEOUT_MS)) throw new Error(`registering ${USERS} users took over ${REGISTER_TIMEOUT_MS / 1000} s`)
    await registering
    const registerSeconds = (Date.now() - r0) / 1000
    await sleep(SETTLE_MS)

    setPhase(`${tag}: health probe start`)
    probe = startProbe(`health-probe-${tag}`, daemon)
    await probe.next('ready', 'connect and warm-up')

    setPhase(`${tag}: idle health`)
    probe.send({ cmd: 'fixed', n: IDLE_HEALTH_CALLS })
    const idle = stats(latencies(await probe.next('latencies', `${IDLE_HEALTH_CALLS} idle calls`)))

    setPhase(`${tag}: login bursts`)
    const before = await scrape(daemon.metricsUrl) // resets prom-client's event-loop histogram
    if (before.status !== 200) throw new Error(`/metrics answered ${before.status} before the load`)
    probe.send({ cmd: 'start' })
    await probe.next('started', 'start of the load')
    const cpu0 = cpuTicks(daemon.pid)
    const client0 = process.cpuUsage()
    const t0 = process.hrtime.bigint()
    const loginMs: number[] = []
    const failures = new Map<string, number>()
    let bursts = 0
    while (bursts < MAX_BURSTS && Number(process.hrtime.bigint() - t0) / 1e6 < LOAD_MS) {
      const burst = Promise.all(users.map(async (u, i) => {
        const c = conns[i % LOAD_CONNECTIONS] as QpqClient
        const t = process.hrtime.bigint()
        try {
          await c.login(u.name, u.password, u.identityKey)
          loginMs.push(Number(process.hrtime.bigint() - t) / 1e6)
        } catch (err) {
          const m = err instanceof Error ? err.message : String(err)
          failures.set(m, (failures.get(m) ?? 0) + 1)
        }
      }))
      if (!await within(burst, BURST_TIMEOUT_MS)) throw new Error(`burst ${bursts + 1}: ${USERS} logins not done within ${BURST_TIMEOUT_MS / 1000} s (${loginMs.length} done so far)`)
      bursts++
      if (failures.size > 0) {
        throw new Error(`burst ${bursts}: ${[...failures.values()].reduce((a, b) => a + b, 0)} of ${USERS} logins failed: ${[...failures].map(([m, n]) => `${n}× ${m}`).join('; ')}`)
      }
    }
    const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9
    const cpuMs = ((cpuTicks(daemon.pid) - cpu0) / hz) * 1000
    const client = process.cpuUsage(client0)
    probe.send({ cmd: 'stop' })
    const loadMs = latencies(await probe.next('latencies', 'end of the load'))
    const load = stats(loadMs)
    const after = await scrape(daemon.metricsUrl)
    if (after.status !== 200) throw new Error(`/metrics answered ${after.status} after the load`)
    const logins = loginMs.length
    const lag = (n: string): number => { const v = metricValue(after.text, n); return v === null ? NaN : v * 1000 }

    setPhase(`${tag}: stop`)
    for (const c of conns.splice(0)) c.close()
    await stopChild(probe.child) // notes kept for cleanup()'s report
    // notes kept for cleanup()'s report, except a failed removal
    const dirNotes = (await stopDaemon(daemon)).slice(1)
    return {
      label, flags, note, startupMs: daemon.startupMs, registerSeconds, idle, load, ratio: load.p99 / idle.p99,
      loadCorrected: stats(correctedForOmission(loadMs, idle.p50)),
      bursts, logins, loadSeconds, loginsPerS: logins / loadSeconds, login: stats(loginMs),
      cpuMsPerLogin: cpuMs / logins, clientCpuMsPerLogin: (client.user + client.system) / 1000 / logins,
      loopP99Ms: lag('nodejs_eventloop_lag_p99_seconds'), loopMaxMs: lag('nodejs_eventloop_lag_max_seconds'),
      workersGauge: metricValue(after.text, 'qpq_crypto_workers'),
      loginSuccess: metricValue(after.text, 'auth_login_success_total'),
      rateLimitHits: metricValue(after.text, 'rate_limit_hit_total'),
      daemonLog: daemon.child.output, dirNotes,
    }
  } finally {
    for (const c of conns) c.close()
  }
}

// ---------------------------------------------------------------------------------------------
// main

async function main(): Promise<number> {
  const hz = clockTicks()
  setPhase('daemon build')
  buildDaemon() // the daemon as deployed: compiled JavaScript on bare node
  const cores = os.availableParallelism()
  // the daemon defaults to the cores less one (at least 1), leaving a core to the event loop
  const pool = await runMode('pool', `pool on (default: ${Math.max(1, cores - 1)} workers)`, [], hz)
  const inline = await runMode('inline', 'pool off (--crypto-workers 0)', ['--crypto-workers', '0'], hz)

  setPhase('report')
  const f = (n: number, d: number): string => Number.isFinite(n) ? n.toFixed(d) : 'n/a'
  const i = (n: number): string => Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a'
  const o = (n: number | null): string => n === null ? 'n/a' : i(n)
  const ok = pool.ratio <= GOAL_RATIO
  const rows: Array<[string, (m: ModeResult) => string]> = [
    ['daemon ready (ms)', (m) => i(m.startupMs)],
    [`register ${USERS} users (s, not measured)`, (m) => f(m.registerSeconds, 2)],
    ['Health idle: calls', (m) => i(m.idle.n)],
    ['Health idle p50 / p99 / max (ms)', (m) => `${f(m.idle.p50, 2)} / ${f(m.idle.p99, 2)} / ${f(m.idle.max, 2)}`],
    ['Health under load: calls', (m) => i(m.load.n)],
    ['Health under load p50 / p99 / max (ms)', (m) => `${f(m.load.p50, 2)} / ${f(m.load.p99, 2)} / ${f(m.load.max, 2)}`],
    ['ratio p99 load / idle', (m) => f(m.ratio, 2)],
    ['  corrected for omission: p99 (ms) *', (m) => f(m.loadCorrected.p99, 2)],
    ['  corrected for omission: ratio *', (m) => f(m.loadCorrected.p99 / m.idle.p99, 2)],
    ['bursts × logins', (m) => `${m.bursts} × ${USERS} (${i(m.logins)} ok)`],
    ['load window (s)', (m) => f(m.loadSeconds, 2)],
    ['logins/s', (m) => i(m.loginsPerS)],
    ['login latency p50 / p99 (ms)', (m) => `${f(m.login.p50, 1)} / ${f(m.login.p99, 1)}`],
    ['daemon CPU / login (ms)', (m) => f(m.cpuMsPerLogin, 2)],
    ['bench CPU / login (ms, client side)', (m) => f(m.clientCpuMsPerLogin, 2)],
    ['daemon event-loop delay p99 / max (ms)', (m) => `${f(m.loopP99Ms, 1)} / ${f(m.loopMaxMs, 1)}`],
    ['qpq_crypto_workers after load', (m) => o(m.workersGauge)],
    ['auth_login_success_total', (m) => o(m.loginSuccess)],
    ['rate_limit_hit_total', (m) => o(m.rateLimitHits)],
  ]
  const cells = rows.map(([name, get]) => [name, get(pool), get(inline)] as const)
  const head = ['', pool.label, inline.label] as const
  const w = [0, 1, 2].map((c) => Math.max(head[c]!.length, ...cells.map((r) => r[c]!.length)))
  const line = (r: readonly string[]): string => `  ${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padStart(w[2]!)}`
  const out: string[] = []
  out.push(`qpqd login benchmark: ${USERS} users, bursts of ${USERS} concurrent OPAQUE logins over ${LOAD_CONNECTIONS} connections (up to ${MAX_BURSTS} bursts or ~${LOAD_MS / 1000} s),`)
  out.push(`  while one more connection (its own process) makes sequential Health calls; idle: ${IDLE_HEALTH_CALLS} Health calls after ${PROBE_WARMUP_CALLS} warm-up; ${HOST} only`)
  out.push(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), client stretching ${JSON.stringify(TEST_STRETCHING)}`)
  for (const m of [pool, inline]) out.push(`daemon flags, ${m.label}: ${m.flags.join(' ') || '(none)'}`)
  out.push('')
  out.push(line(head))
  for (const r of cells) out.push(line(r))
  out.push('')
  out.push(`  goal: Health p99 under load / idle <= ${GOAL_RATIO} with the pool: ${f(pool.ratio, 2)}  ${ok ? 'PASS' : 'MISS'}`)
  out.push(`  what the pool gains: ratio pool-off / pool-on = ${f(inline.ratio / pool.ratio, 2)}×  (Health p99 under load ${f(inline.load.p99, 2)} → ${f(pool.load.p99, 2)} ms);`
    + ` corrected for omission ${f((inline.loadCorrected.p99 / inline.idle.p99) / (pool.loadCorrected.p99 / pool.idle.p99), 2)}×;`)
  out.push(`    logins/s pool-on / pool-off = ${f(pool.loginsPerS / inline.loginsPerS, 2)}×`)
  for (const m of [pool, inline]) if (m.note !== null) out.push(`  NOTE ${m.label}: ${m.note}`)
  out.push('  (daemon CPU / login is all its threads over the load window, the concurrent Health calls included;')
  out.push('   bench CPU / login is this process, the load generator, which shares the machine with the daemon)')
  out.push('  * a sequential prober stuck in one slow call records one sample however long the stall (coordinated')
  out.push('    omission); these rows add the samples a prober sending every idle-p50 ms would have seen')
  process.stdout.write(`${out.join('\n')}\n`)

  const notes = await cleanup()
  process.stdout.write(`\ncleanup: ${[...notes, ...pool.dirNotes, ...inline.dirNotes].join('; ')}\n`)
  for (const m of [pool, inline]) {
    process.stdout.write(`daemon output, ${m.label} (${m.daemonLog.length} lines at --log-level warn):\n${m.daemonLog.slice(0, 10).map((l) => `  ${l.length > 300 ? l.slice(0, 300) + '…' : l}`).join('\n')}\n`)
  }
  process.stdout.write(`RESULT login logins_per_s=${Math.round(pool.loginsPerS)} health_p99_idle_ms=${f(pool.idle.p99, 2)} health_p99_under_load_ms=${f(pool.load.p99, 2)} ratio=${f(pool.ratio, 2)}`
    + ` inline_logins_per_s=${Math.round(inline.loginsPerS)} inline_health_p99_under_load_ms=${f(inline.load.p99, 2)} inline_ratio=${f(inline.ratio, 2)}\n`)
  return 0
}

if (process.argv[2] === PROBE_FLAG) {
  probeMain(process.argv[3] as string, process.argv[4] as string).catch((err: unknown) => {
    process.stderr.write(`health probe: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exit(1)
  })
} else {
  runBench('login', RUN_TIMEOUT_MS, main)
}
