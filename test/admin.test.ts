// The admin socket as a program meets it: its files and modes, the token, a stale or a live
// socket at its path, and bad input — not JSON, no version or an unknown one, an unknown command
// or argument, a wrong token, an over-long line, a flood of requests — each answered with an
// error, never a crash; and the federation commands against a real Federation component.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { adminCall, request } from '../daemon/admin/client.js'
import { networkCommands } from '../daemon/admin/commands/network.js'
import { ADMIN_PROTOCOL_VERSION, MAX_LINE_BYTES } from '../daemon/admin/protocol.js'
import { AdminServer } from '../daemon/admin/server.js'
import { AdminSocketError, readToken, tokenFileOf } from '../daemon/admin/socket-files.js'
import { silentLogger } from '../daemon/observability/logger.js'
import type { OutboundMessage } from '../federation/outbound-store.js'
import { TEST_RELAY, TestCa, freePort, newKey, peer, startFedNode } from './helpers/federation.js'
import { startTestNode, type TestNode } from './helpers/node.js'

const line = (o: unknown): string => `${JSON.stringify(o)}\n`

/** Writes raw bytes and resolves with every line the server answered until it closed (or `lines` came). */
function exchange(socket: string, data: string | Buffer, lines = Infinity): Promise<{ answers: Array<Record<string, any>>; closed: boolean }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return new Promise((resolve, reject) => {
    const c = net.connect(socket)
    let buf = ''
    const answers: Array<Record<string, any>> = [] // eslint-disable-line @typescript-eslint/no-explicit-any
    c.setEncoding('utf8')
    c.on('connect', () => c.write(data))
    c.on('data', (d: string) => {
      buf += d
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        answers.push(JSON.parse(buf.slice(0, i)))
        buf = buf.slice(i + 1)
      }
      if (answers.length >= lines) { c.destroy(); resolve({ answers, closed: false }) }
    })
    c.on('close', () => resolve({ answers, closed: true }))
    c.on('error', reject)
  })
}

