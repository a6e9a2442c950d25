// systemd: the daemon's sd_notify messages under a fake NOTIFY_SOCKET (READY=1 once every
// listener is up, WATCHDOG=1 from the event loop, STATUS=, STOPPING=1 when it drains, from the
// daemon's own pid), nothing at all without NOTIFY_SOCKET, the systemd-notify tool fallback, and
// the unit and sysusers files checked by systemd's own tools. No systemd runs here: what a real
// systemd does with the messages (restart on a missed watchdog) is not tested.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { adminCall } from '../daemon/admin/client.js'
import { silentLogger } from '../daemon/observability/logger.js'
import { notifierFromEnv } from '../daemon/observability/sd-notify.js'
import { SystemdNotify } from '../daemon/wiring/systemd.js'
import { REPO, startDaemonProcess } from './helpers/daemon-process.js'
import { pythonMissing, startNotifySocket } from './helpers/notify-socket.js'

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'qpq-systemd-'))
const hasTool = (t: string): boolean => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0

describe('sd_notify', () => {
  it('READY=1 after every listener is up, WATCHDOG=1 at half WATCHDOG_USEC, STATUS=, then STOPPING=1 when draining — all from the daemon\'s pid', async (t) => {
    // without the optional addon the daemon runs systemd-notify instead (tested below)
    const missing = pythonMissing() ?? (notifierFromEnv({ NOTIFY_SOCKET: '/run/x' })?.via === 'unix-dgram' ? null : 'the optional unix-dgram addon did not build here')
    if (missing !== null) return t.skip(missing)
    const sock = await startNotifySocket()
    const dir = tmp()
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--metrics-listen', '127.0.0.1:0', '--crypto-workers', '1'], {
      env: { NOTIFY_SOCKET: sock.path, WATCHDOG_USEC: '200000' },
    })
    try {
      const ready = await sock.waitFor((m) => m.message.split('\n').includes('READY=1'))
      // the addon sends from the daemon itself: NotifyAccess=main accepts it
      assert.equal(ready.pid, d.child.pid)
      assert.match(ready.message, /^STATUS=serving: 0 connections/m)
      assert.match(ready.message, new RegExp(`^MAINPID=${String(d.child.pid)}$`, 'm'))
      // every listener was up before READY: in the log (one ordered stream) the listeners come
      // first, and the admin socket answers
      await d.waitForLog('told systemd we are ready')
      const order = d.lines.map((l) => l.msg)
      assert.ok(order.indexOf('qpqd listening') >= 0 && order.indexOf('qpqd listening') < order.indexOf('told systemd we are ready'), JSON.stringify(order))
      assert.notEqual(d.lines.find((l) => l.msg === 'qpqd listening')?.metrics, null)
      const status = await adminCall(path.join(dir, 'admin', 'qpqd.sock'), 'status')
      assert.equal(status.ok, true)
      const at = sock.received.indexOf(ready)
      const first = await sock.waitFor((m) => m.message === 'WATCHDOG=1', at + 1)
      await sock.waitFor((m) => m.message === 'WATCHDOG=1', sock.received.indexOf(first) + 1)
      d.child.kill('SIGTERM')
      const stopping = await sock.waitFor((m) => m.message.split('\n').includes('STOPPING=1'))
      assert.match(stopping.message, /^STATUS=draining/m)
      assert.equal(await d.exited, 0)
      assert.ok(sock.received.indexOf(stopping) > at)
    } finally {
      d.child.kill('SIGKILL')
      sock.close()
    }
  })

  it('without NOTIFY_SOCKET nothing is sent and nothing fails', async () => {
    assert.equal(notifierFromEnv({}), null)
    assert.equal(notifierFromEnv({ NOTIFY_SOCKET: '' }), null)
    const part = new SystemdNotify({ WATCHDOG_USEC: '1000' }, () => 'x', silentLogger())
    await part.start()
    await part.stop()
  })

  it('falls back to the systemd-notify tool (NotifyAccess=all then): READY=1 with MAINPID, STOPPING=1', async (t) => {
    const missing = pythonMissing() ?? (hasTool('systemd-notify') ? null : 'the systemd-notify tool is not installed')
    if (missing !== null) return t.skip(missing)
    const sock = await startNotifySocket()
    try {
      const part = new SystemdNotify({ NOTIFY_SOCKET: sock.path }, () => 'serving: test', silentLogger(), 'systemd-notify')
      await part.start()
      const ready = await sock.waitFor((m) => m.message.includes('READY=1'))
      assert.match(ready.message, new RegExp(`MAINPID=${String(process.pid)}`))
      assert.match(ready.message, /STATUS=serving: test/)
      await part.stop()
      await sock.waitFor((m) => m.message.includes('STOPPING=1'))
    } finally {
      sock.close()
    }
  })

  it('an unreachable NOTIFY_SOCKET is logged once and never stops the daemon', async () => {
    const part = new SystemdNotify({ NOTIFY_SOCKET: path.join(tmp(), 'nobody.sock') }, () => 'x', silentLogger())
    await part.start()
    await part.stop()
  })
})

describe('the unit files', () => {
  const unit = path.join(REPO, 'systemd/qpqd.service')

  it('systemd/qpqd.service passes systemd-analyze verify, and its exposure is low', (t) => {
    if (!hasTool('systemd-analyze')) return t.skip('systemd-analyze is not installed (Debian package systemd)')
    const verify = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' })
    assert.equal(verify.status, 0, verify.stderr)
    assert.equal(verify.stderr.trim(), '', 'verify printed warnings')
    const security = spawnSync('systemd-analyze', ['security', '--offline=yes', unit], { encoding: 'utf8' })
    const level = /Overall exposure level for qpqd\.service: ([\d.]+)/.exec(security.stdout)
    assert.ok(level !== null, security.stdout + security.stderr)
    assert.ok(Number(level[1]) < 3, `exposure ${level[1]}`)
    const text = readFileSync(unit, 'utf8')
    for (const line of ['Type=notify', 'NotifyAccess=main', 'Restart=on-failure', 'StateDirectory=qpqd', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'CapabilityBoundingSet=', 'SystemCallFilter=@system-service']) {
      assert.ok(text.split('\n').includes(line), `${line} missing`)
    }
    assert.match(text, /^WatchdogSec=\d+s$/m)
    assert.match(text, /^ExecReload=.*-HUP/m)
    assert.doesNotMatch(text, /^MemoryDenyWriteExecute=yes/m)
  })

  it('systemd/qpqd.sysusers creates the qpqd user (systemd-sysusers into a scratch root)', (t) => {
    if (!hasTool('systemd-sysusers')) return t.skip('systemd-sysusers is not installed (Debian package systemd)')
    const root = tmp()
    mkdirSync(path.join(root, 'etc'))
    const r = spawnSync('systemd-sysusers', [`--root=${root}`, path.join(REPO, 'systemd/qpqd.sysusers')], { encoding: 'utf8' })
    assert.equal(r.status, 0, r.stderr)
    assert.ok(existsSync(path.join(root, 'etc/passwd')))
    assert.match(readFileSync(path.join(root, 'etc/passwd'), 'utf8'), /^qpqd:x:\d+:\d+:[^:]*:\/var\/lib\/qpqd:/m)
  })
})
