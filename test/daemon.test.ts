// qpqd as a process: started with the README's command and flags, answering Health over QUIC,
// serving metrics, refusing bad configuration, and draining on SIGTERM with exit code 0.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { QpqClient } from '../client/qpq-client.js'
import { OPTIONS } from '../daemon/config/options.js'
import { onStopSignals, type StopSignal } from '../daemon/cli/signals.js'
import { VERSION } from '../daemon/version.js'
import { REPO, startDaemonProcess } from './helpers/daemon-process.js'

const run = promisify(execFile)
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'qpqd-'))

describe('qpqd process', () => {
  it('starts with `npm start -- --listen … --data-dir …`, answers Health, exits 0 on SIGTERM', async () => {
    const dir = tmp()
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--metrics-listen', '127.0.0.1:0'], { viaNpm: true })
    try {
      const up = await d.waitForLog('qpqd listening')
      const port = Number(String(up.listen).split(':')[1])
      assert.ok(existsSync(path.join(dir, 'server-cert.der')) && existsSync(path.join(dir, 'server-key.der')))
      const c = await QpqClient.connect({ server: `127.0.0.1:${port}`, caCert: readFileSync(path.join(dir, 'server-cert.der')) })
      assert.equal((await c.health()).status, 'ok')
      const m = up.metrics as { port: number }
      const text = await (await fetch(`http://127.0.0.1:${m.port}/metrics`)).text()
      assert.match(text, /^qpq_rpc_requests_total\{method="Health",status="0"\} 1$/m)
      assert.match(text, /^nodejs_eventloop_lag_p99_seconds /m)
      assert.match(text, /^qpq_quic_connections 1$/m)
      assert.match(text, /^qpq_quic_retries_sent_total 1$/m)
      assert.match(text, /^qpq_push_dropped_total 0$/m)
      const health = await fetch(`http://127.0.0.1:${m.port}/health`)
      assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }])
      for (const name of ['enqueue_total', 'enqueue_bytes_total', 'fetch_total', 'fetch_wait_total', 'key_package_upload_total',
        'auth_login_success_total', 'auth_login_failure_total', 'rate_limit_hit_total', 'delivery_queue_depth']) {
        assert.match(text, new RegExp(`^${name} \\d+$`, 'm'), `metric ${name}`)
      }
      c.close()
      d.child.kill('SIGTERM')
      // npm re-raises the signal on itself once the daemon has exited (code null); the daemon's own exit code is checked below
      assert.ok([0, null].includes(await d.exited))
      await d.waitForLog('stopped')
    } finally {
      d.child.kill('SIGKILL')
    }
  })

  it('drains and exits 0 on Ctrl-C under `npm start` (the process group signalled, as a terminal does)', async () => {
    const dir = tmp()
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir], { viaNpm: true, processGroup: true })
    try {
      await d.waitForLog('qpqd listening')
      // the terminal signals npm and node; npm forwards its SIGINT to node, which hears it twice
      process.kill(-(d.child.pid as number), 'SIGINT')
      assert.equal(await d.exited, 0)
      await d.waitForLog('stopped')
      assert.deepEqual(d.lines.filter((l) => /second signal/.test(String(l.msg))), [])
      assert.equal(d.lines.filter((l) => l.msg === 'shutting down').length, 1)
    } finally {
      d.child.kill('SIGKILL')
    }
  })

  it('counts a signal repeated within a second once; one that comes later forces the exit', () => {
    const source = new EventEmitter()
    let clock = 0
    const seen: string[] = []
    onStopSignals({ stop: (s) => seen.push(`stop ${s}`), repeated: (s) => seen.push(`repeated ${s}`), force: (s) => seen.push(`force ${s}`) },
      { source: source as EventEmitter & { on(signal: StopSignal, l: () => void): unknown }, now: () => clock })
    source.emit('SIGINT')
    clock = 50
    source.emit('SIGINT')
    clock = 999
    source.emit('SIGINT')
    assert.deepEqual(seen, ['stop SIGINT', 'repeated SIGINT', 'repeated SIGINT'])
    clock = 1_000
    source.emit('SIGINT')
    assert.deepEqual(seen.at(-1), 'force SIGINT')
    // another signal is another request, even at once
    const other = new EventEmitter()
    const seen2: string[] = []
    onStopSignals({ stop: (s) => seen2.push(`stop ${s}`), repeated: (s) => seen2.push(`repeated ${s}`), force: (s) => seen2.push(`force ${s}`) },
      { source: other as EventEmitter & { on(signal: StopSignal, l: () => void): unknown }, now: () => 0 })
    other.emit('SIGTERM')
    other.emit('SIGINT')
    assert.deepEqual(seen2, ['stop SIGTERM', 'force SIGINT'])
  })

  it('drains in-flight work and exits 0 on SIGTERM while a client is connected', async () => {
    const dir = tmp()
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--log-level', 'info'])
    try {
      const up = await d.waitForLog('qpqd listening')
      const c = await QpqClient.connect({ server: String(up.listen), caCert: readFileSync(path.join(dir, 'server-cert.der')) })
      const closed = new Promise<string>((r) => c.onClose(r))
      await c.health()
      d.child.kill('SIGTERM')
      assert.equal(await d.exited, 0)
      assert.match(await closed, /server shutting down/)
    } finally {
      d.child.kill('SIGKILL')
    }
  })

  it('answers a long poll in flight at SIGTERM (empty, status 0) before closing, and exits 0', async () => {
    const dir = tmp()
    // a drain timeout far shorter than the poll: without the early answer the poll would see the connection close
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--rate-limit-auth-per-ip', '1000', '--drain-timeout', '2', '--metrics-listen', '127.0.0.1:0'])
    try {
      const up = await d.waitForLog('qpqd listening')
      const metrics = `http://127.0.0.1:${(up.metrics as { port: number }).port}/metrics`
      const { TEST_STRETCHING, newIdentityKey } = await import('./helpers/node.js')
      const c = await QpqClient.connect({ server: String(up.listen), caCert: readFileSync(path.join(dir, 'server-cert.der')), keyStretching: TEST_STRETCHING })
      const key = newIdentityKey()
      await c.register('dora', 'pw', key)
      await c.login('dora', 'pw', key)
      const polling = c.fetchWait(25_000)
      // SIGTERM once the poll is waiting in its handler (the daemon's in-flight gauge), not after a guess of time
      for (let i = 0; !/^qpq_rpc_in_flight 1$/m.test(await (await fetch(metrics)).text()); i++) {
        assert.ok(i < 1_000, 'the long poll never reached the daemon')
        await new Promise((r) => setTimeout(r, 20))
      }
      d.child.kill('SIGTERM')
      assert.deepEqual(await polling, [])
      assert.equal(await d.exited, 0)
    } finally {
      d.child.kill('SIGKILL')
    }
  })

  it('stops at drain_timeout with a call still in flight: says so, exits 0, and the data directory starts again', async () => {
    const { cpSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { TEST_STRETCHING, newUser } = await import('./helpers/node.js')
    const root = tmp()
    const plugins = path.join(root, 'plugins')
    mkdirSync(plugins)
    cpSync(path.join(REPO, 'test/fixtures/plugins/hang.mjs'), path.join(plugins, 'hang.mjs'))
    // the plugin never answers, and may take a minute doing so: far past the drain's second
    writeFileSync(path.join(root, 'qpq-server.toml'), '[plugins.hang]\ntimeout_ms = 60000\n')
    const dir = path.join(root, 'data')
    const alice = newUser('alice')
    let client: QpqClient | null = null
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--plugin-dir', plugins, '--config', path.join(root, 'qpq-server.toml'),
      '--drain-timeout', '1', '--metrics-listen', '127.0.0.1:0', '--rate-limit-auth-per-ip', '1000'])
    try {
      const up = await d.waitForLog('qpqd listening')
      const c = client = await QpqClient.connect({ server: String(up.listen), caCert: readFileSync(path.join(dir, 'server-cert.der')), keyStretching: TEST_STRETCHING })
      await c.register(alice.name, alice.password, alice.key)
      await c.login(alice.name, alice.password, alice.key)
      const sending = c.send(alice.key, Buffer.from('in flight at the drain'), { messageId: Buffer.alloc(16, 7) }).then(() => 'answered', (e: unknown) => String(e))
      const metrics = `http://127.0.0.1:${(up.metrics as { port: number }).port}/metrics`
      for (let i = 0; !/^qpq_rpc_in_flight 1$/m.test(await (await fetch(metrics)).text()); i++) {
        assert.ok(i < 1_000, 'the enqueue never reached the plugin')
        await new Promise((r) => setTimeout(r, 20))
      }
      d.child.kill('SIGTERM')
      assert.match(await sending, /connection closed: .*server shutting down/)
      assert.equal(await d.exited, 0)
      const cut = d.lines.find((l) => l.msg === 'drain_timeout reached: closing the connections with calls still in flight')
      assert.deepEqual([cut?.level, cut?.inFlight, cut?.drainTimeoutMs], ['warn', 1, 1000])
      // the plugin was stopped, not waited for: its call failed as stopped, never by its minute's timeout
      const failed = d.lines.filter((l) => l.msg === 'plugin hook call failed').map((l) => l.reason)
      assert.deepEqual(failed, ['the plugin was stopped with the call in flight'])
      assert.ok(d.lines.some((l) => l.msg === 'stopped'))
      assert.ok(!d.lines.some((l) => l.level === 'error' || l.level === 'fatal'), JSON.stringify(d.lines.filter((l) => l.level === 'error' || l.level === 'fatal')))
    } finally {
      client?.close()
      d.child.kill('SIGKILL')
    }
    // the call was cut off: stored or not, at most once, and the database is sound
    const again = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--rate-limit-auth-per-ip', '1000'])
    let reader: QpqClient | null = null
    try {
      const up = await again.waitForLog('qpqd listening')
      reader = await QpqClient.connect({ server: String(up.listen), caCert: readFileSync(path.join(dir, 'server-cert.der')), keyStretching: TEST_STRETCHING })
      await reader.login(alice.name, alice.password, alice.key)
      assert.ok((await reader.fetch()).length <= 1)
    } finally {
      reader?.close()
      again.child.kill('SIGKILL')
    }
  })

  it('stops cleanly on an uncaught exception: logs it with its stack, drains, closes the database and exits 1', async () => {
    const dir = tmp()
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir], { preload: path.join(REPO, 'test/fixtures/fault-on-signal.mjs') })
    let client: QpqClient | null = null
    try {
      const up = await d.waitForLog('qpqd listening')
      const c = client = await QpqClient.connect({ server: String(up.listen), caCert: readFileSync(path.join(dir, 'server-cert.der')) })
      const closed = new Promise<string>((r) => c.onClose(r))
      await c.health()
      d.child.kill('SIGUSR2')
      assert.equal(await d.exited, 1)
      assert.match(await closed, /server shutting down/)
      const fatal = d.lines.find((l) => l.msg === 'uncaught exception')
      assert.equal(fatal?.level, 'fatal')
      assert.match(String((fatal?.err as { stack?: string } | undefined)?.stack), /a fault injected by the test\n\s+at /)
      assert.equal(d.lines.find((l) => l.msg === 'shutting down')?.reason, 'uncaught exception')
      assert.ok(d.lines.some((l) => l.msg === 'stopped'))
      // closed, not abandoned: the write-ahead log was folded into the database file
      assert.ok(!existsSync(path.join(dir, 'qpq.db-wal')))
    } finally {
      client?.close()
      d.child.kill('SIGKILL')
    }
  })

  it('refuses bad configuration with exit code 2 and a message naming the option', async () => {
    const r = await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', '--listen', 'nowhere'], { cwd: REPO }).then(() => null, (e: { code: number; stderr: string }) => e)
    assert.ok(r !== null)
    assert.equal(r.code, 2)
    assert.match(r.stderr, /qpqd: invalid listen \(--listen\): "nowhere" is not HOST:PORT/)
    const port = await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', '--listen', '127.0.0.1:99999'], { cwd: REPO }).then(() => null, (e: { code: number; stderr: string }) => e)
    assert.equal(port?.code, 2)
    assert.equal(port?.stderr, 'qpqd: invalid listen (--listen): "127.0.0.1:99999" has port 99999, above 65535\n')
    const flag = await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', '--lisen', '127.0.0.1:5001'], { cwd: REPO }).then(() => null, (e: { code: number; stderr: string }) => e)
    assert.equal(flag?.code, 2)
    assert.match(flag?.stderr ?? '', /^qpqd: unknown option --lisen \(did you mean --listen\?\)$/m)
  })

  it('prints its version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', flag], { cwd: REPO })
      assert.equal(r.stdout, `qpqd ${VERSION}\n`)
    }
  })

  it('tells a person on the first start where its files are and how to register the first user', async () => {
    const dir = tmp()
    const first = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir])
    try {
      const up = await first.waitForLog('first start on this data directory')
      const listening = await first.waitForLog('qpqd listening')
      const text = await first.waitForStderr(/register alice\n/)
      for (const file of ['qpq.db', 'db.key', 'server-cert.der', 'server-key.der']) assert.ok(text.includes(`  ${path.join(dir, file)}`), `no ${file} in:\n${text}`)
      assert.ok(text.includes(`npx qpq --server ${String(listening.listen)} --ca-cert ${path.join(dir, 'server-cert.der')} register alice`), text)
      assert.equal(up.dataDir, dir)
      first.child.kill('SIGTERM')
      assert.equal(await first.exited, 0)
      // the second start has nothing new to say
      const second = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir])
      await second.waitForLog('qpqd listening')
      second.child.kill('SIGTERM')
      assert.equal(await second.exited, 0)
      assert.equal(second.stderr.join(''), '')
    } finally {
      first.child.kill('SIGKILL')
    }
  })

  it('says plainly on the first start that the default listens on every interface', async () => {
    const dir = tmp()
    // 0.0.0.0 with port 0: the kernel picks a free port, and nothing outside this machine is asked anything
    const d = startDaemonProcess(['--listen', '0.0.0.0:0', '--data-dir', dir])
    try {
      const listening = await d.waitForLog('qpqd listening')
      const port = String(listening.listen).split(':')[1]
      const text = await d.waitForStderr(/register alice\n/)
      assert.match(text, new RegExp(`It listens on every network interface \\(0\\.0\\.0\\.0:${port}, UDP\\)`))
      assert.match(text, new RegExp(`--listen 127\\.0\\.0\\.1:${port}`))
      assert.ok(text.includes(`npx qpq --server 127.0.0.1:${port} --ca-cert`), text)
    } finally {
      d.child.kill('SIGKILL')
    }
  })

  it('opens its SQLCipher database only with its key, and refuses a wrong key, a truncated file and a damaged page with exit 1 and one line naming the file, leaving every file as it was', async () => {
    const { createHash } = await import('node:crypto')
    const { cpSync, statSync, truncateSync, writeFileSync } = await import('node:fs')
    const dir = tmp()
    const passphrase = { QPQ_DB_KEY: 'the passphrase of this database' }
    const first = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir], { env: passphrase })
    await first.waitForLog('qpqd listening')
    first.child.kill('SIGTERM')
    assert.equal(await first.exited, 0)
    const copies = { key: tmp(), truncated: tmp(), damaged: tmp() }
    for (const copy of Object.values(copies)) cpSync(dir, copy, { recursive: true })
    const db = (d: string): string => path.join(d, 'qpq.db')
    truncateSync(db(copies.truncated), Math.floor(statSync(db(copies.truncated)).size / 2))
    const bytes = readFileSync(db(copies.damaged))
    const at = Math.floor(bytes.length / 4096 / 2) * 4096 + 100
    bytes[at] = (bytes[at] as number) ^ 0xff
    writeFileSync(db(copies.damaged), bytes)
    const snapshot = (d: string): Record<string, string> => Object.fromEntries(readdirSync(d, { recursive: true, withFileTypes: true })
      .map((e) => path.join(e.parentPath, e.name))
      .map((f) => [path.relative(d, f), statSync(f).isDirectory() ? 'dir' : createHash('sha256').update(readFileSync(f)).digest('hex')]))
    const before = Object.fromEntries(Object.entries(copies).map(([k, d]) => [k, snapshot(d)]))
    const run = (d: string, env: NodeJS.ProcessEnv = passphrase) => startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', d], { env })
    const [wrongKey, truncated, damaged] = [run(copies.key, { QPQ_DB_KEY: 'not the passphrase of this database' }), run(copies.truncated), run(copies.damaged)]
    for (const p of [wrongKey, truncated, damaged]) assert.equal(await p.exited, 1)
    assert.equal(wrongKey.stderr.join(''), `qpqd: cannot decrypt ${db(copies.key)}: wrong database key, or not a qpq database (file left untouched)\n`)
    for (const [p, d] of [[truncated, copies.truncated], [damaged, copies.damaged]] as const) {
      const said = p.stderr.join('')
      assert.ok(said.startsWith(`qpqd: ${db(d)} is damaged (`) && said.endsWith('): restore it from a backup (file left untouched)\n') && said.split('\n').length === 2, said)
    }
    for (const [k, d] of Object.entries(copies)) assert.deepEqual(snapshot(d), before[k], `${k}: every file of the data directory as it was`)
  })

  it('exits 1 with one sentence, before writing anything into a new data directory, when the port is taken', async () => {
    const dir = tmp()
    const a = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir])
    try {
      const up = await a.waitForLog('qpqd listening')
      const fresh = path.join(tmp(), 'data')
      const b = startDaemonProcess(['--listen', String(up.listen), '--data-dir', fresh])
      assert.equal(await b.exited, 1)
      assert.equal(b.stderr.join(''), `qpqd: cannot listen on ${String(up.listen)} (UDP): the port is in use (EADDRINUSE) — is another qpqd already running? Stop it, or choose another port with --listen HOST:PORT\n`)
      assert.equal(existsSync(fresh) ? readdirSync(fresh).length : 0, 0)
      // the log says the same, without a stack trace
      const fatal = b.lines.find((l) => l.level === 'fatal')
      assert.match(String(fatal?.msg), /^cannot start: cannot listen on/)
      assert.equal(fatal?.err, undefined)
    } finally {
      a.child.kill('SIGKILL')
    }
  })

  it('refuses to start on a database another qpqd has open', async () => {
    const dir = tmp()
    const a = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir])
    try {
      await a.waitForLog('qpqd listening')
      const b = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir])
      assert.equal(await b.exited, 1)
      assert.match(b.stderr.join(''), /in use by another process/)
    } finally {
      a.child.kill('SIGKILL')
    }
    // once the first is gone (even killed), the database opens again
    const c = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir])
    try {
      await c.waitForLog('qpqd listening')
    } finally {
      c.child.kill('SIGKILL')
    }
  })

  it('lists every option in --help, and prints the effective config with check-config', async () => {
    const help = (await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', '--help'], { cwd: REPO })).stdout
    for (const o of OPTIONS) {
      assert.match(help, new RegExp(`--(\\[no-\\])?${o.flag}\\b`), `--help lacks --${o.flag}`)
      assert.ok(help.includes(o.env), `--help lacks ${o.env}`)
    }
    assert.match(help, /TOML config file \(--config FILE, else qpq-server.toml/)
    assert.match(help, /Flags win\s+over the environment, which wins over the file, which wins over the defaults/)
    const out = (await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', 'check-config', '--listen', '127.0.0.1:5009'], { cwd: REPO, env: { ...process.env, QPQ_DATA_DIR: '/srv/q', QPQ_DRAIN_TIMEOUT: '7' } })).stdout
    const lines = out.split('\n')
    assert.ok(lines.includes(`${'listen = "127.0.0.1:5009"'.padEnd(44)} # --listen`), out)
    assert.ok(lines.includes(`${'data_dir = "/srv/q"'.padEnd(44)} # env QPQ_DATA_DIR`), out)
    // seconds, as in the file, not milliseconds
    assert.ok(lines.includes(`${'drain_timeout = 7'.padEnd(44)} # env QPQ_DRAIN_TIMEOUT`), out)
    assert.ok(lines.includes(`${'idle_timeout = 300'.padEnd(44)} # default`), out)
  })
})
