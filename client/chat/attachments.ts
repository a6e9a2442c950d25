// Files shared through the server's blob store, encrypted on the client first (the server stores
// what it is given, and anyone with a session who knows a blob id may read it): a fresh random
// key per file, ChaCha20-Poly1305. The reference "<blob id hex>:<key base64url>" is what you
// send to the people who should read it — inside an encrypted message.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { QpqClient } from '../qpq-client.js'
import { ChatError } from './errors.js'

const AAD = Buffer.from('qpq blob v1')
const NONCE_BYTES = 12
const TAG_BYTES = 16

export async function putSealed(client: QpqClient, data: Uint8Array): Promise<string> {
  const key = randomBytes(32)
  const nonce = randomBytes(NONCE_BYTES)
  const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES })
  c.setAAD(AAD, { plaintextLength: data.length })
  const sealed = Buffer.concat([nonce, c.update(data), c.final(), c.getAuthTag()])
  const id = await client.blobs.put(sealed, { mimeType: 'application/octet-stream' })
  return `${Buffer.from(id).toString('hex')}:${key.toString('base64url')}`
}

export async function getSealed(client: QpqClient, ref: string): Promise<Buffer> {
  const m = /^([0-9a-f]{64}):([A-Za-z0-9_-]{43})$/.exec(ref)
  if (m === null) throw new ChatError('a blob reference is "<64 hex digits>:<key>", as `qpq blob put` printed it')
  const { data } = await client.blobs.get(Buffer.from(m[1] as string, 'hex'))
  const key = Buffer.from(m[2] as string, 'base64url')
  if (data.length < NONCE_BYTES + TAG_BYTES) throw new ChatError('the blob is too short to be a sealed file')
  const d = createDecipheriv('chacha20-poly1305', key, data.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES })
  d.setAAD(AAD, { plaintextLength: data.length - NONCE_BYTES - TAG_BYTES })
  d.setAuthTag(data.subarray(data.length - TAG_BYTES))
  try {
    return Buffer.concat([d.update(data.subarray(NONCE_BYTES, data.length - TAG_BYTES)), d.final()])
  } catch {
    throw new ChatError('the key of this reference does not open the blob')
  }
}
