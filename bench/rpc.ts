// Measures qpqd's RPC path end to end on loopback: Health calls at 1 and 64 in flight (rps, p50/p99 latency), server CPU per RPC, event-loop delay under load and idle RSS, against a raw UDP echo floor measured in the same run.
import dgram from 'node:dgram'
import os from 'node:os'
import { QpqClient } from '../client/qpq-client.js'
import {
  HOST, buildDaemon, clockTicks, cleanup, cpuTicks, metricValue, prepareDaemon, rssMb, runBench, runWindow, running, scrape,
  setPhase, sleep, startChild, startDaemon, stopChild, summarize, type Child, type PhaseResult,
} from './_lib.js'

const WARMUP_CALLS = 2_000
const N1 = 3_000
const N64 = 30_000
const WINDOW = 64
const RUN_TIMEOUT_MS = 120_000
const IDLE_WAIT_MS = 2_000
const UDP_PAYLOAD = 16
const UDP_RESEND_MS = 200
const UDP_MAX_RESENDS = 10
const UDP_WARMUP = 1_000

const GOAL_RPS_W64 = 10_000
const GOAL_CPU_MS_PER_RPC = 0.1
const GOAL_IDLE_RSS_MB = 80

// ---------------------------------------------------------------------------------------------
// load patterns

// UDP echo floor: a child process echoes datagrams back; we send 16-byte datagrams with a
// sequence number, `window` outstanding, until `cap` round trips or `maxMs` have passed.
const ECHO_SCRIPT = `
const dgram = require('node:dgram')
const s = dgram.createSocket('udp4')
s.on('message', (m, r) => s.send(m, r.port, r.address))
s.on('error', (e) => { console.error('echo: ' + e.message); process.exit(1) })
s.bind(0, '127.0.0.1', () => process.stdout.write('PORT ' + s.address().port + '\\n'))
process.stdin.on('end', () => process.exit(0)); process.stdin.resume()
process.on('SIGTERM', () => process.exit(0))
`

async function startEcho(): Promise<{ child: Child; port: number }> {
  const child = startChild('udp-echo', ['-e', ECHO_SCRIPT], { stdin: 'pipe' })
  const deadline = Date.now() + 10_000
  for (;;) {
    const line = child.output.find((l) => l.startsWith('PORT '))
    if (line !== undefined) return { child, port: Number(line.slice(5)) }
    if (!running(child)) throw new Error(`udp echo child exited: ${child.output.join(' | ')}`)
    if (Date.now() > deadline) throw new Error('udp echo child did not report its port within 10 s')
    await sleep(20)
  }
}

interface EchoResult extends PhaseResult { resends: number }

async function udpEcho(port: number, cap: number, window: number, maxMs: number): Promise<EchoResult> {
  const sock = dgram.createSocket('udp4')
  await new Promise<void>((resolve, reject) => { sock.once('error', reject); sock.bind(0, HOST, () => resolve()) })
  await new Promise<void>((resolve, reject) => { sock.once('error', reject); sock.connect(port, HOST, () => resolve()) })
  const pending = new Map<number, { startNs: bigint; sentAt: number; tries: number; buf: Buffer }>()
  const lat: bigint[] = []
  let nextSeq = 0
  let resends = 0
  const t0 = process.hrtime.bigint()
  const deadlineMs = Date.now() + maxMs
  const canStart = (): boolean => nextSeq < cap && Date.now() < deadlineMs
  let failed: Error | null = null
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (e: Error): void => { failed = e; reject(e) }
      const send = (): void => {
        const seq = nextSeq++
        const buf = Buffer.alloc(UDP_PAYLOAD)
        buf.writeUInt32BE(seq, 0)
        pending.set(seq, { startNs: process.hrtime.bigint(), sentAt: Date.now(), tries: 0, buf })
        sock.send(buf)
      }
      const done = (): boolean => {
        if (pending.size === 0 && !canStart()) { resolve(); return true }
        return false
      }
      sock.on('message', (m) => {
        if (failed !== null || m.length < 4) return
        const seq = m.readUInt32BE(0)
        const p = pending.get(seq)
        if (p === undefined) return // duplicate of a resent datagram
        pending.delete(seq)
        lat.push(process.hrtime.bigint() - p.startNs)
        if (canStart()) send()
        else done()
      })
      sock.on('error', fail)
      // resend datagrams lost on the way (bounded)
      const sweeper = setInterval(() => {
        const now = Date.now()
        for (const p of pending.values()) {
          if (now - p.sentAt < UDP_RESEND_MS) continue
          if (p.tries >= UDP_MAX_RESENDS) { clearInterval(sweeper); fail(new Error(`udp echo: datagram lost ${UDP_MAX_RESENDS + 1} times`)); return }
          p.tries++
          p.sentAt = now
          resends++
          sock.send(p.buf)
        }
        if (done()) clearInterval(sweeper)
      }, 50)
      for (let i = 0; i < window && canStart(); i++) send()
      if (done()) clearInterval(sweeper)
    })
  } finally {
    sock.close()
  }
  return { ...summarize(lat, t0, process.hrtime.bigint()), resends }
}

