// Checks the origins' signatures of arriving envelopes, a batch at a time. An Ed25519 check costs
// about 0.3 ms here (node:crypto), so a big batch would hold the event loop: inline, it yields
// every YIELD_EVERY checks; with a pool (the daemon's crypto workers, `verifyMany`), batches of
// POOL_MIN or more go there in chunks, off the event loop. A small batch stays inline: a worker
// round trip costs more than a few checks.
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { envelopeSignedBytes, type MeshEnvelope } from '../protocol/mesh/envelope.js'
import { ED25519_PUBLIC_KEY_BYTES, ED25519_SIGNATURE_BYTES, ED25519_SPKI_PREFIX } from '../protocol/ed25519.js'

export interface SignatureCheck { publicKey: Uint8Array; message: Uint8Array; signature: Uint8Array }
/** Verifies many signatures off the event loop (e.g. on the daemon's crypto pool); one boolean each. */
export type VerifyMany = (checks: SignatureCheck[]) => Promise<boolean[]>

const YIELD_EVERY = 16
const POOL_MIN = 16
const POOL_CHUNK = 64
/** Public keys kept parsed (making a KeyObject costs as much as the check itself). */
const KEY_CACHE = 4096

export class Verifier {
  private readonly keys = new Map<string, KeyObject | null>()

  constructor(private readonly pool: VerifyMany | null) {}

  /** One check by a raw 32-byte key; false (never a throw) for malformed input. */
  check(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
    if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES || signature.length !== ED25519_SIGNATURE_BYTES) return false
    const k = Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.byteLength).toString('hex')
    let key = this.keys.get(k)
    if (key === undefined) {
      try {
        key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' })
      } catch {
        key = null // not a point on the curve
      }
      if (this.keys.size >= KEY_CACHE) this.keys.clear()
      this.keys.set(k, key)
    }
    return key !== null && verify(null, message, key, signature)
  }

  async verify(envelopes: readonly MeshEnvelope[]): Promise<boolean[]> {
    const checks = envelopes.map((e): SignatureCheck => ({ publicKey: e.origin, message: envelopeSignedBytes(e), signature: e.signature }))
    if (this.pool !== null && checks.length >= POOL_MIN) {
      const chunks: SignatureCheck[][] = []
      for (let i = 0; i < checks.length; i += POOL_CHUNK) chunks.push(checks.slice(i, i + POOL_CHUNK))
      return (await Promise.all(chunks.map((c) => (this.pool as VerifyMany)(c)))).flat()
    }
    const out: boolean[] = []
    for (let i = 0; i < checks.length; i++) {
      if (i > 0 && i % YIELD_EVERY === 0) await yieldToLoop()
      const c = checks[i] as SignatureCheck
      out.push(this.check(c.publicKey, c.message, c.signature))
    }
    return out
  }
}
