// Ed25519 as the protocol carries it: raw 32-byte public keys and 64-byte signatures, checked
// with node:crypto, and private keys from the 32-byte seeds the SDK and the mesh keep.
// Verification is cheap enough to run wherever it is needed, server or client.
import { createPrivateKey, createPublicKey, verify, type KeyObject } from 'node:crypto'

export const ED25519_PUBLIC_KEY_BYTES = 32
export const ED25519_SIGNATURE_BYTES = 64
/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the raw key follows it. */
export const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

/** Checks a signature by a raw 32-byte public key; false (never a throw) for malformed input. */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  return verifyEd25519With(ed25519PublicKeyObject(publicKey), message, signature)
}

/** The key object of a raw 32-byte public key (worth keeping: making one costs about a check); null when it is none. */
export function ed25519PublicKeyObject(publicKey: Uint8Array): KeyObject | null {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) return null
  try {
    return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' })
  } catch {
    return null // not a point on the curve
  }
}

/** verifyEd25519 with a key made by ed25519PublicKeyObject. */
export function verifyEd25519With(key: KeyObject | null, message: Uint8Array, signature: Uint8Array): boolean {
  return key !== null && signature.length === ED25519_SIGNATURE_BYTES && verify(null, message, key, signature)
}

/** DER prefix of an Ed25519 PKCS#8 private key: the 32-byte seed follows it. */
export const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
export const ED25519_SEED_BYTES = 32

/** The private key of a 32-byte Ed25519 seed (what the SDK and the mesh keep). */
export function ed25519PrivateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== ED25519_SEED_BYTES) throw new RangeError(`an Ed25519 seed is ${ED25519_SEED_BYTES} bytes, got ${seed.length}`)
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' })
}

/** The raw 32-byte public key of a private key. */
export function ed25519RawPublicKey(privateKey: KeyObject): Buffer {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).subarray(ED25519_SPKI_PREFIX.length)
}
