// Fuzzing the mesh's decoders: envelopes (parse and signature), the length-prefixed frames of a
// peer's stream, and the router's accept path for every frame kind, from genuine signed inputs
// changed field by field and byte by byte. Seed, case count and replay: test/helpers/fuzz/run.ts.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { qpq } from '../proto/qpq.js'
import { ed25519PrivateKeyFromSeed, ed25519RawPublicKey } from '../protocol/ed25519.js'
import { encodeFrame, readFrames } from '../mesh/frames.js'
import { destinationHash, signAnnounce, toWireAnnounce } from '../mesh/routes.js'
import { FAR, NOW, routerSetup } from './helpers/mesh-router.js'
import { meshEnvelopeTarget, meshFramesTarget, meshRouterTarget } from './helpers/fuzz/mesh-target.js'
import { assertClean, runTarget } from './helpers/fuzz/run.js'

const FILE = 'test/fuzz-mesh.test.ts'

describe('fuzzing the mesh', () => {
  const router = meshRouterTarget()
  after(() => router.close())

  it('parses and checks any envelope without a throw; a signature holds only over what was signed', async () => {
    assertClean(await runTarget(meshEnvelopeTarget(), { cases: 1_500, batch: 500 }), FILE)
  })

  it('reads a peer\'s stream into frames, or ends it with a decode error or the frame limit, never another throw', async () => {
    assertClean(await runTarget(meshFramesTarget(), { cases: 1_000, batch: 500 }), FILE)
  })

  it('the router drops bad frames and envelopes with a reason and keeps delivering', async () => {
    assertClean(await runTarget(router, { cases: 1_000, batch: 250 }), FILE)
  })
})

describe('found by fuzzing: the mesh', () => {
  it('the router drops an announcement whose seq is past 2^53 (its signed string threw a RangeError)', async () => {
    const t = routerSetup()
    try {
      const key = ed25519PrivateKeyFromSeed(Buffer.alloc(32, 7))
      const a = signAnnounce({ nodeKey: ed25519RawPublicKey(key), seq: NOW, ttlSecs: 1800, destinations: [destinationHash(FAR)] }, key)
      const seqMax = Buffer.from('10ffffffffffffffffff01', 'hex') // field 2 (seq) = 2^64 - 1, decoded as 2^64
      const frame = qpq.v1.MeshFrame.decode(qpq.v1.MeshFrame.encode({ announce: qpq.v1.MeshAnnounce.decode(Buffer.concat([qpq.v1.MeshAnnounce.encode(toWireAnnounce(a, 1)).finish(), seqMax])) }).finish())
      await t.router.frame('p1', frame)
      assert.equal(t.routes.size, 0)
    } finally {
      t.storage.close()
    }
  })

  it('reads a stream sent a byte at a time in linear work (it joined all bytes so far on every chunk: quadratic)', async () => {
    const frame = Buffer.from(encodeFrame({ envelopes: { envelopes: [{ payload: Buffer.alloc(256 << 10) }] } }))
    const concat = Buffer.concat
    let joined = 0
    Buffer.concat = ((list: readonly Uint8Array[], length?: number) => {
      const out = concat(list, length)
      joined += out.length
      return out
    }) as typeof Buffer.concat
    try {
      const source = (async function* () { for (let i = 0; i < frame.length; i++) yield frame.subarray(i, i + 1) })()
      let frames = 0
      for await (const batch of readFrames(source)) frames += batch.length
      assert.equal(frames, 1)
    } finally {
      Buffer.concat = concat
    }
    // before the fix: about frame.length² / 2 bytes (34 GB here)
    assert.ok(joined <= 2 * frame.length, `joined ${joined} bytes for a frame of ${frame.length}`)
  })
})
