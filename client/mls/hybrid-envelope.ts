// The optional post-quantum layer around payloads (spec: the original's "sealed envelope"): a
// hybrid KEM of X25519 and ML-KEM-768 (FIPS 203) to the recipient's hybrid key, the two shared
// secrets combined as X25519 ss ‖ ML-KEM ss through HKDF-SHA256, and the payload sealed with
// ChaCha20-Poly1305. It guards what it wraps against someone who records traffic today and has a
// quantum computer later, as long as either half holds. Versioned:
//
//   u8 version (1) | X25519 ephemeral public key (32) | ML-KEM-768 ciphertext (1,088) | nonce (12) | ciphertext ‖ tag (16)
//
// The header is the AEAD's associated data; the HKDF info binds the key to the header and to the
// recipient's hybrid public key (X25519 public key (32) ‖ ML-KEM-768 encapsulation key (1,184))
// through SHA-256(header without nonce ‖ recipient key).
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'
import { x25519 } from '@noble/curves/ed25519.js'
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js'
import type { HybridKeyPair } from '../state/model.js'

const VERSION = 1
const X25519_BYTES = 32
const KEM_CT_BYTES = 1088
const NONCE_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = 1 + X25519_BYTES + KEM_CT_BYTES + NONCE_BYTES
const HYBRID_PUBLIC_KEY_BYTES = 1216
const INFO = Buffer.from('qpq hybrid envelope v1')

export class EnvelopeError extends Error {
  override name = 'EnvelopeError'
}

export function newHybridKeyPair(): HybridKeyPair {
  const x25519Secret = x25519.utils.randomSecretKey()
  const kem = ml_kem768.keygen()
  return { publicKey: Buffer.concat([x25519.getPublicKey(x25519Secret), kem.publicKey]), x25519Secret, mlkemSecret: kem.secretKey }
}

/** HKDF-SHA256 of X25519 ss ‖ ML-KEM ss; the info (at most 1,024 bytes in node:crypto) names the header and key by their SHA-256. */
function key(ssX: Uint8Array, ssKem: Uint8Array, headerWithoutNonce: Uint8Array, recipientPublicKey: Uint8Array): Buffer {
  const transcript = createHash('sha256').update(headerWithoutNonce).update(recipientPublicKey).digest()
  return Buffer.from(hkdfSync('sha256', Buffer.concat([ssX, ssKem]), Buffer.alloc(0), Buffer.concat([INFO, transcript]), 32))
}

export function sealHybrid(recipientPublicKey: Uint8Array, plaintext: Uint8Array): Buffer {
  if (recipientPublicKey.length !== HYBRID_PUBLIC_KEY_BYTES) throw new EnvelopeError(`a hybrid public key is ${HYBRID_PUBLIC_KEY_BYTES} bytes`)
  const eph = x25519.utils.randomSecretKey()
  const ssX = x25519.getSharedSecret(eph, recipientPublicKey.subarray(0, X25519_BYTES))
  const { cipherText, sharedSecret } = ml_kem768.encapsulate(recipientPublicKey.subarray(X25519_BYTES))
  const head = Buffer.concat([Buffer.from([VERSION]), x25519.getPublicKey(eph), cipherText])
  const nonce = randomBytes(NONCE_BYTES)
  const header = Buffer.concat([head, nonce])
  const c = createCipheriv('chacha20-poly1305', key(ssX, sharedSecret, head, recipientPublicKey), nonce, { authTagLength: TAG_BYTES })
  c.setAAD(header, { plaintextLength: plaintext.length })
  return Buffer.concat([header, c.update(plaintext), c.final(), c.getAuthTag()])
}

export function openHybrid(keys: HybridKeyPair, envelope: Uint8Array): Buffer {
  const e = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength)
  if (e.length < HEADER_BYTES + TAG_BYTES) throw new EnvelopeError('a truncated hybrid envelope')
  if (e[0] !== VERSION) throw new EnvelopeError(`unknown hybrid envelope version ${e[0]}`)
  const head = e.subarray(0, 1 + X25519_BYTES + KEM_CT_BYTES)
  const ssX = x25519.getSharedSecret(keys.x25519Secret, e.subarray(1, 1 + X25519_BYTES))
  const ssKem = ml_kem768.decapsulate(e.subarray(1 + X25519_BYTES, head.length), keys.mlkemSecret)
  const d = createDecipheriv('chacha20-poly1305', key(ssX, ssKem, head, keys.publicKey), e.subarray(head.length, HEADER_BYTES), { authTagLength: TAG_BYTES })
  d.setAAD(e.subarray(0, HEADER_BYTES), { plaintextLength: e.length - HEADER_BYTES - TAG_BYTES })
  d.setAuthTag(e.subarray(e.length - TAG_BYTES))
  try {
    return Buffer.concat([d.update(e.subarray(HEADER_BYTES, e.length - TAG_BYTES)), d.final()])
  } catch {
    throw new EnvelopeError('the hybrid envelope does not open with this key (not for us, or altered)')
  }
}
