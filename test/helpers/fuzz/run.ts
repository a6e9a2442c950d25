// Runs a fuzz target: cases made from the seed (each from its own generator, rng.ts), checked a
// few at a time, with a check of the system under test after every batch. A case that finds a
// problem — a 10 Internal, a throw where a clear error was due, a dead or silent daemon, a hang —
// is saved to a JSON file under the OS temp dir, named in the report, and can be run again alone:
//   QPQ_FUZZ_SEED    the run's seed (decimal, 0x hex, or "random"); default a fixed one, so the
//                    suite checks the same cases every time
//   QPQ_FUZZ_CASES   cases per target (default: each target's own, sized for npm test)
//   QPQ_FUZZ_REPLAY  a saved case file: only that case runs (in the target that saved it)
import { randomInt } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Rng } from './rng.js'

/** What went wrong with one case: what the RESULT line counts (internal, crash) or another broken promise. */
export type ProblemKind = 'internal' | 'crash' | 'hang' | 'invariant'
export interface Problem { kind: ProblemKind; detail: string }

export const internal = (detail: string): Problem => ({ kind: 'internal', detail })
export const crash = (detail: string): Problem => ({ kind: 'crash', detail })
export const invariant = (detail: string): Problem => ({ kind: 'invariant', detail })

export interface Target<C> {
  name: string
  generate(rng: Rng, index: number): C
  /** Runs one case: null when the system under test behaved; a throw counts as a crash. */
  check(c: C): Promise<Problem | null> | Problem | null
  /** After each batch: whether the system under test is still well (e.g. answers Health). */
  afterBatch?(): Promise<Problem | null>
  /** The case as shown in a report (default: its JSON, cut short). */
  describe?(c: C): string
}

export interface Failure { index: number; problem: Problem; file: string; summary: string }

export interface Report {
  target: string
  seed: number
  cases: number
  failures: Failure[]
  /** Problems by kind (all of them, also those past maxFailures that were not saved). */
  counts: Record<ProblemKind, number>
  ms: number
}

export interface Settings { seed: number; cases: number | null; replay: SavedCase | null }

export interface SavedCase { target: string; seed: number; index: number; problem: Problem; case: unknown }

/** The run's settings from the environment (read once per call). */
export function settings(env: NodeJS.ProcessEnv = process.env, defaultSeed = DEFAULT_SEED): Settings {
  const s = env.QPQ_FUZZ_SEED?.trim()
  const seed = s === undefined || s === '' ? defaultSeed : s === 'random' ? randomInt(0x1_0000_0000) : Number(s)
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new RangeError(`QPQ_FUZZ_SEED must be a 32-bit unsigned integer (decimal or 0x hex) or "random", got ${s}`)
  const c = env.QPQ_FUZZ_CASES?.trim()
  const cases = c === undefined || c === '' ? null : Number(c)
  if (cases !== null && (!Number.isInteger(cases) || cases < 0)) throw new RangeError(`QPQ_FUZZ_CASES must be a whole number, got ${c}`)
  const r = env.QPQ_FUZZ_REPLAY?.trim()
  const replay = r === undefined || r === '' ? null : JSON.parse(readFileSync(r, 'utf8'), revive) as SavedCase
  return { seed, cases, replay }
}

export const DEFAULT_SEED = 0x51_0e_d0_0d

export interface RunOptions {
  /** Cases when QPQ_FUZZ_CASES is not set. */
  cases: number
  /** Cases checked at once (a real daemon is fed several calls at a time). */
  concurrency?: number
  /** Cases between afterBatch checks. */
  batch?: number
  /** A case that takes longer is a hang. */
  caseTimeoutMs?: number
  /** Saved failures before the run stops (the rest are still counted). */
  maxFailures?: number
  settings?: Settings
  /** Progress after each batch (benchmarks print it). */
  onBatch?(done: number, total: number): void
}

