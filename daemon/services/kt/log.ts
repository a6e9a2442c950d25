// The key transparency log: appends bindings and revocations, signs tree heads, and answers with
// the evidence clients verify (docs/key-transparency.md). The API other services use:
//
//   bind(username, identityKey, timestampMs)   the binding leaf of a new account; synchronous, so
//                                              registration calls it inside its transaction
//   forget(identityKey)                        account deletion (purge step): deletes the key's
//                                              leaves; their hashes stay, so the tree, its heads
//                                              and every proof are unchanged
//   isRevoked(identityKey)                     the key's newest leaf is a revocation
//   bindingEvidence(identityKey, knownTreeSize) for ResolveUser / ResolveIdentity: spread it into
//                                              the response — { leaf, inclusion_proof, tree_head,
//                                              consistency_proof } (user.proto), the leaf being the
//                                              key's newest binding (empty when it has none)
//   evidence(leafRow, knownTreeSize)           the same for any leaf (or none: the head alone)
//
// A key's state is its newest leaf: a binding (bound to that leaf's username) or a revocation.
// Every answer reads the leaf first and then takes the current signed head, whose tree therefore
// contains it; proofs are computed against that head's size, which later appends do not change.
// A head is signed (Ed25519, crypto pool) once per tree size, when first asked for, and reused
// until the log grows. knownTreeSize beyond the log is a BadRequest (the log never shrinks).
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError } from '../../../protocol/errors.js'
import { bindingLeaf, decodeLeaf, revocationLeaf, type RevocationReason } from '../../../protocol/kt/leaf.js'
import { consistencyPath, inclusionPath } from '../../../protocol/kt/merkle.js'
import type { KtStore, LeafRow } from './store.js'
import { treeHeadMessage } from '../../../protocol/kt/tree-head.js'

export interface KtLogDeps {
  store: KtStore
  /** Signs a tree head's 61-byte string with the KT signing key (on the crypto pool). */
  sign(message: Uint8Array): Promise<Uint8Array>
  /** The KT signing key's raw 32-byte public key. */
  signerKey: Uint8Array
  now?: () => number
}

/** The head and its proof of growth from the size a client last verified. */
export interface HeadAnswer {
  tree_head: qpq.v1.ISignedTreeHead
  /** From knownTreeSize to tree_head.tree_size; null when knownTreeSize is 0 or the current size. */
  consistency_proof: qpq.v1.IConsistencyProof | null
}

/** The KT fields of ResolveUserResponse, ResolveIdentityResponse, CheckRevocationResponse and AuditKeyTransparencyResponse. */
export interface KtEvidence extends HeadAnswer {
  /** The leaf as logged; empty when there is none. */
  leaf: Uint8Array
  /** Proof that `leaf` is in the tree of tree_head; null without a leaf. */
  inclusion_proof: qpq.v1.IInclusionProof | null
}

/** A revocation leaf, decoded. */
export interface Revocation extends LeafRow { reason: string; timestampMs: number }

export class KtLog {
  private readonly now: () => number
  private signed: { size: number; head: Promise<qpq.v1.ISignedTreeHead> } | null = null

  constructor(private readonly d: KtLogDeps) {
    this.now = d.now ?? Date.now
  }

  bind(username: string, identityKey: Buffer, timestampMs: number): number {
    return this.d.store.append(bindingLeaf(username, identityKey, timestampMs), 'binding', identityKey)
  }

  /** Appends a revocation; when the key's newest leaf is already one, answers it instead (appended false). */
  revoke(identityKey: Buffer, reason: RevocationReason): { index: number; appended: boolean } {
    const earlier = this.revocation(identityKey)
    if (earlier !== undefined) return { index: earlier.index, appended: false }
    return { index: this.d.store.append(revocationLeaf(identityKey, reason, this.now()), 'revocation', identityKey), appended: true }
  }

  /** Account deletion: the key's leaves go (the username and key in them are the account's data), their hashes stay. */
  forget(identityKey: Buffer): number {
    return this.d.store.redact(identityKey)
  }

  /** The key's revocation, when its newest leaf is one. */
  revocation(identityKey: Buffer): Revocation | undefined {
    const row = this.d.store.latest(identityKey)
    if (row === undefined) return undefined
    const leaf = decodeLeaf(row.leaf)
    return leaf.kind === 'revocation' ? { ...row, reason: leaf.reason, timestampMs: Number(leaf.timestamp_ms) } : undefined
  }

  isRevoked(identityKey: Buffer): boolean {
    return this.d.store.latest(identityKey)?.kind === 'revocation'
  }

  /** The key's newest leaf of any kind (its current state). */
  latest(identityKey: Buffer): LeafRow | undefined {
    return this.d.store.latest(identityKey)
  }

  bindingEvidence(identityKey: Buffer, knownTreeSize: number): Promise<KtEvidence> {
    return this.evidence(this.d.store.latest(identityKey, 'binding'), knownTreeSize)
  }

  /** The leaf (read before this call) with its inclusion proof under the current head. */
  async evidence(row: LeafRow | undefined, knownTreeSize: number): Promise<KtEvidence> {
    const answer = await this.head(knownTreeSize)
    if (row === undefined) return { leaf: new Uint8Array(), inclusion_proof: null, ...answer }
    const treeSize = Number(answer.tree_head.tree_size)
    const audit_path = inclusionPath(row.index, treeSize, this.d.store.subtree)
    return { leaf: row.leaf, inclusion_proof: { leaf_index: row.index, tree_size: treeSize, audit_path }, ...answer }
  }

  /** The current signed head, and the consistency proof from knownTreeSize (0 = none). */
  private async head(knownTreeSize: number): Promise<HeadAnswer> {
    const tree_head = await this.signedHead()
    const size = Number(tree_head.tree_size)
    if (knownTreeSize > size) throw new BadRequestError(`known_tree_size ${knownTreeSize} is beyond the log, which has ${size} leaves`)
    const consistency_proof = knownTreeSize === 0 || knownTreeSize === size ? null
      : { first_tree_size: knownTreeSize, second_tree_size: size, path: consistencyPath(knownTreeSize, size, this.d.store.subtree) }
    return { tree_head, consistency_proof }
  }

  /** The head of the tree as it is now: signed once per size, shared by concurrent callers. */
  private signedHead(): Promise<qpq.v1.ISignedTreeHead> {
    const size = this.d.store.size()
    if (this.signed?.size === size) return this.signed.head
    const root_hash = this.d.store.subtree(0, size)
    const timestamp_ms = this.now()
    const head = this.d.sign(treeHeadMessage(size, timestamp_ms, root_hash))
      .then((signature) => ({ tree_size: size, root_hash, timestamp_ms, signature, signer_key: this.d.signerKey }))
    const signed = { size, head }
    this.signed = signed
    // a failed signature is not cached: the next caller tries again
    head.catch(() => { if (this.signed === signed) this.signed = null })
    return head
  }
}
