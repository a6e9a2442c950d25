// Shared plumbing of the benchmarks (not a benchmark itself): child processes and temp dirs that are always cleaned up, a bounded run with a FAILED report, ports, /proc, /metrics, and the daemon's build and start.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import dgram from 'node:dgram'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const HOST = '127.0.0.1' // all traffic stays on loopback
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const READY_TIMEOUT_MS = 20_000
export const KILL_GRACE_MS = 5_000

// ---------------------------------------------------------------------------------------------
// child processes, temp dirs and cleanup

export interface Child {
  name: string
  proc: ChildProcess
  output: string[]
  exited: Promise<void>
  /** Set once stopChild has stopped it: what happened. */
  stopNote: string | null
}

const children: Child[] = []
const tempDirs: string[] = []
let phase = 'starting'

/** Names the current phase; a failure reports it. */
export function setPhase(p: string): void {
  phase = p
}

/**
 * Starts `node ARGS` (or `COMMAND ARGS` with opts.command) in the repository; its stdout and
 * stderr lines are kept (the last 200).
 */
export function startChild(name: string, args: string[], opts: { stdin?: 'pipe' | 'ignore'; ipc?: boolean; command?: string } = {}): Child {
  const stdio: Array<'pipe' | 'ignore' | 'ipc'> = [opts.stdin ?? 'ignore', 'pipe', 'pipe']
  if (opts.ipc === true) stdio.push('ipc')
  const proc = spawn(opts.command ?? process.execPath, args, { cwd: REPO, stdio })
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
  const child: Child = { name, proc, output, exited, stopNote: null }
  children.push(child)
  return child
}

/** The last child started under this name. */
export function childNamed(name: string): Child | undefined {
  return children.findLast((c) => c.name === name)
}

export function running(c: Child): boolean {
  return c.proc.exitCode === null && c.proc.signalCode === null && c.proc.pid !== undefined
}

/** SIGTERM, then SIGKILL after KILL_GRACE_MS; returns (and remembers) what happened. */
export async function stopChild(c: Child): Promise<string> {
  if (c.stopNote !== null) return c.stopNote
  let note: string
  if (!running(c)) {
    note = `${c.name}: already exited (code ${c.proc.exitCode}, signal ${c.proc.signalCode})`
  } else {
    c.proc.kill('SIGTERM')
    const t0 = Date.now()
    if (await within(c.exited, KILL_GRACE_MS)) {
      note = `${c.name}: stopped on SIGTERM in ${Date.now() - t0} ms (code ${c.proc.exitCode})`
    } else {
      c.proc.kill('SIGKILL')
      await within(c.exited, 2_000)
      note = `${c.name}: did not exit within ${KILL_GRACE_MS} ms of SIGTERM; sent SIGKILL`
    }
  }
  c.stopNote = note
  return note
}

/** A fresh directory under the system temp dir, removed by cleanup() unless removed before. */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(os.tmpdir() + '/' + prefix)
  tempDirs.push(dir)
  return dir
}

/** Removes a directory made by makeTempDir now; returns a note when that failed. */
export function removeTempDir(dir: string): string | null {
  const i = tempDirs.indexOf(dir)
  if (i >= 0) tempDirs.splice(i, 1)
  try {
    fs.rmSync(dir, { recursive: true, force: true })
    return null
  } catch (err) {
    return `could not remove ${dir}: ${(err as Error).message}`
  }
}

let cleaning: Promise<string[]> | null = null
/** Stops every child and removes every temp dir (once); returns notes on what happened. */
export function cleanup(): Promise<string[]> {
  cleaning ??= (async () => {
    const notes: string[] = []
    for (const c of children) notes.push(await stopChild(c))
    for (const dir of tempDirs.splice(0)) {
      const note = removeTempDir(dir)
      if (note !== null) notes.push(note)
    }
    return notes
  })()
  return cleaning
}

export async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms) })
  try {
    return await Promise.race([p.then(() => true as const), timedOut])
  } finally {
    clearTimeout(timer)
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

let failing = false
async function failAndExit(name: string, message: string): Promise<void> {
  if (failing) return // already failing: the first reason is the one reported
  failing = true
  process.stderr.write(`bench ${name}: FAILED during ${phase}: ${message}\n`)
  const notes = await within(cleanup().then((n) => process.stderr.write(`cleanup: ${n.join('; ')}\n`)), 10_000)
  if (!notes) process.stderr.write('cleanup did not finish within 10 s\n')
  for (const c of children) {
    if (c.output.length === 0) continue
    process.stderr.write(`--- last output of ${c.name} ---\n${c.output.slice(-30).join('\n')}\n`)
  }
  process.exit(1)
}

/**
 * Runs a benchmark's main: aborts it after `timeoutMs`, and on a failure, SIGINT or SIGTERM
 * reports `bench NAME: FAILED during PHASE: …`, cleans up and exits 1.
 */
export function runBench(name: string, timeoutMs: number, main: () => Promise<number>): void {
  const abort = setTimeout(() => { void failAndExit(name, `run exceeded ${timeoutMs / 1000} s`) }, timeoutMs)
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => { void failAndExit(name, `interrupted by ${sig}`) })
  main().then(
    (code) => { if (!failing) { clearTimeout(abort); process.exit(code) } },
    (err: unknown) => { void failAndExit(name, err instanceof Error ? (err.stack ?? err.message) : String(err)) },
  )
}

// ---------------------------------------------------------------------------------------------
// ports, /proc and /metrics

