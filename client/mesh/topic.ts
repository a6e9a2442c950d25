// Mesh broadcast topics as clients use them (docs/mesh.md "Broadcast"): a topic is named by a
// secret its members share — a passphrase, or 32 random bytes passed around out of band — from
// which both the 32-byte topic id the nodes see and the ChaCha20-Poly1305 key only members hold
// are derived. Nodes flood and store the ciphertext; they cannot read it, nor tell two topics'
// names from their ids. A broadcast payload is nonce (12) | ciphertext | tag (16), with the
// topic id as associated data.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

const NAME_TAG = 'qpq-mesh-topic-name-v1\0'
const ID_TAG = 'qpq-mesh-topic-id-v1\0'
const KEY_TAG = 'qpq-mesh-topic-key-v1\0'
const NONCE_BYTES = 12
const TAG_BYTES = 16

const sha256 = (...parts: Array<string | Uint8Array>): Buffer => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

export class MeshTopic {
  /** What the nodes see: SHA-256(ID_TAG | secret). */
  readonly id: Buffer
  private readonly key: Buffer

  private constructor(secret: Uint8Array) {
    this.id = sha256(ID_TAG, secret)
    this.key = sha256(KEY_TAG, secret)
  }

  /**
   * A topic named by a passphrase. Anyone who can guess the name can read the topic: a public
   * channel has a public name; a private one needs a name nobody guesses (or fromSecret).
   */
  static fromName(name: string): MeshTopic {
    if (name === '') throw new RangeError('a topic name is not empty')
    return new MeshTopic(sha256(NAME_TAG, name))
  }

  /** A topic named by 32 random bytes its members share. */
  static fromSecret(secret: Uint8Array): MeshTopic {
    if (secret.length !== 32) throw new RangeError('a topic secret is 32 bytes')
    return new MeshTopic(secret)
  }

  /** Encrypts a message for the topic's members. */
  seal(plaintext: Uint8Array): Buffer {
    const nonce = randomBytes(NONCE_BYTES)
    const c = createCipheriv('chacha20-poly1305', this.key, nonce, { authTagLength: TAG_BYTES })
    c.setAAD(this.id, { plaintextLength: plaintext.length })
    return Buffer.concat([nonce, c.update(plaintext), c.final(), c.getAuthTag()])
  }

  /** Decrypts a broadcast payload of this topic; null when it is not one (another key, or tampered). */
  open(payload: Uint8Array): Buffer | null {
    if (payload.length < NONCE_BYTES + TAG_BYTES) return null
    const p = Buffer.from(payload)
    const d = createDecipheriv('chacha20-poly1305', this.key, p.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES })
    d.setAAD(this.id, { plaintextLength: p.length - NONCE_BYTES - TAG_BYTES })
    d.setAuthTag(p.subarray(p.length - TAG_BYTES))
    try {
      return Buffer.concat([d.update(p.subarray(NONCE_BYTES, p.length - TAG_BYTES)), d.final()])
    } catch {
      return null
    }
  }
}
