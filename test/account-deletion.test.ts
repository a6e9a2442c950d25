// DeleteAccount (950) through the real daemon: one transaction that leaves no row of the account
// in any table of the database, ends every session of it at once, and frees its username and
// identity key; and the purge registry services plug their own steps into.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import { Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import type { Encoder } from '../protocol/codec.js'
import { silentLogger } from '../daemon/observability/logger.js'
import { AccountPurger } from '../daemon/services/account/purger.js'
import { AccountStore } from '../daemon/services/auth/store.js'
import { SessionService } from '../daemon/services/auth/sessions.js'
import { METHOD_BY_NAME, type MethodName } from '../proto/methods.js'
import { qpq } from '../proto/qpq.js'
import { startTestNode, type TestNode, newIdentityKey, tempStorage, type TestUser } from './helpers/node.js'
import { isStatus } from './helpers/status.js'

const identity = newIdentityKey
const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()

async function bareStatus(c: QpqClient, name: MethodName, message: Record<string, unknown>): Promise<number> {
  const codec = (qpq.v1 as unknown as Record<string, Encoder<unknown>>)[`${name}Request`] as Encoder<unknown>
  return (await c.call((METHOD_BY_NAME.get(name) as { id: number }).id, codec.encode(message).finish())).status
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/**
 * Every place in the database where one of `needles` (bytes or text) occurs inside a value, and
 * every row that points at `accountId` through a foreign key to users(id) (or is that users row):
 * "table.column" once per hit. Looks at every table there is, not a list of the ones we know.
 */
function traces(db: Database.Database, accountId: number, needles: Array<Buffer | string>): string[] {
  const hits: string[] = []
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]
  for (const table of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[])
    for (const column of columns) {
      for (const needle of needles) {
        const n = db.prepare(`SELECT count(*) FROM ${quote(table)} WHERE typeof(${quote(column)}) IN ('blob', 'text') AND instr(${quote(column)}, ?) > 0`).pluck().get(needle) as number
        if (n > 0) hits.push(`${table}.${column} holds ${typeof needle === 'string' ? needle : needle.toString('hex').slice(0, 16)}`)
      }
    }
    const refs = (db.prepare('SELECT "from", "table" FROM pragma_foreign_key_list(?)').all(table) as Array<{ from: string; table: string }>)
      .filter((fk) => fk.table === 'users').map((fk) => fk.from)
    if (table === 'users') refs.push('id')
    for (const column of refs) {
      const n = db.prepare(`SELECT count(*) FROM ${quote(table)} WHERE ${quote(column)} = ?`).pluck().get(accountId) as number
      if (n > 0) hits.push(`${table}.${column} = ${accountId}`)
    }
  }
  return hits
}

type User = TestUser

