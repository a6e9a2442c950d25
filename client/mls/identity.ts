// The account's identity: an Ed25519 key pair made with node:crypto. The 32-byte seed is the
// secret the client keeps; the 32-byte public key identifies the account to the server (queues,
// KeyPackages, KT) and signs its MLS leaves.
import { generateKeyPairSync } from 'node:crypto'
import { ED25519_PKCS8_PREFIX, ed25519PrivateKeyFromSeed, ed25519RawPublicKey } from '../../protocol/ed25519.js'
import type { Identity } from '../state/model.js'

export function newIdentity(): Identity {
  const { privateKey } = generateKeyPairSync('ed25519')
  const secretKey = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(ED25519_PKCS8_PREFIX.length))
  return { secretKey, publicKey: publicKeyOf(secretKey) }
}

function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  return new Uint8Array(ed25519RawPublicKey(ed25519PrivateKeyFromSeed(secretKey)))
}
