// Devices (700–702) and push tokens (710) through the real daemon: a session becomes a device's
// session by registering it, the account's device limit, revocation that ends the device's
// sessions at once, and accounts that cannot see or touch each other's devices.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import type { Encoder } from '../protocol/codec.js'
import { METHOD_BY_NAME, type MethodName } from '../proto/methods.js'
import { qpq } from '../proto/qpq.js'
import { startTestNode, type TestNode, newIdentityKey, tempStorage, type TestUser } from './helpers/node.js'
import { isStatus } from './helpers/status.js'

const identity = newIdentityKey
const deviceId = (): Buffer => randomBytes(16)
const deviceKey = (): Buffer => randomBytes(32)

/**
 * Calls a method with no Auth field (the client's request() adds one): only the connection's
 * binding from its login can authenticate it. Resolves with the status.
 */
async function bareStatus(c: QpqClient, name: MethodName, message: Record<string, unknown>): Promise<number> {
  const codec = (qpq.v1 as unknown as Record<string, Encoder<unknown>>)[`${name}Request`] as Encoder<unknown>
  return (await c.call((METHOD_BY_NAME.get(name) as { id: number }).id, codec.encode(message).finish())).status
}

/** RegisterDevice's answer as a plain object (decoded messages keep default values on their prototype). */
async function register(c: QpqClient, message: { device_id: Uint8Array; device_name: string; device_key: Uint8Array }): Promise<{ created: boolean; device_count: number }> {
  const r = await c.request('RegisterDevice', message)
  return { created: r.created, device_count: r.device_count }
}

type User = TestUser
/** A listed device, every field present. */
interface Device { device_id: Buffer; device_name: string; device_key: Buffer; registered_at_ms: number; last_seen_ms: number; current: boolean; has_push_token: boolean }

