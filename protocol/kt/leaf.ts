// The leaves of the key transparency log (kt.proto `KtLeaf`): a username → identity key binding,
// or a key revocation. A leaf is encoded once, when it is appended, and those bytes are what the
// log stores, hashes and serves: never re-encode a leaf to hash it (protobuf is not canonical).
import { qpq } from '../../proto/qpq.js'

export type LeafKind = 'binding' | 'revocation'

/** RevokeKey's reasons (spec part-06 §3.5). */
export const REVOCATION_REASONS = ['compromised', 'superseded', 'user_revoked'] as const
export type RevocationReason = (typeof REVOCATION_REASONS)[number]

export const isRevocationReason = (s: string): s is RevocationReason => (REVOCATION_REASONS as readonly string[]).includes(s)

/** An account's binding, appended when it registers. */
export function bindingLeaf(username: string, identityKey: Uint8Array, timestampMs: number): Buffer {
  return Buffer.from(qpq.v1.KtLeaf.encode({ kind: 'binding', username, identity_key: identityKey, timestamp_ms: timestampMs }).finish())
}

export function revocationLeaf(identityKey: Uint8Array, reason: RevocationReason, timestampMs: number): Buffer {
  return Buffer.from(qpq.v1.KtLeaf.encode({ kind: 'revocation', identity_key: identityKey, reason, timestamp_ms: timestampMs }).finish())
}

export function decodeLeaf(leaf: Uint8Array): qpq.v1.KtLeaf {
  return qpq.v1.KtLeaf.decode(leaf)
}
