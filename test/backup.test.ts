// Online backup and restore: qpqctl backup on a daemon under load (a consistent copy, encrypted
// with the same key, written once), and qpqd restore — refused while a daemon holds the
// database or with a key that does not open the backup, and after it no KeyPackage that could
// have been handed out after the backup is ever handed out again.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { QpqClient } from '../client/qpq-client.js'
import { checkDatabaseFile, openDatabase, StorageError } from '../daemon/storage/database.js'
import { resolveDatabaseKey } from '../daemon/storage/key.js'
import { migrations } from '../daemon/storage/migrations.js'
import { REPO, startDaemonProcess, type DaemonProcess } from './helpers/daemon-process.js'
import { newUser, TEST_STRETCHING, type TestUser } from './helpers/node.js'
import { qpqctl } from './helpers/qpqctl.js'

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'qpq-backup-'))

async function daemon(dir: string, extra: string[] = []): Promise<{ d: DaemonProcess; connect(u: TestUser): Promise<QpqClient>; register(u: TestUser): Promise<void> }> {
  const d = startDaemonProcess(['--listen', '127.0.0.1:0', '--data-dir', dir, '--crypto-workers', '1', '--rate-limit-per-ip', '100000', '--rate-limit-per-identity', '100000', '--rate-limit-auth-per-ip', '100000', ...extra])
  const up = await d.waitForLog('qpqd listening')
  const opts = { server: String(up.listen), caCert: readFileSync(path.join(dir, 'server-cert.der')), keyStretching: TEST_STRETCHING }
  return {
    d,
    async register(u) {
      const c = await QpqClient.connect(opts)
      try { await c.register(u.name, u.password, u.key) } finally { c.close() }
    },
    async connect(u) {
      const c = await QpqClient.connect(opts)
      await c.login(u.name, u.password, u.key)
      return c
    },
  }
}

async function stop(d: DaemonProcess): Promise<void> {
  d.child.kill('SIGTERM')
  assert.equal(await d.exited, 0)
}

/** `qpqd restore FILE` with flags; resolves with exit code and output. */
function restore(file: string, flags: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'daemon/main.ts', 'restore', file, ...flags], { cwd: REPO })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (b: Buffer) => { stdout += b.toString() })
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString() })
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('qpqctl backup', () => {
  it('copies the database of a daemon under load: consistent, encrypted with the same passphrase and salt, never plaintext', async () => {
    const dir = tmp()
    const passphrase = 'correct horse battery staple'
    const { d, register, connect } = await daemon(dir, ['--db-key', passphrase])
    const alice = newUser('alice')
    const bob = newUser('bob')
    try {
      await register(alice)
      await register(bob)
      const sender = await connect(alice)
      let acked = 0
      let failed: unknown = null
      let running = true
      const load = (async () => {
        for (let i = 0; running; i++) {
          try {
            await sender.send(bob.key, Buffer.from(`plaintext-marker-${i}`))
            acked++
          } catch (err) {
            failed = err
            return
          }
        }
      })()
      while (acked < 50 && failed === null) await new Promise((r) => setTimeout(r, 10))
      const ackedBefore = acked
      const file = path.join(tmp(), 'qpq-backup.db')
      const r = await qpqctl(['--data-dir', dir, '--json', 'backup', file])
      const ackedAfterBackup = acked
      // the load goes on after the backup
      while (acked < ackedAfterBackup + 20 && failed === null) await new Promise((res) => setTimeout(res, 10))
      running = false
      await load
      sender.close()
      assert.equal(failed, null)
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.json.file, file)
      assert.equal(r.json.saltFile, `${file}.salt`)
      assert.deepEqual(readFileSync(`${file}.salt`), readFileSync(path.join(dir, 'qpq.db.salt')))
      // nothing but the backup and its salt were written there (the temporary name is gone)
      assert.deepEqual(readdirSync(path.dirname(file)).sort(), ['qpq-backup.db', 'qpq-backup.db.salt'])
      // the passphrase and the salt open it; a wrong passphrase does not
      const key = resolveDatabaseKey({ database: file, passphrase }).key
      assert.equal(checkDatabaseFile(file, key, migrations.length).version, migrations.length)
      const wrong = resolveDatabaseKey({ database: file, passphrase: 'wrong' }).key
      assert.throws(() => checkDatabaseFile(file, wrong, migrations.length), (e: unknown) => e instanceof StorageError && e.reason === 'wrong-key')
      assert.equal(readFileSync(file).includes('plaintext-marker-'), false)
      // every message acknowledged before the backup began is in it
      const copy = path.join(tmp(), 'copy.db')
      copyFileSync(file, copy)
      const s = openDatabase({ file: copy, key, durability: 'normal', migrations })
      const n = (s.db.prepare('SELECT count(*) AS n FROM messages WHERE recipient = ?').get(bob.key) as { n: number }).n
      s.close()
      assert.ok(n >= ackedBefore && n <= ackedAfterBackup, `${n} messages in the backup, ${ackedBefore} acknowledged before it, ${ackedAfterBackup} after`)
      // restored elsewhere with the passphrase: the salt written beside the backup comes along
      const elsewhere = tmp()
      const restored = await restore(file, ['--data-dir', elsewhere, '--db-key', passphrase])
      assert.equal(restored.code, 0, restored.stderr)
      assert.match(restored.stdout, /installed the backup's salt as/)
      assert.deepEqual(readFileSync(path.join(elsewhere, 'qpq.db.salt')), readFileSync(`${file}.salt`))
      assert.equal(checkDatabaseFile(path.join(elsewhere, 'qpq.db'), key, migrations.length).version, migrations.length)
    } finally {
      d.child.kill('SIGKILL')
    }
  })
})