describe('devices', () => {
  let t: TestNode
  const alice: User = { name: 'alice', password: 'alice password', key: identity() }
  const bob: User = { name: 'bob', password: 'bob password', key: identity() }
  const devicesOf = async (c: QpqClient): Promise<Device[]> => (await c.request('ListDevices', {})).devices.map((d) => ({
    device_id: Buffer.from(d.device_id ?? []), device_name: d.device_name ?? '', device_key: Buffer.from(d.device_key ?? []),
    registered_at_ms: d.registered_at_ms ?? 0, last_seen_ms: d.last_seen_ms ?? 0, current: d.current ?? false, has_push_token: d.has_push_token ?? false,
  }))
  before(async () => {
    t = await startTestNode()
    const c = await t.client()
    await c.register(alice.name, alice.password, alice.key)
    await c.register(bob.name, bob.password, bob.key)
  })
  after(async () => { await t.stop() })

  it('registers a device and binds the calling session to it; registering again updates it', async () => {
    const c = await t.session(alice)
    assert.deepEqual(await devicesOf(c), [])
    const id = deviceId()
    const key = deviceKey()
    assert.deepEqual(await register(c, { device_id: id, device_name: 'laptop', device_key: key }), { created: true, device_count: 1 })
    const [dev] = await devicesOf(c)
    assert.ok(dev)
    assert.deepEqual(dev.device_id, id)
    assert.equal(dev.device_name, 'laptop')
    assert.deepEqual(dev.device_key, key)
    assert.ok(dev.registered_at_ms > 0 && dev.last_seen_ms >= dev.registered_at_ms)
    assert.equal(dev.current, true, 'the session is now this device\'s')
    assert.equal(dev.has_push_token, false)
    // the session row carries the device now
    const row = t.node.storage.db.prepare('SELECT device_id FROM sessions WHERE token_hash = ?').get(createHash('sha256').update(c.sessionToken as Uint8Array).digest()) as { device_id: Buffer }
    assert.deepEqual(row.device_id, id)
    // idempotent: the same id again updates name and key
    const key2 = deviceKey()
    assert.deepEqual(await register(c, { device_id: id, device_name: 'work laptop', device_key: key2 }), { created: false, device_count: 1 })
    const [again] = await devicesOf(c)
    assert.equal(again?.device_name, 'work laptop')
    assert.deepEqual(again?.device_key, key2)
    assert.equal(again?.registered_at_ms, dev.registered_at_ms)
    // a device's session cannot move to another device (it would outlive the first one's revocation)
    await assert.rejects(c.request('RegisterDevice', { device_id: deviceId(), device_name: 'phone', device_key: deviceKey() }), isStatus(Status.Forbidden))
    // nor be used as another device's session
    const other = await t.client()
    await assert.rejects(other.request('ListDevices', { auth: { access_token: c.sessionToken as Uint8Array, device_id: deviceId() } }), isStatus(Status.Unauthorized))
    assert.equal((await other.request('ListDevices', { auth: { access_token: c.sessionToken as Uint8Array, device_id: id } })).devices.length, 1)
    await c.request('RevokeDevice', { device_id: id })
  })

  it('refuses malformed devices with 1', async () => {
    const c = await t.session(alice)
    await assert.rejects(c.request('RegisterDevice', { device_id: randomBytes(15), device_name: 'x', device_key: deviceKey() }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RegisterDevice', { device_id: deviceId(), device_name: 'x', device_key: randomBytes(31) }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RegisterDevice', { device_id: deviceId(), device_name: 'é'.repeat(33), device_key: deviceKey() }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RevokeDevice', { device_id: new Uint8Array() }), isStatus(Status.BadRequest))
    assert.deepEqual(await devicesOf(c), [])
  })

  it('allows max_devices (5) devices per account and refuses the 6th with 3 Forbidden', async () => {
    const u: User = { name: 'carol', password: 'carol password', key: identity() }
    await (await t.client()).register(u.name, u.password, u.key)
    const ids: Buffer[] = []
    for (let i = 1; i <= 5; i++) {
      const c = await t.session(u)
      const id = deviceId()
      ids.push(id)
      assert.deepEqual(await register(c, { device_id: id, device_name: `device ${i}`, device_key: deviceKey() }), { created: true, device_count: i })
    }
    const sixth = await t.session(u)
    const refused = await sixth.request('RegisterDevice', { device_id: deviceId(), device_name: 'device 6', device_key: deviceKey() }).catch((e: unknown) => e)
    assert.ok(isStatus(Status.Forbidden)(refused))
    assert.match((refused as Error).message, /5 devices.*revoke one/)
    const listed = await devicesOf(sixth)
    assert.deepEqual(listed.map((d) => d.device_id), ids, 'oldest first; the 6th was not added')
    assert.ok(listed.every((d) => !d.current), 'the refused session is bound to no device')
    // an existing device can still register again at the limit; a freed slot can be taken
    assert.equal((await sixth.request('RevokeDevice', { device_id: ids[0] as Buffer })).revoked, true)
    assert.deepEqual(await register(sixth, { device_id: deviceId(), device_name: 'device 6', device_key: deviceKey() }), { created: true, device_count: 5 })
  })

  it('revoking a device ends its sessions at once, even on their own connection; other devices keep working', async () => {
    const laptop = await t.session(alice)
    const phone = await t.session(alice)
    const laptopId = deviceId()
    const phoneId = deviceId()
    await laptop.request('RegisterDevice', { device_id: laptopId, device_name: 'laptop', device_key: deviceKey() })
    await phone.request('RegisterDevice', { device_id: phoneId, device_name: 'phone', device_key: deviceKey() })
    // the phone's session works through the connection binding and through Auth (and is cached)
    assert.equal(await bareStatus(phone, 'ListDevices', {}), Status.Ok)
    assert.equal((await devicesOf(phone)).find((d) => d.current)?.device_name, 'phone')
    const elsewhere = await t.client()
    elsewhere.sessionToken = phone.sessionToken
    assert.equal((await devicesOf(elsewhere)).length, 2)

    assert.equal((await laptop.request('RevokeDevice', { device_id: phoneId })).revoked, true)
    // the very next call of the revoked device's session: 2, on its own connection and anywhere else
    assert.equal(await bareStatus(phone, 'ListDevices', {}), Status.Unauthorized)
    await assert.rejects(devicesOf(phone), isStatus(Status.Unauthorized))
    await assert.rejects(devicesOf(elsewhere), isStatus(Status.Unauthorized))
    const rows = t.node.storage.db.prepare('SELECT count(*) AS n FROM sessions WHERE device_id = ?').get(phoneId) as { n: number }
    assert.equal(rows.n, 0)
    // the laptop's session is untouched
    assert.equal(await bareStatus(laptop, 'ListDevices', {}), Status.Ok)
    assert.deepEqual((await devicesOf(laptop)).map((d) => d.device_name), ['laptop'])
    // revoking it again: there is no such device any more
    assert.equal((await laptop.request('RevokeDevice', { device_id: phoneId })).revoked, false)
    // a device may revoke itself: its own session ends with it
    assert.equal((await laptop.request('RevokeDevice', { device_id: laptopId })).revoked, true)
    await assert.rejects(devicesOf(laptop), isStatus(Status.Unauthorized))
  })

  it('keeps accounts apart: another account\'s device is never listed, revoked, updated or given a push token', async () => {
    const a = await t.session(alice)
    const b = await t.session(bob)
    const aliceId = deviceId()
    await a.request('RegisterDevice', { device_id: aliceId, device_name: 'alice phone', device_key: deviceKey() })
    await a.request('RegisterPushToken', { platform: 'fcm', token: Buffer.from('alice-fcm-token') })
    assert.deepEqual(await devicesOf(b), [], 'only the caller\'s devices are listed')
    // another account's device is answered exactly like one that does not exist
    assert.equal((await b.request('RevokeDevice', { device_id: aliceId })).revoked, false)
    await assert.rejects(b.request('RegisterPushToken', { device_id: aliceId, platform: 'apns', token: Buffer.from('bob token') }), isStatus(Status.NotFound))
    await assert.rejects(b.request('RegisterPushToken', { device_id: aliceId, platform: '', token: new Uint8Array() }), isStatus(Status.NotFound))
    // a device id is the client's choice and unique per account only: bob's device with the same id is bob's own
    assert.equal((await b.request('RegisterDevice', { device_id: aliceId, device_name: 'bob tablet', device_key: deviceKey() })).created, true)
    assert.equal((await b.request('RevokeDevice', { device_id: aliceId })).revoked, true)
    // alice's device, its push token and her session are untouched
    const [dev] = await devicesOf(a)
    assert.equal(dev?.device_name, 'alice phone')
    assert.equal(dev?.has_push_token, true)
    assert.equal(await bareStatus(a, 'ListDevices', {}), Status.Ok)
    await a.request('RevokeDevice', { device_id: aliceId })
  })

  it('sets, replaces and clears a device\'s push token', async () => {
    const c = await t.session(alice)
    const pushRow = (id: Buffer) => t.node.storage.db.prepare('SELECT push_platform, push_token FROM devices WHERE device_id = ?').get(id) as { push_platform: string | null; push_token: Buffer | null }
    // a session bound to no device must name the device
    await assert.rejects(c.request('RegisterPushToken', { platform: 'fcm', token: Buffer.from('t') }), isStatus(Status.BadRequest))
    const id = deviceId()
    await c.request('RegisterDevice', { device_id: id, device_name: 'phone', device_key: deviceKey() })
    assert.equal((await c.request('RegisterPushToken', { platform: 'fcm', token: Buffer.from('fcm-token-1') })).success, true)
    assert.deepEqual(pushRow(id), { push_platform: 'fcm', push_token: Buffer.from('fcm-token-1') })
    assert.equal((await devicesOf(c))[0]?.has_push_token, true)
    const apns = randomBytes(4096)
    assert.equal((await c.request('RegisterPushToken', { device_id: id, platform: 'apns', token: apns })).success, true)
    assert.deepEqual(pushRow(id), { push_platform: 'apns', push_token: apns })
    // refusals change nothing
    await assert.rejects(c.request('RegisterPushToken', { platform: 'webpush', token: Buffer.from('t') }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RegisterPushToken', { platform: 'fcm', token: randomBytes(4097) }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RegisterPushToken', { device_id: randomBytes(3), platform: 'fcm', token: Buffer.from('t') }), isStatus(Status.BadRequest))
    await assert.rejects(c.request('RegisterPushToken', { device_id: deviceId(), platform: 'fcm', token: Buffer.from('t') }), isStatus(Status.NotFound))
    assert.deepEqual(pushRow(id), { push_platform: 'apns', push_token: apns })
    // an empty token unregisters
    assert.equal((await c.request('RegisterPushToken', { token: new Uint8Array() })).success, true)
    assert.deepEqual(pushRow(id), { push_platform: null, push_token: null })
    assert.equal((await devicesOf(c))[0]?.has_push_token, false)
    // revoking the device drops its token with it
    await c.request('RegisterPushToken', { platform: 'fcm', token: Buffer.from('fcm-token-2') })
    await c.request('RevokeDevice', { device_id: id })
    assert.equal(pushRow(id), undefined)
  })

  it('answers 2 to every device method without a session', async () => {
    const c = await t.client()
    for (const name of ['RegisterDevice', 'ListDevices', 'RevokeDevice', 'RegisterPushToken'] as const) {
      assert.equal(await bareStatus(c, name, { device_id: deviceId() }), Status.Unauthorized, name)
      assert.equal(await bareStatus(c, name, { device_id: deviceId(), auth: { access_token: randomBytes(32) } }), Status.Unauthorized, name)
    }
  })
})

describe('device sessions (SessionService)', () => {
  it('binds a session to a device, reports its login time, and reports the device seen at most once a minute', async () => {
    const { AccountStore } = await import('../daemon/services/auth/store.js')
    const { SessionService } = await import('../daemon/services/auth/sessions.js')
    const storage = tempStorage()
    try {
      const store = new AccountStore(storage.db)
      assert.ok(store.createAccount('dora', Buffer.alloc(32, 4), Buffer.alloc(192), 0))
      const accountId = (store.account('dora') as { id: number }).id
      let now = 5_000_000
      const sessions = new SessionService(store, 3_600_000, () => now)
      const seen: number[] = []
      sessions.onDeviceSeen((_account, _device, at) => seen.push(at))
      const token = sessions.create(accountId, null)
      now += 1_000
      const unbound = sessions.resolve(token, null)
      assert.ok(unbound)
      assert.equal(sessions.createdAt(unbound), 5_000_000)
      assert.equal(sessions.createdAt({ ...unbound }), null, 'only sessions the service handed out')
      assert.deepEqual(seen, [], 'a session bound to no device reports nothing')
      const id = randomBytes(16)
      const bound = sessions.bindDevice(unbound, id)
      assert.deepEqual(bound.deviceId, id)
      assert.equal(sessions.createdAt(bound), 5_000_000)
      assert.deepEqual(sessions.resolve(token, null)?.deviceId, id, 'the cache serves the bound session')
      assert.equal(sessions.resolve(token, deviceId()), null, 'and only for its own device')
      assert.deepEqual(seen, [now])
      now += 30_000
      sessions.resolve(token, id)
      assert.deepEqual(seen, [now - 30_000], 'not again within the minute')
      now += 30_000
      sessions.resolve(token, id)
      assert.deepEqual(seen, [now - 60_000, now])
      // the binding is in the database, not only in the cache
      sessions.forgetAccount(accountId)
      assert.deepEqual(sessions.resolve(token, null)?.deviceId, id)
      assert.equal(sessions.endDevice(accountId, id), 1)
      assert.equal(sessions.resolve(token, null), null)
    } finally {
      storage.close()
    }
  })
})
