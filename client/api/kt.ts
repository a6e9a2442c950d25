// The SDK's key transparency (methods 510, 511, 520): `client.kt.*`, and the verification of every
// KT answer before anything is returned: the tree head's signature by the pinned KT key (pin() it,
// or the first head's key is trusted on first use), the head's consistency with the last head this
// client verified (the server did not rewrite history), and the inclusion of the answer's leaf
// under the head. A failure throws KtVerificationError: the server, or whoever changed its
// database, is lying. ResolveUser / ResolveIdentity answers are checked the same way through
// verified(). What a client can and cannot learn this way: docs/key-transparency.md.
import type { qpq } from '../../proto/qpq.js'
import { decodeLeaf, type RevocationReason } from '../../protocol/kt/leaf.js'
import { leafHash, treeHash, verifyConsistency, verifyInclusion } from '../../protocol/kt/merkle.js'
import { verifyTreeHead } from '../../protocol/kt/tree-head.js'
import { loggedIn, type Requester } from './requester.js'

export class KtVerificationError extends Error {
  override name = 'KtVerificationError'
}

/** The KT fields of an answer (CheckRevocation, AuditKeyTransparency, ResolveUser, ResolveIdentity). */
export interface KtAnswer {
  tree_head?: qpq.v1.ISignedTreeHead | null
  consistency_proof?: qpq.v1.IConsistencyProof | null
  leaf?: Uint8Array | null
  inclusion_proof?: qpq.v1.IInclusionProof | null
}

export interface RevocationStatus { revoked: boolean; reason: string; timestampMs: number }

export interface AuditEntry {
  index: number
  /** The leaf, decoded; null when it was redacted (its account was deleted) and only its hash is left. */
  leaf: qpq.v1.KtLeaf | null
  /** The leaf hash: computed from the leaf when there is one, else as the server gave it. */
  hash: Buffer
}

export interface AuditPage {
  /** The verified head the page was read under. */
  head: qpq.v1.ISignedTreeHead
  /** Entries from `start`, in order; each leaf checked against its leaf_hash. */
  entries: AuditEntry[]
  /** The newest leaf of the asked identity key, proven included under `head`; null when none was asked. */
  keyLeaf: qpq.v1.KtLeaf | null
}

