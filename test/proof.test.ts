// Delivery proofs (protocol/proof.ts): v2 batch proofs verify for every message of batches of
// many sizes and refuse any changed fact, path, index or signature; v1 proofs still verify.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { ProofSigner } from '../daemon/crypto/proof-signer.js'
import { ed25519PublicKey, ed25519Signer, newEd25519PrivateKeyDer } from '../daemon/crypto/ed25519.js'
import { PROOF_V1_BYTES, proofMessage, verifyDeliveryProof } from '../protocol/proof.js'

const keyDer = newEd25519PrivateKeyDer()
const serverKey = ed25519PublicKey(keyDer)
const facts = (seq: number): { recipient: Buffer; channel: Buffer; seq: number; payload: Buffer } =>
  ({ recipient: randomBytes(32), channel: seq % 2 === 0 ? Buffer.alloc(0) : randomBytes(16), seq, payload: randomBytes(100) })

describe('delivery proofs', () => {
  it('v2: every message of a batch verifies, for batches of 1 to 33 messages signed once each', async () => {
    let signatures = 0
    const sign1 = ed25519Signer(keyDer)
    const signer = new ProofSigner((m) => { signatures++; return sign1(m) })
    for (let size = 1; size <= 33; size++) {
      const batch = Array.from({ length: size }, (_, i) => facts(i))
      const proofs = await Promise.all(batch.map((f) => signer.prove(f)))
      proofs.forEach((p, i) => assert.ok(verifyDeliveryProof(serverKey, batch[i] as ReturnType<typeof facts>, p), `size ${size}, leaf ${i}`))
      assert.equal(proofs[0]?.[0], 2)
    }
    assert.equal(signatures, 33)
  })

  it('v2: refuses another payload, seq, recipient, channel, leaf, path or signature, or another key', async () => {
    const signer = new ProofSigner(ed25519Signer(keyDer))
    const batch = Array.from({ length: 5 }, (_, i) => facts(i))
    const proofs = await Promise.all(batch.map((f) => signer.prove(f)))
    const f = batch[3] as ReturnType<typeof facts>
    const p = proofs[3] as Uint8Array
    assert.ok(verifyDeliveryProof(serverKey, f, p))
    assert.ok(!verifyDeliveryProof(serverKey, { ...f, payload: randomBytes(100) }, p), 'payload')
    assert.ok(!verifyDeliveryProof(serverKey, { ...f, seq: 4 }, p), 'seq')
    assert.ok(!verifyDeliveryProof(serverKey, { ...f, recipient: randomBytes(32) }, p), 'recipient')
    assert.ok(!verifyDeliveryProof(serverKey, { ...f, channel: randomBytes(16) }, p), 'channel')
    assert.ok(!verifyDeliveryProof(serverKey, batch[2] as ReturnType<typeof facts>, p), 'another message of the batch')
    assert.ok(!verifyDeliveryProof(ed25519PublicKey(newEd25519PrivateKeyDer()), f, p), 'another key')
    for (const at of [1, 9, 13, 17, 20, p.length - 1]) {
      const bad = Buffer.from(p)
      bad[at] = (bad[at] as number) ^ 1
      assert.ok(!verifyDeliveryProof(serverKey, f, bad), `byte ${at} changed`)
    }
    assert.ok(!verifyDeliveryProof(serverKey, f, p.subarray(0, p.length - 1)), 'truncated')
    assert.ok(!verifyDeliveryProof(serverKey, f, Buffer.concat([p, Buffer.alloc(32)])), 'longer')
    assert.ok(!verifyDeliveryProof(serverKey, f, new Uint8Array(0)), 'empty')
  })

  it('v1: the 72-byte proofs of earlier servers still verify', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const key = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32)
    const f = facts(7)
    const ts = 1_700_000_000_000
    const proof = Buffer.alloc(PROOF_V1_BYTES)
    proof.writeBigUInt64BE(BigInt(ts))
    sign(null, proofMessage({ ...f, timestampMs: ts }), privateKey).copy(proof, 8)
    assert.ok(verifyDeliveryProof(key, f, proof))
    assert.ok(!verifyDeliveryProof(key, { ...f, seq: 8 }, proof))
  })
})
