// Measures qpqd's RPC path end to end on loopback: Health calls at 1 and 64 in flight (rps, p50/p99 latency), server CPU per RPC, event-loop delay under load and idle RSS, against a raw UDP echo floor measured in the same run.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import dgram from 'node:dgram'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { QpqClient } from '../client/qpq-client.js'

const HOST = '127.0.0.1' // all traffic stays on loopback
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const WARMUP_CALLS = 2_000
const N1 = 3_000
const N64 = 30_000
const WINDOW = 64
const RUN_TIMEOUT_MS = 120_000
const READY_TIMEOUT_MS = 20_000
const IDLE_WAIT_MS = 2_000
const KILL_GRACE_MS = 5_000
const UDP_PAYLOAD = 16
const UDP_RESEND_MS = 200
const UDP_MAX_RESENDS = 10
const UDP_WARMUP = 1_000

const GOAL_RPS_W64 = 10_000
const GOAL_CPU_MS_PER_RPC = 0.1
const GOAL_IDLE_RSS_MB = 80

// ---------------------------------------------------------------------------------------------
// child processes and cleanup

interface Child { name: string; proc: ChildProcess; output: string[]; exited: Promise<void> }

const children: Child[] = []
let dataDir: string | null = null
let phase = 'starting'

function startChild(name: string, args: string[], opts: { stdin?: 'pipe' | 'ignore' } = {}): Child {
  const proc = spawn(process.execPath, args, { cwd: REPO, stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue
      output.push(line)
      if (output.length > 200) output.shift()
    }
  }
  proc.stdout?.on('data', keep)
  proc.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve()
    else proc.once('exit', () => resolve())
  })
  proc.once('error', (err) => output.push(`spawn error: ${err.message}`))
  const child: Child = { name, proc, output, exited }
  children.push(child)
  return child
}

function running(c: Child): boolean {
  return c.proc.exitCode === null && c.proc.signalCode === null && c.proc.pid !== undefined
}

async function stopChild(c: Child): Promise<string> {
  if (!running(c)) return `${c.name}: already exited (code ${c.proc.exitCode}, signal ${c.proc.signalCode})`
  c.proc.kill('SIGTERM')
  const t0 = Date.now()
  if (await within(c.exited, KILL_GRACE_MS)) return `${c.name}: stopped on SIGTERM in ${Date.now() - t0} ms (code ${c.proc.exitCode})`
  c.proc.kill('SIGKILL')
  await within(c.exited, 2_000)
  return `${c.name}: did not exit within ${KILL_GRACE_MS} ms of SIGTERM; sent SIGKILL`
}

let cleaning: Promise<string[]> | null = null
function cleanup(): Promise<string[]> {
  cleaning ??= (async () => {
    const notes: string[] = []
    for (const c of children) notes.push(await stopChild(c))
    if (dataDir !== null) {
      try { fs.rmSync(dataDir, { recursive: true, force: true }) } catch (err) { notes.push(`could not remove ${dataDir}: ${(err as Error).message}`) }
    }
    return notes
  })()
  return cleaning
}

async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms) })
  try {
    return await Promise.race([p.then(() => true as const), timedOut])
  } finally {
    clearTimeout(timer)
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

// ---------------------------------------------------------------------------------------------
// ports, /proc and /metrics

async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket('udp4')
  await new Promise<void>((resolve, reject) => { s.once('error', reject); s.bind(0, HOST, () => resolve()) })
  const port = s.address().port
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

async function freeTcpPort(): Promise<number> {
  const srv = net.createServer()
  await new Promise<void>((resolve, reject) => { srv.once('error', reject); srv.listen(0, HOST, () => resolve()) })
  const port = (srv.address() as net.AddressInfo).port
  await new Promise<void>((r) => srv.close(() => r()))
  return port
}

function clockTicks(): number {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2_000 }).trim())
    return Number.isFinite(n) && n > 0 ? n : 100
  } catch {
    return 100
  }
}

/** utime + stime of a process in clock ticks (fields 14 and 15 of /proc/PID/stat). */
function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  // field 2 (comm) is in parentheses and may contain spaces: count fields after the last ')'
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(rest[14 - 3])
  const stime = Number(rest[15 - 3])
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`cannot parse /proc/${pid}/stat: ${stat}`)
  return utime + stime
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const m = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
  if (m === null) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return Number(m[1]) / 1024
}

async function scrape(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) })
  return { status: res.status, text: await res.text() }
}

