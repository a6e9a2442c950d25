// Channels and groups (400, 401, 410–413) through the real daemon: direct and group channels,
// who may do what, membership pushes and hooks, delivery restricted to members, paging, key
// rotation fanned out once, typing and presence pushes, and leaving on account deletion.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Status } from '../client/errors.js'
import type { QpqClient } from '../client/qpq-client.js'
import type { PushFrame } from '../protocol/rpc-connection.js'
import { qpq } from '../proto/qpq.js'
import { PushEvent } from '../protocol/push.js'
import { startTestNode, type TestNode, newIdentityKey, newUser, type TestUser } from './helpers/node.js'
import { waitFor } from './helpers/rpc-harness.js'
import { isStatus } from './helpers/status.js'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

type Member = TestUser & { client: QpqClient; pushes: PushFrame[] }

async function member(t: TestNode, name: string): Promise<Member> {
  const u = newUser(name)
  await t.register(u)
  const client = await t.session(u)
  const pushes: PushFrame[] = []
  client.onPush((p) => pushes.push(p))
  return { ...u, client, pushes }
}

/** Decoded pushes of one event type a member has received so far. */
function events<T>(m: Member, type: number, decode: (b: Uint8Array) => T): T[] {
  return m.pushes.filter((p) => p.eventType === type).map((p) => decode(p.payload))
}
const memberships = (m: Member): qpq.v1.Membership[] => events(m, PushEvent.Membership, (b) => qpq.v1.Membership.decode(b))

