// Ed25519 keys as the daemon keeps and the protocol carries them: private keys as PKCS#8 DER (what
// the crypto pool's signing tasks take, and what server_meta stores), public keys as their raw
// 32 bytes. Verification is cheap enough to run where it is needed, server or client.
import { createPrivateKey, createPublicKey, generateKeyPairSync, verify } from 'node:crypto'

const ED25519_PUBLIC_KEY_BYTES = 32
const ED25519_SIGNATURE_BYTES = 64
/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the raw key follows it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

export function newEd25519PrivateKeyDer(): Buffer {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' })
}

/** The raw 32-byte public key of a PKCS#8 private key. */
export function ed25519PublicKey(privateKeyDer: Uint8Array): Buffer {
  const spki = createPublicKey(createPrivateKey({ key: Buffer.from(privateKeyDer), format: 'der', type: 'pkcs8' })).export({ type: 'spki', format: 'der' })
  return spki.subarray(SPKI_PREFIX.length)
}

/** Checks a signature by a raw 32-byte public key; false (never a throw) for malformed input. */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES || signature.length !== ED25519_SIGNATURE_BYTES) return false
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' })
    return verify(null, message, key, signature)
  } catch {
    return false // not a point on the curve
  }
}
