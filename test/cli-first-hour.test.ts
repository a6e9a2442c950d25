// What a new user of the qpq CLI meets in the first hour, through the real CLI processes against
// a real daemon: commands close their connection (a script of many stays under the per-address
// cap, and over it the refusal is said), failed connections say what happened and what to do,
// a taken name, a short password, nothing new, a user of another server, a file sent with its
// name, a mistyped command, the version, a password prompt that shows nothing typed, recv
// --follow across a server restart, and the register command the daemon's first start prints.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import dgram from 'node:dgram'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { selfSigned } from '../daemon/tls/x509.js'
import { VERSION } from '../daemon/version.js'
import { startTestNode, type TestNode } from './helpers/node.js'
import { REPO, startDaemonProcess } from './helpers/daemon-process.js'
import { capturingLogger } from './helpers/plaintext.js'
import { waitFor } from './helpers/rpc-harness.js'

interface Run { code: number | null; stdout: string; stderr: string }

const root = mkdtempSync(path.join(tmpdir(), 'qpq-first-hour-'))
const CLI = ['--import', 'tsx', 'client/cli/main.ts']
const envOf = (user: string, env: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, QPQ_PASSWORD: `${user} password`, QPQ_STATE_SCRYPT_LOGN: '12', ...env })

/** A qpq process for `user` (state in root/user), started now. */
function start(user: string, args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams & { out: () => string; err: () => string; done: Promise<Run> } {
  const child = spawn(process.execPath, [...CLI, '--state', path.join(root, user), ...args], { cwd: REPO, env: envOf(user, env) })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
  return Object.assign(child, { out: () => stdout, err: () => stderr, done })
}

const qpq = (user: string, args: string[], env: Record<string, string> = {}): Promise<Run> => start(user, args, env).done

async function ok(user: string, ...args: string[]): Promise<string[]> {
  const r = await qpq(user, args)
  assert.equal(r.code, 0, `qpq ${args.join(' ')} as ${user}: ${r.stderr}`)
  return r.stdout.split('\n').filter((l) => l !== '')
}

/** The last line on stderr, insisting it is the only one and the exit code. */
function oneLine(r: Run, code: number): string {
  assert.equal(r.code, code, r.stderr)
  const lines = r.stderr.trimEnd().split('\n')
  if (code === 1) assert.equal(lines.length, 1, r.stderr)
  return lines.at(-1) ?? ''
}

/** A UDP port on 127.0.0.1 that nothing listens on. */
async function deadPort(): Promise<number> {
  const s = dgram.createSocket('udp4')
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', r))
  const { port } = s.address()
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

describe('qpq CLI: the first hour', () => {
  let t: TestNode
  const logs = capturingLogger()
  let server: string
  const cert = path.join(root, 'cert.der')

  before(async () => {
    t = await startTestNode({}, undefined, logs.log)
    server = `127.0.0.1:${t.node.rpcAddress.port}`
    writeFileSync(cert, t.node.tls.certDer)
    await Promise.all(['alice', 'bob'].map((u) => ok(u, '--server', server, '--ca-cert', cert, 'register', u)))
  })
  after(async () => { await t.stop() })

  it('closes its connection when a command ends: a script of many commands stays under the per-address cap', async () => {
    await waitFor(() => t.node.rpc.connectionCount === 0, 10_000, 'the registrations\' connections closed')
    for (let i = 0; i < 5; i++) await ok('alice', 'whoami')
    await waitFor(() => t.node.rpc.connectionCount === 0, 10_000, 'every connection closed, long before the 300 s idle timeout')
    assert.equal(t.node.rpc.stats.refused.max_connections_per_ip, 0)
  })

  it('over the cap, says the server refused and why, at once, and the server logs and counts it', async () => {
    const capLogs = capturingLogger()
    const capped = await startTestNode({ max_connections_per_ip: '2' }, undefined, capLogs.log)
    const at = `127.0.0.1:${capped.node.rpcAddress.port}`
    const holders: Array<ReturnType<typeof start>> = []
    try {
      writeFileSync(path.join(root, 'capped.der'), capped.node.tls.certDer)
      await ok('henry', '--server', at, '--ca-cert', path.join(root, 'capped.der'), 'register', 'henry')
      await waitFor(() => capped.node.rpc.connectionCount === 0, 10_000, 'the registration\'s connection closed')
      holders.push(start('henry', ['recv', '--follow']), start('henry', ['recv', '--follow']))
      await waitFor(() => capped.node.rpc.connectionCount === 2, 20_000, 'two followers connected')
      const r = await qpq('henry', ['whoami'])
      assert.equal(oneLine(r, 1), `qpq: the server at ${at} refused the connection: too many connections from your address: at most 2 (max_connections_per_ip); close the ones you no longer use`)
      assert.equal(capped.node.rpc.stats.refused.max_connections_per_ip, 1)
      assert.match(capLogs.text(), /"reason":"max_connections_per_ip","limit":2,.*"msg":"refused a new connection: max_connections_per_ip \(2\) reached"/)
    } finally {
      for (const h of holders) h.kill('SIGINT')
      for (const h of holders) assert.equal((await h.done).code, 0)
      await capped.stop()
    }
  })

  it('says what is wrong with the certificate, the name or the address, naming the option or file', async () => {
    const other = path.join(root, 'other-cert.der')
    writeFileSync(other, selfSigned('localhost', ['localhost'], 1).certDer)
    const garbage = path.join(root, 'not-a-cert.pem')
    writeFileSync(garbage, 'this is not a certificate\n')
    const dead = await deadPort()
    const [wrongCert, pinned, wrongName, notCert, missing, nobody] = await Promise.all([
      qpq('carol', ['--server', server, '--ca-cert', other, 'register', 'carol']),
      // alice's state pins the right certificate: a server with another one is refused by the pin
      (async () => {
        const impostor = await startTestNode()
        try {
          return await qpq('alice', ['--server', `127.0.0.1:${impostor.node.rpcAddress.port}`, 'whoami'])
        } finally {
          await impostor.stop()
        }
      })(),
      qpq('alice', ['--server-name', 'chat.example.org', 'whoami']),
      qpq('dave', ['--server', server, '--ca-cert', garbage, 'register', 'dave']),
      qpq('dave', ['--server', server, '--ca-cert', path.join(root, 'nowhere.der'), 'register', 'dave']),
      qpq('alice', ['--server', `127.0.0.1:${dead}`, 'whoami']),
    ])
    assert.equal(oneLine(wrongCert, 1), `qpq: the server at ${server} presented a certificate that does not match --ca-cert ${other}: give the server's own certificate (server-cert.der in its data directory) or the CA that issued it`)
    assert.match(oneLine(pinned, 1), new RegExp(`^qpq: the server at 127.0.0.1:\\d+ presented a certificate that is not the one pinned in ${path.join(root, 'alice', 'state.qpq')} when you registered: if the server's certificate changed, give the new one with --ca-cert FILE$`))
    assert.equal(oneLine(wrongName, 1), `qpq: the certificate of ${server} is not for the name "chat.example.org" (it is for localhost, 127.0.0.1, 0:0:0:0:0:0:0:1): try --server-name localhost`)
    assert.equal(oneLine(notCert, 1), `qpq: --ca-cert ${garbage} is not a certificate (DER or PEM): give the server's server-cert.der, or the CA that issued its certificate`)
    assert.equal(oneLine(missing, 1), `qpq: cannot read the server certificate --ca-cert ${path.join(root, 'nowhere.der')}: there is no such file`)
    // nothing listens: at once (the connect timeout is 10 s), with the question to ask
    assert.equal(oneLine(nobody, 1), `qpq: nothing answers on 127.0.0.1:${dead} (connection refused): is qpqd running on 127.0.0.1:${dead}? (another address: --server HOST:PORT)`)
  })

  it('says a username is taken, and refuses a short password', async () => {
    const [taken, short] = await Promise.all([
      qpq('alice2', ['--server', server, '--ca-cert', cert, 'register', 'alice']),
      qpq('erin', ['--server', server, '--ca-cert', cert, 'register', 'erin'], { QPQ_PASSWORD: 'short' }),
    ])
    assert.equal(oneLine(taken, 1), 'qpq: the username alice is taken on this server: choose another')
    assert.equal(oneLine(short, 1), 'qpq: the password must be at least 8 characters long (it guards your account, and your state file if it is ever copied)')
  })

  it('says when there is nothing new', async () => {
    await ok('bob', 'recv') // whatever was waiting
    const [plain, waited, json] = await Promise.all([qpq('bob', ['recv']), qpq('bob', ['recv', '--timeout-ms', '200']), qpq('bob', ['recv', '--json'])])
    assert.deepEqual([plain.code, plain.stdout, plain.stderr], [0, '', '* no new messages\n'])
    assert.deepEqual([waited.code, waited.stdout, waited.stderr], [0, '', '* no new messages within 200 ms\n'])
    assert.deepEqual([json.code, json.stdout, json.stderr], [0, '', ''])
  })

  it('says a user of another server cannot be reached without federation', async () => {
    const r = await qpq('alice', ['send', 'bob@other.example', 'hello?'])
    assert.equal(oneLine(r, 1), 'qpq: bob@other.example is a user of another server (other.example): messages to other servers need federation, which this server does not offer yet')
  })

  it('sends a file with its name; the reader gets the command that fetches it', async () => {
    const dir = mkdtempSync(path.join(root, 'files-'))
    const file = path.join(dir, 'report 2026.pdf')
    const bytes = randomBytes(3000)
    writeFileSync(file, bytes)
    assert.deepEqual(await ok('alice', 'send', 'bob', '--file', file, 'the', 'report'), [`sent ${file} to bob (1 recipient)`])
    const [line] = await ok('bob', 'recv')
    const m = /^alice: \[file report 2026\.pdf, 2\.9 KiB\] the report \(qpq blob get ([0-9a-f]{64}:[\w-]{43}) --out 'report 2026\.pdf'\)$/.exec(line ?? '')
    assert.ok(m, line)
    const out = path.join(dir, 'fetched.pdf')
    await ok('bob', 'blob', 'get', m[1] as string, '--out', out)
    assert.deepEqual(readFileSync(out), bytes)
    // --json carries the file's name, size and reference
    await ok('alice', 'send', 'bob', '--file', file)
    const [event] = (await ok('bob', 'recv', '--json')).map((l) => JSON.parse(l) as { file?: { name: string; size: number; ref: string }; text: string })
    assert.deepEqual({ ...event?.file, ref: undefined, text: event?.text }, { name: 'report 2026.pdf', size: 3000, ref: undefined, text: '' })
    const usage = await qpq('alice', ['send', 'bob'])
    assert.equal(oneLine(usage, 2), 'qpq: say something: send <to> <text..>, or send <to> --file PATH')
  })

  it('suggests the command meant, and prints its version', async () => {
    const typo = await qpq('alice', ['sedn', 'bob', 'hi'])
    assert.equal(oneLine(typo, 2), 'qpq: unknown command: did you mean send?')
    for (const flag of ['--version', '-V']) assert.deepEqual(await ok('alice', flag), [`qpq ${VERSION}`])
  })

  it('shows nothing of a password typed at a terminal, even before its prompt appears', async (ctx) => {
    if (spawnSync('python3', ['-c', 'import pty, termios']).status !== 0) return ctx.skip('python3 with pty and termios is needed for a pseudo-terminal')
    const argv = [process.execPath, ...CLI, '--state', path.join(root, 'alice'), 'whoami']
    // not spawnSync: the daemon runs in this process and must keep answering
    const py = spawn('python3', [path.join(REPO, 'test/fixtures/pty-run.py'), JSON.stringify(argv), 'alice password\r'], { cwd: REPO, env: { ...envOf('alice', {}), QPQ_PASSWORD: '' } })
    let stdout = ''
    let stderr = ''
    py.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    py.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    assert.equal(await new Promise<number | null>((resolve) => py.on('close', resolve)), 0, stderr)
    const run = JSON.parse(stdout) as { promptBeforeQuiet: boolean; shown: string; code: number }
    // the echo went off at start, while the program was still loading, not at the prompt
    assert.equal(run.promptBeforeQuiet, false, run.shown)
    assert.equal(run.code, 0, run.shown)
    assert.match(run.shown, /password: \r?\nalice\r?\n/)
    assert.ok(!run.shown.includes('alice password'), run.shown)
  })
})

describe('qpq CLI with a daemon process: the first start\'s command, and recv --follow across a restart', () => {
  it('registers with the command the first start printed, then follows through a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'qpqd-first-'))
    const env = { QPQ_RATE_LIMIT_AUTH_PER_IP: '1000' }
    const first = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dataDir], { env })
    let second: ReturnType<typeof startDaemonProcess> | null = null
    let follower: ReturnType<typeof start> | null = null
    try {
      const printed = await first.waitForStderr(/ {2}npx qpq .* register alice\n/)
      const command = (/ {2}npx qpq (.*) register alice\n/.exec(printed)?.[1] ?? '').split(' ')
      const listen = String((await first.waitForLog('qpqd listening')).listen)
      await ok('frank', ...command, 'register', 'frank')
      await ok('grace', ...command, 'register', 'grace')
      follower = start('frank', ['recv', '--follow'])
      await ok('grace', 'send', 'frank', 'before the restart')
      await waitFor(() => follower?.out().includes('grace: before the restart\n') === true, 30_000, 'the first message followed')

      first.child.kill('SIGTERM')
      assert.equal(await first.exited, 0)
      await waitFor(() => /\* lost the server \(.*server shutting down.*\); reconnecting…\n/.test(follower?.err() ?? ''), 30_000, `the loss said: ${follower.err()}`)
      second = startDaemonProcess(['--listen', listen, '--data-dir', dataDir], { env })
      await second.waitForLog('qpqd listening')
      await waitFor(() => /\* connected to the server again \(after \d+ attempts?\)\n/.test(follower?.err() ?? ''), 60_000, `the return said: ${follower.err()}`)
      await ok('grace', 'send', 'frank', 'after the restart')
      await waitFor(() => follower?.out().includes('grace: after the restart\n') === true, 30_000, 'the second message followed')
      follower.kill('SIGINT')
      assert.equal((await follower.done).code, 0)
    } finally {
      follower?.kill('SIGKILL')
      first.child.kill('SIGKILL')
      second?.child.kill('SIGKILL')
    }
  })
})
