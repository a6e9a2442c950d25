// Stateless secrets of a QUIC listener: connection ids, stateless-reset tokens and Retry tokens.
// All derive from one 32-byte secret. Kept across restarts (the listener's owner persists it), a
// restarted server can still answer packets of connections it no longer knows with a valid reset.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'

// 16, not quiche's maximum of 20: quiche 0.18 encodes a server's transport parameters into a
// 128-byte buffer, and with a Retry (original + retry source ids) and a stateless-reset token,
// 20-byte ids overflow it (accept() throws BufferTooShort). test/quic-layer.test.ts guards this.
export const CID_LEN = 16
const TOKEN_MAC_LEN = 16
const TOKEN_VERSION = 1

export class ListenerSecrets {
  private readonly resetKey: Buffer
  private readonly retryKey: Buffer

  constructor(secret: Uint8Array) {
    if (secret.length < 32) throw new Error('QUIC listener secret must be at least 32 bytes')
    const derive = (label: string): Buffer => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `qpq quic ${label}`, 32))
    this.resetKey = derive('stateless reset')
    this.retryKey = derive('retry token')
  }

  /** A fresh random server connection id. */
  newConnectionId(): Buffer {
    return randomBytes(CID_LEN)
  }

  /** The 16-byte stateless-reset token bound to one of our connection ids. */
  resetToken(cid: Uint8Array): Buffer {
    return createHmac('sha256', this.resetKey).update(cid).digest().subarray(0, 16)
  }

  /** The same token as quiche wants it (a u128, big-endian). */
  resetTokenBigInt(cid: Uint8Array): bigint {
    return BigInt('0x' + this.resetToken(cid).toString('hex'))
  }

  /**
   * A Retry token: version | expiry (u32 seconds) | odcid length | odcid | MAC over the client's
   * address and port as well. Stateless: nothing is stored between the Retry and the new Initial.
   */
  mintRetryToken(address: string, port: number, odcid: Uint8Array, lifetimeMs: number, now = Date.now()): Buffer {
    const body = Buffer.alloc(6 + odcid.length)
    body[0] = TOKEN_VERSION
    body.writeUInt32BE(Math.floor((now + lifetimeMs) / 1000), 1)
    body[5] = odcid.length
    Buffer.from(odcid).copy(body, 6)
    return Buffer.concat([body, this.tokenMac(body, address, port)])
  }

  /** Returns the original destination connection id if the token is authentic, fresh and for this address. */
  verifyRetryToken(token: Uint8Array, address: string, port: number, now = Date.now()): Buffer | null {
    const t = Buffer.from(token.buffer, token.byteOffset, token.byteLength)
    if (t.length < 6 + TOKEN_MAC_LEN || t[0] !== TOKEN_VERSION) return null
    const odcidLen = t[5] as number
    if (odcidLen > 20 || t.length !== 6 + odcidLen + TOKEN_MAC_LEN) return null
    const body = t.subarray(0, 6 + odcidLen)
    if (!timingSafeEqual(this.tokenMac(body, address, port), t.subarray(6 + odcidLen))) return null
    if (t.readUInt32BE(1) * 1000 < now) return null
    return Buffer.from(t.subarray(6, 6 + odcidLen))
  }

  private tokenMac(body: Buffer, address: string, port: number): Buffer {
    return createHmac('sha256', this.retryKey).update(body).update(`${address}|${port}`).digest().subarray(0, TOKEN_MAC_LEN)
  }
}
