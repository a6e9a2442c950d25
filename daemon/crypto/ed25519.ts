// Ed25519 keys as the daemon keeps them: private keys as PKCS#8 DER (what server_meta stores),
// public keys as their raw 32 bytes. Signing runs inline: node:crypto signs in tens of
// microseconds, less than a round trip to a worker thread. Verification is the protocol's
// (protocol/ed25519.ts).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto'
import { ED25519_SPKI_PREFIX } from '../../protocol/ed25519.js'

export function newEd25519PrivateKeyDer(): Buffer {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' })
}

/** The raw 32-byte public key of a PKCS#8 private key. */
export function ed25519PublicKey(privateKeyDer: Uint8Array): Buffer {
  const spki = createPublicKey(createPrivateKey({ key: Buffer.from(privateKeyDer), format: 'der', type: 'pkcs8' })).export({ type: 'spki', format: 'der' })
  return spki.subarray(ED25519_SPKI_PREFIX.length)
}

/** A signing function over a PKCS#8 key, parsed once. */
export function ed25519Signer(privateKeyDer: Uint8Array): (message: Uint8Array) => Buffer {
  const key = createPrivateKey({ key: Buffer.from(privateKeyDer), format: 'der', type: 'pkcs8' })
  return (message) => sign(null, message, key)
}