export async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket('udp4')
  await new Promise<void>((resolve, reject) => { s.once('error', reject); s.bind(0, HOST, () => resolve()) })
  const port = s.address().port
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

export async function freeTcpPort(): Promise<number> {
  const srv = net.createServer()
  await new Promise<void>((resolve, reject) => { srv.once('error', reject); srv.listen(0, HOST, () => resolve()) })
  const port = (srv.address() as net.AddressInfo).port
  await new Promise<void>((r) => srv.close(() => r()))
  return port
}

export function clockTicks(): number {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2_000 }).trim())
    return Number.isFinite(n) && n > 0 ? n : 100
  } catch {
    return 100
  }
}

/** utime + stime of a process (all its threads) in clock ticks (fields 14 and 15 of /proc/PID/stat). */
export function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  // field 2 (comm) is in parentheses and may contain spaces: count fields after the last ')'
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(rest[14 - 3])
  const stime = Number(rest[15 - 3])
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`cannot parse /proc/${pid}/stat: ${stat}`)
  return utime + stime
}

/** Busy and total clock ticks of the whole machine, all CPUs (the first line of /proc/stat). */
export function machineTicks(): { busy: number; total: number } {
  const f = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] as string).trim().split(/\s+/).slice(1, 9).map(Number)
  const total = f.reduce((a, b) => a + b, 0)
  return { busy: total - (f[3] ?? 0) - (f[4] ?? 0), total }
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const m = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
  if (m === null) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return Number(m[1]) / 1024
}

export async function scrape(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) })
  return { status: res.status, text: await res.text() }
}

export function metricValue(text: string, name: string): number | null {
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name} `)) {
      const v = Number(line.slice(name.length + 1).trim().split(' ')[0])
      return Number.isFinite(v) ? v : null
    }
  }
  return null
}

export async function waitForMetrics(url: string, daemon: Child): Promise<void> {
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
// the daemon

/** Builds the daemon as it is deployed: compiled JavaScript for bare node (npm start does the same). */
export function buildDaemon(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' })
}

export interface DaemonSlot { dataDir: string; port: number; mport: number; metricsUrl: string }

/** A fresh data dir (removed by cleanup) and free loopback ports for one daemon. */
export async function prepareDaemon(tmpPrefix: string): Promise<DaemonSlot> {
  const dataDir = makeTempDir(tmpPrefix)
  const port = await freeUdpPort()
  const mport = await freeTcpPort()
  return { dataDir, port, mport, metricsUrl: `http://${HOST}:${mport}/metrics` }
}

export interface Daemon extends DaemonSlot { child: Child; pid: number; startupMs: number; caCert: Buffer; server: string }

/**
 * Node options for the daemons a benchmark starts, from QPQ_BENCH_DAEMON_NODE_OPTIONS (e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof": Node refuses --cpu-prof in NODE_OPTIONS; docs/performance.md).
 */
const DAEMON_NODE_OPTIONS = (process.env.QPQ_BENCH_DAEMON_NODE_OPTIONS ?? '').split(/\s+/).filter((a) => a !== '')

/** Starts dist/daemon/main.js on the slot (log level warn, metrics on) and waits for /metrics. */
export async function startDaemon(slot: DaemonSlot, name: string, extraArgs: string[] = []): Promise<Daemon> {
  const t0 = Date.now()
  const child = startChild(name, [...DAEMON_NODE_OPTIONS, 'dist/daemon/main.js', '--listen', `${HOST}:${slot.port}`, '--data-dir', slot.dataDir, '--metrics-listen', `${HOST}:${slot.mport}`, '--log-level', 'warn', ...extraArgs])
  await waitForMetrics(slot.metricsUrl, child)
  const startupMs = Date.now() - t0
  const certPath = path.join(slot.dataDir, 'server-cert.der')
  if (!fs.existsSync(certPath)) throw new Error(`daemon is up but ${certPath} does not exist`)
  return { ...slot, child, pid: child.proc.pid as number, startupMs, caCert: fs.readFileSync(certPath), server: `${HOST}:${slot.port}` }
}

// ---------------------------------------------------------------------------------------------
// latency statistics and load patterns

/** Stops a daemon and removes its data dir; returns the notes to print (how it stopped, a failed removal). */
export async function stopDaemon(daemon: Daemon): Promise<string[]> {
  const notes = [await stopChild(daemon.child)]
  const rm = removeTempDir(daemon.dataDir)
  if (rm !== null) notes.push(rm)
  return notes
}

/** The qpq_rpc_requests_total lines of a scrape whose status is not 0 (calls that failed). */
export function failedCalls(metricsText: string): string[] {
  return metricsText.split('\n').filter((l) => l.startsWith('qpq_rpc_requests_total{') && !l.includes('status="0"'))
}

export interface PhaseResult { calls: number; seconds: number; rps: number; p50Ms: number; p99Ms: number; latenciesNs: bigint[] }

/** The p-th percentile (nearest rank) of ascending values; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
}

export function summarize(latenciesNs: bigint[], startNs: bigint, endNs: bigint): PhaseResult {
  const seconds = Number(endNs - startNs) / 1e9
  const sorted = latenciesNs.map((n) => Number(n) / 1e6).sort((a, b) => a - b)
  return { calls: latenciesNs.length, seconds, rps: latenciesNs.length / seconds, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), latenciesNs }
}

/** Runs `total` calls keeping `window` outstanding (window 1 = sequential awaits). */
export async function runWindow(total: number, window: number, call: () => Promise<unknown>): Promise<PhaseResult> {
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
