// The account's identity: an Ed25519 key pair made with node:crypto. The 32-byte seed is the
// secret the client keeps; the 32-byte public key identifies the account to the server (queues,
// KeyPackages, KT) and signs its MLS leaves.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import type { Identity } from '../state/model.js'

/** PKCS#8 DER of an Ed25519 key is this 16-byte prefix and the 32-byte seed. */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

export function newIdentity(): Identity {
  const { privateKey } = generateKeyPairSync('ed25519')
  const secretKey = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length))
  return { secretKey, publicKey: publicKeyOf(secretKey) }
}

function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secretKey]), format: 'der', type: 'pkcs8' })
  return new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12))
}
