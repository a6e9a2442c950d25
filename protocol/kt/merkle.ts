// Merkle tree hashing, proofs and their verification as RFC 9162 §2.1 defines them (RFC 6962's
// tree, SHA-256): pure functions on bytes, shared by the daemon (which builds proofs from its
// stored nodes) and the client (which verifies them). Sizes and indexes are plain numbers and the
// arithmetic avoids 32-bit bit operations, so logs past 2^31 leaves stay correct.
import { createHash } from 'node:crypto'

export const HASH_BYTES = 32

/** MTH({}) = SHA-256 of the empty string: the root of the empty tree. */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest()

/** MTH({d}) = SHA-256(0x00 || d). */
export function leafHash(leaf: Uint8Array): Buffer {
  return createHash('sha256').update(Uint8Array.of(0)).update(leaf).digest()
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(Uint8Array.of(1)).update(left).update(right).digest()
}

/** The largest power of two smaller than n (n >= 2): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

const isPowerOfTwo = (n: number): boolean => n > 0 && n === 2 ** Math.round(Math.log2(n))

/** MTH(D[start:end]) of a log: how a proof builder reads the tree (e.g. from stored subtree hashes). */
export type SubtreeHash = (start: number, end: number) => Uint8Array

/** MTH over a list of leaf hashes, computed from scratch (clients checking a whole log, tests). */
export function treeHash(leafHashes: readonly Uint8Array[]): Buffer {
  if (leafHashes.length === 0) return EMPTY_ROOT
  if (leafHashes.length === 1) return Buffer.from(leafHashes[0] as Uint8Array)
  const k = splitPoint(leafHashes.length)
  return nodeHash(treeHash(leafHashes.slice(0, k)), treeHash(leafHashes.slice(k)))
}

/** PATH(index, D[size]) (RFC 9162 §2.1.3.1): sibling hashes from the leaf's level up. */
export function inclusionPath(index: number, size: number, subtree: SubtreeHash): Uint8Array[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf ${index} is not in a tree of ${size}`)
  const path: Uint8Array[] = []
  let [start, end] = [0, size]
  // walk down from the root; each level's sibling goes in front of the ones found below it
  while (end - start > 1) {
    const k = splitPoint(end - start)
    if (index < start + k) {
      path.unshift(subtree(start + k, end))
      end = start + k
    } else {
      path.unshift(subtree(start, start + k))
      start += k
    }
  }
  return path
}

/** PROOF(first, D[second]) (RFC 9162 §2.1.4.1): empty when first is 0 or equals second. */
export function consistencyPath(first: number, second: number, subtree: SubtreeHash): Uint8Array[] {
  if (!(first >= 0 && first <= second)) throw new RangeError(`no consistency proof from ${first} to ${second}`)
  if (first === 0 || first === second) return []
  const path: Uint8Array[] = []
  let [start, end, m] = [0, second, first]
  let whole = true // SUBPROOF's b: the subtree of m leaves is the first tree itself, known to the verifier
  while (m !== end - start) {
    const k = splitPoint(end - start)
    if (m <= k) {
      path.unshift(subtree(start + k, end))
      end = start + k
    } else {
      path.unshift(subtree(start, start + k))
      start += k
      m -= k
      whole = false
    }
  }
  if (!whole) path.unshift(subtree(start, end))
  return path
}

const half = (n: number): number => Math.floor(n / 2)
const odd = (n: number): boolean => n % 2 === 1
const isHash = (h: Uint8Array): boolean => h.length === HASH_BYTES

/**
 * RFC 9162's walk up the tree shared by both verifications: from the node numbered fn of a last
 * node sn, it hands each path hash to `step` with whether it is a left sibling, and is true when
 * the path ended exactly at the root.
 */
function walkUp(fn: number, sn: number, path: readonly Uint8Array[], step: (p: Uint8Array, left: boolean) => void): boolean {
  for (const p of path) {
    if (sn === 0) return false
    const left = odd(fn) || fn === sn
    step(p, left)
    if (left) while (!odd(fn) && fn !== 0) { fn = half(fn); sn = half(sn) }
    fn = half(fn)
    sn = half(sn)
  }
  return sn === 0
}

/** The root that `path` leads to from the leaf (by its hash) at `index` of a tree of `size`; null when the path does not fit. */
export function rootFromInclusion(leafHashBytes: Uint8Array, index: number, size: number, path: readonly Uint8Array[]): Uint8Array | null {
  if (!(index >= 0 && index < size) || !path.every(isHash)) return null
  let r: Uint8Array = leafHashBytes
  const atRoot = walkUp(index, size - 1, path, (p, left) => { r = left ? nodeHash(p, r) : nodeHash(r, p) })
  return atRoot ? r : null
}

/** RFC 9162 §2.1.3.2: does `path` lead from the leaf (by its hash) at `index` to `root` of a tree of `size`? */
export function verifyInclusion(leafHashBytes: Uint8Array, index: number, size: number, path: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!isHash(root)) return false
  const r = rootFromInclusion(leafHashBytes, index, size, path)
  return r !== null && Buffer.from(r).equals(root)
}

/**
 * The root of a whole tree given its leaf hashes, and every leaf's inclusion path (leaf level
 * first): what a signer of a batch hands out, n − 1 node hashes for n leaves.
 */
export function treeWithPaths(leafHashes: readonly Uint8Array[]): { root: Uint8Array; paths: Uint8Array[][] } {
  if (leafHashes.length === 0) return { root: EMPTY_ROOT, paths: [] }
  const paths: Uint8Array[][] = leafHashes.map(() => [])
  const build = (lo: number, hi: number): Uint8Array => {
    if (hi - lo === 1) return leafHashes[lo] as Uint8Array
    const k = splitPoint(hi - lo)
    const left = build(lo, lo + k)
    const right = build(lo + k, hi)
    for (let i = lo; i < lo + k; i++) (paths[i] as Uint8Array[]).push(right)
    for (let i = lo + k; i < hi; i++) (paths[i] as Uint8Array[]).push(left)
    return nodeHash(left, right)
  }
  return { root: build(0, leafHashes.length), paths }
}

/** RFC 9162 §2.1.4.2: is the tree (first, firstRoot) a prefix of the tree (second, secondRoot)? */
export function verifyConsistency(first: number, second: number, firstRoot: Uint8Array, secondRoot: Uint8Array, path: readonly Uint8Array[]): boolean {
  if (!(first >= 0 && first <= second) || !isHash(firstRoot) || !isHash(secondRoot) || !path.every(isHash)) return false
  if (first === second) return path.length === 0 && Buffer.from(firstRoot).equals(secondRoot)
  if (first === 0) return path.length === 0
  // a first tree that is a complete subtree is its own starting node; otherwise the path starts with it
  const [seed, ...rest] = isPowerOfTwo(first) ? [firstRoot, ...path] : path
  if (seed === undefined) return false
  let fn = first - 1
  let sn = second - 1
  while (odd(fn)) { fn = half(fn); sn = half(sn) }
  let fr: Uint8Array = seed
  let sr: Uint8Array = seed
  const atRoot = walkUp(fn, sn, rest, (p, left) => {
    if (left) {
      fr = nodeHash(p, fr)
      sr = nodeHash(p, sr)
    } else {
      sr = nodeHash(sr, p)
    }
  })
  return atRoot && Buffer.from(fr).equals(firstRoot) && Buffer.from(sr).equals(secondRoot)
}