describe('channels and groups', () => {
  let t: TestNode
  let alice: Member, bob: Member, carol: Member
  const joined: string[] = []
  const created: string[] = []
  const left: string[] = []
  before(async () => {
    t = await startTestNode()
    t.node.hooks.register('group.join', (p) => { joined.push(hex(p.member)) })
    t.node.hooks.register('group.leave', (p) => { left.push(hex(p.member)) })
    t.node.hooks.register('channel.created', (p) => { created.push(hex(p.channelId)) })
    alice = await member(t, 'alice')
    bob = await member(t, 'bob')
    carol = await member(t, 'carol')
  })
  after(async () => { await t.stop() })

  describe('direct channels', () => {
    it('gives both sides the same channel id, created once, and tells the peer', async () => {
      const a = await alice.client.channels.direct(bob.key)
      const b = await bob.client.channels.direct(alice.key)
      assert.equal(a.created, true)
      assert.equal(b.created, false)
      assert.equal(a.channelId.length, 16)
      assert.deepEqual(b.channelId, a.channelId)
      assert.ok(created.includes(hex(a.channelId)), 'channel.created hook')
      await waitFor(() => memberships(bob).some((m) => hex(m.channel_id) === hex(a.channelId)), 2000, 'Membership push')
      const m = memberships(bob).find((e) => hex(e.channel_id) === hex(a.channelId)) as qpq.v1.Membership
      assert.equal(m.change, 'added')
      assert.equal(m.group_id.length, 0)
      assert.deepEqual(m.actor_key, alice.key)
    })

    it('refuses bad requests with their statuses', async () => {
      await assert.rejects(alice.client.channels.direct(newIdentityKey()), isStatus(Status.NotFound))
      await assert.rejects(alice.client.channels.direct(bob.key.subarray(1)), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.request('CreateChannel', {}), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.request('CreateChannel', { peer_key: bob.key, group_id: randomBytes(32) }), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.request('CreateChannel', { peer_key: bob.key, member_keys: [carol.key] }), isStatus(Status.BadRequest))
      const anonymous = await t.client()
      await assert.rejects(anonymous.request('CreateChannel', { peer_key: bob.key }), isStatus(Status.Unauthorized))
    })

    it('lets only its members send on it', async () => {
      const { channelId } = await alice.client.channels.direct(bob.key)
      await alice.client.send(bob.key, Buffer.from('hi bob'), { channel: channelId })
      assert.deepEqual((await bob.client.fetch({ channel: channelId })).map((m) => Buffer.from(m.data).toString()), ['hi bob'])
      await assert.rejects(carol.client.send(bob.key, Buffer.from('let me in'), { channel: channelId }), isStatus(Status.Forbidden))
      await assert.rejects(alice.client.send(carol.key, Buffer.from('wrong room'), { channel: channelId }), isStatus(Status.Forbidden))
      await assert.rejects(carol.client.request('BatchEnqueue', { recipient_keys: [alice.key, bob.key], payload: Buffer.from('x'), channel_id: channelId }), isStatus(Status.Forbidden))
      // an id nobody registered stays a free-form queue scope
      const free = randomBytes(16)
      await carol.client.send(bob.key, Buffer.from('free'), { channel: free })
      assert.equal((await bob.client.fetch({ channel: free })).length, 1)
    })
  })

  describe('groups', () => {
    const groupId = randomBytes(32)
    let channelId: Uint8Array

    it('registers a group with its creator as admin, adds members, pushes and raises hooks', async () => {
      const r = await alice.client.channels.group(groupId, [bob.key, bob.key, alice.key])
      assert.equal(r.created, true)
      channelId = r.channelId
      assert.ok(created.includes(hex(channelId)))
      assert.ok(joined.includes(hex(alice.key)) && joined.includes(hex(bob.key)))
      await waitFor(() => memberships(bob).some((m) => hex(m.group_id) === hex(groupId)), 2000, 'Membership push to bob')
      const m = memberships(bob).find((e) => hex(e.group_id) === hex(groupId)) as qpq.v1.Membership
      assert.deepEqual(m.member_keys.map(hex).sort(), [hex(alice.key), hex(bob.key)].sort())
      assert.deepEqual(m.channel_id, channelId)
      const page = await alice.client.channels.members(groupId)
      assert.deepEqual(page.members.map((x) => [x.username, x.admin]), [['alice', true], ['bob', false]])
    })

    it('lets a member add members and refuses outsiders', async () => {
      await assert.rejects(carol.client.channels.group(groupId, [carol.key]), isStatus(Status.Forbidden))
      await assert.rejects(carol.client.channels.members(groupId), isStatus(Status.Forbidden))
      const r = await bob.client.channels.group(groupId, [carol.key])
      assert.equal(r.created, false)
      assert.deepEqual(r.channelId, channelId)
      await waitFor(() => memberships(alice).some((m) => hex(m.group_id) === hex(groupId) && m.member_keys.some((k) => hex(k) === hex(carol.key))), 2000, 'carol added')
      await assert.rejects(bob.client.channels.group(groupId, [newIdentityKey()]), isStatus(Status.NotFound))
      await assert.rejects(bob.client.channels.group(groupId, [Buffer.alloc(31)]), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.channels.members(randomBytes(32)), isStatus(Status.NotFound))
    })

    it('pages members oldest first', async () => {
      const first = await carol.client.channels.members(groupId, { limit: 2 })
      assert.deepEqual(first.members.map((m) => m.username), ['alice', 'bob'])
      assert.ok(first.nextCursor !== null)
      const second = await carol.client.channels.members(groupId, { limit: 2, cursor: first.nextCursor })
      assert.deepEqual(second.members.map((m) => m.username), ['carol'])
      assert.equal(second.nextCursor, null)
      await assert.rejects(carol.client.channels.members(groupId, { cursor: Buffer.alloc(3) }), isStatus(Status.BadRequest))
    })

    it('lets only admins change metadata, within its limits', async () => {
      const md = { name: 'Book club', description: 'Mondays', avatar_blob_id: randomBytes(32), settings: Buffer.from('opaque') }
      await assert.rejects(bob.client.channels.setMetadata(groupId, md), isStatus(Status.Forbidden))
      await assert.rejects(alice.client.channels.setMetadata(groupId, { ...md, name: 'x'.repeat(257) }), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.channels.setMetadata(groupId, { ...md, avatar_blob_id: randomBytes(5) }), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.request('UpdateGroupMetadata', { group_id: groupId }), isStatus(Status.BadRequest))
      const at = await alice.client.channels.setMetadata(groupId, md)
      const page = await bob.client.channels.members(groupId)
      assert.equal(page.metadata?.name, 'Book club')
      assert.deepEqual(Buffer.from(page.metadata?.settings ?? []), md.settings)
      assert.ok(at > 0)
    })

    it('typing reaches the other members, and only members may signal it', async () => {
      assert.ok(await bob.client.channels.typing(channelId, true) >= 2)
      for (const m of [alice, carol]) {
        await waitFor(() => events(m, PushEvent.Typing, (b) => qpq.v1.Typing.decode(b)).some((e) => hex(e.sender_key) === hex(bob.key) && e.typing), 2000, `typing to ${m.name}`)
      }
      assert.ok(!events(bob, PushEvent.Typing, (b) => qpq.v1.Typing.decode(b)).some((e) => hex(e.sender_key) === hex(bob.key)), 'not echoed to the sender')
      const outsider = await member(t, 'olga')
      await assert.rejects(outsider.client.channels.typing(channelId, true), isStatus(Status.Forbidden))
      await assert.rejects(outsider.client.channels.typing(randomBytes(16), true), isStatus(Status.NotFound))
      await assert.rejects(outsider.client.channels.typing(randomBytes(3), true), isStatus(Status.BadRequest))
    })

    it('rotates keys once per epoch: the commit reaches every other member once, a late rotation loses', async () => {
      const commit = Buffer.from('mls commit epoch 1')
      const id = randomBytes(16)
      const r = await alice.client.channels.rotateKeys(groupId, commit, 1, id)
      assert.deepEqual(r, { accepted: true, epoch: 1, recipients: 2 })
      const retry = await alice.client.channels.rotateKeys(groupId, commit, 1, id)
      assert.equal(retry.accepted, true, 'a retry of the winning rotation is accepted again')
      await assert.rejects(alice.client.channels.rotateKeys(groupId, Buffer.from('another commit'), 1, id), isStatus(Status.BadRequest), 'the same message_id with other bytes')
      const late = await bob.client.channels.rotateKeys(groupId, Buffer.from('bob commit'), 1)
      assert.deepEqual(late, { accepted: false, epoch: 1, recipients: 0 })
      for (const m of [bob, carol]) {
        assert.deepEqual((await m.client.fetch({ channel: channelId })).map((x) => Buffer.from(x.data).toString()), ['mls commit epoch 1'], `${m.name} got it once`)
      }
      assert.deepEqual(await alice.client.fetch({ channel: channelId }), [], 'not to the rotator')
      assert.equal((await carol.client.channels.members(groupId)).epoch, 1)
      await assert.rejects(alice.client.channels.rotateKeys(groupId, commit, 0), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.channels.rotateKeys(groupId, Buffer.alloc(0), 2), isStatus(Status.BadRequest))
      await assert.rejects(alice.client.channels.rotateKeys(groupId, commit, 2, Buffer.alloc(3)), isStatus(Status.BadRequest))
      const outsider = await member(t, 'oscar')
      await assert.rejects(outsider.client.channels.rotateKeys(groupId, commit, 2), isStatus(Status.Forbidden))
    })

    it('lets admins remove members and members leave; removed members lose access', async () => {
      await assert.rejects(bob.client.channels.removeMember(groupId, carol.key), isStatus(Status.Forbidden))
      assert.equal(await alice.client.channels.removeMember(groupId, carol.key), true)
      assert.equal(await alice.client.channels.removeMember(groupId, carol.key), false, 'no longer a member')
      assert.ok(left.includes(hex(carol.key)), 'group.leave hook')
      await waitFor(() => memberships(carol).some((m) => m.change === 'removed' && hex(m.group_id) === hex(groupId)), 2000, 'carol told')
      await waitFor(() => memberships(bob).some((m) => m.change === 'removed' && m.member_keys.some((k) => hex(k) === hex(carol.key))), 2000, 'bob told')
      await assert.rejects(carol.client.channels.members(groupId), isStatus(Status.Forbidden))
      await assert.rejects(carol.client.send(bob.key, Buffer.from('still here?'), { channel: channelId }), isStatus(Status.Forbidden))
      await assert.rejects(alice.client.send(carol.key, Buffer.from('psst'), { channel: channelId }), isStatus(Status.Forbidden))
      assert.equal(await bob.client.channels.removeMember(groupId, bob.key), true)
      await waitFor(() => memberships(alice).some((m) => m.change === 'left' && m.member_keys.some((k) => hex(k) === hex(bob.key))), 2000, 'bob left')
      assert.deepEqual((await alice.client.channels.members(groupId)).members.map((m) => m.username), ['alice'])
    })
  })

  it('members of a deleted account leave its channels', async () => {
    const erin = await member(t, 'erin')
    const groupId = randomBytes(32)
    await alice.client.channels.group(groupId, [erin.key])
    await erin.client.request('DeleteAccount', { identity_key: erin.key })
    await waitFor(() => memberships(alice).some((m) => m.change === 'left' && m.member_keys.some((k) => hex(k) === hex(erin.key))), 2000, 'erin left')
    assert.deepEqual((await alice.client.channels.members(groupId)).members.map((m) => m.username), ['alice'])
  })
})

