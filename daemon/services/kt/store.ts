// The key transparency log's tables (kt_leaves, kt_nodes): the leaves as their exact logged bytes,
// and the hash of every complete subtree, so that roots and proofs of any tree size read O(log n)
// stored hashes instead of rehashing the log. Node (level, i) is MTH of the 2^level leaves from
// i·2^level; level 0 holds the leaf hashes. The nodes are append-only (triggers refuse updates and
// deletes); a leaf is never changed, and is deleted only with its account (redact): its hash stays,
// so every root and proof stays the same, and the log answers that index with the hash alone.
// Nodes are derived data: leaves without them (an upgraded database whose accounts the migration
// backfilled) get them when the store opens.
import type Database from 'better-sqlite3-multiple-ciphers'
import { EMPTY_ROOT, leafHash, nodeHash, splitPoint } from '../../../protocol/kt/merkle.js'
import type { LeafKind } from '../../../protocol/kt/leaf.js'

export interface LeafRow { index: number; leaf: Buffer; kind: LeafKind }
/** A log entry; leaf and identityKey are null once the leaf's account was deleted (only its hash stays). */
export interface EntryRow { index: number; leaf: Buffer | null; identityKey: Buffer | null; hash: Buffer }

export class KtStore {
  private readonly leafCount: Database.Statement<[], { n: number }>
  private readonly insertLeaf: Database.Statement<[number, Buffer, LeafKind, Buffer]>
  private readonly insertNode: Database.Statement<[number, number, Buffer]>
  private readonly nodeAt: Database.Statement<[number, number], { hash: Buffer }>
  private readonly latestOfKey: Database.Statement<[Buffer], { idx: number; leaf: Buffer; kind: LeafKind }>
  private readonly latestOfKeyKind: Database.Statement<[Buffer, LeafKind], { idx: number; leaf: Buffer; kind: LeafKind }>
  private readonly range: Database.Statement<[number, number], { idx: number; leaf: Buffer | null; identity_key: Buffer | null; hash: Buffer }>
  private readonly deleteOfKey: Database.Statement<[Buffer]>
  private readonly unhashed: Database.Statement<[number], { idx: number; leaf: Buffer }>
  private readonly appendTx: Database.Transaction<(leaf: Buffer, kind: LeafKind, identityKey: Buffer) => number>

  constructor(db: Database.Database) {
    // the tree's size is the number of hashed leaves: level 0 of kt_nodes
    this.leafCount = db.prepare('SELECT coalesce(max(idx) + 1, 0) AS n FROM kt_nodes WHERE level = 0')
    this.insertLeaf = db.prepare('INSERT INTO kt_leaves (idx, leaf, kind, identity_key) VALUES (?, ?, ?, ?)')
    this.insertNode = db.prepare('INSERT INTO kt_nodes (level, idx, hash) VALUES (?, ?, ?)')
    this.nodeAt = db.prepare('SELECT hash FROM kt_nodes WHERE level = ? AND idx = ?')
    this.latestOfKey = db.prepare('SELECT idx, leaf, kind FROM kt_leaves WHERE identity_key = ? ORDER BY idx DESC LIMIT 1')
    this.latestOfKeyKind = db.prepare('SELECT idx, leaf, kind FROM kt_leaves WHERE identity_key = ? AND kind = ? ORDER BY idx DESC LIMIT 1')
    this.range = db.prepare('SELECT n.idx, l.leaf, l.identity_key, n.hash FROM kt_nodes n LEFT JOIN kt_leaves l ON l.idx = n.idx WHERE n.level = 0 AND n.idx >= ? AND n.idx < ? ORDER BY n.idx')
    this.deleteOfKey = db.prepare('DELETE FROM kt_leaves WHERE identity_key = ?')
    this.unhashed = db.prepare('SELECT idx, leaf FROM kt_leaves WHERE idx >= ? ORDER BY idx')
    this.appendTx = db.transaction((leaf: Buffer, kind: LeafKind, identityKey: Buffer): number => {
      const index = this.size()
      this.insertLeaf.run(index, leaf, kind, identityKey)
      this.addNodes(index, leafHash(leaf))
      return index
    })
    db.transaction(() => {
      for (const r of this.unhashed.all(this.size())) this.addNodes(r.idx, leafHash(r.leaf))
    })()
  }

  /** Number of leaves in the log. */
  size(): number {
    return (this.leafCount.get() as { n: number }).n
  }

  /** Appends a leaf (its exact bytes) and its hashes; returns its index. Joins the caller's transaction. */
  append(leaf: Buffer, kind: LeafKind, identityKey: Buffer): number {
    return this.appendTx(leaf, kind, identityKey)
  }

  /** The key's newest leaf (of one kind, when given). */
  latest(identityKey: Buffer, kind?: LeafKind): LeafRow | undefined {
    const r = kind === undefined ? this.latestOfKey.get(identityKey) : this.latestOfKeyKind.get(identityKey, kind)
    return r && { index: r.idx, leaf: r.leaf, kind: r.kind }
  }

  /** Deletes the key's leaves (account deletion); their hashes stay. Returns how many. */
  redact(identityKey: Buffer): number {
    return this.deleteOfKey.run(identityKey).changes
  }

  /** Entries [start, end) with their hashes, in order. */
  entries(start: number, end: number): EntryRow[] {
    return this.range.all(start, end).map((r) => ({ index: r.idx, leaf: r.leaf, identityKey: r.identity_key, hash: r.hash }))
  }

  /** MTH(D[start:end]) for end <= size(): a stored node when the range is a complete aligned subtree. */
  subtree = (start: number, end: number): Buffer => {
    const n = end - start
    if (n === 0) return EMPTY_ROOT
    const level = Math.log2(n)
    if (Number.isInteger(level) && start % n === 0) {
      const r = this.nodeAt.get(level, start / n)
      if (r === undefined) throw new RangeError(`no stored subtree [${start}, ${end}): the log has ${this.size()} leaves`)
      return r.hash
    }
    const k = splitPoint(n)
    return nodeHash(this.subtree(start, start + k), this.subtree(start + k, end))
  }

  /** Stores leaf `index`'s hash and every subtree it completes (walking up while it is a right child). */
  private addNodes(index: number, hash: Buffer): void {
    this.insertNode.run(0, index, hash)
    let [level, i, h] = [0, index, hash]
    while (i % 2 === 1) {
      const left = this.nodeAt.get(level, i - 1) as { hash: Buffer }
      h = nodeHash(left.hash, h)
      level += 1
      i = (i - 1) / 2
      this.insertNode.run(level, i, h)
    }
  }
}
