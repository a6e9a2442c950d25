// End-to-end encrypted group chat through the real daemon (MLS with ts-mls, real QUIC, SQLCipher):
// three users in a group exchange messages and each decrypts the others'; a removed member
// cannot decrypt what follows; a key rotation keeps the group working; messages sent while a
// member is offline arrive once, in order, when it comes back; a first message to a username
// opens a direct conversation; post-quantum mode seals every payload in the hybrid envelope; a
// shared file is encrypted; and afterwards neither the server's database, its blob files nor its
// logs hold any of the plaintexts.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { getSealed, putSealed } from '../client/chat/attachments.js'
import { NoKeyPackageError, UnknownUserError } from '../client/chat/errors.js'
import { hex } from '../client/chat/conversations.js'
import { emptyPskIndex, processPrivateMessage } from 'ts-mls'
import { loadGroup, open, readMessage } from '../client/mls/group.js'
import { suite } from '../client/mls/suite.js'
import { decodePayload } from '../client/mls/payload.js'
import { FileStateStore } from '../client/state/file-store.js'
import { startTestNode, type TestNode } from './helpers/node.js'
import { registerChat, reopen, texts, type ChatUser } from './helpers/chat.js'
import { capturingLogger, foundInDatabase, foundInFiles, foundInText } from './helpers/plaintext.js'

const secret = (label: string): string => `${label} ${randomBytes(6).toString('hex')}`

