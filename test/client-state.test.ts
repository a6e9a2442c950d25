// The client's building blocks that need no server: the encrypted state file (sealing, wrong
// password, damage, atomic writes), the state store shared by processes (lock, reload), JSON with
// bytes, the hybrid post-quantum envelope, the payload format, and the reconnect backoff.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FileStateStore, NoStateError, STATE_FILE } from '../client/state/file-store.js'
import { decodeJson, encodeJson } from '../client/state/json-bytes.js'
import { STATE_VERSION, type ClientData } from '../client/state/model.js'
import { StateFileCorruptError, WrongPasswordError } from '../client/state/sealed-file.js'
import { EnvelopeError, newHybridKeyPair, openHybrid, sealHybrid } from '../client/mls/hybrid-envelope.js'
import { newIdentity } from '../client/mls/identity.js'
import { decodeContent, decodePayload, encodeContent, encodePayload } from '../client/mls/payload.js'
import { backoffDelay } from '../client/session/link.js'
import { TEST_KDF } from './helpers/chat.js'

const tempDir = (): string => path.join(mkdtempSync(path.join(tmpdir(), 'qpq-state-')), 'state')

function sampleState(): ClientData {
  return {
    version: STATE_VERSION, username: 'alice', identity: newIdentity(),
    server: { address: '127.0.0.1:5001', serverName: 'localhost', caCert: new Uint8Array([1, 2, 3]), ktSignerKey: null },
    session: { token: new Uint8Array(32).fill(7) }, keyPackages: [], keyPackagesOnServer: 0, hybrid: null,
    contacts: {}, conversations: {}, queues: {}, inbox: [],
  }
}

describe('client state file', () => {
  it('opens with the password and keeps bytes as bytes', async () => {
    const dir = tempDir()
    const initial = sampleState()
    await FileStateStore.create(dir, 'pw', initial, TEST_KDF)
    const back = await (await FileStateStore.open(dir, 'pw')).read()
    assert.deepEqual(back, initial)
    assert.ok(back.identity.secretKey instanceof Uint8Array)
    assert.ok(!readFileSync(path.join(dir, STATE_FILE)).includes(Buffer.from('alice')), 'the username is encrypted too')
  })

  it('refuses a wrong password, a damaged file, a missing one, and a second registration', async () => {
    const dir = tempDir()
    await FileStateStore.create(dir, 'pw', sampleState(), TEST_KDF)
    await assert.rejects(FileStateStore.open(dir, 'other'), WrongPasswordError)
    await assert.rejects(FileStateStore.create(dir, 'pw', sampleState(), TEST_KDF), /already holds a client state/)
    const file = path.join(dir, STATE_FILE)
    const bytes = readFileSync(file)
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] as number) ^ 1
    writeFileSync(file, bytes)
    await assert.rejects(FileStateStore.open(dir, 'pw'), WrongPasswordError)
    writeFileSync(file, bytes.subarray(0, 30))
    await assert.rejects(FileStateStore.open(dir, 'pw'), StateFileCorruptError)
    await assert.rejects(FileStateStore.open(tempDir(), 'pw'), NoStateError)
  })

  it('lets two processes take turns: each update sees the other\'s, none is lost', async () => {
    const dir = tempDir()
    await FileStateStore.create(dir, 'pw', sampleState(), TEST_KDF)
    const [a, b] = await Promise.all([FileStateStore.open(dir, 'pw'), FileStateStore.open(dir, 'pw')])
    const bump = (s: ClientData): Promise<void> => new Promise((r) => setImmediate(() => { s.keyPackagesOnServer++; r() }))
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).update(bump)))
    assert.equal((await a.read()).keyPackagesOnServer, 10)
    assert.equal((await (await FileStateStore.open(dir, 'pw')).read()).keyPackagesOnServer, 10)
    assert.deepEqual(readdirSync(dir).sort(), [STATE_FILE], 'no lock or temporary file left behind')
  })

  it('keeps nothing of an update that fails, and takes over a lock whose process is gone', async () => {
    const dir = tempDir()
    const store = await FileStateStore.create(dir, 'pw', sampleState(), TEST_KDF)
    await assert.rejects(store.update(async (s) => { s.username = 'mallory'; throw new Error('no') }), /no/)
    assert.equal((await store.read()).username, 'alice')
    writeFileSync(path.join(dir, 'state.lock'), '2147483646') // a pid no process has
    await store.update(async (s) => { s.keyPackagesOnServer = 5 })
    assert.equal((await store.read()).keyPackagesOnServer, 5)
    assert.equal(existsSync(path.join(dir, 'state.lock')), false)
  })

  it('rewrites the file only when the state changed (after a save, or another process\'s write)', async () => {
    const dir = tempDir()
    const file = path.join(dir, STATE_FILE)
    const store = await FileStateStore.create(dir, 'pw', sampleState(), TEST_KDF)
    const before = readFileSync(file)
    await store.update(async () => {})
    assert.ok(readFileSync(file).equals(before), 'an update that changes nothing leaves the file as it was')
    await store.update(async (s, save) => { s.keyPackagesOnServer = 3; await save() })
    const saved = readFileSync(file)
    assert.ok(!saved.equals(before))
    assert.equal((await (await FileStateStore.open(dir, 'pw')).read()).keyPackagesOnServer, 3)
    const other = await FileStateStore.open(dir, 'pw')
    await other.update(async (s) => { s.keyPackagesOnServer = 4 })
    await store.update(async (s) => { s.keyPackagesOnServer = 3 })
    assert.equal((await (await FileStateStore.open(dir, 'pw')).read()).keyPackagesOnServer, 3, 'the same state as our last write is written over another\'s')
  })

  it('JSON keeps Uint8Arrays and Buffers as bytes', () => {
    const v = { a: new Uint8Array([0, 255]), b: Buffer.from('hi'), c: [new Uint8Array(0)], d: 'text' }
    assert.deepEqual(decodeJson(encodeJson(v)), { a: new Uint8Array([0, 255]), b: new Uint8Array(Buffer.from('hi')), c: [new Uint8Array(0)], d: 'text' })
  })
})