export async function runTarget<C>(t: Target<C>, o: RunOptions): Promise<Report> {
  const s = o.settings ?? settings()
  const t0 = performance.now()
  const counts: Record<ProblemKind, number> = { internal: 0, crash: 0, hang: 0, invariant: 0 }
  const failures: Failure[] = []
  const maxFailures = o.maxFailures ?? 3
  const replaying = s.replay !== null
  const indices = replaying ? (s.replay?.target === t.name ? [s.replay.index] : []) : null
  const total = indices?.length ?? s.cases ?? o.cases
  const seed = replaying ? (s.replay as SavedCase).seed : s.seed
  const inFlight = new Map<number, C>()
  // a crash of this process (an exception nobody caught) still leaves the cases it was running
  const monitor = (err: Error): void => {
    for (const [index, c] of inFlight) process.stderr.write(`fuzz ${t.name}: process crashed (${err.message}) while case ${index} ran; saved to ${save(t.name, seed, index, crash(String(err.stack)), c)}\n`)
  }
  process.on('uncaughtExceptionMonitor', monitor)
  const fail = (index: number, c: C, problem: Problem): void => {
    counts[problem.kind]++
    if (failures.length >= maxFailures) return
    failures.push({ index, problem, file: save(t.name, seed, index, problem, c), summary: (t.describe ?? defaultDescribe)(c) })
  }
  const one = async (index: number): Promise<void> => {
    const c = replaying && indices !== null ? (s.replay as SavedCase).case as C : t.generate(Rng.forCase(seed, t.name, index), index)
    inFlight.set(index, c)
    try {
      const p = await withTimeout(Promise.resolve().then(() => t.check(c)), o.caseTimeoutMs ?? 30_000)
      if (p !== null) fail(index, c, p)
    } catch (err) {
      fail(index, c, crash(err instanceof Error ? (err.stack ?? err.message) : String(err)))
    } finally {
      inFlight.delete(index)
    }
  }
  const batch = o.batch ?? 100
  const concurrency = o.concurrency ?? 1
  try {
    for (let start = 0; start < total && failures.length < maxFailures; start += batch) {
      const end = Math.min(total, start + batch)
      let next = start
      const lane = async (): Promise<void> => {
        while (next < end) await one(indices?.[next++] ?? next++)
      }
      await Promise.all(Array.from({ length: Math.min(concurrency, end - start) }, lane))
      const after = await t.afterBatch?.()
      if (after != null) {
        counts[after.kind]++
        // the system broke somewhere in this batch: keep the whole batch
        const cases = []
        for (let i = start; i < end; i++) cases.push(replaying ? (s.replay as SavedCase).case : t.generate(Rng.forCase(seed, t.name, indices?.[i] ?? i), i))
        failures.push({ index: start, problem: after, file: save(t.name, seed, start, after, { batch: cases }), summary: `after cases ${start}..${end - 1}` })
        break
      }
      o.onBatch?.(end, total)
    }
  } finally {
    process.off('uncaughtExceptionMonitor', monitor)
  }
  return { target: t.name, seed, cases: total, failures, counts, ms: Math.round(performance.now() - t0) }
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | Problem> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Problem>((resolve) => { timer = setTimeout(() => resolve({ kind: 'hang', detail: `no verdict within ${ms} ms` }), ms) })
  try {
    return await Promise.race([p, late])
  } finally {
    clearTimeout(timer)
  }
}

/** Writes a failing case where it can be found again; returns the path. */
function save(target: string, seed: number, index: number, problem: Problem, c: unknown): string {
  const file = path.join(tmpdir(), `qpq-fuzz-${target}-${seed.toString(16)}-${index}.json`)
  const saved: SavedCase = { target, seed, index, problem, case: c }
  writeFileSync(file, JSON.stringify(saved, replace, 1) + '\n')
  return file
}

/** Bytes as { $hex } in saved cases (Buffer's own JSON is an array of numbers). */
function replace(this: unknown, _key: string, v: unknown): unknown {
  if (v !== null && typeof v === 'object' && (v as { type?: unknown }).type === 'Buffer' && Array.isArray((v as { data?: unknown }).data)) {
    return { $hex: Buffer.from((v as { data: number[] }).data).toString('hex') }
  }
  if (v instanceof Uint8Array) return { $hex: Buffer.from(v).toString('hex') }
  if (typeof v === 'bigint') return { $bigint: v.toString() }
  return v
}

function revive(_key: string, v: unknown): unknown {
  if (v !== null && typeof v === 'object') {
    const o = v as { $hex?: unknown; $bigint?: unknown }
    if (typeof o.$hex === 'string' && Object.keys(o).length === 1) return Buffer.from(o.$hex, 'hex')
    if (typeof o.$bigint === 'string' && Object.keys(o).length === 1) return BigInt(o.$bigint)
  }
  return v
}

function defaultDescribe(c: unknown): string {
  const s = JSON.stringify(c, replace)
  return s.length > 300 ? `${s.slice(0, 300)}…` : s
}

/** The report as text: one line, and one per failure with its file and how to replay it. */
export function formatReport(r: Report, testFile: string): string {
  const head = `fuzz ${r.target}: ${r.cases} cases, seed 0x${r.seed.toString(16)} (QPQ_FUZZ_SEED=0x${r.seed.toString(16)}), ${r.ms} ms; internal=${r.counts.internal} crash=${r.counts.crash} hang=${r.counts.hang} invariant=${r.counts.invariant}`
  const lines = r.failures.map((f) => `  case ${f.index}: ${f.problem.kind}: ${f.problem.detail.split('\n').slice(0, 6).join('\n    ')}\n    input: ${f.summary}\n    saved: ${f.file}\n    replay: QPQ_FUZZ_REPLAY=${f.file} npm test -- ${testFile}`)
  return [head, ...lines].join('\n')
}

/** Throws (failing the test) when the run found anything; the message names every saved case. */
export function assertClean(r: Report, testFile: string): void {
  const found = r.counts.internal + r.counts.crash + r.counts.hang + r.counts.invariant
  if (found > 0) throw new Error(formatReport(r, testFile))
}
