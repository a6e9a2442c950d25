// qpqd nodes on a LAN, for real: each node a qpqd process with --mesh in a network namespace this
// test makes for it (veth links, 10.72.L.x; mDNS never leaves them), and each user an SDK client
// in a process of the namespace its device is in. A line A–B–C on two links carries an Enqueue of
// A's user to C's user through B — B down at send time, then started — into C's queue, fetched
// there, exactly once; a broadcast reaches the subscribed clients of every node within its hop
// limit and no further; bad MeshSubmit input answers 1. A ChatClient whose server is down hands
// its message to a node nearby, which carries it to the recipient when the server is back, and
// nothing is lost or duplicated. `qpq discover` finds the node. Skips when namespaces cannot be
// made (root and iproute2 are needed).
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import path from 'node:path'
import { qpq } from '../proto/qpq.js'
import { PushEvent } from '../protocol/push.js'
import { Status } from '../protocol/errors.js'
import { ed25519RawPublicKey } from '../protocol/ed25519.js'
import { signEnvelope, toWireEnvelope } from '../protocol/mesh/envelope.js'
import { MeshTopic } from '../client/mesh/topic.js'
import { Scratch, netnsUnavailable, startHarness, type HarnessProcess, type Topology } from './helpers/netns.js'
import { REPO, startDaemonProcess, type DaemonProcess } from './helpers/daemon-process.js'

const skip = netnsUnavailable()

const scratch = new Scratch('qpq-lan')
const harnesses: HarnessProcess[] = []
const daemons: DaemonProcess[] = []
const topology = scratch.topology.bind(scratch)
const dataDir = scratch.dataDir.bind(scratch)

const stopDaemon = async (d: DaemonProcess): Promise<void> => {
  if (d.child.exitCode !== null || d.child.signalCode !== null) return
  const killer = setTimeout(() => d.child.kill('SIGKILL'), 15_000)
  d.child.kill('SIGTERM')
  await d.exited
  clearTimeout(killer)
}

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.stop()))
  await Promise.all(daemons.splice(0).map(stopDaemon))
  scratch.removeTopologies()
})
after(() => scratch.removeDirs())

/** qpqd with the mesh on in a host's namespace, RPC on 5001 and the mesh on 7001 of every interface. */
async function qpqd(t: Topology, host: string, dir: string): Promise<DaemonProcess> {
  const d = startDaemonProcess([
    '--listen', '0.0.0.0:5001', '--data-dir', dir, '--mesh', '--crypto-workers', '1', '--log-level', 'debug',
    '--rate-limit-per-ip', '100000', '--rate-limit-auth-per-ip', '100000', '--rate-limit-per-identity', '100000',
  ], { netns: t.ns[host] as string })
  daemons.push(d)
  await d.waitForLog('qpqd listening', 60_000)
  return d
}

const linkedTo = (d: DaemonProcess, n: number, what: string): Promise<void> =>
  d.waitForLines((lines) => new Set(lines.filter((l) => l.msg === 'mesh peer linked').map((l) => l.peer)).size >= n, what, 60_000)

/** An SDK client process in a host's namespace. */
async function device(t: Topology, host: string): Promise<HarnessProcess> {
  const h = startHarness(t.ns[host] as string, {}, 'test/helpers/client-harness.ts')
  harnesses.push(h)
  await h.waitFor((e) => e.ev === 'ready', `a device on ${host}`, 60_000)
  return h
}

const cert = (dir: string): string => path.join(dir, 'server-cert.der')
const hex = (b: Uint8Array): { $hex: string } => ({ $hex: Buffer.from(b).toString('hex') })
const keyOf = (r: Record<string, unknown>): { $hex: string } => r.key as { $hex: string }

/** The broadcasts pushed to one client so far, opened with the topic. */
const broadcastsAt = (h: HarnessProcess, name: string, topic: MeshTopic): string[] => h.events
  .filter((e) => e.ev === 'push' && e.name === name && e.eventType === PushEvent.MeshBroadcast)
  .map((e) => {
    const env = qpq.v1.MeshBroadcastEvent.decode(Buffer.from((e.payload as { $hex: string }).$hex, 'hex')).envelope
    return topic.open(env?.payload ?? new Uint8Array())?.toString('utf8') ?? '(not of this topic)'
  })

