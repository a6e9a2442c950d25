// Delivery proofs (ruling 8): the server signs, with its Ed25519 key, a fixed byte string that
// says "this payload is stored as message seq of this queue at this time". Never protobuf bytes,
// whose field order is not canonical. The proof on the wire (EnqueueResponse.delivery_proof) is
// u64 timestamp_ms | 64-byte signature; the signed string is built by proofMessage() below and
// documented in docs/delivery.md. Clients verify with the key from Health (delivery_proof_key).
import { createHash } from 'node:crypto'
import { verifyEd25519 } from './ed25519.js'

const TAG = Buffer.from('qpq-delivery-proof-v1\0')
export const PROOF_BYTES = 8 + 64

export interface ProofFacts { recipient: Uint8Array; channel: Uint8Array; seq: number; payload: Uint8Array; timestampMs: number }

/** TAG | recipient (32) | u8 channel length | channel | u64 seq | SHA-256(payload) | u64 timestamp_ms, big-endian. */
export function proofMessage(f: ProofFacts): Buffer {
  const fixed = Buffer.alloc(1 + 8)
  fixed[0] = f.channel.length
  fixed.writeBigUInt64BE(BigInt(f.seq), 1)
  const ts = Buffer.alloc(8)
  ts.writeBigUInt64BE(BigInt(f.timestampMs))
  return Buffer.concat([TAG, f.recipient, fixed.subarray(0, 1), f.channel, fixed.subarray(1), createHash('sha256').update(f.payload).digest(), ts])
}

export function encodeProof(timestampMs: number, signature: Uint8Array): Buffer {
  const out = Buffer.alloc(PROOF_BYTES)
  out.writeBigUInt64BE(BigInt(timestampMs))
  out.set(signature, 8)
  return out
}

/** Checks a delivery proof against the server's 32-byte Ed25519 public key. */
export function verifyDeliveryProof(serverKey: Uint8Array, facts: Omit<ProofFacts, 'timestampMs'>, proof: Uint8Array): boolean {
  if (proof.length !== PROOF_BYTES) return false
  const timestampMs = Number(Buffer.from(proof).readBigUInt64BE(0))
  return verifyEd25519(serverKey, proofMessage({ ...facts, timestampMs }), proof.subarray(8))
}