describe('presence', () => {
  it('tells contacts when a user comes online and goes offline, and tells the newcomer who is online', async () => {
    const t = await startTestNode()
    try {
      const ann = await member(t, 'ann')
      const ben = newUser('ben')
      await t.register(ben)
      await ann.client.channels.direct(ben.key)
      const benClient = await t.client()
      const benPushes: PushFrame[] = []
      benClient.onPush((p) => benPushes.push(p)) // before login: the first pushes come with it
      await benClient.login(ben.name, ben.password, ben.key)
      const presence = (list: PushFrame[]): qpq.v1.Presence[] => list.filter((p) => p.eventType === PushEvent.Presence).map((p) => qpq.v1.Presence.decode(p.payload))
      await waitFor(() => presence(ann.pushes).some((p) => hex(p.identity_key) === hex(ben.key) && p.online), 2000, 'ben online, to ann')
      await waitFor(() => presence(benPushes).some((p) => hex(p.identity_key) === hex(ann.key) && p.online), 2000, 'ann online, to ben')
      benClient.close()
      await waitFor(() => presence(ann.pushes).some((p) => hex(p.identity_key) === hex(ben.key) && !p.online), 5000, 'ben offline, to ann')
    } finally {
      await t.stop()
    }
  })

  it('tells nobody with presence = false', async () => {
    const t = await startTestNode({ presence: 'false' })
    try {
      const ann = await member(t, 'ann')
      const ben = newUser('ben')
      await t.register(ben)
      await ann.client.channels.direct(ben.key)
      const benClient = await t.session(ben)
      await benClient.channels.typing((await benClient.channels.direct(ann.key)).channelId, true)
      await waitFor(() => ann.pushes.some((p) => p.eventType === PushEvent.Typing), 2000, 'typing (pushes still flow)')
      assert.ok(!ann.pushes.some((p) => p.eventType === PushEvent.Presence))
    } finally {
      await t.stop()
    }
  })
})