describe('qpqd restore', () => {
  it('refuses while a daemon holds the database or with a key that does not open the backup; after it, no KeyPackage from before is handed out again', async () => {
    const dir = tmp()
    const alice = newUser('alice')
    const bob = newUser('bob')
    const file = path.join(tmp(), 'backup.db')
    let first = await daemon(dir)
    try {
      await first.register(alice)
      await first.register(bob)
      const a = await first.connect(alice)
      for (const kp of ['kp-1', 'kp-2', 'kp-3']) await a.keys.uploadKeyPackage(Buffer.from(kp))
      a.close()
      assert.equal((await qpqctl(['--data-dir', dir, 'backup', file])).code, 0)
      // after the backup, bob takes one of alice's KeyPackages (and starts a group with it)
      const b = await first.connect(bob)
      assert.equal(Buffer.from(await b.keys.fetchKeyPackage(alice.key) ?? []).toString(), 'kp-1')
      b.close()

      const running = await restore(file, ['--data-dir', dir])
      assert.equal(running.code, 1)
      assert.match(running.stderr, /a qpqd is running on .* \(its admin socket .* answers\): stop it first \(nothing was changed\)/)
    } finally {
      await stop(first.d)
    }

    // a process that has the database open (not a qpqd: no admin socket) holds it too
    const holder = spawn(process.execPath, ['-e', `require('fs').openSync(${JSON.stringify(path.join(dir, 'qpq.db'))}, 'r'); console.log('open'); setInterval(() => {}, 1000)`])
    try {
      await new Promise<void>((r) => holder.stdout.once('data', () => r()))
      const held = await restore(file, ['--data-dir', dir])
      assert.equal(held.code, 1)
      assert.match(held.stderr, new RegExp(`process ${String(holder.pid)} has .*qpq\\.db open`))
    } finally {
      holder.kill()
    }

    // a passphrase for a backup made with the development key file: its salt is nowhere
    const noSalt = await restore(file, ['--data-dir', dir, '--db-key', 'guess'])
    assert.equal(noSalt.code, 1)
    assert.match(noSalt.stderr, /the salt of the backup is missing/)
    // another data directory's key file: the key does not open it
    const other = tmp()
    writeFileSync(path.join(other, 'db.key'), randomBytes(32), { mode: 0o600 })
    const wrongKey = await restore(file, ['--data-dir', other])
    assert.equal(wrongKey.code, 1)
    assert.match(wrongKey.stderr, /the database key does not open .*backup\.db: give the db_key \(and salt\) or the key file of the daemon that made the backup \(nothing was changed\)/)
    assert.deepEqual(readdirSync(other), ['db.key'])
    const noKey = await restore(file, ['--data-dir', tmp()])
    assert.equal(noKey.code, 1)
    assert.match(noKey.stderr, /no database key: give db_key .* or put the backup's development key file at/)
    assert.equal((await restore(path.join(other, 'missing.db'), ['--data-dir', dir])).code, 1)

    const ok = await restore(file, ['--data-dir', dir])
    assert.equal(ok.code, 0, ok.stderr)
    assert.match(ok.stdout, /discarded 3 KeyPackages/)
    assert.ok(readdirSync(dir).some((f) => /^qpq\.db\.before-restore-/.test(f)), 'the database that was there is kept')
    assert.equal(existsSync(path.join(dir, 'qpq.db-wal')), false)

    first = await daemon(dir)
    try {
      const b = await first.connect(bob)
      // kp-1 went out after the backup; kp-2 and kp-3 might have: none of them comes back
      assert.equal(await b.keys.fetchKeyPackage(alice.key), null)
      const a = await first.connect(alice)
      await a.keys.uploadKeyPackage(Buffer.from('kp-4'))
      assert.equal(Buffer.from(await b.keys.fetchKeyPackage(alice.key) ?? []).toString(), 'kp-4')
      a.close()
      b.close()
    } finally {
      await stop(first.d)
    }

    // into a new data directory, with the key file of the daemon that made it
    const fresh = tmp()
    copyFileSync(path.join(dir, 'db.key'), path.join(fresh, 'db.key'))
    assert.equal((await restore(file, ['--data-dir', fresh])).code, 0)
    const second = await daemon(fresh)
    try {
      (await second.connect(alice)).close()
    } finally {
      await stop(second.d)
    }
  })
})