describe('account deletion', () => {
  let t: TestNode
  const accountId = (username: string): number => t.node.storage.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number
  before(async () => { t = await startTestNode() })
  after(async () => { await t.stop() })

  it('deletes the account and everything of it: no row of it is left in any table', async () => {
    const dave: User = { name: 'dave', password: 'dave password', key: identity() }
    const erin: User = { name: 'erin', password: 'erin password', key: identity() }
    await t.register(dave)
    await t.register(erin)
    const laptop = await t.session(dave)
    const phone = await t.session(dave)
    const unbound = await t.session(dave)
    const other = await t.session(erin)
    const laptopId = randomBytes(16)
    const laptopKey = randomBytes(32)
    const phoneId = randomBytes(16)
    const pushToken = randomBytes(64)
    await laptop.request('RegisterDevice', { device_id: laptopId, device_name: 'dave laptop', device_key: laptopKey })
    await phone.request('RegisterDevice', { device_id: phoneId, device_name: 'dave phone', device_key: randomBytes(32) })
    await phone.request('RegisterPushToken', { platform: 'apns', token: pushToken })
    const recoveryToken = randomBytes(32)
    const bundle = randomBytes(1000)
    await laptop.request('StoreRecoveryBundle', { token_hash: sha256(recoveryToken), bundle })
    await laptop.request('StoreRecoveryBundle', { token_hash: sha256(randomBytes(32)), bundle: randomBytes(10) })
    // erin's data, which must survive: a device with the same id as dave's laptop, a bundle
    await other.request('RegisterDevice', { device_id: laptopId, device_name: 'erin laptop', device_key: randomBytes(32) })
    await other.request('StoreRecoveryBundle', { token_hash: sha256(recoveryToken), bundle: randomBytes(10) })

    const db = t.node.storage.db
    const id = accountId('dave')
    const needles: Array<Buffer | string> = [
      'dave', dave.key, laptopKey, pushToken, bundle, 'dave laptop', 'dave phone',
      ...[laptop, phone, unbound].map((c) => sha256(c.sessionToken as Uint8Array)),
    ]
    // the scan finds the account while it exists (else its silence below would prove nothing)
    const before = traces(db, id, needles)
    for (const table of ['users', 'sessions', 'devices', 'recovery_bundles']) {
      assert.ok(before.some((h) => h.startsWith(`${table}.`)), `the scan sees dave in ${table}: ${before.join(', ')}`)
    }

    // a wrong or malformed identity key deletes nothing
    await assert.rejects(laptop.request('DeleteAccount', { identity_key: erin.key }), isStatus(Status.Forbidden))
    await assert.rejects(laptop.request('DeleteAccount', { identity_key: identity() }), isStatus(Status.Forbidden))
    await assert.rejects(laptop.request('DeleteAccount', { identity_key: dave.key.subarray(0, 31) }), isStatus(Status.BadRequest))
    await assert.rejects(laptop.request('DeleteAccount', {}), isStatus(Status.BadRequest))
    assert.deepEqual(traces(db, id, needles), before)

    const told: string[] = []
    const off = t.node.hooks.register('account.deleted', (a) => { told.push(`${a.username} ${Buffer.from(a.identityKey).toString('hex')}`) })
    assert.equal((await laptop.request('DeleteAccount', { identity_key: dave.key })).success, true)
    off()
    assert.deepEqual(traces(db, id, needles), [], 'nothing of the account is left in any table')
    assert.deepEqual(told, [`dave ${dave.key.toString('hex')}`], 'plugins are told, to drop what they kept of the user')

    // every session of the account ends at once: on its own connection and through Auth
    for (const c of [laptop, phone, unbound]) {
      assert.equal(await bareStatus(c, 'ListDevices', {}), Status.Unauthorized)
      await assert.rejects(c.request('ListDevices', {}), isStatus(Status.Unauthorized))
    }
    await assert.rejects(laptop.request('DeleteAccount', { identity_key: dave.key }), isStatus(Status.Unauthorized))
    // the old password logs nobody in
    await assert.rejects((await t.client()).login(dave.name, dave.password, dave.key), isStatus(Status.Unauthorized))

    // erin is untouched
    const [erinLaptop] = (await other.request('ListDevices', {})).devices
    assert.equal(erinLaptop?.device_name, 'erin laptop')
    assert.equal((await other.request('FetchRecoveryBundle', { recovery_token: recoveryToken })).bundle.length, 10)
    assert.equal(db.prepare('SELECT count(*) FROM users WHERE username = ?').pluck().get('erin'), 1)
  })

  it('frees the username and the identity key: a new account starts empty', async () => {
    const frank: User = { name: 'frank', password: 'first password', key: identity() }
    await t.register(frank)
    const old = await t.session(frank)
    await old.request('RegisterDevice', { device_id: randomBytes(16), device_name: 'old phone', device_key: randomBytes(32) })
    const recoveryToken = randomBytes(32)
    await old.request('StoreRecoveryBundle', { token_hash: sha256(recoveryToken), bundle: randomBytes(100) })
    assert.equal((await old.request('DeleteAccount', { identity_key: frank.key })).success, true)

    // the same username with a new password and a new key
    const again: User = { name: 'Frank', password: 'second password', key: identity() }
    await t.register(again)
    const fresh = await t.session(again)
    assert.deepEqual((await fresh.request('ListDevices', {})).devices, [])
    assert.equal((await fresh.request('FetchRecoveryBundle', { recovery_token: recoveryToken })).bundle.length, 0)
    await assert.rejects(old.request('ListDevices', {}), isStatus(Status.Unauthorized), 'the old token does not reach the new account')
    await assert.rejects((await t.client()).login(frank.name, frank.password, frank.key), isStatus(Status.Unauthorized))
    // the old identity key is free again too
    assert.equal((await fresh.request('DeleteAccount', { identity_key: again.key })).success, true)
    await t.register({ name: 'frank2', password: 'pw', key: frank.key })
  })

  it('answers 2 without a session', async () => {
    const c = await t.client()
    assert.equal(await bareStatus(c, 'DeleteAccount', { identity_key: identity() }), Status.Unauthorized)
    assert.equal(await bareStatus(c, 'DeleteAccount', { identity_key: identity(), auth: { access_token: randomBytes(32) } }), Status.Unauthorized)
  })
})

