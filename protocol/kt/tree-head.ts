// Signed tree heads (kt.proto `SignedTreeHead`): the fixed byte string the server's KT key signs,
// and its verification. Pure, shared by the daemon and the client. The signature is over this
// documented string, never over protobuf bytes (whose encoding is not canonical):
//   "qpq-kt-sth-v1" (13 ASCII bytes) | u64be tree_size | u64be timestamp_ms | root_hash (32) = 61 bytes.
import type { qpq } from '../../proto/qpq.js'
import { verifyEd25519 } from '../ed25519.js'
import { HASH_BYTES } from './merkle.js'

const TAG = Buffer.from('qpq-kt-sth-v1', 'ascii')
export const TREE_HEAD_MESSAGE_BYTES = TAG.length + 8 + 8 + HASH_BYTES

export function treeHeadMessage(treeSize: number, timestampMs: number, rootHash: Uint8Array): Buffer {
  if (rootHash.length !== HASH_BYTES) throw new RangeError(`root_hash must be ${HASH_BYTES} bytes`)
  const out = Buffer.alloc(TREE_HEAD_MESSAGE_BYTES)
  TAG.copy(out)
  out.writeBigUInt64BE(BigInt(treeSize), TAG.length)
  out.writeBigUInt64BE(BigInt(timestampMs), TAG.length + 8)
  out.set(rootHash, TAG.length + 16)
  return out
}

/** True when the head is signed by `signerKey` (the pinned 32-byte KT key) and well formed. */
export function verifyTreeHead(head: qpq.v1.ISignedTreeHead, signerKey: Uint8Array): boolean {
  const root = head.root_hash ?? new Uint8Array()
  if (root.length !== HASH_BYTES || !Buffer.from(head.signer_key ?? []).equals(signerKey)) return false
  const message = treeHeadMessage(Number(head.tree_size ?? 0), Number(head.timestamp_ms ?? 0), root)
  return verifyEd25519(signerKey, message, head.signature ?? new Uint8Array())
}
