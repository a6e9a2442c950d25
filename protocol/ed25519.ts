// Ed25519 as the protocol carries it: raw 32-byte public keys and 64-byte signatures, checked
// with node:crypto. Verification is cheap enough to run wherever it is needed, server or client.
import { createPublicKey, verify } from 'node:crypto'

export const ED25519_PUBLIC_KEY_BYTES = 32
export const ED25519_SIGNATURE_BYTES = 64
/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the raw key follows it. */
export const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

/** Checks a signature by a raw 32-byte public key; false (never a throw) for malformed input. */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES || signature.length !== ED25519_SIGNATURE_BYTES) return false
  try {
    const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' })
    return verify(null, message, key, signature)
  } catch {
    return false // not a point on the curve
  }
}
