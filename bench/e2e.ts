// Measures end-to-end encrypted group chat through qpqd: a group of N=10 members (ChatClient, MLS
// ciphersuite 1), each sending 100 messages while all of them read; every message is encrypted on
// its sender and decrypted by each of the 9 others, which is part of what is timed. Prints the
// messages sent per second (until every member decrypted every message), the send→decrypted
// latency p50/p99 over all 9 × 1,000 deliveries, and the daemon's RSS (peak while running, and
// after). The daemon runs as deployed (dist/, its own process); the 10 clients share this process
// and keep their state in memory (the CLI's encrypted state file is not part of what is measured).
import { performance } from 'node:perf_hooks'
import { ChatClient } from '../client/chat/chat-client.js'
import { MemoryStateStore } from '../client/state/store.js'
import { TEST_STRETCHING } from '../test/helpers/node.js'
import { buildDaemon, cleanup, percentile, prepareDaemon, rssMb, runBench, setPhase, startDaemon, stopDaemon, within } from './_lib.js'

const MEMBERS = 10
const MESSAGES_EACH = 100
const RUN_TIMEOUT_MS = 300_000
const DELIVERY_TIMEOUT_MS = 180_000
const RATE_FLAGS = ['--rate-limit-per-ip', '100000', '--rate-limit-per-identity', '100000', '--rate-limit-auth-per-ip', '100000']

async function main(): Promise<number> {
  setPhase('daemon build')
  buildDaemon()
  setPhase('daemon start')
  const daemon = await startDaemon(await prepareDaemon('qpq-bench-e2e-'), 'qpqd', RATE_FLAGS)
  const server = { address: daemon.server, caCert: daemon.caCert }
  const rssIdle = rssMb(daemon.pid)

  setPhase('register and form the group')
  const names = Array.from({ length: MEMBERS }, (_, i) => `member${i}`)
  const members = await Promise.all(names.map((username) => ChatClient.register({
    username, password: `${username} password`, server, keyPackageTarget: 2,
    connection: { keyStretching: TEST_STRETCHING }, createStore: async (initial) => new MemoryStateStore(initial),
  })))
  const [creator] = members as [ChatClient]
  await creator.createGroup('bench', names.slice(1))
  for (const m of members.slice(1)) await m.sync()

  setPhase('send and receive')
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  const expected = MEMBERS * (MEMBERS - 1) * MESSAGES_EACH
  let allDone: () => void = () => {}
  const done = new Promise<void>((r) => { allDone = r })
  const stop = new AbortController()
  const readers = members.map(async (m) => {
    for await (const e of m.follow({ signal: stop.signal, intervalMs: 500 })) {
      if (e.type !== 'message') continue
      latencies.push(performance.now() - (sentAt.get(e.text) as number))
      if (latencies.length === expected) allDone()
    }
  })
  let rssPeak = rssMb(daemon.pid)
  const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, rssMb(daemon.pid)) }, 100)
  const t0 = performance.now()
  await Promise.all(members.map(async (m, i) => {
    for (let n = 0; n < MESSAGES_EACH; n++) {
      const text = `m${i}-${n}`
      sentAt.set(text, performance.now())
      await m.send('bench', text)
    }
  }))
  const sentSeconds = (performance.now() - t0) / 1000
  if (!await within(done, DELIVERY_TIMEOUT_MS)) throw new Error(`only ${latencies.length} of ${expected} deliveries within ${DELIVERY_TIMEOUT_MS / 1000} s`)
  const seconds = (performance.now() - t0) / 1000
  clearInterval(sampler)
  stop.abort()
  for (const m of members) m.close()
  await within(Promise.all(readers), 5_000)
  const rssAfter = rssMb(daemon.pid)

  setPhase('report')
  const sorted = [...latencies].sort((a, b) => a - b)
  const sent = MEMBERS * MESSAGES_EACH
  const f = (n: number, d = 1): string => n.toFixed(d)
  process.stdout.write([
    `qpqd end-to-end encrypted group chat: ${MEMBERS} members in one MLS group (ciphersuite 1), each sending ${MESSAGES_EACH} messages`,
    `  sent: ${sent} messages in ${f(sentSeconds, 2)} s; all ${expected} deliveries decrypted after ${f(seconds, 2)} s`,
    `  messages/s (sent, until all decrypted): ${f(sent / seconds)}; deliveries/s: ${f(expected / seconds)}`,
    `  send→decrypted latency p50 / p99 / max (ms): ${f(percentile(sorted, 50))} / ${f(percentile(sorted, 99))} / ${f(sorted.at(-1) as number)}`,
    `  daemon RSS (MB): idle ${f(rssIdle)}, peak ${f(rssPeak)}, after ${f(rssAfter)}`,
    '',
  ].join('\n'))
  const notes = await stopDaemon(daemon)
  process.stdout.write(`cleanup: ${[...new Set([...notes, ...(await cleanup())])].join('; ')}\n`)
  process.stdout.write(`RESULT e2e msgs_per_s=${f(sent / seconds)} p99_ms=${f(percentile(sorted, 99))} daemon_rss_mb=${f(rssPeak)}\n`)
  return 0
}

runBench('e2e', RUN_TIMEOUT_MS, main)