describe('hybrid envelope', () => {
  const bob = newHybridKeyPair()
  it('opens with the recipient\'s keys only, and not once altered', () => {
    assert.equal(bob.publicKey.length, 1216)
    const sealed = sealHybrid(bob.publicKey, Buffer.from('quantum-safe hello'))
    assert.equal(sealed[0], 1)
    assert.equal(sealed.length, 1 + 32 + 1088 + 12 + 18 + 16)
    assert.equal(openHybrid(bob, sealed).toString(), 'quantum-safe hello')
    assert.throws(() => openHybrid(newHybridKeyPair(), sealed), EnvelopeError)
    for (const at of [1, 40, sealed.length - 1]) {
      const altered = Buffer.from(sealed)
      altered[at] = (altered[at] as number) ^ 1
      assert.throws(() => openHybrid(bob, altered), EnvelopeError, `byte ${at}`)
    }
    assert.throws(() => openHybrid(bob, Buffer.concat([Buffer.from([2]), sealed.subarray(1)])), /version 2/)
  })
})

/** Byte fields as arrays, so a Buffer and a Uint8Array of the same bytes compare equal. */
const plain = (v: object): unknown => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x instanceof Uint8Array ? [...x] : x]))

describe('client payloads', () => {
  it('round-trip', () => {
    const channelId = new Uint8Array(16).fill(9)
    for (const p of [
      { kind: 'mls', message: new Uint8Array([1, 2, 3]) },
      { kind: 'invitation', conversation: 'direct', channelId, welcome: new Uint8Array([4]) },
      { kind: 'invitation', conversation: 'group', channelId, welcome: new Uint8Array([5]) },
      { kind: 'sealed', envelope: new Uint8Array([6]) },
    ] as const) {
      assert.deepEqual(plain(decodePayload(encodePayload(p))), plain(p))
    }
    assert.throws(() => decodePayload(new Uint8Array([9])), /unknown payload kind 9/)
    assert.deepEqual(decodeContent(encodeContent({ type: 'text', text: 'héllo\nworld', sentAtMs: 1_700_000_000_123 })), { type: 'text', text: 'héllo\nworld', sentAtMs: 1_700_000_000_123 })
    assert.deepEqual(decodeContent(encodeContent({ type: 'group-name', name: 'team', sentAtMs: 5 })), { type: 'group-name', name: 'team', sentAtMs: 5 })
  })
})

describe('reconnect backoff', () => {
  it('doubles from the first delay up to the cap, with jitter in [½, 1]', () => {
    const o = { initialDelayMs: 100, maxDelayMs: 1_000 }
    assert.deepEqual([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, o, () => 1)), [100, 200, 400, 800, 1_000, 1_000])
    assert.deepEqual([1, 4].map((n) => backoffDelay(n, o, () => 0)), [50, 400])
  })
})
