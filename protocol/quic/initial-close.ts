// A server Initial packet carrying only CONNECTION_CLOSE, built without a connection: how the
// listener refuses a client over a cap and still tells it why. Only Initial keys are needed, and
// they derive from the client's Destination Connection ID alone (RFC 9001 §5.2), so a refusal
// costs a few AES operations — no TLS work, no state — and the answer (~100 bytes) is far smaller
// than the padded Initial (≥ 1200 bytes) that asked, so it cannot amplify.
import { createCipheriv, createHmac, hkdfSync } from 'node:crypto'

/** RFC 9001 §5.2, QUIC version 1. */
const INITIAL_SALT_V1 = Buffer.from('38762cf7f55934b34d179ae6a4c80cadccbb7f0a', 'hex')
const QUIC_V1 = 0x00000001

/** HKDF-Expand-Label (RFC 8446 §7.1) with an empty context, for outputs of at most 32 bytes. */
function expandLabel(secret: Buffer, label: string, length: number): Buffer {
  const info = labelInfo(label, length)
  return createHmac('sha256', secret).update(Buffer.concat([info, Buffer.from([1])])).digest().subarray(0, length)
}

function labelInfo(label: string, length: number): Buffer {
  const full = Buffer.from(`tls13 ${label}`)
  return Buffer.concat([Buffer.from([length >> 8, length & 0xff, full.length]), full, Buffer.from([0])])
}

function varint(n: number): Buffer {
  if (n < 0x40) return Buffer.from([n])
  if (n < 0x4000) return Buffer.from([0x40 | (n >> 8), n & 0xff])
  const b = Buffer.alloc(4)
  b.writeUInt32BE((0x80 << 24 | n) >>> 0)
  return b
}

export interface ClientInitial { version: number; dcid: Uint8Array; scid: Uint8Array }

/**
 * Writes into `out` a server Initial answering `client` with CONNECTION_CLOSE (a transport error
 * `errorCode`, frame type 0, `reason` of at most 200 bytes); returns its length, or 0 for a
 * version other than 1 (whose Initial keys are derived otherwise).
 */
export function writeInitialClose(client: ClientInitial, serverScid: Uint8Array, errorCode: number, reason: string, out: Buffer): number {
  if (client.version !== QUIC_V1) return 0
  const secret = Buffer.from(hkdfSync('sha256', client.dcid, INITIAL_SALT_V1, labelInfo('server in', 32), 32))
  const key = expandLabel(secret, 'quic key', 16)
  const iv = expandLabel(secret, 'quic iv', 12)
  const hp = expandLabel(secret, 'quic hp', 16)

  const text = Buffer.from(reason).subarray(0, 200)
  // CONNECTION_CLOSE (transport): type 0x1c, error code, offending frame type 0, reason phrase
  const frame = Buffer.concat([Buffer.from([0x1c]), varint(errorCode), varint(0), varint(text.length), text])
  const pnLength = 1
  const packetNumber = 0
  // header protection samples 16 bytes starting 4 bytes after the packet number: pad to reach them
  const payload = Buffer.concat([frame, Buffer.alloc(Math.max(0, 4 - pnLength + 16 - (frame.length + 16)))])
  const header = Buffer.concat([
    Buffer.from([0xc0 | (pnLength - 1)]),
    Buffer.from([QUIC_V1 >>> 24, (QUIC_V1 >>> 16) & 0xff, (QUIC_V1 >>> 8) & 0xff, QUIC_V1 & 0xff]),
    Buffer.from([client.scid.length]), client.scid,
    Buffer.from([serverScid.length]), serverScid,
    varint(0), // no token in a server's Initial
    varint(pnLength + payload.length + 16),
    Buffer.from([packetNumber]),
  ])
  const nonce = Buffer.from(iv)
  nonce[nonce.length - 1] = (nonce[nonce.length - 1] as number) ^ packetNumber
  const aead = createCipheriv('aes-128-gcm', key, nonce)
  aead.setAAD(header)
  const sealed = Buffer.concat([aead.update(payload), aead.final(), aead.getAuthTag()])

  const pnOffset = header.length - pnLength
  const sample = sealed.subarray(4 - pnLength, 4 - pnLength + 16)
  const ecb = createCipheriv('aes-128-ecb', hp, null)
  const mask = Buffer.concat([ecb.update(sample), ecb.final()])
  header[0] = (header[0] as number) ^ ((mask[0] as number) & 0x0f)
  for (let i = 0; i < pnLength; i++) header[pnOffset + i] = (header[pnOffset + i] as number) ^ (mask[1 + i] as number)

  const length = header.length + sealed.length
  if (length > out.length) return 0
  header.copy(out, 0)
  sealed.copy(out, header.length)
  return length
}
