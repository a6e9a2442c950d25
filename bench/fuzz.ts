// The long fuzz run: 100,000 cases (or --cases N) against a real qpqd process built into dist/ —
// every method's requests made from the schemas and mutated, malformed frames, and lines on its
// admin socket (a tenth of the count) — then Health, the daemon's RSS growth and its log (an
// error line or a stack trace for a client's error is a failure); then, in this process, what
// the daemon process runs with off (mesh and federation need a network namespace and
// certificates: the mesh's envelopes, stream frames and router; a real Federation component over
// mutual TLS) or that is not the daemon's (the configuration loader, the frame codec, the SDK
// against a hostile server), a tenth of the daemon's count each, at least 1,000.
// Any 10 Internal, crash, hang or broken promise is saved (the path printed) and fails the run:
//   RESULT fuzz cases=… internal=0 crashes=0 rss_growth_mb=…
// The seed is random unless QPQ_FUZZ_SEED sets it (printed first); QPQ_FUZZ_REPLAY runs one
// saved case (see test/helpers/fuzz/run.ts).
import { randomInt } from 'node:crypto'
import path from 'node:path'
import { readToken } from '../daemon/admin/socket-files.js'
import { createLogger } from '../daemon/observability/logger.js'
import { adminTarget } from '../test/helpers/fuzz/admin-target.js'
import { LogWatch } from '../test/helpers/fuzz/log-watch.js'
import { rpcFuzz } from '../test/helpers/fuzz/rpc-target.js'
import { codecTarget } from '../test/helpers/fuzz/frame-target.js'
import { hostileServerFuzz } from '../test/helpers/fuzz/hostile-server.js'
import { meshEnvelopeTarget, meshFramesTarget, meshRouterTarget } from '../test/helpers/fuzz/mesh-target.js'
import { federationFuzz } from '../test/helpers/fuzz/federation-target.js'
import { configTarget } from '../test/helpers/fuzz/config-target.js'
import { formatReport, runTarget, settings, type ProblemKind, type Report, type RunOptions, type Target } from '../test/helpers/fuzz/run.js'
import { buildDaemon, prepareDaemon, rssMb, runBench, running, setPhase, sleep, startDaemon, stopDaemon } from './_lib.js'

const RUN_TIMEOUT_MS = 40 * 60_000
/** RSS the daemon may gain over the run: its request-body budget (64 MiB by default) and a margin for caches and the heap. */
const RSS_GROWTH_LIMIT_MB = 160

function casesArg(): number {
  const i = process.argv.indexOf('--cases')
  const v = i >= 0 ? Number(process.argv[i + 1]) : 100_000
  if (!Number.isInteger(v) || v < 1) throw new Error(`--cases wants a whole number of cases, got ${process.argv[i + 1]}`)
  return v
}

