// Measures what attacks on memory do to a victim, on a qpqd process with its default budget (64 MiB
// in all, 16 MiB per address): a logged-in victim's Health latency (p50/p99, paced calls on an
// existing connection) when idle — the baseline in the same run —, during a slow-body attack
// (10 unauthenticated addresses, 8 streams each declaring 4 MiB and sending 4 MiB − 1 without
// finishing, each stream replaced once its body is dropped or timed out) and during a padded
// long-poll attack (one account, 5 connections × 8 valid FetchWaits padded to ~3.75 MiB); and the
// daemon's RSS idle, at its peak and after the attackers left. Goal: victim p99 < 100 ms during
// both attacks, RSS within idle + the budget + a margin, and back near idle after.
import { createRequire } from 'node:module'
import { MAX_PAYLOAD, encodeRequest } from '../protocol/frames.js'
const require_ = createRequire(import.meta.url)
import { RpcConnection } from '../protocol/rpc-connection.js'
import { DEFAULT_TRANSPORT, toPem } from '../protocol/quic/config.js'
import { qpq } from '../proto/qpq.js'
import { QpqClient } from '../client/qpq-client.js'
import { TEST_STRETCHING } from '../test/helpers/node.js'
import { HOST, buildDaemon, metricValue, percentile, prepareDaemon, rssMb, runBench, scrape, setPhase, sleep, startDaemon, stopDaemon } from './_lib.js'

const MiB = 1 << 20
const BUDGET_MB = 64
const PHASE_MS = 15_000
const PACE_MS = 20
const SLOW_ADDRESSES = 10
const STREAMS = 8
const POLL_CONNECTIONS = 5
const GOAL_P99_MS = 100
const RSS_MARGIN_MB = 64 // garbage V8 collects at its external-memory threshold (see test/memory-fairness.test.ts)

async function victimLatency(c: QpqClient, ms: number, during: () => Promise<void>): Promise<{ p50: number; p99: number; n: number; failed: number }> {
  const lat: number[] = []
  let failed = 0
  const end = Date.now() + ms
  const load = during()
  while (Date.now() < end) {
    const t = performance.now()
    try {
      await c.health()
      lat.push(performance.now() - t)
    } catch {
      failed++
    }
    await sleep(PACE_MS)
  }
  await load
  lat.sort((a, b) => a - b)
  return { p50: percentile(lat, 50), p99: percentile(lat, 99), n: lat.length, failed }
}