const broadcastArrives = (h: HarnessProcess, name: string, topic: MeshTopic, text: string): Promise<unknown> =>
  h.waitFor(() => broadcastsAt(h, name, topic).includes(text), `"${text}" pushed to ${name}`)

describe('qpqd nodes on a LAN (network namespaces)', { skip: skip ?? false }, () => {
  it('a line A–B–C carries A\'s user\'s message to C\'s user through B — B down at send time — once; broadcasts reach every node within their hop limit', async () => {
    const t = topology(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])
    const dirs = { a: dataDir('a'), b: dataDir('b'), c: dataDir('c') }
    const [, , onA, onC] = await Promise.all([qpqd(t, 'a', dirs.a), qpqd(t, 'c', dirs.c), device(t, 'a'), device(t, 'c')])
    await Promise.all([
      onA.call('connect', { name: 'alice', server: '127.0.0.1:5001', caCertFile: cert(dirs.a) }),
      onC.call('connect', { name: 'carol', server: '127.0.0.1:5001', caCertFile: cert(dirs.c) }),
    ])
    const [alice, carol] = await Promise.all([onA.call('register', { name: 'alice', user: 'alice' }), onC.call('register', { name: 'carol', user: 'carol' })])
    const enqueue = (text: string): Promise<Record<string, unknown>> =>
      onA.call('request', { name: 'alice', method: 'Enqueue', message: { recipient_key: keyOf(carol), payload: hex(Buffer.from(text)), message_id: hex(randomBytes(16)) } })

    // B is down: A accepts it for forwarding and holds it
    const held = (await enqueue('sent while B was down')).response as { forwarded_via: string; seq: number }
    assert.equal(held.forwarded_via, 'mesh')
    const first = onC.call('fetchWait', { name: 'carol', timeoutMs: 60_000 })
    const B = await qpqd(t, 'b', dirs.b)
    assert.deepEqual((await first).messages, ['sent while B was down'], 'carol fetched it from C once B had started')
    await linkedTo(B, 2, 'b linked to a and c')

    // with routes known, the next goes the same way, and the first is not delivered again
    await enqueue('through B')
    assert.deepEqual((await onC.call('fetchWait', { name: 'carol', timeoutMs: 60_000 })).messages, ['through B'])
    await enqueue('marker')
    assert.deepEqual((await onC.call('fetchWait', { name: 'carol', timeoutMs: 60_000 })).messages, ['marker'], 'nothing came twice')

    // broadcasts: a subscribed client on each node; one hop reaches B, two reach C
    const onB = await device(t, 'b')
    await onB.call('connect', { name: 'bob', server: '127.0.0.1:5001', caCertFile: cert(dirs.b) })
    await onB.call('register', { name: 'bob', user: 'bob' })
    const topic = MeshTopic.fromName(`festival ${randomBytes(4).toString('hex')}`)
    for (const [h, name] of [[onA, 'alice'], [onB, 'bob'], [onC, 'carol']] as const) await h.call('request', { name, method: 'MeshSubscribe', message: { topic: hex(topic.id) } })
    const broadcast = (text: string, maxHops: number): Promise<Record<string, unknown>> =>
      onA.call('request', { name: 'alice', method: 'MeshBroadcast', message: { topic: hex(topic.id), payload: hex(topic.seal(Buffer.from(text))), max_hops: maxHops } })
    await broadcast('one hop', 1)
    await broadcastArrives(onB, 'bob', topic, 'one hop')
    await broadcast('two hops', 2)
    // the second follows the first over the same links: when it is at C, the first would be
    await broadcastArrives(onC, 'carol', topic, 'two hops')
    await broadcastArrives(onB, 'bob', topic, 'two hops')
    await broadcastArrives(onA, 'alice', topic, 'two hops')
    assert.deepEqual(broadcastsAt(onC, 'carol', topic), ['two hops'], 'one hop does not reach C')
    assert.deepEqual(broadcastsAt(onB, 'bob', topic), ['one hop', 'two hops'])
    assert.deepEqual(broadcastsAt(onA, 'alice', topic), ['one hop', 'two hops'], 'and the origin\'s own subscribers')

    // bad input from a device: 1, never 10
    const garbage = await onB.call('call', { name: 'bob', id: 855, payload: hex(Buffer.from('\u00ff\u00ff garbage')) })
    assert.equal(garbage.status, Status.BadRequest)
    const key = generateKeyPairSync('ed25519').privateKey
    const forged = { ...signEnvelope({ id: randomBytes(16), recipient: Buffer.from(keyOf(carol).$hex, 'hex'), topic: null, channel: Buffer.alloc(0), createdAtMs: Date.now(), ttlSecs: 60, maxHops: 3, payload: Buffer.from('x') }, key, ed25519RawPublicKey(key)), signature: Buffer.alloc(64, 1) }
    const refused = await onB.call('call', { name: 'bob', id: 855, payload: hex(qpq.v1.MeshSubmitRequest.encode({ envelope: toWireEnvelope(forged) }).finish()) })
    assert.equal(refused.status, Status.BadRequest)
    assert.match(qpq.v1.Error.decode(Buffer.from((refused.payload as { $hex: string }).$hex, 'hex')).message, /signature does not verify/)
  })

  it('a ChatClient whose server is down reaches its recipient through a node nearby; nothing is lost or duplicated when the server is back', async () => {
    // the user's device u is on two links: to its home server x, and to a nearby node d; x and d are linked
    const t = topology(['u', 'x', 'd'], [['u', 'x'], ['u', 'd'], ['x', 'd']])
    const dirs = { x: dataDir('x'), d: dataDir('d') }
    const [X, D, u] = await Promise.all([qpqd(t, 'x', dirs.x), qpqd(t, 'd', dirs.d), device(t, 'u')])
    await Promise.all([linkedTo(X, 1, 'x linked to d'), linkedTo(D, 1, 'd linked to x')])
    const home = `${t.addr.x?.[1] as string}:5001`
    const nearby = t.addr.u?.[2] as string

    // qpq discover, on the link to d only, finds d's client address
    const found = await new Promise<string>((resolve, reject) => {
      const child = spawn('ip', ['netns', 'exec', t.ns.u as string, process.execPath, '--import', 'tsx', 'client/cli/main.ts', 'discover', '--interface', nearby, '--json'], { cwd: REPO })
      let stdout = ''
      child.stdout.on('data', (b: Buffer) => { stdout += b.toString() })
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`qpq discover exited ${code}`))))
    })
    const nodes = found.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { rpc: string[] })
    assert.deepEqual(nodes.map((n) => n.rpc), [[`${t.addr.d?.[2] as string}:5001`]])

    await u.call('chatRegister', { name: 'bob', user: 'bob', server: home, caCertFile: cert(dirs.x) })
    await u.call('chatRegister', { name: 'alice', user: 'alice', server: home, caCertFile: cert(dirs.x), mesh: { interfaces: [nearby], waitMs: 500 } })
    assert.equal((await u.call('chatSend', { name: 'alice', to: 'bob', text: 'one' })).via, 'server')
    await u.call('chatWait', { name: 'bob', text: 'one' })

    // the home server goes down; alice's next message goes to d
    const offline = u.waitFor((e) => e.ev === 'link' && e.name === 'alice' && e.state === 'reconnecting', 'alice lost her server')
    await stopDaemon(X)
    await offline
    assert.equal((await u.call('chatSend', { name: 'alice', to: 'bob', text: 'two' })).via, 'mesh')

    // the server is back: d hands it over, and bob reads it there
    const back = u.waitFor((e) => e.ev === 'link' && e.name === 'alice' && e.state === 'open', 'alice has her server again')
    const X2 = await qpqd(t, 'x', dirs.x)
    await linkedTo(X2, 1, 'x linked to d again')
    await u.call('chatWait', { name: 'bob', text: 'two' })
    await back
    assert.equal((await u.call('chatSend', { name: 'alice', to: 'bob', text: 'three' })).via, 'server')
    await u.call('chatWait', { name: 'bob', text: 'three' })
    assert.deepEqual((await u.call('chatSync', { name: 'bob' })).texts, ['one', 'two', 'three'], 'each once, nothing lost')
  })
})