async function main(): Promise<number> {
  const total = casesArg()
  const s = settings(process.env, randomInt(0x1_0000_0000))
  const seed = `0x${s.seed.toString(16)}`
  process.stdout.write(`fuzz: seed ${seed} (QPQ_FUZZ_SEED=${seed} runs these cases again), ${total} cases against the daemon\n`)
  const reports: Report[] = []
  const run = async <C>(t: Target<C>, cases: number, o: Omit<RunOptions, 'cases'> = {}): Promise<Report> => {
    setPhase(`fuzz ${t.name}`)
    const t0 = Date.now()
    let shown = 0
    const r = await runTarget(t, {
      ...o, cases, settings: { ...s, cases: null },
      onBatch: (done, all) => {
        if (Date.now() - t0 < shown * 15_000) return
        shown++
        process.stdout.write(`  ${t.name}: ${done}/${all}\n`)
      },
    })
    process.stdout.write(`${formatReport(r, `bench/fuzz.ts (npm run bench -- fuzz)`)}\n`)
    reports.push(r)
    return r
  }

  setPhase('daemon build')
  buildDaemon()
  setPhase('daemon start')
  const slot = await prepareDaemon('qpq-bench-fuzz-')
  // per-address limits lifted (every case comes from 127.0.0.1); a short per-call deadline bounds long polls
  const daemon = await startDaemon(slot, 'qpqd', [
    '--rate-limit-per-ip', '1000000', '--rate-limit-per-identity', '1000000', '--rate-limit-auth-per-ip', '1000000', '--rpc-timeout', '3', '--log-level', 'debug',
  ])
  const log = new LogWatch()
  daemon.child.proc.stdout?.on('data', (d: Buffer) => log.text(d.toString('utf8')))
  const exited = (): string | null => (running(daemon.child) ? null : `exit code ${daemon.child.proc.exitCode}, signal ${daemon.child.proc.signalCode}`)
  const fuzz = await rpcFuzz({ server: daemon.server, caCert: daemon.caCert, logProblems: () => log.take(), exited })
  // warm-up (workers started, first logins done), then the baseline
  await run(fuzz.frames, 500, { concurrency: 16, batch: 250 })
  await sleep(1_000)
  const rssBefore = rssMb(daemon.pid)

  const frames = Math.round(total / 5)
  await run(fuzz.requests, total - frames, { concurrency: 16, batch: 1_000 })
  await run(fuzz.frames, frames, { concurrency: 16, batch: 1_000 })
  fuzz.close()
  // the admin socket (qpqctl's protocol) of the same process
  const socket = path.join(slot.dataDir, 'admin', 'qpqd.sock')
  await run(adminTarget(socket, readToken(socket)), Math.max(1_000, Math.round(total / 10)), { concurrency: 8, batch: 1_000 })
  process.stdout.write(`answers by method and status:\n  ${fuzz.tally.lines(2).join('\n  ')}\n`)

  setPhase('daemon after the run')
  await sleep(2_000) // calls still held (long polls up to the 3 s deadline) finish
  let daemonProblems = 0
  const gone = exited()
  if (gone !== null) {
    process.stdout.write(`the daemon ended during the run: ${gone}\n`)
    daemonProblems++
  }
  const rssAfter = gone === null ? rssMb(daemon.pid) : NaN
  const growth = rssAfter - rssBefore
  process.stdout.write(`daemon RSS: ${rssBefore.toFixed(1)} MB after the warm-up, ${rssAfter.toFixed(1)} MB after the run (limit +${RSS_GROWTH_LIMIT_MB} MB); ${log.lines} log lines read\n`)
  const lastLog = log.take()
  if (lastLog !== null) {
    process.stdout.write(`${lastLog}\n`)
    daemonProblems++
  }
  if (!(growth <= RSS_GROWTH_LIMIT_MB)) daemonProblems++
  for (const note of await stopDaemon(daemon)) process.stdout.write(`${note}\n`)

  // in this process: what the daemon process runs with off, or what is not the daemon's
  const each = Math.max(1_000, Math.round(total / 10))
  const router = meshRouterTarget()
  try {
    await run(meshEnvelopeTarget(), each, { batch: 1_000 })
    await run(meshFramesTarget(), each, { batch: 1_000 })
    await run(router, each, { batch: 500 })
  } finally {
    router.close()
  }
  const fedLog = new LogWatch()
  const fed = await federationFuzz(createLogger('debug', { destination: fedLog.destination }), () => fedLog.take())
  try {
    await run(fed.target, each, { concurrency: 16, batch: 500 })
  } finally {
    await fed.close()
  }
  const config = configTarget()
  try {
    await run(config, each, { batch: 1_000 })
  } finally {
    config.close()
  }
  await run(codecTarget, each, { batch: 1_000 })
  const hostile = await hostileServerFuzz()
  try {
    await run(hostile.target, Math.round(each / 2), { concurrency: 8, batch: 250 })
  } finally {
    await hostile.close()
  }

  setPhase('report')
  const sum = (k: ProblemKind): number => reports.reduce((n, r) => n + r.counts[k], 0)
  const cases = reports.reduce((n, r) => n + r.cases, 0)
  const crashes = sum('crash') + (gone !== null ? 1 : 0)
  const other = sum('hang') + sum('invariant')
  process.stdout.write(`${cases} cases in all (seed ${seed}); hangs and broken promises: ${other}; daemon problems after the run: ${daemonProblems}\n`)
  process.stdout.write(`RESULT fuzz cases=${cases} internal=${sum('internal')} crashes=${crashes} rss_growth_mb=${Number.isFinite(growth) ? growth.toFixed(1) : 'NaN'}\n`)
  return sum('internal') + crashes + other + daemonProblems === 0 ? 0 : 1
}

runBench('fuzz', RUN_TIMEOUT_MS, main)
