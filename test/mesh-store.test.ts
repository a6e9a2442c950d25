// The mesh store on a real SQLCipher database with the daemon's migrations: bounds by count and
// bytes with the stated eviction order (expired first, then the oldest envelope of the origin
// holding the most bytes), refusal of an envelope larger than the store, expiry sweeps, and the
// seen refs — bounded, with a floor that survives a reopen, as the held envelopes do.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDatabase, type Storage } from '../daemon/storage/database.js'
import { migrations } from '../daemon/storage/migrations.js'
import { MeshStore, type HeldEnvelope, type StoreLimits } from '../mesh/store.js'

const NOW = 1_800_000_000_000
const LIMITS: StoreLimits = { maxBytes: 1 << 20, maxEnvelopes: 100, maxSeen: 1000 }

const dirs: string[] = []
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

function db(): { open(): Storage; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-meshstore-'))
  dirs.push(dir)
  const file = path.join(dir, 'qpq.db')
  const key = randomBytes(32)
  return { file, open: () => openDatabase({ file, key, durability: 'normal', migrations }) }
}

const ORIGIN = { x: Buffer.alloc(32, 0x11), y: Buffer.alloc(32, 0x22), z: Buffer.alloc(32, 0x33) }

let n = 0
function held(origin: Buffer, size = 100, expiresAt = NOW + 3_600_000): HeldEnvelope & { name: number } {
  const name = ++n
  const ref = Buffer.alloc(16)
  ref.writeUInt32BE(name)
  return { name, ref, origin, recipient: Buffer.alloc(32, 0xaa), expiresAt, bytes: Buffer.alloc(size, name & 0xff) }
}

const refs = (s: MeshStore): number[] => s.heldRefs(NOW).map((r) => r.readUInt32BE(0))

describe('mesh store bounds and eviction order', () => {
  it('when full by count, evicts the oldest envelope of the origin holding the most bytes', () => {
    const s = new MeshStore(db().open().db, { ...LIMITS, maxEnvelopes: 4 })
    const x1 = held(ORIGIN.x); const x2 = held(ORIGIN.x); const x3 = held(ORIGIN.x); const y1 = held(ORIGIN.y)
    s.commit([], [x1, x2, x3, y1], NOW)
    const y2 = held(ORIGIN.y)
    const r = s.commit([], [y2], NOW)
    assert.equal(r.evicted, 1)
    assert.deepEqual(refs(s), [x2.name, x3.name, y1.name, y2.name], 'x1 went: x held the most, and x1 was its oldest')
    // x and y now hold two each: a tie goes to the origin whose oldest envelope is oldest (x2)
    const z1 = held(ORIGIN.z)
    s.commit([], [z1], NOW)
    assert.deepEqual(refs(s), [x3.name, y1.name, y2.name, z1.name])
    // then y (two) is the largest
    const z2 = held(ORIGIN.z)
    s.commit([], [z2], NOW)
    assert.deepEqual(refs(s), [x3.name, y2.name, z1.name, z2.name])
  })

  it('by bytes too, with a flooder pushing out only its own envelopes', () => {
    const s = new MeshStore(db().open().db, { ...LIMITS, maxBytes: 1000 })
    const honest = [held(ORIGIN.y, 100), held(ORIGIN.z, 100)]
    s.commit([], honest, NOW)
    const flood = Array.from({ length: 20 }, () => held(ORIGIN.x, 100))
    const r = s.commit([], flood, NOW)
    assert.equal(r.evicted, 12)
    const left = refs(s)
    for (const h of honest) assert.ok(left.includes(h.name), 'honest envelopes stay')
    assert.deepEqual(left.slice(2), flood.slice(12).map((f) => f.name), 'the flood keeps its newest')
    assert.equal(s.stats().bytes, 1000)
  })

  it('removes expired envelopes before evicting any other', () => {
    const s = new MeshStore(db().open().db, { ...LIMITS, maxEnvelopes: 3 })
    const old = held(ORIGIN.y, 100, NOW - 1)
    const x1 = held(ORIGIN.x); const x2 = held(ORIGIN.x)
    s.commit([], [old, x1, x2], NOW - 10)
    const r = s.commit([], [held(ORIGIN.z)], NOW)
    assert.deepEqual([r.expired, r.evicted], [1, 0])
    assert.equal(s.stats().envelopes, 3)
  })

  it('refuses an envelope larger than the whole store, and stores the rest', () => {
    const s = new MeshStore(db().open().db, { ...LIMITS, maxBytes: 500 })
    const big = held(ORIGIN.x, 501)
    const ok = held(ORIGIN.x, 500)
    const r = s.commit([], [big, ok], NOW)
    assert.deepEqual(r.refused, [big.ref])
    assert.deepEqual(refs(s), [ok.name])
  })

  it('sweeps expired envelopes and seen refs', () => {
    const s = new MeshStore(db().open().db, LIMITS)
    const a = held(ORIGIN.x, 10, NOW + 10)
    const b = held(ORIGIN.x, 10, NOW + 1_000)
    s.commit([{ ref: a.ref, createdAt: NOW - 5, expiresAt: NOW + 10 }, { ref: b.ref, createdAt: NOW - 5, expiresAt: NOW + 1_000 }], [a, b], NOW)
    assert.equal(s.sweep(NOW + 10), 1)
    assert.deepEqual([s.isHeld(a.ref), s.isHeld(b.ref), s.isSeen(a.ref), s.isSeen(b.ref)], [false, true, false, true])
    assert.deepEqual({ envelopes: s.stats().envelopes, bytes: s.stats().bytes, seen: s.stats().seen }, { envelopes: 1, bytes: 10, seen: 1 })
  })
})