function metricValue(text: string, name: string): number | null {
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name} `)) {
      const v = Number(line.slice(name.length + 1).trim().split(' ')[0])
      return Number.isFinite(v) ? v : null
    }
  }
  return null
}

async function waitForMetrics(url: string, daemon: Child): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (!running(daemon)) throw new Error(`daemon exited before listening (code ${daemon.proc.exitCode}, signal ${daemon.proc.signalCode})`)
    try {
      if ((await scrape(url)).status === 200) return
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`daemon not answering ${url} within ${READY_TIMEOUT_MS / 1000} s`)
    await sleep(100)
  }
}

// ---------------------------------------------------------------------------------------------
// load patterns

interface PhaseResult { calls: number; seconds: number; rps: number; p50Ms: number; p99Ms: number; latenciesNs: bigint[] }

function summarize(latenciesNs: bigint[], startNs: bigint, endNs: bigint): PhaseResult {
  const seconds = Number(endNs - startNs) / 1e9
  const sorted = latenciesNs.map((n) => Number(n) / 1e6).sort((a, b) => a - b)
  const pct = (p: number): number => sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
  return { calls: latenciesNs.length, seconds, rps: latenciesNs.length / seconds, p50Ms: pct(50), p99Ms: pct(99), latenciesNs }
}

/** Runs `total` calls keeping `window` outstanding (window 1 = sequential awaits). */
async function runWindow(total: number, window: number, call: () => Promise<unknown>): Promise<PhaseResult> {
  const lat: bigint[] = []
  let started = 0
  const worker = async (): Promise<void> => {
    while (started < total) {
      started++
      const t = process.hrtime.bigint()
      await call()
      lat.push(process.hrtime.bigint() - t)
    }
  }
  const t0 = process.hrtime.bigint()
  if (window === 1) await worker()
  else await Promise.all(Array.from({ length: Math.min(window, total) }, worker))
  return summarize(lat, t0, process.hrtime.bigint())
}

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
  dataDir = fs.mkdtempSync(os.tmpdir() + '/qpq-bench-')
  const port = await freeUdpPort()
  const mport = await freeTcpPort()
  const metricsUrl = `http://${HOST}:${mport}/metrics`
  const hz = clockTicks()

  phase = 'daemon build'
  // measure the daemon as it is deployed: compiled JavaScript on bare node (npm start does the same)
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' })
  phase = 'daemon start'
  const t0 = Date.now()
  const daemon = startChild('qpqd', ['dist/daemon/main.js', '--listen', `${HOST}:${port}`, '--data-dir', dataDir, '--metrics-listen', `${HOST}:${mport}`, '--log-level', 'warn'])
  await waitForMetrics(metricsUrl, daemon)
  const startupMs = Date.now() - t0
  const pid = daemon.proc.pid as number
  const certPath = path.join(dataDir, 'server-cert.der')
  if (!fs.existsSync(certPath)) throw new Error(`daemon is up but ${certPath} does not exist`)
  const caCert = fs.readFileSync(certPath)

  phase = 'idle'
  await sleep(IDLE_WAIT_MS)
  const idleRss = rssMb(pid)
  const connect = (): Promise<QpqClient> => QpqClient.connect({ server: `${HOST}:${port}`, caCert, callTimeoutMs: 10_000 })
  const measureCpu = async <T>(calls: () => Promise<T>, n: (r: T) => number): Promise<[T, CpuResult]> => {
    const before = cpuTicks(pid)
    const client = process.cpuUsage()
    const r = await calls()
    const ms = ((cpuTicks(pid) - before) / hz) * 1000
    const c = process.cpuUsage(client)
    return [r, { ms, perRpc: ms / n(r), clientPerRpc: (c.user + c.system) / 1000 / n(r) }]
  }
  const phaseOnOneConnection = async <T>(name: string, body: (c: QpqClient) => Promise<T>): Promise<T> => {
    phase = name
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
    const before = await scrape(metricsUrl) // resets prom-client's event-loop histogram
    if (before.status !== 200) throw new Error(`/metrics answered ${before.status} before w64`)
    const [w64, cpu64] = await measureCpu(() => runWindow(N64, WINDOW, () => c.health()), (r) => r.calls)
    const scrapeAfter = await scrape(metricsUrl)
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
  phase = 'udp echo baseline'
  const echo = await startEcho()
  await udpEcho(echo.port, UDP_WARMUP, WINDOW, 10_000)
  const e1 = await udpEcho(echo.port, N1, 1, Math.max(1, w1.seconds * 1000))
  const e64 = await udpEcho(echo.port, N64, WINDOW, Math.max(1, w64.seconds * 1000))

  phase = 'report'
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
  out.push(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), daemon pid ${pid}, ready in ${startupMs} ms`)
  out.push('')
  for (const r of rows) out.push(`  ${r[0].padEnd(widths[0]!)}  ${r[1].padStart(widths[1]!)}  ${r[2].padStart(widths[2]!)}  ${r[3]}`.trimEnd())
  out.push('')
  out.push(`  event-loop delay during w64: p99 ${f(loopP99Ms, 1)} ms, max ${f(loopMaxMs, 1)} ms  (prom-client, ${'nodejs_eventloop_lag_*_seconds'})`)
  out.push(`  idle RSS: ${f(idleRss, 1)} MB  goal < ${GOAL_IDLE_RSS_MB} MB: ${goal(idleRss < GOAL_IDLE_RSS_MB)}   (RSS after w64: ${f(rssAfter, 1)} MB)`)
  out.push(`  udp_echo_rps_w1=${Math.round(e1.rps)} udp_echo_rps_w64=${Math.round(e64.rps)} rps_w1/udp_echo_rps_w1=${f(w1.rps / e1.rps, 3)} rps_w64/udp_echo_rps_w64=${f(w64.rps / e64.rps, 3)}`)
  out.push(`  server counted Health ok calls: ${healthCalls ?? 'n/a'} (expected ${1 + WARMUP_CALLS + N1 + N64}; ${healthCallsAny || 'no qpq_rpc_requests_total lines'})`)
  out.push(`  first Health response: ${JSON.stringify(firstHealth)}`)
  process.stdout.write(`${out.join('\n')}\n`)

  const notes = await cleanup()
  const daemonLog = children.find((c) => c.name === 'qpqd')?.output ?? []
  process.stdout.write(`\ncleanup: ${notes.join('; ')}\n`)
  process.stdout.write(`daemon output (${daemonLog.length} lines at --log-level warn):\n${daemonLog.slice(0, 10).map((l) => `  ${l.length > 300 ? l.slice(0, 300) + '…' : l}`).join('\n')}\n`)

  process.stdout.write(`RESULT rpc rps_w64=${Math.round(w64.rps)} cpu_ms_per_rpc=${f(cpu64.perRpc, 3)} loop_p99_ms=${f(loopP99Ms, 1)} idle_rss_mb=${f(idleRss, 1)}`
    + ` rps_w1=${Math.round(w1.rps)} p50_w1_ms=${f(w1.p50Ms, 3)} p99_w1_ms=${f(w1.p99Ms, 3)} p50_w64_ms=${f(w64.p50Ms, 3)} p99_w64_ms=${f(w64.p99Ms, 3)}`
    + ` cpu_ms_per_rpc_w1=${f(cpu1.perRpc, 3)} client_cpu_ms_per_rpc_w64=${f(cpu64.clientPerRpc, 3)} loop_max_ms=${f(loopMaxMs, 1)} udp_echo_rps_w1=${Math.round(e1.rps)} udp_echo_rps_w64=${Math.round(e64.rps)}`
    + ` ratio_w1=${f(w1.rps / e1.rps, 3)} ratio_w64=${f(w64.rps / e64.rps, 3)}\n`)
  return 0
}

let failing = false
async function failAndExit(message: string): Promise<void> {
  if (failing) return // already failing: the first reason is the one reported
  failing = true
  process.stderr.write(`bench rpc: FAILED during ${phase}: ${message}\n`)
  const notes = await within(cleanup().then((n) => process.stderr.write(`cleanup: ${n.join('; ')}\n`)), 10_000)
  if (!notes) process.stderr.write('cleanup did not finish within 10 s\n')
  for (const c of children) {
    if (c.output.length === 0) continue
    process.stderr.write(`--- last output of ${c.name} ---\n${c.output.slice(-30).join('\n')}\n`)
  }
  process.exit(1)
}

const abort = setTimeout(() => { void failAndExit(`run exceeded ${RUN_TIMEOUT_MS / 1000} s`) }, RUN_TIMEOUT_MS)
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => { void failAndExit(`interrupted by ${sig}`) })

main().then(
  (code) => { if (!failing) { clearTimeout(abort); process.exit(code) } },
  (err: unknown) => { void failAndExit(err instanceof Error ? (err.stack ?? err.message) : String(err)) },
)
