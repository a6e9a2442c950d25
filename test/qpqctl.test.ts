// qpqctl, the real command line, against a real daemon: every command with --json (the shapes
// docs/admin.md promises) and for people, and its exit codes — 0 ok, 1 failed, 2 usage, 3 daemon
// not reachable.
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { QpqError } from '../client/errors.js'
import { REPO, startDaemonProcess } from './helpers/daemon-process.js'
import { loggedInUser, startTestNode, type LoggedInUser, type TestNode } from './helpers/node.js'
import { qpqctl } from './helpers/qpqctl.js'

describe('qpqctl against a running daemon', () => {
  let t: TestNode
  let alice: LoggedInUser
  let bob: LoggedInUser
  let ctl: (...args: string[]) => ReturnType<typeof qpqctl>

  before(async () => {
    const plugins = mkdtempSync(path.join(tmpdir(), 'qpq-ctl-plugins-'))
    cpSync(path.join(REPO, 'test/fixtures/plugins/low.mjs'), path.join(plugins, 'low.mjs'))
    t = await startTestNode({ plugin_dir: plugins })
    ctl = (...args) => qpqctl(['--data-dir', t.dataDir, ...args])
    alice = await loggedInUser(t, 'alice')
    bob = await loggedInUser(t, 'bob')
    await alice.client.keys.uploadKeyPackage(Buffer.from('alice kp 1'))
    await alice.client.keys.uploadKeyPackage(Buffer.from('alice kp 2'))
    await alice.client.send(bob.key, Buffer.from('hello bob'))
  })
  after(async () => { await t.stop() })

  it('status: version, uptime, listeners, connections, sessions, queues, pool, plugins, mesh, federation, event loop', async () => {
    const r = await ctl('--json', 'status')
    assert.equal(r.code, 0, r.stderr)
    const s = r.json
    for (const k of ['version', 'node', 'pid', 'startedAt', 'uptimeSeconds', 'draining', 'listeners', 'connections', 'accounts', 'sessions', 'queues', 'pool', 'plugins', 'mesh', 'federation', 'eventLoop']) assert.ok(k in s, k)
    assert.equal(s.listeners.rpc, `127.0.0.1:${t.node.rpcAddress.port}`)
    assert.equal(s.listeners.admin, t.node.adminSocket)
    assert.ok(s.connections.open >= 2)
    assert.equal(s.accounts, 2)
    assert.ok(s.sessions >= 2)
    assert.equal(s.queues.messages, 1)
    assert.deepEqual(s.plugins, [{ name: 'low', version: '1.0.0', state: 'running' }])
    assert.equal(s.mesh, null)
    assert.equal(s.federation, null)
    assert.equal(typeof s.eventLoop.p99Ms, 'number')
    const human = await ctl('status')
    assert.equal(human.code, 0)
    assert.match(human.stdout, /^state +serving$/m)
    assert.match(human.stdout, /^mesh +off$/m)
  })

  it('users list and show; an unknown user fails with exit 1', async () => {
    const list = await ctl('--json', 'users', 'list')
    assert.equal(list.code, 0)
    assert.equal(list.json.total, 2)
    assert.deepEqual(list.json.users.map((u: { name: string }) => u.name), ['alice', 'bob'])
    assert.equal(list.json.users[0].identityKey, alice.key.toString('hex'))
    assert.equal(list.json.next, null)
    const page = await ctl('--json', 'users', 'list', '--limit', '1')
    assert.deepEqual(page.json.users.map((u: { name: string }) => u.name), ['alice'])
    const rest = await ctl('--json', 'users', 'list', '--after', String(page.json.next))
    assert.deepEqual(rest.json.users.map((u: { name: string }) => u.name), ['bob'])
    const show = await ctl('--json', 'users', 'show', 'alice')
    assert.equal(show.code, 0)
    assert.equal(show.json.keyPackages, 2)
    assert.equal(show.json.ban, null)
    assert.equal(show.json.revoked, false)
    assert.deepEqual(show.json.devices, [])
    const human = await ctl('users', 'list')
    assert.match(human.stdout, /^NAME +REGISTERED/m)
    assert.match(human.stdout, /^bob /m)
    const none = await ctl('--json', 'users', 'show', 'nobody')
    assert.equal(none.code, 1)
    assert.deepEqual(none.json, { error: { code: 'not-found', message: 'no user named nobody' } })
    const plain = await ctl('users', 'show', 'nobody')
    assert.equal(plain.stderr, 'qpqctl: no user named nobody\n')
  })

  it('queues: the fullest queues, of everyone or of one user', async () => {
    const all = await ctl('--json', 'queues')
    assert.equal(all.code, 0)
    assert.equal(all.json.totalMessages, 1)
    assert.deepEqual(all.json.queues.map((q: { user: string; messages: number; channel: string | null }) => [q.user, q.messages, q.channel]), [['bob', 1, null]])
    const of = await ctl('--json', 'queues', 'alice')
    assert.deepEqual(of.json.queues, [])
  })

  it('kt head: the signed head over both registrations', async () => {
    const r = await ctl('--json', 'kt', 'head')
    assert.equal(r.code, 0)
    assert.equal(r.json.treeSize, 2)
    assert.match(r.json.rootHash, /^[0-9a-f]{64}$/)
    assert.match(r.json.signature, /^[0-9a-f]{128}$/)
  })

  it('plugins list, disable, enable, reload', async () => {
    const list = await ctl('--json', 'plugins', 'list')
    assert.equal(list.json.plugins[0].name, 'low')
    assert.equal(list.json.plugins[0].state, 'running')
    assert.equal((await ctl('plugins', 'disable', 'low')).code, 0)
    const off = await ctl('--json', 'plugins', 'list')
    assert.equal(off.json.plugins[0].state, 'disabled')
    assert.equal(off.json.plugins[0].byOperator, true)
    // a reload of everything leaves an operator-disabled plugin alone
    const all = await ctl('--json', 'plugins', 'reload')
    assert.equal(all.code, 0)
    assert.deepEqual(all.json, { outcomes: [], failed: 0 })
    const reloadOff = await ctl('--json', 'plugins', 'reload', 'low')
    assert.equal(reloadOff.code, 1)
    assert.match(reloadOff.json.outcomes[0].error, /is disabled: enable it first/)
    assert.equal((await ctl('plugins', 'enable', 'low')).code, 0)
    assert.equal((await ctl('--json', 'plugins', 'list')).json.plugins[0].state, 'running')
    const one = await ctl('--json', 'plugins', 'reload', 'low')
    assert.deepEqual(one.json, { outcomes: [{ plugin: 'low', ok: true }], failed: 0 })
    const missing = await ctl('plugins', 'disable', 'nope')
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /no plugin named nope/)
  })

  it('mesh and federation say they are off (exit 1)', async () => {
    const mesh = await ctl('mesh', 'peers')
    assert.equal(mesh.code, 1)
    assert.equal(mesh.stderr, 'qpqctl: mesh is off on this daemon\n')
    assert.equal((await ctl('mesh', 'store')).code, 1)
    const fed = await ctl('--json', 'federation', 'destinations')
    assert.equal(fed.code, 1)
    assert.deepEqual(fed.json, { error: { code: 'unavailable', message: 'federation is off on this daemon' } })
    assert.equal((await ctl('federation', 'reset', 'b.example')).code, 1)
  })

  it('check-config: the checks of qpqd check-config, as JSON or TOML', async () => {
    const r = await ctl('--json', 'check-config')
    assert.equal(r.code, 0)
    assert.equal(r.json.valid, true)
    assert.ok(r.json.options.some((o: { key: string }) => o.key === 'listen'))
    assert.match(r.json.text, /^# qpqd .*: the effective configuration/)
    const human = await ctl('check-config')
    assert.match(human.stdout, /^production = false/m)
  })

  it('backup FILE writes an encrypted copy once, and refuses to overwrite it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-ctl-backup-'))
    // a relative FILE is relative to qpqctl's working directory
    const r = await qpqctl(['--data-dir', t.dataDir, '--json', 'backup', 'copy.db'], {}, dir)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.file, path.join(dir, 'copy.db'))
    const file = path.join(dir, 'qpq-backup.db')
    const b = await ctl('--json', 'backup', file)
    assert.equal(b.code, 0)
    assert.ok(existsSync(file) && b.json.bytes > 0)
    assert.equal(b.json.saltFile, null)
    const again = await ctl('--json', 'backup', file)
    assert.equal(again.code, 1)
    assert.equal(again.json.error.code, 'exists')
    const nodir = await ctl('backup', path.join(dir, 'no', 'such', 'dir.db'))
    assert.equal(nodir.code, 1)
    assert.match(nodir.stderr, /does not exist/)
  })

  it('sessions list and revoke: the user\'s calls are refused until it logs in again', async () => {
    const list = await ctl('--json', 'sessions', 'list', 'alice')
    assert.equal(list.code, 0)
    assert.ok(list.json.sessions.length >= 1)
    assert.ok(list.json.sessions.every((s: { user: string; id: string }) => s.user === 'alice' && /^[0-9a-f]{16}$/.test(s.id)))
    const all = await ctl('--json', 'sessions', 'list')
    assert.ok(all.json.sessions.some((s: { user: string }) => s.user === 'bob'))
    // a device id is 16 bytes of hex: anything else is a usage error, and nothing is revoked
    for (const bad of ['abc', 'zz'.repeat(16), 'ab'.repeat(15)]) {
      const r = await ctl('--json', 'sessions', 'revoke', 'alice', '--device', bad)
      assert.equal(r.code, 2, bad)
      assert.deepEqual(r.json, { error: { code: 'usage', message: 'device must be 32 hex digits' } })
    }
    const revoke = await ctl('--json', 'sessions', 'revoke', 'alice')
    assert.equal(revoke.code, 0)
    assert.ok(revoke.json.revoked >= 1)
    await assert.rejects(alice.client.keys.uploadKeyPackage(Buffer.from('again')), (e: unknown) => e instanceof QpqError && e.status === 2)
    assert.deepEqual((await ctl('--json', 'sessions', 'list', 'alice')).json.sessions, [])
  })

  it('bans add, list, remove: a banned user is logged out and cannot log in', async () => {
    const add = await ctl('--json', 'bans', 'add', 'bob', '--reason', 'spam', '--duration', '3600')
    assert.equal(add.code, 0, add.stderr)
    assert.equal(add.json.ban.user, 'bob')
    assert.equal(add.json.ban.bannedBy, 'operator')
    assert.ok(add.json.sessionsEnded >= 1)
    assert.ok(add.json.ban.expiresAt !== null)
    await assert.rejects(t.session(bob), (e: unknown) => e instanceof QpqError && e.status === 3)
    const list = await ctl('--json', 'bans', 'list')
    assert.deepEqual(list.json.bans.map((b: { user: string; reason: string; channel: null }) => [b.user, b.reason, b.channel]), [['bob', 'spam', null]])
    assert.equal((await ctl('bans', 'remove', 'bob')).code, 0)
    assert.equal((await ctl('bans', 'remove', 'bob')).code, 1)
    ;(await t.session(bob)).close()
  })

  it('users delete needs --yes, then deletes the account and everything of it', async () => {
    const no = await ctl('users', 'delete', 'alice')
    assert.equal(no.code, 2)
    assert.match(no.stderr, /add --yes/)
    const yes = await ctl('--json', 'users', 'delete', 'alice', '--yes')
    assert.equal(yes.code, 0)
    assert.equal(yes.json.deleted, 'alice')
    assert.equal((await ctl('users', 'show', 'alice')).code, 1)
    assert.equal((await ctl('--json', 'users', 'list')).json.total, 1)
  })

  it('exit 2 for a command line that is wrong', async () => {
    for (const args of [['frob'], ['users'], ['users', 'show'], ['status', '--bogus'], []]) {
      const r = await ctl(...args)
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`)
    }
  })
})

describe('qpqctl without a daemon, and drain', () => {
  it('exit 3 when no daemon is reachable (no token, no socket, nobody listening)', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'qpq-ctl-none-'))
    const r = await qpqctl(['--data-dir', empty, 'status'])
    assert.equal(r.code, 3)
    assert.match(r.stderr, /no daemon here: .*qpqd\.sock\.token does not exist/)
    const j = await qpqctl(['--json', 'status'], { QPQ_DATA_DIR: empty })
    assert.equal(j.code, 3)
    assert.equal(j.json.error.code, 'unreachable')
    // a token file but nobody on the socket: what a killed daemon leaves
    mkdirSync(path.join(empty, 'admin'))
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(empty, 'admin', 'qpqd.sock.token'), `${'a'.repeat(64)}\n`, { mode: 0o600 })
    const stale = await qpqctl(['--admin-socket', path.join(empty, 'admin', 'qpqd.sock'), 'status'])
    assert.equal(stale.code, 3)
    assert.match(stale.stderr, /nobody listens on/)
  })

  it('drain stops a daemon process gracefully (exit 0), after which qpqctl exits 3', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-ctl-drain-'))
    const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--crypto-workers', '1'])
    try {
      await d.waitForLog('qpqd listening')
      const r = await qpqctl(['--data-dir', dir, '--json', 'drain'])
      assert.equal(r.code, 0, r.stderr)
      assert.deepEqual(r.json, { draining: true, already: false })
      assert.equal(await d.exited, 0)
      assert.ok(d.lines.some((l) => l.msg === 'shutting down' && l.reason === 'qpqctl drain'))
      assert.equal((await qpqctl(['--data-dir', dir, 'status'])).code, 3)
    } finally {
      d.child.kill('SIGKILL')
    }
  })
})