describe('mesh store inside the daemon\'s transactions', () => {
  it('keeps its totals and eviction right when a transaction it wrote in rolls back (a group commit re-runs a batch)', () => {
    const st = db().open()
    const s = new MeshStore(st.db, { ...LIMITS, maxEnvelopes: 3 })
    const y1 = held(ORIGIN.y); const x1 = held(ORIGIN.x)
    s.commit([{ ref: x1.ref, createdAt: NOW, expiresAt: NOW + 3_600_000 }], [y1, x1], NOW)
    // an outer transaction holds two more of x, then fails: all of it is undone
    assert.throws(() => st.db.transaction(() => {
      s.commit([], [held(ORIGIN.x), held(ORIGIN.x)], NOW)
      throw new Error('another write of the batch failed')
    })(), /another write/)
    assert.deepEqual({ envelopes: s.stats().envelopes, bytes: s.stats().bytes, seen: s.stats().seen }, { envelopes: 2, bytes: 200, seen: 1 })
    // x and y hold one each, so when full the older (y1) goes — not x's, as x's undone envelopes would have it
    const z1 = held(ORIGIN.z); const z2 = held(ORIGIN.z)
    s.commit([], [z1, z2], NOW)
    assert.deepEqual(refs(s), [x1.name, z1.name, z2.name])
    st.close()
  })
})

describe('mesh dedup across restarts', () => {
  it('keeps held envelopes, per-origin usage and seen refs when reopened', () => {
    const d = db()
    let st = d.open()
    let s = new MeshStore(st.db, { ...LIMITS, maxEnvelopes: 3 })
    const x1 = held(ORIGIN.x); const x2 = held(ORIGIN.x); const y1 = held(ORIGIN.y)
    s.commit([{ ref: x1.ref, createdAt: NOW, expiresAt: NOW + 3_600_000 }], [x1, x2, y1], NOW)
    st.close()
    st = d.open()
    s = new MeshStore(st.db, { ...LIMITS, maxEnvelopes: 3 })
    assert.deepEqual({ envelopes: s.stats().envelopes, bytes: s.stats().bytes, seen: s.stats().seen }, { envelopes: 3, bytes: 300, seen: 1 })
    assert.ok(s.isSeen(x1.ref))
    // the usage per origin was rebuilt: x (two) is still the one evicted from
    s.commit([], [held(ORIGIN.z)], NOW)
    assert.deepEqual(refs(s), [x2.name, y1.name, n])
    st.close()
  })

  it('bounds the seen refs: the oldest go, and the floor rises to the newest created_at removed (kept on reopen)', () => {
    const d = db()
    let st = d.open()
    let s = new MeshStore(st.db, { ...LIMITS, maxSeen: 3 })
    const seen = [5, 1, 4, 2, 3].map((k) => ({ ref: Buffer.alloc(16, k), createdAt: NOW + k, expiresAt: NOW + 3_600_000 }))
    s.commit(seen, [], NOW)
    assert.equal(s.stats().seen, 3)
    assert.equal(s.floor, NOW + 2)
    assert.deepEqual([1, 2, 3, 4, 5].map((k) => s.isSeen(Buffer.alloc(16, k))), [false, false, true, true, true])
    st.close()
    st = d.open()
    s = new MeshStore(st.db, { ...LIMITS, maxSeen: 3 })
    assert.equal(s.floor, NOW + 2)
    st.close()
  })
})
