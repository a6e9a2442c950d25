// qpqd as a process: started with the README's command and flags, answering Health over QUIC,
// serving metrics, refusing bad configuration, and draining on SIGTERM with exit code 0.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { QpqClient } from '../client/qpq-client.js'
import { OPTIONS } from '../daemon/config/options.js'
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

  it('refuses bad configuration with exit code 2 and a message naming the option', async () => {
    const r = await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', '--listen', 'nowhere'], { cwd: REPO }).then(() => null, (e: { code: number; stderr: string }) => e)
    assert.ok(r !== null)
    assert.equal(r.code, 2)
    assert.match(r.stderr, /qpqd: invalid listen \(--listen\): "nowhere" is not HOST:PORT/)
  })

  it('opens its SQLCipher database, and refuses another key naming the file and leaving it untouched', async () => {
    const { createHash } = await import('node:crypto')
    const dir = tmp()
    const first = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--db-key', 'first passphrase'])
    await first.waitForLog('qpqd listening')
    first.child.kill('SIGTERM')
    assert.equal(await first.exited, 0)
    const db = path.join(dir, 'qpq.db')
    const hash = (): string => createHash('sha256').update(readFileSync(db)).digest('hex')
    const before = hash()
    const second = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir], { env: { QPQ_DB_KEY: 'another passphrase' } })
    assert.equal(await second.exited, 1)
    assert.match(second.stderr.join(''), /qpq\.db/)
    assert.equal(hash(), before)
  })

  it('exits 1 with a clear message when the port is taken', async () => {
    const dir = tmp()
    const a = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir])
    try {
      const up = await a.waitForLog('qpqd listening')
      const b = startDaemonProcess(['--listen', String(up.listen), '--data-dir', tmp()])
      assert.equal(await b.exited, 1)
      assert.match(b.stderr.join(''), /EADDRINUSE/)
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
    const out = (await run(process.execPath, ['--import', 'tsx', 'daemon/main.ts', 'check-config', '--listen', '127.0.0.1:5009'], { cwd: REPO, env: { ...process.env, QPQ_DATA_DIR: '/srv/q' } })).stdout
    const cfg = JSON.parse(out) as { listen: unknown; dataDir: string }
    assert.deepEqual(cfg.listen, { host: '127.0.0.1', port: 5009 })
    assert.equal(cfg.dataDir, '/srv/q')
  })
})
