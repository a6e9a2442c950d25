// Delivery proofs (ruling 8; the format is ours): the server signs, with its Ed25519 key, that
// "this payload is stored as message seq of this queue at this time". Never over protobuf bytes,
// whose field order is not canonical: the statement is the fixed byte string proofMessage()
// builds. Clients verify with the key from Health (delivery_proof_key). Two versions exist:
//
//   v1 (72 bytes): u64 timestamp_ms | 64-byte signature over proofMessage(facts). The first byte
//       is the timestamp's top byte, always 0.
//   v2 (what the server sends now): one signature covers a whole commit batch. The batch's
//       statements are the leaves of an RFC 9162 Merkle tree (protocol/kt/merkle.ts); each proof
//       carries its leaf's inclusion path, and the signature is over the batch head:
//         u8 2 | u64 timestamp_ms | u32 leaf_index | u32 batch_size | u8 path_length |
//         path_length × 32-byte hashes | 64-byte signature over
//         "qpq-delivery-batch-v2\0" | u64 timestamp_ms | u32 batch_size | root (32)
//
// docs/delivery.md documents both, byte by byte.
import { createHash } from 'node:crypto'
import { verifyEd25519 } from './ed25519.js'
import { HASH_BYTES, leafHash, rootFromInclusion } from './kt/merkle.js'

const TAG = Buffer.from('qpq-delivery-proof-v1\0')
const FORWARD_TAG = Buffer.from('qpq-delivery-forward-v1\0')
const BATCH_TAG = Buffer.from('qpq-delivery-batch-v2\0')
export const PROOF_V1_BYTES = 8 + 64
export const PROOF_V2 = 2
const V2_FIXED = 1 + 8 + 4 + 4 + 1
const SIGNATURE_BYTES = 64
/** Batches of up to 2^32 statements; a path is at most 32 hashes. */
const MAX_PATH = 32

export interface ProofFacts {
  recipient: Uint8Array
  channel: Uint8Array
  seq: number
  payload: Uint8Array
  timestampMs: number
  /**
   * Set when the server did not store the message for the recipient but accepted it for
   * forwarding (EnqueueResponse.forwarded_via: "federation:<domain>" or "mesh"); seq is then the
   * message's place in the forwarding queue.
   */
  forwardedVia?: string
}

/**
 * The statement, big-endian:
 *   stored:    TAG | recipient (32) | u8 channel length | channel | u64 seq | SHA-256(payload) | u64 timestamp_ms
 *   forwarded: FORWARD_TAG | u8 length of forwarded_via | forwarded_via (UTF-8) | then the same fields as stored
 */
export function proofMessage(f: ProofFacts): Buffer {
  const fixed = Buffer.alloc(1 + 8)
  fixed[0] = f.channel.length
  fixed.writeBigUInt64BE(BigInt(f.seq), 1)
  const ts = Buffer.alloc(8)
  ts.writeBigUInt64BE(BigInt(f.timestampMs))
  const head = f.forwardedVia === undefined || f.forwardedVia === '' ? [TAG] : [FORWARD_TAG, viaBytes(f.forwardedVia)]
  return Buffer.concat([...head, f.recipient, fixed.subarray(0, 1), f.channel, fixed.subarray(1), createHash('sha256').update(f.payload).digest(), ts])
}

function viaBytes(via: string): Buffer {
  const text = Buffer.from(via, 'utf8')
  if (text.length > 255) throw new RangeError('forwarded_via is longer than 255 bytes')
  return Buffer.concat([Uint8Array.of(text.length), text])
}

/** The string a v2 batch signature covers. */
export function batchHeadMessage(timestampMs: number, size: number, root: Uint8Array): Buffer {
  const out = Buffer.alloc(BATCH_TAG.length + 8 + 4 + HASH_BYTES)
  BATCH_TAG.copy(out)
  out.writeBigUInt64BE(BigInt(timestampMs), BATCH_TAG.length)
  out.writeUInt32BE(size, BATCH_TAG.length + 8)
  out.set(root, BATCH_TAG.length + 12)
  return out
}

/** A v2 proof: leaf `index` of a signed batch of `size` statements, with its inclusion path. */
export function encodeBatchProof(timestampMs: number, index: number, size: number, path: readonly Uint8Array[], signature: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(V2_FIXED + path.length * HASH_BYTES + SIGNATURE_BYTES)
  out[0] = PROOF_V2
  out.writeBigUInt64BE(BigInt(timestampMs), 1)
  out.writeUInt32BE(index, 9)
  out.writeUInt32BE(size, 13)
  out[17] = path.length
  path.forEach((h, i) => out.set(h, V2_FIXED + i * HASH_BYTES))
  out.set(signature, V2_FIXED + path.length * HASH_BYTES)
  return out
}

/** Checks a delivery proof (v1 or v2) against the server's 32-byte Ed25519 public key; false for anything malformed. */
export function verifyDeliveryProof(serverKey: Uint8Array, facts: Omit<ProofFacts, 'timestampMs'>, proof: Uint8Array): boolean {
  const p = Buffer.from(proof.buffer, proof.byteOffset, proof.byteLength)
  if (p.length === PROOF_V1_BYTES && p[0] === 0) {
    const timestampMs = Number(p.readBigUInt64BE(0))
    return verifyEd25519(serverKey, proofMessage({ ...facts, timestampMs }), p.subarray(8))
  }
  if (p.length < V2_FIXED + SIGNATURE_BYTES || p[0] !== PROOF_V2) return false
  const pathLength = p[17] as number
  if (pathLength > MAX_PATH || p.length !== V2_FIXED + pathLength * HASH_BYTES + SIGNATURE_BYTES) return false
  const timestampMs = Number(p.readBigUInt64BE(1))
  const index = p.readUInt32BE(9)
  const size = p.readUInt32BE(13)
  const path: Uint8Array[] = []
  for (let i = 0; i < pathLength; i++) path.push(p.subarray(V2_FIXED + i * HASH_BYTES, V2_FIXED + (i + 1) * HASH_BYTES))
  const root = rootFromInclusion(leafHash(proofMessage({ ...facts, timestampMs })), index, size, path)
  return root !== null && verifyEd25519(serverKey, batchHeadMessage(timestampMs, size, root), p.subarray(p.length - SIGNATURE_BYTES))
}
