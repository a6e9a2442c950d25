// Moderation (420–424) through the real daemon: reports and their rules, server-wide bans that
// end sessions and refuse logins (and expire), channel bans by group admins that remove the
// member and keep it out, unbans, the admin-only lists with paging, and who may do what.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Status } from '../client/errors.js'
import { startTestNode, type TestNode, newIdentityKey, loggedInUser as user, type LoggedInUser } from './helpers/node.js'
import { isStatus } from './helpers/status.js'

const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString('hex')


describe('moderation', () => {
  let t: TestNode
  let root: LoggedInUser, alice: LoggedInUser, bob: LoggedInUser, mallory: LoggedInUser
  before(async () => {
    t = await startTestNode({ admins: 'root, ops' })
    root = await user(t, 'root')
    alice = await user(t, 'alice')
    bob = await user(t, 'bob')
    mallory = await user(t, 'mallory')
  })
  after(async () => { await t.stop() })

  it('takes reports from anyone and shows them to server admins only, paged', async () => {
    const channel = randomBytes(16)
    const id = await alice.client.moderation.report(mallory.key, 'spam', { channel, seq: 7, evidence: Buffer.from('sealed evidence'), comment: 'buy now!!' })
    assert.equal(id.length, 16)
    await bob.client.moderation.report(mallory.key, 'abuse')
    await assert.rejects(alice.client.moderation.reports(), isStatus(Status.Forbidden))
    const first = await root.client.moderation.reports({ limit: 1 })
    assert.equal(first.items.length, 1)
    const r = first.items[0]
    assert.equal(hex(r?.report_id), hex(id))
    assert.equal(hex(r?.reporter_key), hex(alice.key))
    assert.equal(hex(r?.reported_key), hex(mallory.key))
    assert.equal(hex(r?.channel_id), hex(channel))
    assert.equal(Number(r?.seq), 7)
    assert.equal(r?.reason, 'spam')
    assert.equal(Buffer.from(r?.evidence ?? []).toString(), 'sealed evidence')
    const second = await root.client.moderation.reports({ limit: 1, cursor: first.nextCursor ?? undefined })
    assert.equal(second.items[0]?.reason, 'abuse')
    assert.equal(second.nextCursor, null)
  })

  it('refuses bad reports', async () => {
    await assert.rejects(alice.client.moderation.report(mallory.key, 'boring' as 'spam'), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.moderation.report(alice.key, 'spam'), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.moderation.report(mallory.key.subarray(2), 'spam'), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.moderation.report(mallory.key, 'spam', { channel: randomBytes(5) }), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.moderation.report(mallory.key, 'spam', { evidence: Buffer.alloc(64 * 1024 + 1) }), isStatus(Status.BadRequest))
    await assert.rejects(alice.client.moderation.report(mallory.key, 'spam', { comment: 'x'.repeat(1025) }), isStatus(Status.BadRequest))
    const anonymous = await t.client()
    await assert.rejects(anonymous.request('ReportMessage', { reported_key: mallory.key, reason: 'spam' }), isStatus(Status.Unauthorized))
  })

  it('a server-wide ban ends the sessions and refuses logins at once; an unban lets the user back', async () => {
    await assert.rejects(alice.client.moderation.ban(mallory.key), isStatus(Status.Forbidden), 'not a server admin')
    await assert.rejects(root.client.moderation.ban(root.key), isStatus(Status.BadRequest), 'not yourself')
    assert.equal(await root.client.moderation.ban(mallory.key, { reason: 'spam' }), 0, 'permanent')
    await assert.rejects(mallory.client.send(alice.key, Buffer.from('more spam')), isStatus(Status.Unauthorized), 'session ended')
    await assert.rejects(t.session(mallory), (e: unknown) => isStatus(Status.Forbidden)(e) && /banned/.test((e as Error).message))
    const bans = await root.client.moderation.banned()
    assert.deepEqual(bans.items.map((b) => [hex(b.identity_key), hex(b.channel_id), b.reason, hex(b.banned_by)]), [[hex(mallory.key), '', 'spam', hex(root.key)]])
    await assert.rejects(alice.client.moderation.banned(), isStatus(Status.Forbidden))
    await assert.rejects(alice.client.moderation.unban(mallory.key), isStatus(Status.Forbidden))
    assert.equal(await root.client.moderation.unban(mallory.key), true)
    assert.equal(await root.client.moderation.unban(mallory.key), false, 'no ban left')
    mallory.client = await t.session(mallory)
    await mallory.client.send(alice.key, Buffer.from('sorry'))
  })

  it('a temporary ban ends by itself', async () => {
    const until = await root.client.moderation.ban(mallory.key, { durationSecs: 1 })
    assert.ok(until > Date.now() && until <= Date.now() + 1000)
    await assert.rejects(t.session(mallory), isStatus(Status.Forbidden))
    await new Promise((r) => setTimeout(r, until - Date.now() + 50))
    mallory.client = await t.session(mallory)
    assert.deepEqual((await root.client.moderation.banned()).items, [])
  })

  it('a ban longer than a date can hold lasts until the latest date (found by fuzzing: the refused login answered 10)', async () => {
    const until = await root.client.moderation.ban(mallory.key, { durationSecs: Number.MAX_SAFE_INTEGER })
    assert.equal(until, 8_640_000_000_000_000)
    await assert.rejects(t.session(mallory), (e: unknown) => isStatus(Status.Forbidden)(e) && /until \+275760-09-13/.test((e as Error).message))
    assert.equal(Number((await root.client.moderation.banned()).items[0]?.expires_at_ms), until)
    assert.equal(await root.client.moderation.unban(mallory.key), true)
    mallory.client = await t.session(mallory)
  })

  it('a group admin bans from the channel: the member is removed and cannot be added back', async () => {
    const groupId = randomBytes(32)
    const { channelId } = await alice.client.channels.group(groupId, [bob.key, mallory.key])
    await assert.rejects(bob.client.moderation.ban(mallory.key, { channel: channelId }), isStatus(Status.Forbidden), 'bob is no admin of it')
    await assert.rejects(alice.client.moderation.ban(mallory.key, { channel: randomBytes(16) }), isStatus(Status.NotFound))
    await alice.client.moderation.ban(mallory.key, { channel: channelId, reason: 'trolling' })
    assert.deepEqual((await alice.client.channels.members(groupId)).members.map((m) => m.username), ['alice', 'bob'])
    await assert.rejects(mallory.client.send(bob.key, Buffer.from('hi'), { channel: channelId }), isStatus(Status.Forbidden))
    await assert.rejects(bob.client.channels.group(groupId, [mallory.key]), isStatus(Status.Forbidden), 'cannot be added back')
    const listed = await root.client.moderation.banned({ channel: channelId })
    assert.deepEqual(listed.items.map((b) => [hex(b.identity_key), b.reason]), [[hex(mallory.key), 'trolling']])
    await mallory.client.send(alice.key, Buffer.from('still fine elsewhere'))
    assert.equal(await alice.client.moderation.unban(mallory.key, { channel: channelId }), true)
    await bob.client.channels.group(groupId, [mallory.key])
    assert.equal((await alice.client.channels.members(groupId)).members.length, 3)
  })

  it('deleting an account deletes the reports it filed', async () => {
    const dora = await user(t, 'dora')
    await dora.client.moderation.report(newIdentityKey(), 'other')
    const count = async (): Promise<number> => (await root.client.moderation.reports({ limit: 1000 })).items.filter((r) => hex(r.reporter_key) === hex(dora.key)).length
    assert.equal(await count(), 1)
    await dora.client.request('DeleteAccount', { identity_key: dora.key })
    assert.equal(await count(), 0)
  })
})