describe('account purge registry', () => {
  let storage: ReturnType<typeof tempStorage>
  let accounts: AccountStore
  before(() => {
    storage = tempStorage()
    storage.db.exec('CREATE TABLE notes (owner BLOB NOT NULL, note TEXT NOT NULL)')
    accounts = new AccountStore(storage.db)
  })
  after(() => { storage.close() })
  const purger = (): AccountPurger => new AccountPurger({ db: storage.db, deleteAccountRow: (id) => accounts.deleteAccount(id), log: silentLogger() })
  const account = (name: string, key: Buffer) => {
    assert.ok(accounts.createAccount(name, key, Buffer.alloc(192), 0))
    return { id: (accounts.account(name) as { id: number }).id, username: name, identityKey: key }
  }
  const count = (sql: string, ...args: unknown[]): number => storage.db.prepare(sql).pluck().get(...args) as number

  it('runs every step and the account row in one transaction; after-commit work runs once it committed', () => {
    const p = purger()
    const a = account('gina', Buffer.alloc(32, 7))
    storage.db.prepare('INSERT INTO notes VALUES (?, ?)').run(a.identityKey, 'hers')
    const order: string[] = []
    p.register('notes', (acc) => {
      order.push('notes')
      return storage.db.prepare('DELETE FROM notes WHERE owner = ?').run(acc.identityKey).changes
    })
    p.register('files', () => {
      order.push('files')
      return () => order.push(`after commit: users ${count('SELECT count(*) FROM users WHERE id = ?', a.id)}`)
    })
    assert.throws(() => p.register('notes', () => {}), /registered twice/)
    assert.deepEqual(p.stepNames, ['notes', 'files'])
    assert.deepEqual(p.purge(a), { notes: 1 })
    assert.deepEqual(order, ['notes', 'files', 'after commit: users 0'])
    assert.equal(count('SELECT count(*) FROM notes'), 0)
    assert.equal(p.purge(a), null, 'an account that is gone: nothing to do')
  })

  it('rolls everything back when a step fails: the account is wholly there', () => {
    const p = purger()
    const a = account('hank', Buffer.alloc(32, 8))
    storage.db.prepare('INSERT INTO notes VALUES (?, ?)').run(a.identityKey, 'his')
    let after = 0
    p.register('notes', (acc) => { storage.db.prepare('DELETE FROM notes WHERE owner = ?').run(acc.identityKey); return () => { after++ } })
    p.register('broken', () => { throw new Error('disk on fire') })
    assert.throws(() => p.purge(a), /account purge step "broken" failed: disk on fire/)
    assert.equal(count('SELECT count(*) FROM notes WHERE owner = ?', a.identityKey), 1)
    assert.equal(count('SELECT count(*) FROM users WHERE id = ?', a.id), 1)
    assert.equal(after, 0, 'no after-commit work without a commit')
    const async = purger()
    async.register('async', (() => Promise.resolve()) as unknown as () => void)
    assert.throws(() => async.purge(a), /must be synchronous/)
    assert.equal(count('SELECT count(*) FROM users WHERE id = ?', a.id), 1)
  })

  it('tells session listeners (long polls, pushes) only once the deletion committed, never after a rollback', async () => {
    const sessions = new SessionService(accounts, 3_600_000)
    const told: string[] = []
    sessions.onEnded((id, device, key) => told.push(`${id} ${device === null ? 'all' : 'device'} ${key.toString('hex').slice(0, 4)}`))
    const ivy = account('ivy', Buffer.alloc(32, 9))
    sessions.create(ivy.id, null)
    const failing = purger()
    failing.register('sessions', (acc) => sessions.endAccount(acc.id))
    failing.register('broken', () => { throw new Error('disk on fire') })
    assert.throws(() => failing.purge(ivy))
    await Promise.resolve()
    assert.deepEqual(told, [], 'rolled back: the sessions are there, nobody is cut off')
    const p = purger()
    p.register('sessions', (acc) => sessions.endAccount(acc.id))
    p.purge(ivy)
    assert.deepEqual(told, [], 'not inside the transaction')
    await Promise.resolve()
    assert.deepEqual(told, [`${ivy.id} all 0909`])
  })
})
