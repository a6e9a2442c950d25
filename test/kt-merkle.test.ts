// The key transparency log's Merkle tree: RFC 6962/9162 test vectors (the CT reference set, as in
// transparency-dev/merkle), every proof of every tree up to 64 leaves checked by the verifier and
// against recomputed roots, tampered proofs refused, the SQLCipher store's stored subtrees equal to
// the tree recomputed from scratch, the migration's backfill, and the signed tree head's string.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { EMPTY_ROOT, consistencyPath, inclusionPath, leafHash, treeHash, treeWithPaths, verifyConsistency, verifyInclusion, type SubtreeHash } from '../protocol/kt/merkle.js'
import { KtStore } from '../daemon/services/kt/store.js'
import { bindingLeaf } from '../protocol/kt/leaf.js'
import { TREE_HEAD_MESSAGE_BYTES, treeHeadMessage, verifyTreeHead } from '../protocol/kt/tree-head.js'
import { openDatabase } from '../daemon/storage/database.js'
import { migrations } from '../daemon/storage/migrations.js'
import { newIdentityKey, tempStorage } from './helpers/node.js'

const h = (hex: string): Buffer => Buffer.from(hex, 'hex')
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

// RFC 6962 reference data: 8 leaves, the roots of their first 1..8, and known proofs
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(h)
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map(h)
const INCLUSION: Array<{ index: number; size: number; path: string[] }> = [
  { index: 0, size: 1, path: [] },
  { index: 0, size: 8, path: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { index: 5, size: 8, path: ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
  { index: 2, size: 3, path: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  { index: 1, size: 5, path: ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'] },
]
const CONSISTENCY: Array<{ first: number; second: number; path: string[] }> = [
  { first: 1, second: 1, path: [] },
  { first: 1, second: 8, path: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { first: 6, second: 8, path: ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
  { first: 2, second: 5, path: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'] },
  { first: 6, second: 7, path: ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
]

/** A proof builder over leaf hashes held in memory, memoised (each subtree recomputed from scratch once). */
function arrayTree(hashes: readonly Buffer[]): SubtreeHash {
  const memo = new Map<string, Buffer>()
  return (start, end) => {
    const k = `${start}:${end}`
    let v = memo.get(k)
    if (v === undefined) memo.set(k, v = treeHash(hashes.slice(start, end)))
    return v
  }
}

const flipped = (path: readonly Uint8Array[], i: number): Buffer[] => path.map((p, j) => {
  const c = Buffer.from(p)
  if (j === i) c[0] = (c[0] as number) ^ 8
  return c
})

const hashesOf = (n: number): Buffer[] => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)))

describe('RFC 6962 test vectors', () => {
  const hashes = LEAVES.map(leafHash)
  const tree = arrayTree(hashes)

  it('computes the reference roots of the first 1..8 leaves and of the empty tree', () => {
    assert.equal(hex(EMPTY_ROOT), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    ROOTS.forEach((root, i) => assert.equal(hex(treeHash(hashes.slice(0, i + 1))), hex(root), `root of ${i + 1}`))
  })

  it('builds and verifies the reference inclusion proofs', () => {
    for (const v of INCLUSION) {
      const path = inclusionPath(v.index, v.size, tree)
      assert.deepEqual(path.map(hex), v.path, `leaf ${v.index} of ${v.size}`)
      assert.ok(verifyInclusion(hashes[v.index] as Buffer, v.index, v.size, path, ROOTS[v.size - 1] as Buffer))
    }
  })

  it('builds and verifies the reference consistency proofs', () => {
    for (const v of CONSISTENCY) {
      const path = consistencyPath(v.first, v.second, tree)
      assert.deepEqual(path.map(hex), v.path, `${v.first} → ${v.second}`)
      assert.ok(verifyConsistency(v.first, v.second, ROOTS[v.first - 1] as Buffer, ROOTS[v.second - 1] as Buffer, path))
    }
  })

  it('refuses the reference proofs with a wrong index, size, leaf, root or path element', () => {
    for (const v of INCLUSION.filter((x) => x.path.length > 0)) {
      const path = v.path.map(h)
      const root = ROOTS[v.size - 1] as Buffer
      const leaf = hashes[v.index] as Buffer
      assert.equal(verifyInclusion(leaf, v.index + 1, v.size, path, root), false)
      assert.equal(verifyInclusion(leaf, v.index, v.size * 2, path, root), false)
      assert.equal(verifyInclusion(leafHash(Buffer.from('WrongLeaf')), v.index, v.size, path, root), false)
      assert.equal(verifyInclusion(leaf, v.index, v.size, path, EMPTY_ROOT), false)
      assert.equal(verifyInclusion(leaf, v.index, v.size, [...path, root], root), false, 'trailing hash')
      assert.equal(verifyInclusion(leaf, v.index, v.size, path.slice(0, -1), root), false, 'missing hash')
      path.forEach((_, i) => assert.equal(verifyInclusion(leaf, v.index, v.size, flipped(path, i), root), false, `flipped ${i}`))
    }
    for (const v of CONSISTENCY.filter((x) => x.path.length > 0)) {
      const path = v.path.map(h)
      const [r1, r2] = [ROOTS[v.first - 1] as Buffer, ROOTS[v.second - 1] as Buffer]
      assert.equal(verifyConsistency(v.first, v.second, r2, r1, path), false, 'swapped roots')
      assert.equal(verifyConsistency(v.first + 1, v.second, r1, r2, path), false)
      assert.equal(verifyConsistency(v.first, v.second, r1, r2, []), false, 'empty proof')
      assert.equal(verifyConsistency(v.first, v.second, r1, r2, [...path, r2]), false, 'trailing hash')
      assert.equal(verifyConsistency(v.first, v.second, r1, r2, [r1, ...path]), false, 'preceding hash')
      path.forEach((_, i) => assert.equal(verifyConsistency(v.first, v.second, r1, r2, flipped(path, i)), false, `flipped ${i}`))
    }
  })

  it('treats the trivial cases as the RFC does', () => {
    const r = ROOTS[0] as Buffer
    assert.ok(verifyConsistency(0, 5, EMPTY_ROOT, ROOTS[4] as Buffer, []), 'the empty tree is a prefix of every tree')
    assert.ok(verifyConsistency(3, 3, ROOTS[2] as Buffer, ROOTS[2] as Buffer, []))
    assert.equal(verifyConsistency(3, 3, ROOTS[2] as Buffer, ROOTS[3] as Buffer, []), false)
    assert.equal(verifyConsistency(4, 3, ROOTS[3] as Buffer, ROOTS[2] as Buffer, []), false, 'a tree never shrinks')
    assert.equal(verifyInclusion(r, 0, 0, [], r), false)
    assert.equal(verifyInclusion(r, 1, 1, [], r), false)
    assert.throws(() => inclusionPath(8, 8, tree), RangeError)
    assert.throws(() => consistencyPath(5, 4, tree), RangeError)
  })
})

describe('every proof of every tree up to 64 leaves', () => {
  const all = hashesOf(64)
  const tree = arrayTree(all)
  const roots = [EMPTY_ROOT, ...all.map((_, i) => treeHash(all.slice(0, i + 1)))]

  it('proves each leaf of each size, and nothing else', () => {
    for (let size = 1; size <= 64; size++) {
      const root = roots[size] as Buffer
      for (let i = 0; i < size; i++) {
        const path = inclusionPath(i, size, tree)
        assert.ok(verifyInclusion(all[i] as Buffer, i, size, path, root), `leaf ${i} of ${size}`)
        if (size > 1) {
          assert.equal(verifyInclusion(all[(i + 1) % size] as Buffer, i, size, path, root), false, `another leaf as ${i} of ${size}`)
          assert.equal(verifyInclusion(all[i] as Buffer, i, size, flipped(path, i % path.length), root), false, `tampered path ${i} of ${size}`)
        }
      }
    }
  })

  it('builds a whole tree with every leaf\'s path at once, the same as the proof builder', () => {
    for (let size = 1; size <= 64; size++) {
      const { root, paths } = treeWithPaths(all.slice(0, size))
      assert.deepEqual(Buffer.from(root), roots[size], `root of ${size}`)
      for (let i = 0; i < size; i++) assert.deepEqual(paths[i]?.map((h) => Buffer.from(h).toString('hex')), inclusionPath(i, size, tree).map((h) => Buffer.from(h).toString('hex')), `path ${i} of ${size}`)
    }
  })

  it('proves each pair of sizes consistent, and refuses another root', () => {
    for (let second = 1; second <= 64; second++) {
      for (let first = 1; first <= second; first++) {
        const path = consistencyPath(first, second, tree)
        const [r1, r2] = [roots[first] as Buffer, roots[second] as Buffer]
        assert.ok(verifyConsistency(first, second, r1, r2, path), `${first} → ${second}`)
        if (first < second) {
          const forged = createHash('sha256').update(r1).digest()
          assert.equal(verifyConsistency(first, second, forged, r2, path), false, `other first root ${first} → ${second}`)
          assert.equal(verifyConsistency(first, second, r1, forged, path), false, `other second root ${first} → ${second}`)
        }
      }
    }
  })
})

describe('KtStore', () => {
  it('serves the same roots and proofs from its stored subtrees as a tree recomputed from scratch', () => {
    const storage = tempStorage()
    try {
      const store = new KtStore(storage.db)
      const leaves = Array.from({ length: 40 }, (_, i) => bindingLeaf(`user${i}`, newIdentityKey(), i))
      const tree = arrayTree(leaves.map(leafHash))
      leaves.forEach((leaf, i) => {
        assert.equal(store.append(leaf, 'binding', newIdentityKey()), i)
        const size = i + 1
        assert.equal(store.size(), size)
        assert.equal(hex(store.subtree(0, size)), hex(tree(0, size)), `root of ${size}`)
      })
      for (let size = 1; size <= leaves.length; size++) {
        for (let j = 0; j < size; j++) assert.deepEqual(inclusionPath(j, size, store.subtree).map(hex), inclusionPath(j, size, tree).map(hex))
        for (let first = 1; first <= size; first++) assert.deepEqual(consistencyPath(first, size, store.subtree).map(hex), consistencyPath(first, size, tree).map(hex))
      }
      assert.throws(() => storage.db.prepare('UPDATE kt_leaves SET leaf = ? WHERE idx = 0').run(Buffer.from('x')), /append-only/)
      assert.throws(() => storage.db.prepare('DELETE FROM kt_nodes').run(), /append-only/)
    } finally {
      storage.close()
    }
  })

  it('redacts a key\'s leaves and keeps their hashes: the same roots and proofs', () => {
    const storage = tempStorage()
    try {
      const store = new KtStore(storage.db)
      const [gone, kept] = [newIdentityKey(), newIdentityKey()]
      const leaves = [bindingLeaf('gone', gone, 1), bindingLeaf('kept', kept, 2), bindingLeaf('gone2', gone, 3)]
      leaves.forEach((l, i) => store.append(l, 'binding', i === 1 ? kept : gone))
      const root = store.subtree(0, 3)
      const path = inclusionPath(1, 3, store.subtree)
      assert.equal(store.redact(gone), 2)
      assert.equal(store.latest(gone), undefined)
      assert.equal(store.size(), 3)
      assert.deepEqual(store.entries(0, 3).map((e) => [e.index, e.leaf === null ? null : hex(e.leaf), hex(e.hash)]),
        leaves.map((l, i) => [i, i === 1 ? hex(l) : null, hex(leafHash(l))]))
      assert.equal(hex(store.subtree(0, 3)), hex(root))
      assert.deepEqual(inclusionPath(1, 3, store.subtree).map(hex), path.map(hex))
      assert.equal(store.append(bindingLeaf('next', gone, 4), 'binding', gone), 3, 'the next leaf takes the next index')
    } finally {
      storage.close()
    }
  })

  it('logs the bindings of accounts registered before the log existed, oldest first', () => {
    const version = migrations.findIndex((m) => m.name === 'key transparency log') + 1
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-kt-')), 'qpq.db')
    const key = Buffer.alloc(32, 7)
    const before = openDatabase({ file: file, key, durability: 'normal', migrations: migrations.slice(0, version - 1) })
    const users = [{ name: 'late', key: newIdentityKey(), at: 2000 }, { name: 'early', key: newIdentityKey(), at: 1000 }]
    for (const u of users) before.db.prepare('INSERT INTO users (username, identity_key, opaque_record, created_at) VALUES (?, ?, ?, ?)').run(u.name, u.key, Buffer.alloc(192), u.at)
    before.close()
    const after = openDatabase({ file: file, key, durability: 'normal', migrations })
    try {
      const store = new KtStore(after.db)
      const expected = [bindingLeaf('early', users[1]?.key as Buffer, 1000), bindingLeaf('late', users[0]?.key as Buffer, 2000)]
      assert.equal(store.size(), 2)
      assert.deepEqual(store.entries(0, 2).map((e) => hex(e.leaf ?? Buffer.alloc(0))), expected.map(hex))
      assert.equal(hex(store.subtree(0, 2)), hex(treeHash(expected.map(leafHash))))
      assert.equal(store.latest(users[0]?.key as Buffer)?.index, 1)
    } finally {
      after.close()
    }
  })
  it('backfills with the frozen leaf bytes it shipped with, whatever the live encoder becomes', () => {
    const version = migrations.findIndex((m) => m.name === 'key transparency log') + 1
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-kt-')), 'qpq.db')
    const key = Buffer.alloc(32, 7)
    const before = openDatabase({ file, key, durability: 'normal', migrations: migrations.slice(0, version - 1) })
    before.db.prepare('INSERT INTO users (username, identity_key, opaque_record, created_at) VALUES (?, ?, ?, ?)').run('early', Buffer.alloc(32, 0xab), Buffer.alloc(192), 1_700_000_000_123)
    before.close()
    const after = openDatabase({ file, key, durability: 'normal', migrations })
    try {
      const leaf = new KtStore(after.db).entries(0, 1)[0]?.leaf ?? Buffer.alloc(0)
      assert.equal(hex(leaf), `0a0762696e64696e6712056561726c791a20${'ab'.repeat(32)}28fbd095ffbc31`)
    } finally {
      after.close()
    }
  })
})

describe('signed tree heads', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const signer = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32)
  const root = createHash('sha256').update('root').digest()
  const head = { tree_size: 5, root_hash: root, timestamp_ms: 1_700_000_000_000, signer_key: signer, signature: sign(null, treeHeadMessage(5, 1_700_000_000_000, root), privateKey) }

  it('signs the documented 61-byte string', () => {
    const m = treeHeadMessage(5, 1_700_000_000_000, root)
    assert.equal(TREE_HEAD_MESSAGE_BYTES, 61)
    assert.equal(m.subarray(0, 13).toString('ascii'), 'qpq-kt-sth-v1')
    assert.equal(m.readBigUInt64BE(13), 5n)
    assert.equal(m.readBigUInt64BE(21), 1_700_000_000_000n)
    assert.deepEqual(m.subarray(29), root)
  })

  it('verifies with the signer key, and refuses any other key or a changed field', () => {
    assert.ok(verifyTreeHead(head, signer))
    assert.equal(verifyTreeHead(head, newIdentityKey()), false)
    assert.equal(verifyTreeHead({ ...head, tree_size: 6 }, signer), false)
    assert.equal(verifyTreeHead({ ...head, timestamp_ms: head.timestamp_ms + 1 }, signer), false)
    assert.equal(verifyTreeHead({ ...head, root_hash: EMPTY_ROOT }, signer), false)
    assert.equal(verifyTreeHead({ ...head, signature: new Uint8Array(64) }, signer), false)
  })
})