// ---------------------------------------------------------------------------------------------
// main

interface CpuResult { ms: number; perRpc: number; clientPerRpc: number }

async function main(): Promise<number> {
  const slot = await prepareDaemon('qpq-bench-')
  const hz = clockTicks()

  setPhase('daemon build')
  // measure the daemon as it is deployed: compiled JavaScript on bare node (npm start does the same)
  buildDaemon()
  // The first start creates the database, keys, certificate and OPAQUE setup (one-time work that
  // leaves a few MB behind); a service sits at what a restart on the same data dir uses.
  setPhase('first start')
  const first = await startDaemon(slot, 'qpqd-first')
  await sleep(IDLE_WAIT_MS)
  const firstStartRss = rssMb(first.pid)
  const firstStop = await stopChild(first.child)
  setPhase('daemon start')
  const daemon = await startDaemon(slot, 'qpqd')
  const { startupMs, pid, caCert } = daemon

  setPhase('idle')
  await sleep(IDLE_WAIT_MS)
  const idleRss = rssMb(pid)
  const connect = (): Promise<QpqClient> => QpqClient.connect({ server: daemon.server, caCert, callTimeoutMs: 10_000 })
  const measureCpu = async <T>(calls: () => Promise<T>, n: (r: T) => number): Promise<[T, CpuResult]> => {
    const before = cpuTicks(pid)
    const client = process.cpuUsage()
    const r = await calls()
    const ms = ((cpuTicks(pid) - before) / hz) * 1000
    const c = process.cpuUsage(client)
    return [r, { ms, perRpc: ms / n(r), clientPerRpc: (c.user + c.system) / 1000 / n(r) }]
  }
  const phaseOnOneConnection = async <T>(name: string, body: (c: QpqClient) => Promise<T>): Promise<T> => {
    setPhase(name)
    const c = await connect()
    try {
      return await body(c)
    } finally {
      c.close()
    }
  }

  let firstHealth: unknown = null
  await phaseOnOneConnection('warm-up', async (c) => {
    firstHealth = await c.health()
    return await runWindow(WARMUP_CALLS, WINDOW, () => c.health())
  })

  const [w1, cpu1] = await phaseOnOneConnection('w1', (c) => measureCpu(() => runWindow(N1, 1, () => c.health()), (r) => r.calls))

  const { w64, cpu64, scrapeAfter } = await phaseOnOneConnection('w64', async (c) => {
    const before = await scrape(daemon.metricsUrl) // resets prom-client's event-loop histogram
    if (before.status !== 200) throw new Error(`/metrics answered ${before.status} before w64`)
    const [w64, cpu64] = await measureCpu(() => runWindow(N64, WINDOW, () => c.health()), (r) => r.calls)
    const scrapeAfter = await scrape(daemon.metricsUrl)
    if (scrapeAfter.status !== 200) throw new Error(`/metrics answered ${scrapeAfter.status} after w64`)
    return { w64, cpu64, scrapeAfter }
  })
  const loopP99 = metricValue(scrapeAfter.text, 'nodejs_eventloop_lag_p99_seconds')
  const loopMax = metricValue(scrapeAfter.text, 'nodejs_eventloop_lag_max_seconds')
  const loopP99Ms = loopP99 === null ? NaN : loopP99 * 1000
  const loopMaxMs = loopMax === null ? NaN : loopMax * 1000
  const rssAfter = rssMb(pid)
  const healthCalls = metricValue(scrapeAfter.text, 'qpq_rpc_requests_total{method="Health",status="0"}')
  const healthCallsAny = scrapeAfter.text.split('\n').filter((l) => l.startsWith('qpq_rpc_requests_total{')).join('; ')

  // baseline: raw UDP echo over loopback with the same in-flight patterns
  setPhase('udp echo baseline')
  const echo = await startEcho()
  await udpEcho(echo.port, UDP_WARMUP, WINDOW, 10_000)
  const e1 = await udpEcho(echo.port, N1, 1, Math.max(1, w1.seconds * 1000))
  const e64 = await udpEcho(echo.port, N64, WINDOW, Math.max(1, w64.seconds * 1000))

  setPhase('report')
  const f = (n: number, d: number): string => Number.isFinite(n) ? n.toFixed(d) : 'n/a'
  const i = (n: number): string => Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a'
  const goal = (ok: boolean): string => ok ? 'PASS' : 'MISS'
  const rows: Array<[string, string, string, string]> = [
    ['', 'w1 (1 in flight)', 'w64 (64 in flight)', ''],
    ['Health calls', i(w1.calls), i(w64.calls), ''],
    ['elapsed (s)', f(w1.seconds, 2), f(w64.seconds, 2), ''],
    ['RPC/s', i(w1.rps), i(w64.rps), `goal w64 >= ${i(GOAL_RPS_W64)}: ${goal(w64.rps >= GOAL_RPS_W64)}`],
    ['latency p50 (ms)', f(w1.p50Ms, 3), f(w64.p50Ms, 3), ''],
    ['latency p99 (ms)', f(w1.p99Ms, 3), f(w64.p99Ms, 3), ''],
    ['server CPU (ms)', f(cpu1.ms, 0), f(cpu64.ms, 0), `(${hz} ticks/s)`],
    ['server CPU / RPC (ms)', f(cpu1.perRpc, 3), f(cpu64.perRpc, 3), `goal w64 <= ${GOAL_CPU_MS_PER_RPC}: ${goal(cpu64.perRpc <= GOAL_CPU_MS_PER_RPC)}`],
    ['bench CPU / RPC (ms)', f(cpu1.clientPerRpc, 3), f(cpu64.clientPerRpc, 3), '(client side, this process, same machine)'],
    ['UDP echo round trips', i(e1.calls), i(e64.calls), `(16-byte datagrams; resends ${e1.resends}/${e64.resends})`],
    ['UDP echo elapsed (s)', f(e1.seconds, 2), f(e64.seconds, 2), ''],
    ['UDP echo /s', i(e1.rps), i(e64.rps), ''],
    ['UDP echo p50 (ms)', f(e1.p50Ms, 3), f(e64.p50Ms, 3), ''],
    ['UDP echo p99 (ms)', f(e1.p99Ms, 3), f(e64.p99Ms, 3), ''],
    ['RPC/s ÷ UDP echo/s', f(w1.rps / e1.rps, 3), f(w64.rps / e64.rps, 3), ''],
  ]
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)))
  const out: string[] = []
  out.push(`qpqd RPC benchmark: Health (802) over QUIC on ${HOST}, one connection per phase, warm-up ${i(WARMUP_CALLS)} calls at ${WINDOW} in flight`)
  out.push(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), daemon pid ${pid}, ready in ${first.startupMs} ms on a first start, ${startupMs} ms on the restart`)
  out.push('')
  for (const r of rows) out.push(`  ${r[0].padEnd(widths[0]!)}  ${r[1].padStart(widths[1]!)}  ${r[2].padStart(widths[2]!)}  ${r[3]}`.trimEnd())
  out.push('')
  out.push(`  event-loop delay during w64: p99 ${f(loopP99Ms, 1)} ms, max ${f(loopMaxMs, 1)} ms  (prom-client, ${'nodejs_eventloop_lag_*_seconds'})`)
  const idleOk = firstStartRss < GOAL_IDLE_RSS_MB && idleRss < GOAL_IDLE_RSS_MB
  out.push(`  idle RSS ${IDLE_WAIT_MS / 1000} s after a first start (empty data dir): ${f(firstStartRss, 1)} MB, after a restart: ${f(idleRss, 1)} MB  goal < ${GOAL_IDLE_RSS_MB} MB: ${goal(idleOk)}`)
  out.push(`  (${firstStop}; RSS after w64: ${f(rssAfter, 1)} MB)`)
  out.push(`  udp_echo_rps_w1=${Math.round(e1.rps)} udp_echo_rps_w64=${Math.round(e64.rps)} rps_w1/udp_echo_rps_w1=${f(w1.rps / e1.rps, 3)} rps_w64/udp_echo_rps_w64=${f(w64.rps / e64.rps, 3)}`)
  out.push(`  server counted Health ok calls: ${healthCalls ?? 'n/a'} (expected ${1 + WARMUP_CALLS + N1 + N64}; ${healthCallsAny || 'no qpq_rpc_requests_total lines'})`)
  out.push(`  first Health response: ${JSON.stringify(firstHealth)}`)
  process.stdout.write(`${out.join('\n')}\n`)

  const notes = await cleanup()
  const daemonLog = daemon.child.output
  process.stdout.write(`\ncleanup: ${notes.join('; ')}\n`)
  process.stdout.write(`daemon output (${daemonLog.length} lines at --log-level warn):\n${daemonLog.slice(0, 10).map((l) => `  ${l.length > 300 ? l.slice(0, 300) + '…' : l}`).join('\n')}\n`)

  process.stdout.write(`RESULT rpc rps_w64=${Math.round(w64.rps)} cpu_ms_per_rpc=${f(cpu64.perRpc, 3)} loop_p99_ms=${f(loopP99Ms, 1)} idle_rss_mb=${f(firstStartRss, 1)} idle_rss_restart_mb=${f(idleRss, 1)}`
    + ` rps_w1=${Math.round(w1.rps)} p50_w1_ms=${f(w1.p50Ms, 3)} p99_w1_ms=${f(w1.p99Ms, 3)} p50_w64_ms=${f(w64.p50Ms, 3)} p99_w64_ms=${f(w64.p99Ms, 3)}`
    + ` cpu_ms_per_rpc_w1=${f(cpu1.perRpc, 3)} client_cpu_ms_per_rpc_w64=${f(cpu64.clientPerRpc, 3)} loop_max_ms=${f(loopMaxMs, 1)} udp_echo_rps_w1=${Math.round(e1.rps)} udp_echo_rps_w64=${Math.round(e64.rps)}`
    + ` ratio_w1=${f(w1.rps / e1.rps, 3)} ratio_w64=${f(w64.rps / e64.rps, 3)}\n`)
  return 0
}

runBench('rpc', RUN_TIMEOUT_MS, main)