async function main(): Promise<number> {
  setPhase('build and start')
  buildDaemon()
  const slot = await prepareDaemon('qpq-bench-attack-')
  const daemon = await startDaemon(slot, 'qpqd', ['--rate-limit-auth-per-ip', '1000', '--rate-limit-per-ip', '100000', '--rate-limit-per-identity', '100000'])
  const connect = (bindAddress?: string): Promise<QpqClient> =>
    QpqClient.connect({ server: daemon.server, caCert: daemon.caCert, keyStretching: TEST_STRETCHING, ...(bindAddress === undefined ? {} : { bindAddress }) })
  const account = async (name: string, bindAddress?: string): Promise<{ c: QpqClient; key: Buffer }> => {
    const key = Buffer.from(crypto.getRandomValues(new Uint8Array(32)))
    await (await connect()).register(name, `${name} password`, key)
    const c = await connect(bindAddress)
    await c.login(name, `${name} password`, key)
    return { c, key }
  }
  const victim = await account('victim')
  await sleep(2_000)
  const rssIdle = rssMb(daemon.pid)
  let rssPeak = rssIdle
  const watch = setInterval(() => { rssPeak = Math.max(rssPeak, rssMb(daemon.pid)) }, 100)
  const diag = process.env.QPQ_BENCH_DIAG === '1' ? setInterval(() => {
    void scrape(slot.metricsUrl).then(({ text }) => {
      const m = (n: string): string => ((metricValue(text, n) ?? NaN) / MiB).toFixed(1)
      process.stderr.write(`rss ${rssMb(daemon.pid).toFixed(1)} heapTotal ${m('nodejs_heap_size_total_bytes')} heapUsed ${m('nodejs_heap_size_used_bytes')} external ${m('nodejs_external_memory_bytes')} held ${m('qpq_rpc_buffered_bytes')} conns ${metricValue(text, 'qpq_quic_connections')}\n`)
    })
  }, 1000) : null

  setPhase('idle baseline')
  const idle = await victimLatency(victim.c, 5_000, async () => {})

  setPhase('slow-body attack')
  let stop = false
  const frame = Buffer.concat([encodeRequest(802, 1, new Uint8Array()).subarray(0, 10), Buffer.alloc(MAX_PAYLOAD - 1)])
  frame.writeUInt32BE(MAX_PAYLOAD, 6)
  const attackers: RpcConnection[] = []
  const slow = await victimLatency(victim.c, PHASE_MS, async () => {
    const streamsOf = async (i: number): Promise<void> => {
      while (!stop) {
        const a = new RpcConnection({
          host: HOST, port: slot.port, serverName: 'localhost', caPem: toPem(daemon.caCert, 'CERTIFICATE'), bindAddress: `127.0.0.${i + 2}`,
          transport: { ...DEFAULT_TRANSPORT, alpn: ['qpq'], maxStreamsBidi: 0 }, connectTimeoutMs: 5_000, keepAliveMs: 0, bufferBudget: 64 * MiB,
        }, { onPush: () => {}, onClose: () => {} })
        attackers.push(a)
        try {
          await a.ready
          // each stream is replaced as soon as the daemon answers it (dropped: 9; timed out: 8)
          await Promise.all(Array.from({ length: STREAMS }, async () => {
            while (!stop && a.isOpen) await a.send(frame, { fin: false, timeoutMs: 60_000 }).catch(() => null)
          }))
        } catch {
          // refused or closed: a new connection
        }
        a.close()
      }
    }
    const loops = Array.from({ length: SLOW_ADDRESSES }, (_, i) => streamsOf(i))
    await sleep(PHASE_MS)
    stop = true
    for (const a of attackers) a.close()
    await Promise.all(loops)
  })
  const dropped = metricValue((await scrape(slot.metricsUrl)).text, 'qpq_rpc_bodies_dropped_total')

  setPhase('padded long-poll attack')
  const mallory = await account('mallory')
  const pollers = await Promise.all(Array.from({ length: POLL_CONNECTIONS }, async () => {
    const c = await connect('127.0.0.50')
    await c.login('mallory', 'mallory password', mallory.key)
    return c
  }))
  const poll = qpq.v1.FetchWaitRequest.encode({ recipient_key: mallory.key, timeout_ms: 60_000 }).finish()
  const padded = Buffer.concat([poll, Buffer.from([0xba, 0x3e, 0x80, 0x80, 0xf0, 0x01]), Buffer.alloc(0x3c0000)]) // field 999, ~3.75 MiB
  const polls = await victimLatency(victim.c, PHASE_MS, async () => {
    const calls = pollers.flatMap((c) => Array.from({ length: STREAMS }, () => c.call(202, padded).catch(() => null)))
    await sleep(PHASE_MS)
    for (const c of pollers) c.close()
    await Promise.all(calls)
  })

  setPhase('after the attackers left')
  await sleep(Number(process.env.QPQ_BENCH_AFTER_MS ?? 5_000))
  clearInterval(watch)
  if (diag !== null) clearInterval(diag)
  if (process.env.QPQ_BENCH_SNAPSHOT === '1') { process.kill(daemon.pid, 'SIGUSR2'); await sleep(8_000) }
  if (process.env.QPQ_BENCH_DIAG === '1') {
    const smaps = require_('node:fs').readFileSync(`/proc/${daemon.pid}/smaps`, 'utf8') as string
    const maps: Array<{ head: string; rss: number }> = []
    let cur: { head: string; rss: number } | null = null
    for (const line of smaps.split('\n')) {
      if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) { cur = { head: line, rss: 0 }; maps.push(cur) } else if (line.startsWith('Rss:') && cur) cur.rss = Number(line.split(/\s+/)[1])
    }
    maps.sort((a, b) => b.rss - a.rss)
    for (const m of maps.slice(0, 15)) process.stderr.write(`${m.rss} kB ${m.head}\n`)
  }
  const rssAfter = rssMb(daemon.pid)
  const health = (await victim.c.health()).status
  victim.c.close()
  const notes = await stopDaemon(daemon)

  const f = (n: number): string => n.toFixed(1)
  const ok = (b: boolean): string => (b ? 'met' : 'MISS')
  const rssBound = rssIdle + BUDGET_MB + RSS_MARGIN_MB
  process.stdout.write([
    `qpqd, memory budget ${BUDGET_MB} MiB (16 MiB per address, 4 MiB without a session); victim: Health every ${PACE_MS} ms on an existing connection`,
    `  idle:                victim Health p50 ${f(idle.p50)} ms, p99 ${f(idle.p99)} ms (${idle.n} calls)`,
    `  slow-body attack:    victim p50 ${f(slow.p50)} ms, p99 ${f(slow.p99)} ms (${slow.n} calls, ${slow.failed} failed); bodies dropped ${dropped ?? 'n/a'}   goal p99 < ${GOAL_P99_MS} ms: ${ok(slow.p99 < GOAL_P99_MS && slow.failed === 0)}`,
    `  padded long polls:   victim p50 ${f(polls.p50)} ms, p99 ${f(polls.p99)} ms (${polls.n} calls, ${polls.failed} failed)   goal p99 < ${GOAL_P99_MS} ms: ${ok(polls.p99 < GOAL_P99_MS && polls.failed === 0)}`,
    `  daemon RSS: idle ${f(rssIdle)} MB, peak ${f(rssPeak)} MB (bound idle + budget + ${RSS_MARGIN_MB} MB = ${f(rssBound)}: ${ok(rssPeak <= rssBound)}), after ${f(rssAfter)} MB; Health after: ${health}`,
    ...notes.map((n) => `note: ${n}`),
    `RESULT attack idle_p99_ms=${f(idle.p99)} slow_body_p99_ms=${f(slow.p99)} padded_poll_p99_ms=${f(polls.p99)} rss_idle_mb=${f(rssIdle)} rss_peak_mb=${f(rssPeak)} rss_after_mb=${f(rssAfter)} budget_mb=${BUDGET_MB}`,
    '',
  ].join('\n'))
  return 0
}

runBench('attack', 180_000, main)