describe('end-to-end encrypted chat', () => {
  let t: TestNode
  const logs = capturingLogger()
  let alice: ChatUser, bob: ChatUser, carol: ChatUser
  const said: string[] = []
  const say = (label: string): string => {
    const s = secret(label)
    said.push(s)
    return s
  }

  before(async () => {
    t = await startTestNode({}, undefined, logs.log)
    ;[alice, bob, carol] = await Promise.all([registerChat(t, 'alice'), registerChat(t, 'bob'), registerChat(t, 'carol')])
  })
  after(async () => {
    for (const u of [alice, bob, carol]) u?.chat.close()
    await t.stop()
  })

  it('puts three users in a group where each decrypts the others\' messages', async () => {
    assert.equal(await alice.chat.createGroup('team', ['bob', 'carol']), 'team')
    for (const u of [bob, carol]) {
      const events = await u.chat.sync()
      assert.ok(events.some((e) => e.type === 'joined' && e.kind === 'group'), `${u.name} joined`)
      assert.ok(events.some((e) => e.type === 'renamed' && e.conversation === 'team'), `${u.name} learned the name`)
    }
    const lines = { alice: say('alice to team'), bob: say('bob to team'), carol: say('carol to team') }
    await alice.chat.send('team', lines.alice)
    await bob.chat.send('team', lines.bob)
    await carol.chat.send('#team', lines.carol)
    assert.deepEqual(texts(await alice.chat.sync()), [`bob: ${lines.bob}`, `carol: ${lines.carol}`])
    assert.deepEqual(texts(await bob.chat.sync()), [`alice: ${lines.alice}`, `carol: ${lines.carol}`])
    assert.deepEqual(texts(await carol.chat.sync()), [`alice: ${lines.alice}`, `bob: ${lines.bob}`])
  })

  it('removes a member, who cannot decrypt what is sent after', async () => {
    await alice.chat.removeMembers('team', ['carol'])
    const removal = await carol.chat.sync()
    assert.ok(removal.some((e) => e.type === 'removed' && e.conversation === 'team' && e.by === 'alice'))
    const bobSaw = await bob.chat.sync()
    assert.ok(bobSaw.some((e) => e.type === 'members' && e.removed.includes('carol')))

    const after = say('after carol left')
    assert.deepEqual(await alice.chat.send('team', after), { conversation: 'team', recipients: 1, via: 'server' })
    // the ciphertext Bob got, tried with Carol's last state of the group
    const team = (await alice.chat.conversations()).find((c) => c.name === 'team')
    assert.ok(team)
    const bobState = await FileStateStore.open(bob.dir, bob.password)
    const channel = Object.values((await bobState.read()).conversations).find((c) => hex(c.groupId) === hex(team.groupId))?.channelId
    const [queued] = await bob.chat.client.peek({ channel })
    assert.ok(queued)
    const payload = decodePayload(queued.data)
    assert.equal(payload.kind, 'mls')
    const m = readMessage((payload as { message: Uint8Array }).message)
    assert.equal(m.wireformat, 'mls_private_message')
    const carolConv = Object.values((await (await FileStateStore.open(carol.dir, carol.password)).read()).conversations).find((c) => hex(c.groupId) === hex(team.groupId))
    assert.ok(carolConv?.removed)
    // her client sees a message of an epoch it will never reach; made to try anyway, MLS refuses
    const pm = (m as Extract<typeof m, { wireformat: 'mls_private_message' }>).privateMessage
    const carolGroup = loadGroup(carolConv.mls)
    assert.equal((await open(carolGroup, pm)).kind, 'later')
    await assert.rejects(processPrivateMessage(carolGroup, pm, emptyPskIndex, await suite()))
    assert.deepEqual(texts(await carol.chat.sync()), [])
    assert.deepEqual(texts(await bob.chat.sync()), [`alice: ${after}`])
    await assert.rejects(carol.chat.send('team', 'let me back in'), /removed from team/)
  })

  it('keeps working after a member rotates its keys', async () => {
    const epochBefore = (await bob.chat.conversations()).find((c) => c.name === 'team')?.epoch as number
    await bob.chat.rotateKeys('team')
    const [a, b] = [say('alice after rotation'), say('bob after rotation')]
    await alice.chat.send('team', a)
    await bob.chat.send('team', b)
    assert.deepEqual(texts(await alice.chat.sync()), [`bob: ${b}`])
    assert.deepEqual(texts(await bob.chat.sync()), [`alice: ${a}`])
    const epochs = await Promise.all([alice, bob].map(async (u) => (await u.chat.conversations()).find((c) => c.name === 'team')?.epoch))
    assert.deepEqual(epochs, [epochBefore + 1, epochBefore + 1])
  })

  it('delivers what was sent while a member was offline when it comes back: in order, once', async () => {
    bob.chat.close()
    // more than one page of the queue (100)
    const missed = Array.from({ length: 101 }, (_, i) => say(`while bob was away ${i}`))
    for (const m of missed) await alice.chat.send('team', m)
    bob.chat = await reopen(bob)
    assert.deepEqual(texts(await bob.chat.sync()), missed.map((m) => `alice: ${m}`))
    assert.deepEqual(texts(await bob.chat.sync()), [])
  })

  it('opens a direct conversation with the first message to a username', async () => {
    const hi = say('carol to bob directly')
    assert.deepEqual(await carol.chat.send('bob', hi), { conversation: 'bob', recipients: 1, via: 'server' })
    const events = await bob.chat.sync()
    assert.ok(events.some((e) => e.type === 'joined' && e.kind === 'direct' && e.conversation === 'carol'))
    assert.deepEqual(texts(events), [`carol: ${hi}`])
    const back = say('bob back to carol')
    await bob.chat.send('carol', back)
    assert.deepEqual(texts(await carol.chat.sync()), [`bob: ${back}`])
    assert.equal((await carol.chat.conversations()).filter((c) => c.kind === 'direct').length, 1)
  })

  it('says clearly who cannot be reached', async () => {
    await assert.rejects(alice.chat.send('nobody-here', 'hello?'), UnknownUserError)
    const dave = await registerChat(t, 'dave')
    try {
      // use up dave's KeyPackages: then nobody can add him until he uploads more
      for (let i = 0; i < 3; i++) assert.ok(await alice.chat.client.keys.fetchKeyPackage(dave.chat.identityKey))
      await assert.rejects(alice.chat.addMembers('team', ['dave']), NoKeyPackageError)
      assert.equal(await dave.chat.uploadKeyPackages(1), 1)
      await alice.chat.addMembers('team', ['dave'])
      assert.ok((await dave.chat.sync()).some((e) => e.type === 'joined'))
    } finally {
      dave.chat.close()
    }
  })

  it('seals every payload in the hybrid envelope in post-quantum mode', async () => {
    const [erin, frank] = await Promise.all([registerChat(t, 'erin', { pq: true }), registerChat(t, 'frank', { pq: true })])
    try {
      const hi = say('erin to frank, post-quantum')
      await erin.chat.send('frank', hi)
      const queued = [...await frank.chat.client.peek(), ...await frank.chat.client.peek({ channel: (await frank.chat.client.channels.direct(erin.chat.identityKey)).channelId })]
      assert.deepEqual(queued.map((m) => decodePayload(m.data).kind), ['sealed', 'sealed'])
      assert.deepEqual(texts(await frank.chat.sync()), [`erin: ${hi}`])
      // what the sender sealed to: the hybrid key every client publishes when it registers
      assert.equal((await alice.chat.client.keys.fetchHybridKey(frank.chat.identityKey))?.length, 1216)
    } finally {
      erin.chat.close()
      frank.chat.close()
    }
  })

  it('shares a file encrypted: the reference opens it, the server holds ciphertext', async () => {
    const contents = say('the contents of a shared file')
    const ref = await putSealed(alice.chat.client, Buffer.from(contents))
    assert.equal((await getSealed(bob.chat.client, ref)).toString(), contents)
    const wrongKey = `${ref.split(':')[0]}:${Buffer.alloc(32).toString('base64url')}`
    await assert.rejects(getSealed(bob.chat.client, wrongKey), /does not open the blob/)
  })

  it('leaves no plaintext in the server\'s database, blob files or logs', () => {
    const dbFile = t.node.storage.file
    assert.ok(said.length >= 100, 'the conversation above said something')
    assert.deepEqual(foundInDatabase(said, t.node.storage.db), [])
    const blobFiles = readdirSync(path.join(t.dataDir, 'blobs'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
    assert.ok(blobFiles.length > 0, 'the shared file is on disk')
    assert.deepEqual(foundInFiles(said, [dbFile, `${dbFile}-wal`, ...blobFiles]), [])
    assert.deepEqual(foundInText(said, logs.text(), 'log'), [])
    // the same searches do find what the server keeps: usernames in its tables, its log messages
    assert.ok(foundInDatabase(['carol'], t.node.storage.db).includes('"carol" in users.username'))
    assert.deepEqual(foundInText(['account registered'], logs.text(), 'log'), ['"account registered" in log'])
  })
})