/** Equal bytes, an absent field counting as empty. */
export const same = (a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean => Buffer.from(a ?? []).equals(Buffer.from(b ?? []))

function fail(message: string): never {
  throw new KtVerificationError(message)
}

/** A leaf's bytes as a KtLeaf; bytes that are not one are a failed check, like any other lie. */
function leafOf(bytes: Uint8Array): qpq.v1.KtLeaf {
  try {
    return decodeLeaf(bytes)
  } catch {
    return fail('a leaf is not an encoded KtLeaf')
  }
}

export class KtApi {
  private signerKey: Uint8Array | null = null
  private latest: qpq.v1.ISignedTreeHead | null = null
  /** Verified calls run one at a time, so each proves growth from the head the one before accepted. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly client: Requester) {}

  /**
   * Trusts only this KT signing key (32 B, e.g. given by the server's operator) instead of the
   * first one seen; with `head`, resumes from a head verified earlier (kept across restarts), so
   * the next answers must prove they extend it.
   */
  pin(signerKey: Uint8Array, head?: qpq.v1.ISignedTreeHead): void {
    if (head !== undefined && !verifyTreeHead(head, signerKey)) fail('the head to resume from is not signed by this key')
    this.signerKey = Uint8Array.from(signerKey)
    if (head !== undefined) this.latest = head
  }

  /** The newest tree head this client has verified; null before the first KT answer. */
  get head(): qpq.v1.ISignedTreeHead | null {
    return this.latest
  }

  /** Revokes the logged-in identity's key; appended false when it already was revoked (leafIndex: that revocation). */
  async revokeKey(reason: RevocationReason): Promise<{ appended: boolean; leafIndex: number }> {
    const r = await this.client.request('RevokeKey', { identity_key: loggedIn(this.client), reason })
    return { appended: r.success, leafIndex: Number(r.leaf_index) }
  }

  /** Whether a key is revoked; a revocation comes with its leaf, proven included under a verified head. */
  async checkRevocation(identityKey: Uint8Array): Promise<RevocationStatus> {
    const r = await this.verified((known) => this.client.request('CheckRevocation', { identity_key: identityKey, known_tree_size: known }))
    if (r.revoked) {
      const leaf = leafOf(r.leaf)
      if (leaf.kind !== 'revocation' || !same(leaf.identity_key, identityKey) || leaf.reason !== r.reason || Number(leaf.timestamp_ms) !== Number(r.timestamp_ms)) {
        fail('the revocation leaf does not say what the answer says')
      }
    }
    return { revoked: r.revoked, reason: r.reason, timestampMs: Number(r.timestamp_ms) }
  }

  /** One page of log entries from `start` (to `end`, 0 = the head's size), and the newest leaf of `identityKey`. */
  async audit(opts: { start?: number; end?: number; identityKey?: Uint8Array } = {}): Promise<AuditPage> {
    const start = opts.start ?? 0
    const r = await this.verified((known) => this.client.request('AuditKeyTransparency', {
      start, end: opts.end ?? 0, identity_key: opts.identityKey, known_tree_size: known,
    }))
    const head = r.tree_head as qpq.v1.ISignedTreeHead
    if (Number(r.tree_size) !== Number(head.tree_size) || !same(r.root, head.root_hash)) fail('tree_size and root differ from the signed head')
    const entries = r.entries.map((e, i): AuditEntry => {
      const index = start + i
      if (Number(e.index) !== index) fail(`entry ${i} has index ${Number(e.index)}, expected ${index}`)
      const served = Buffer.from(e.leaf_hash ?? [])
      if (!e.leaf || e.leaf.length === 0) return { index, leaf: null, hash: served }
      const hash = leafHash(e.leaf)
      if (!hash.equals(served)) fail(`leaf ${index} does not hash to its leaf_hash`)
      return { index, leaf: leafOf(e.leaf), hash }
    })
    let keyLeaf: qpq.v1.KtLeaf | null = null
    if (opts.identityKey !== undefined) {
      keyLeaf = leafOf(r.leaf)
      if (!same(keyLeaf.identity_key, opts.identityKey)) fail('the proven leaf is not of the asked identity key')
    }
    return { head, entries, keyLeaf }
  }

  /**
   * What a monitor runs: reads every entry of the log up to the current head and checks that they
   * hash to its root, so no leaf was left out or altered (e.g. a binding of your username to a
   * key that is not yours would be among them). Returns the entries in log order.
   */
  async auditLog(): Promise<AuditEntry[]> {
    const first = await this.audit()
    const size = Number(first.head.tree_size)
    const entries = [...first.entries]
    while (entries.length < size) {
      const page = await this.audit({ start: entries.length, end: size })
      if (page.entries.length === 0) fail(`the server stopped answering entries at ${entries.length} of ${size}`)
      entries.push(...page.entries)
    }
    if (!treeHash(entries.map((e) => e.hash)).equals(first.head.root_hash ?? new Uint8Array())) fail('the log\'s leaves do not hash to the signed root')
    return entries
  }

  /**
   * Runs a call whose answer carries KT evidence (`call` gets the tree size to send as
   * known_tree_size) and verifies the answer before resolving: head signature, consistency with
   * the last verified head, and the leaf's inclusion when it has one. Calls run one at a time; a
   * `call` must not itself call verified().
   */
  verified<R extends KtAnswer>(call: (knownTreeSize: number) => Promise<R>): Promise<R> {
    const run = this.queue.then(async () => {
      const answer = await call(Number(this.latest?.tree_size ?? 0))
      this.accept(answer)
      return answer
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private accept(a: KtAnswer): void {
    const { signer, head, unlinked } = checkAnswer(a, this.signerKey, this.latest)
    if (unlinked) fail(`the tree of ${Number(head.tree_size)} leaves does not extend the verified tree of ${Number(this.latest?.tree_size ?? 0)}`)
    this.signerKey = signer
    this.latest = head
  }
}

/**
 * The checks of one KT answer against the last head verified of the same log (null: none yet):
 * the head is signed by `signerKey` (null: trust the head's own key, on first use), the log did
 * not shrink nor show another root for the same size, a consistency proof from the last head
 * holds when the answer carries one from there, and the answer's leaf is in the tree. Throws
 * KtVerificationError. `unlinked`: the head is larger than the last one and the answer does not
 * prove that it extends it — the caller decides (the home server must always prove it).
 */
export function checkAnswer(a: KtAnswer, signerKey: Uint8Array | null, last: qpq.v1.ISignedTreeHead | null): { signer: Uint8Array; head: qpq.v1.ISignedTreeHead; unlinked: boolean } {
  const head = a.tree_head ?? fail('the answer has no signed tree head')
  const signer = signerKey ?? head.signer_key ?? new Uint8Array()
  if (!verifyTreeHead(head, signer)) fail('the tree head is not signed by the pinned KT key')
  const size = Number(head.tree_size)
  const root = head.root_hash as Uint8Array
  const lastSize = Number(last?.tree_size ?? 0)
  if (size < lastSize) fail(`the log shrank from ${lastSize} to ${size} leaves`)
  if (last !== null && size === lastSize && !same(root, last.root_hash)) fail(`two different roots for a tree of ${size} leaves`)
  let unlinked = false
  if (last !== null && lastSize > 0 && size > lastSize) {
    const p = a.consistency_proof
    if (!p || Number(p.first_tree_size) !== lastSize) unlinked = true
    else if (Number(p.second_tree_size) !== size || !verifyConsistency(lastSize, size, last.root_hash as Uint8Array, root, p.path ?? [])) {
      fail(`the tree of ${size} leaves does not extend the verified tree of ${lastSize}`)
    }
  }
  if (a.leaf && a.leaf.length > 0) {
    const p = a.inclusion_proof
    if (!p || Number(p.tree_size) !== size || !verifyInclusion(leafHash(a.leaf), Number(p.leaf_index), size, p.audit_path ?? [], root)) {
      fail('the leaf is not in the signed tree')
    }
  }
  return { signer, head, unlinked }
}