describe('the admin socket', () => {
  let t: TestNode
  let socket: string
  let token: string
  const req = (cmd: string, args: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): string => line({ v: ADMIN_PROTOCOL_VERSION, id: 7, token, cmd, args, ...extra })

  before(async () => {
    t = await startTestNode()
    socket = t.node.adminSocket
    token = readToken(socket)
  })
  after(async () => { await t.stop() })

  it('lives in DATA_DIR/admin (0700) as a 0600 socket, beside a 0600 token of 32 random bytes', () => {
    assert.equal(socket, path.join(t.dataDir, 'admin', 'qpqd.sock'))
    assert.ok(statSync(socket).isSocket())
    assert.equal(statSync(socket).mode & 0o777, 0o600)
    assert.equal(statSync(path.dirname(socket)).mode & 0o777, 0o700)
    assert.equal(statSync(tokenFileOf(socket)).mode & 0o777, 0o600)
    assert.match(readFileSync(tokenFileOf(socket), 'utf8'), /^[0-9a-f]{64}\n$/)
  })

  it('answers a request line with its id, the version and a result', async () => {
    const { answers } = await exchange(socket, req('status'), 1)
    assert.equal(answers[0]?.v, ADMIN_PROTOCOL_VERSION)
    assert.equal(answers[0]?.id, 7)
    assert.equal(answers[0]?.ok, true)
    assert.equal(answers[0]?.result.draining, false)
  })

  it('answers garbage with an error and keeps serving: not JSON, not an object, no version, an unknown version, no id, no token, no command', async () => {
    const cases: Array<[string, string]> = [
      ['{not json\n', 'bad-request'],
      ['[1,2]\n', 'bad-request'],
      ['"status"\n', 'bad-request'],
      [line({ id: 1, token, cmd: 'status' }), 'bad-request'],
      [line({ v: 99, id: 1, token, cmd: 'status' }), 'unsupported-version'],
      [line({ v: 1, token, cmd: 'status' }), 'bad-request'],
      [line({ v: 1, id: 1, cmd: 'status' }), 'bad-request'],
      [line({ v: 1, id: 1, token }), 'bad-request'],
      [line({ v: 1, id: 1, token, cmd: 'status', args: [1] }), 'bad-request'],
    ]
    // all on one connection: each line gets its answer, in order
    const { answers } = await exchange(socket, cases.map(([l]) => l).join(''), cases.length)
    assert.deepEqual(answers.map((a) => a.error?.code), cases.map(([, code]) => code))
    assert.ok(answers.every((a) => a.ok === false && typeof a.error.message === 'string' && a.error.message.length > 0))
    assert.match(answers[4]?.error.message, /version 99 is not supported \(this daemon speaks 1\)/)
    const again = await adminCall(socket, 'status')
    assert.equal(again.ok, true)
  })

  it('refuses an unknown command, an unknown argument and an ill-typed one', async () => {
    const { answers } = await exchange(socket, req('frobnicate') + req('status', { verbose: true }) + req('users.list', { limit: 'ten' }) + req('users.show', {}), 4)
    assert.deepEqual(answers.map((a) => a.error?.code), ['unknown-command', 'usage', 'usage', 'usage'])
    assert.match(answers[0]?.error.message, /unknown command "frobnicate" \(commands: status, /)
    assert.match(answers[1]?.error.message, /unknown argument verbose \(this command takes none\)/)
    assert.match(answers[2]?.error.message, /limit must be a whole number from 1 to 1000/)
    assert.match(answers[3]?.error.message, /name is missing/)
  })

  it('refuses a wrong token', async () => {
    const r = await request(socket, { v: 1, id: 1, token: randomBytes(32).toString('hex'), cmd: 'status', args: {} })
    assert.equal(r.ok, false)
    assert.equal(!r.ok && r.error.code, 'unauthorized')
    const short = await request(socket, { v: 1, id: 1, token: 'ab', cmd: 'status', args: {} })
    assert.equal(!short.ok && short.error.code, 'unauthorized')
  })

  it('refuses a line over the limit after reading at most that much, and closes the connection', async () => {
    const huge = Buffer.alloc(MAX_LINE_BYTES + 10, 'x')
    const { answers, closed } = await exchange(socket, huge)
    assert.equal(closed, true)
    assert.equal(answers[0]?.error.code, 'too-large')
    // a complete line that is too long, too
    const long = await exchange(socket, `${'y'.repeat(MAX_LINE_BYTES + 1)}\n`)
    assert.equal(long.answers[0]?.error.code, 'too-large')
    assert.equal((await adminCall(socket, 'status')).ok, true)
  })

  it('closes a connection that floods it with requests, answering the first ones', async () => {
    // far more than one read brings (64 KiB hold ~500 of these): the limit is met in the first
    const { answers, closed } = await exchange(socket, req('kt.head').repeat(5_000))
    assert.equal(closed, true)
    assert.ok(answers.length >= 65 && answers.length < 5_000, String(answers.length))
    assert.equal(answers[answers.length - 1]?.error?.code, 'too-large')
    assert.equal((await adminCall(socket, 'status')).ok, true)
  })

  it('says mesh and federation are off on a daemon without them', async () => {
    for (const [cmd, off] of [['mesh.peers', 'mesh'], ['mesh.store', 'mesh'], ['federation.destinations', 'federation'], ['federation.reset', 'federation']] as const) {
      const r = await adminCall(socket, cmd, cmd === 'federation.reset' ? { domain: 'b.example' } : {})
      assert.equal(!r.ok && r.error.code, 'unavailable', cmd)
      assert.equal(!r.ok && r.error.message, `${off} is off on this daemon`)
    }
  })
})

describe('the admin socket at start', () => {
  const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'qpq-admin-'))

  it('removes a socket left by a daemon that did not stop, refuses one another process serves, and a path too long for a socket', async () => {
    const socket = path.join(tmp(), 'admin.sock')
    // what a killed daemon leaves: the socket file, and nobody accepting on it
    spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(socket)}, () => process.kill(process.pid, 'SIGKILL'))`])
    assert.ok(statSync(socket).isSocket())
    const s = new AdminServer({ socket, commands: {}, log: silentLogger() })
    await s.start()
    const r = await adminCall(socket, 'x')
    assert.equal(!r.ok && r.error.code, 'unknown-command')
    // another server at the same path is live: refused, and the first keeps serving
    const second = new AdminServer({ socket, commands: {}, log: silentLogger() })
    await assert.rejects(second.start(), (e: unknown) => e instanceof AdminSocketError && /another process serves the admin socket/.test(e.message))
    const still = await adminCall(socket, 'x')
    assert.equal(!still.ok && still.error.code, 'unknown-command')
    await s.stop()
    const long = new AdminServer({ socket: path.join(tmp(), 'x'.repeat(120), 'admin.sock'), commands: {}, log: silentLogger() })
    await assert.rejects(long.start(), /longer than the 107 a Unix socket path may have: set admin_socket/)
  })

  it('writes a new token at every start and removes socket and token at stop', async () => {
    const socket = path.join(tmp(), 'admin.sock')
    const s = new AdminServer({ socket, commands: {}, log: silentLogger() })
    await s.start()
    const first = readToken(socket)
    await s.stop()
    assert.throws(() => statSync(socket), /ENOENT/)
    assert.throws(() => readToken(socket), /ENOENT/)
    await s.start()
    assert.notEqual(readToken(socket), first)
    await s.stop()
  })
})

describe('federation destinations and reset, on a real Federation component', () => {
  it('lists a destination with its queue and failures, resets it, and refuses a domain that is no peer', async () => {
    const ca = new TestCa()
    // the peer never runs: every attempt fails and the destination backs off
    const node = await startFedNode({ domain: 'a.example', port: await freePort(), identity: ca.issue('a.example'), caPem: ca.caPem, peers: [peer('b.example', await freePort())], relay: TEST_RELAY, connectTimeoutMs: 200 })
    const socket = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-admin-')), 'admin.sock')
    const admin = new AdminServer({ socket, commands: networkCommands({ mesh: null, federation: node.fed }), log: silentLogger() })
    try {
      await admin.start()
      const m: OutboundMessage = { recipient: newKey(), channel: Buffer.alloc(0), payload: Buffer.from('hello'), messageId: null, expiresAt: Date.now() + 3_600_000 }
      await node.fed.relayTo('b.example', [m])
      let d: Record<string, unknown> | undefined
      const deadline = Date.now() + 30_000
      for (;;) {
        assert.ok(Date.now() < deadline, 'no failed relay attempt was recorded within 30 s')
        const r = await adminCall(socket, 'federation.destinations')
        assert.ok(r.ok)
        d = (r.result as { destinations: Array<Record<string, unknown>> }).destinations.find((x) => x.domain === 'b.example')
        if (d !== undefined && (d.failures as number) > 0) break
        await new Promise((res) => setTimeout(res, 50))
      }
      assert.equal(d.pending, 1)
      assert.equal(typeof d.lastFailureReason, 'string')
      assert.equal(d.lastSuccessAt, null)
      assert.ok(typeof d.oldestAgeSeconds === 'number')
      const reset = await adminCall(socket, 'federation.reset', { domain: 'B.Example' })
      assert.ok(reset.ok)
      assert.equal((reset.result as { reset: string }).reset, 'b.example')
      const unknown = await adminCall(socket, 'federation.reset', { domain: 'c.example' })
      assert.equal(!unknown.ok && unknown.error.code, 'not-found')
      const mesh = await adminCall(socket, 'mesh.peers')
      assert.equal(!mesh.ok && mesh.error.message, 'mesh is off on this daemon')
    } finally {
      await admin.stop()
      await node.stop()
    }
  })
})
