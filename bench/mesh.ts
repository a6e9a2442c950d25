// Measures the LAN mesh with real nodes, each a process in a network namespace of its own on a
// line A–B–C–D of veth links (mDNS stays inside them): latency of one hop (A to a user of B) —
// the baseline — and of three hops (A to a user of D, relayed by B and C), sequential sends,
// p50/p99 from A's send to the recipient node's deliverLocal (both stamped with the machine's
// monotonic clock); then envelopes/s through one relay (A floods a user of C through B).
// Goal: three hops ≤ 3× one hop. Ends with
//   RESULT mesh hop1_p50_ms=… hop3_p50_ms=… ratio=… relay_per_s=…
// Needs root (ip netns); bounded in count and time; the namespaces are removed on every exit.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { linked, makeTopology, netnsUnavailable, startHarness, type HarnessProcess, type Topology } from '../test/helpers/netns.js'
import { percentile, runBench, setPhase } from './_lib.js'

const WARMUP = 20
const SENDS = 200
const RELAY_COUNT = 2_000
const RUN_TIMEOUT_MS = 240_000
const GOAL_RATIO = 3
const USER_B = 'bb'.repeat(32)
const USER_C = 'cc'.repeat(32)
const USER_D = 'dd'.repeat(32)

let topo: Topology | null = null
const dirs: string[] = []
const nodes: HarnessProcess[] = []
process.on('exit', () => {
  topo?.remove()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** Sequential sends from `from` to `user`, each waiting for its delivery at `to`: latencies in ms. */
async function latencies(from: HarnessProcess, to: HarnessProcess, user: string, count: number, tag: string): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    const payload = `${tag}-${i}`
    const sent = await from.call('send', { recipient: user, payload })
    if (sent.result !== 'accepted') throw new Error(`send ${payload}: ${String(sent.result)}`)
    const d = await to.waitFor((e) => e.ev === 'delivered' && e.payload === payload, `delivery of ${payload}`, 20_000)
    out.push(Number(BigInt(d.t as string) - BigInt(sent.t0 as string)) / 1e6)
  }
  return out.sort((a, b) => a - b)
}

/** RELAY_COUNT envelopes sent at once from `from` to `user` of `to`: the rate from the first send to the last delivery. */
async function relay(from: HarnessProcess, to: HarnessProcess, user: string, tag: string): Promise<{ seconds: number; perS: number; dupes: number }> {
  const count = RELAY_COUNT
  const sent = await from.call('sendMany', { recipient: user, payload: tag, count })
  if (sent.accepted !== count) throw new Error(`${tag}: ${String(sent.accepted)} of ${count} accepted`)
  const seen = new Set<string>()
  let dupes = 0
  let lastNs = 0n
  await to.waitFor((e) => {
    if (e.ev !== 'delivered' || !String(e.payload).startsWith(`${tag}-`)) return false
    if (seen.has(e.payload as string)) dupes++
    seen.add(e.payload as string)
    const t = BigInt(e.t as string)
    if (t > lastNs) lastNs = t
    return seen.size >= count
  }, `all ${tag} envelopes delivered`, 120_000)
  const seconds = Number(lastNs - BigInt(sent.t0 as string)) / 1e9
  return { seconds, perS: count / seconds, dupes }
}

async function main(): Promise<number> {
  const why = netnsUnavailable()
  if (why !== null) throw new Error(why)
  setPhase('namespaces')
  topo = makeTopology(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']])
  setPhase('nodes')
  const ids: Record<string, string[]> = { a: [], b: [USER_B], c: [USER_C], d: [USER_D] }
  for (const h of ['a', 'b', 'c', 'd']) {
    const dataDir = mkdtempSync(path.join(tmpdir(), `qpq-bench-mesh-${h}-`))
    dirs.push(dataDir)
    nodes.push(startHarness(topo.ns[h] as string, { dataDir, listen: '0.0.0.0:7001', identities: ids[h] }))
  }
  const [a, b, c, d] = nodes as [HarnessProcess, HarnessProcess, HarnessProcess, HarnessProcess]
  await Promise.all(nodes.map((n) => n.waitFor((e) => e.ev === 'ready', 'ready', 60_000)))
  await Promise.all([linked(a, 1, 'a linked'), linked(b, 2, 'b linked'), linked(c, 2, 'c linked'), linked(d, 1, 'd linked')])
  // routes are learned on contact; one message each way settles them before measuring
  setPhase('warm-up')
  await latencies(a, b, USER_B, WARMUP, 'warm1')
  await latencies(a, d, USER_D, WARMUP, 'warm3')

  setPhase('one hop')
  const hop1 = await latencies(a, b, USER_B, SENDS, 'hop1')
  setPhase('three hops')
  const hop3 = await latencies(a, d, USER_D, SENDS, 'hop3')

  setPhase('relay')
  const relayed = await relay(a, c, USER_C, 'relay')

  setPhase('stopping')
  await Promise.all(nodes.map((n) => n.stop()))

  const p = (v: readonly number[], q: number): string => percentile(v, q).toFixed(2)
  const ratio = percentile(hop3, 50) / percentile(hop1, 50)
  console.log(`mesh: 4 nodes on a line A–B–C–D of veth links in network namespaces (TCP + noise + yamux, mDNS discovery), ${SENDS} sequential sends each after ${WARMUP} warm-up`)
  console.log(`  one hop    (baseline)  A → user of B          p50 ${p(hop1, 50)} ms  p99 ${p(hop1, 99)} ms`)
  console.log(`  three hops             A → B → C → user of D  p50 ${p(hop3, 50)} ms  p99 ${p(hop3, 99)} ms   (ratio to one hop ${ratio.toFixed(2)}; goal ≤ ${GOAL_RATIO}: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'})`)
  console.log(`  relay: ${RELAY_COUNT} envelopes A → B → user of C sent at once, first send to last delivery ${relayed.seconds.toFixed(2)} s = ${relayed.perS.toFixed(0)} envelopes/s (duplicates delivered ${relayed.dupes})`)
  console.log('  each hop: check, verify the origin\'s Ed25519 signature (node:crypto), dedup, forward, then commit to SQLCipher (WAL, synchronous=NORMAL, group commit)')
  console.log(`RESULT mesh hop1_p50_ms=${p(hop1, 50)} hop3_p50_ms=${p(hop3, 50)} ratio=${ratio.toFixed(2)} relay_per_s=${relayed.perS.toFixed(0)}`)
  return 0
}

runBench('mesh', RUN_TIMEOUT_MS, main)
