// Checks the origins' signatures of arriving envelopes, a batch at a time, on the event loop,
// yielding to it every YIELD_EVERY checks so a big batch never holds it for long (an Ed25519
// check costs 0.15-0.3 ms here with node:crypto). Measured with bench/mesh.ts on the 2-core
// machine: batches of checks sent to a 2-worker crypto pool relayed 578 envelopes/s against 981
// inline — the worker round trips cost more than they free — so the checks stay inline.
import type { KeyObject } from 'node:crypto'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { envelopeSignedBytes, type MeshEnvelope } from '../protocol/mesh/envelope.js'
import { ed25519PublicKeyObject, verifyEd25519With } from '../protocol/ed25519.js'

const YIELD_EVERY = 16
/** Public keys kept parsed (making a KeyObject costs as much as the check itself). */
const KEY_CACHE = 4096

export class Verifier {
  private readonly keys = new Map<string, KeyObject | null>()

  /** One check by a raw 32-byte key; false (never a throw) for malformed input. */
  check(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
    const k = Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.byteLength).toString('hex')
    let key = this.keys.get(k)
    if (key === undefined) {
      key = ed25519PublicKeyObject(publicKey)
      if (this.keys.size >= KEY_CACHE) this.keys.clear()
      this.keys.set(k, key)
    }
    return verifyEd25519With(key, message, signature)
  }

  async verify(envelopes: readonly MeshEnvelope[]): Promise<boolean[]> {
    const out: boolean[] = []
    for (let i = 0; i < envelopes.length; i++) {
      if (i > 0 && i % YIELD_EVERY === 0) await yieldToLoop()
      const e = envelopes[i] as MeshEnvelope
      out.push(this.check(e.origin, envelopeSignedBytes(e), e.signature))
    }
    return out
  }
}
