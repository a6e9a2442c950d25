// Fuzz targets of the mesh's decoders: the envelope's parse and signature check
// (protocol/mesh/envelope.ts), the stream's frame decoder (mesh/frames.ts), and the router's
// accept path for every kind of frame a peer can send (mesh/router.ts, on a real store, without a
// network: test/helpers/mesh-router.ts). Inputs start from genuine signed envelopes and
// announcements of a few origins and are changed field by field and byte by byte.
// A bad input is a drop with a reason, a refused stream or a false signature — never a throw.
import type { KeyObject } from 'node:crypto'
import type protobuf from 'protobufjs'
import { qpq } from '../../../proto/qpq.js'
import { ed25519PrivateKeyFromSeed, ed25519RawPublicKey } from '../../../protocol/ed25519.js'
import {
  MAX_HOPS_LIMIT, MAX_TTL_SECS, envelopeRef, envelopeSignedBytes, expiresAtMs, parseEnvelope, signEnvelope, timeAndHopCheck, toWireEnvelope,
  verifyEnvelopeSignature, type MeshEnvelope, type WireEnvelope,
} from '../../../protocol/mesh/envelope.js'
import { FrameTooLargeError, encodeFrame, readFrames } from '../../../mesh/frames.js'
import { destinationHash, signAnnounce, toWireAnnounce } from '../../../mesh/routes.js'
import type { IngestResult } from '../../../mesh/router.js'
import { FAR, LOCAL, NOW, routerSetup } from '../mesh-router.js'
import { emptyDictionary, genMessage, loadSchema, messageType, mutate, type Dictionary } from './protobuf.js'
import { crash, invariant, type Problem, type Target } from './run.js'
import type { Rng } from './rng.js'

/** Origins whose keys the fuzzer holds (from fixed seeds: the same keys in every run). */
const ORIGINS: Array<{ key: KeyObject; pub: Buffer }> = [1, 2, 3].map((n) => {
  const key = ed25519PrivateKeyFromSeed(Buffer.alloc(32, n))
  return { key, pub: ed25519RawPublicKey(key) }
})

const INT_EDGES = [0, 1, 2, 7, 8, 255, 256, 0xffff_ffff, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 63, 2 ** 64, Number.MAX_VALUE]

/** A genuine envelope, signed by one of ORIGINS, for a local user, a far one or a topic. */
function genuine(rng: Rng): MeshEnvelope {
  const o = rng.pick(ORIGINS)
  const broadcast = rng.chance(0.2)
  return signEnvelope({
    id: rng.bytes(16), recipient: broadcast ? null : rng.pick([LOCAL, FAR]), topic: broadcast ? rng.bytes(32) : null,
    channel: broadcast ? Buffer.alloc(0) : rng.bytes(rng.pick([0, 16])), createdAtMs: NOW - rng.int(3_600_000),
    ttlSecs: rng.pick([1, 60, 3600, MAX_TTL_SECS]), maxHops: rng.range(1, MAX_HOPS_LIMIT), payload: rng.bytes(rng.int(200)),
  }, o.key, o.pub)
}

type WireKey = keyof WireEnvelope
const BYTE_FIELDS: WireKey[] = ['id', 'origin_key', 'recipient_key', 'topic', 'channel_id', 'payload', 'signature']
const INT_FIELDS: WireKey[] = ['created_at_ms', 'ttl_secs', 'hop_count', 'max_hops']

/** A genuine wire envelope with 0–3 of its fields changed to something odd. */
function fieldMutated(rng: Rng, w: WireEnvelope): WireEnvelope {
  const out: WireEnvelope = { ...w }
  for (let n = rng.weighted([[30, 0], [45, 1], [25, rng.range(2, 3)]] as const); n > 0; n--) {
    if (rng.chance(0.55)) {
      const f = rng.pick(BYTE_FIELDS)
      const cur = Buffer.from((out[f] as Uint8Array | null | undefined) ?? [])
      ;(out as Record<string, unknown>)[f] = rng.weighted<() => Buffer | undefined>([
        [25, () => rng.bytes(rng.pick([0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65]))],
        [25, () => {
          const b = Buffer.from(cur.length > 0 ? cur : Buffer.alloc(1))
          const i = rng.int(b.length)
          b[i] = (b[i] as number) ^ (1 << rng.int(8))
          return b
        }],
        [15, () => undefined],
        [15, () => Buffer.alloc(32, rng.pick([0, 0xff]))],
        [20, () => rng.pick(ORIGINS).pub],
      ])()
    } else {
      const f = rng.pick(INT_FIELDS)
      ;(out as Record<string, unknown>)[f] = rng.weighted([[50, () => rng.pick(INT_EDGES)], [25, () => NOW + rng.range(-1e9, 1e9)], [25, () => rng.int(10)]] as const)()
    }
  }
  return out
}

/** A wire envelope as it arrives: fields changed, or its encoding changed and decoded again (null: it did not decode). */
function arriving(rng: Rng, schema: protobuf.Root): WireEnvelope | null {
  const w = toWireEnvelope(genuine(rng), rng.int(4))
  if (rng.chance(0.7)) return fieldMutated(rng, w)
  const bytes = Buffer.from(qpq.v1.MeshEnvelope.encode(w).finish())
  const m = mutate(rng, bytes, Buffer.from(qpq.v1.MeshEnvelope.encode(toWireEnvelope(genuine(rng))).finish()), messageType(schema, 'MeshEnvelope'))
  try {
    return qpq.v1.MeshEnvelope.decode(m.bytes)
  } catch {
    return null
  }
}

const VALID_RESULTS = new Set<IngestResult>(['delivered', 'accepted', 'malformed', 'oversize', 'expired', 'future', 'over-hop', 'too-old', 'duplicate', 'forged', 'vetoed', 'hop-limit', 'store-full'])

export interface EnvelopeCase { wire: WireEnvelope; original: WireEnvelope }

export function meshEnvelopeTarget(): Target<EnvelopeCase> {
  const schema = loadSchema()
  return {
    name: 'mesh-envelope',
    generate(rng) {
      const original = toWireEnvelope(genuine(rng))
      const wire = rng.chance(0.8) ? fieldMutated(rng, original) : arriving(rng, schema) ?? original
      return { wire, original }
    },
    check(c) {
      const e = parseEnvelope(c.wire)
      if (e === null) return null
      // a parsed envelope can be checked, timed, referenced and re-encoded without a throw
      const ok = verifyEnvelopeSignature(e)
      timeAndHopCheck(e, NOW)
      envelopeRef(e.origin, e.id)
      if (!Number.isFinite(expiresAtMs(e))) return invariant(`expiry of a parsed envelope is ${expiresAtMs(e)}`)
      qpq.v1.MeshEnvelope.decode(qpq.v1.MeshEnvelope.encode(toWireEnvelope(e)).finish())
      // a signature holds only over exactly what was signed
      const o = parseEnvelope(c.original) as MeshEnvelope
      const same = envelopeSignedBytes(e).equals(envelopeSignedBytes(o)) && e.signature.equals(o.signature)
      if (same && !ok) return invariant('the genuine envelope did not verify')
      if (!same && ok && !e.signature.equals(o.signature)) return null // another genuine signature put in (an origin's key, not forged)
      if (!same && ok) return invariant('a changed envelope still verified with the original signature')
      return null
    },
  }
}

export interface FramesCase { frames: Buffer[]; stream: Buffer; pieces: number[]; intact: boolean }

/** protobufjs' decode errors and the frame limit: the refusals readFrames may end a stream with. */
const DECODE_ERROR = /index out of range|invalid wire type|illegal tag|invalid tag encoding|invalid length|max depth|invalid end group|not valid for encoding|invalid varint/

export function meshFramesTarget(): Target<FramesCase> {
  const schema = loadSchema()
  const frameType = messageType(schema, 'MeshFrame')
  const dict = meshDictionary()
  return {
    name: 'mesh-frames',
    generate(rng) {
      const frames = Array.from({ length: rng.range(1, 4) }, () => (rng.chance(0.5) ? Buffer.from(encodeFrame(genuineFrame(rng))) : lengthPrefixed(genMessage(rng, frameType, dict))))
      let stream: Buffer = Buffer.concat(frames)
      // schema-made frames may carry fields no decoder takes (the generator's odd wire types)
      let intact = frames.every((f) => decodes(f.subarray(4)))
      if (rng.chance(0.5)) {
        intact = false
        stream = rng.weighted([
          [60, () => mutate(rng, stream, lengthPrefixed(genMessage(rng, frameType, dict)), null).bytes],
          [20, () => { const b = Buffer.from(stream); b.writeUInt32BE(rng.pick([(4 << 20) + 1, 0xffff_ffff, 0, 1]), 0); return b }],
          [20, () => stream.subarray(0, rng.int(stream.length))],
        ] as const)()
      }
      const pieces: number[] = []
      for (let left = stream.length; left > 0;) {
        // at most a few thousand pieces (a byte-at-a-time stream's cost has its own test)
        const n = Math.min(left, Math.max(rng.pick([1, 3, 4, 5, 64, 1_000, 100_000]), Math.ceil(stream.length / 2_000)))
        pieces.push(n)
        left -= n
      }
      return { frames, stream, pieces, intact }
    },
    async check(c) {
      const source = (async function* () {
        let at = 0
        for (const n of c.pieces) {
          yield c.stream.subarray(at, at + n)
          at += n
        }
      })()
      const got: Buffer[] = []
      try {
        for await (const batch of readFrames(source)) for (const f of batch) got.push(Buffer.from(qpq.v1.MeshFrame.encode(f).finish()))
      } catch (err) {
        if (err instanceof FrameTooLargeError) return c.intact ? invariant(`an intact stream was refused: ${err.message}`) : null
        if (err instanceof Error && (err.constructor === Error || err instanceof RangeError) && DECODE_ERROR.test(err.message)) {
          return c.intact ? invariant(`an intact stream did not decode: ${err.message}`) : null
        }
        return crash(`readFrames threw ${(err as Error).stack ?? String(err)}`)
      }
      if (c.intact) {
        if (got.length !== c.frames.length) return invariant(`${got.length} frames read back of ${c.frames.length}`)
        for (let i = 0; i < got.length; i++) {
          // re-encoded, a frame equals the original's re-encoding (field order and defaults may differ from raw generated bytes)
          const want = Buffer.from(qpq.v1.MeshFrame.encode(qpq.v1.MeshFrame.decode((c.frames[i] as Buffer).subarray(4))).finish())
          if (!(got[i] as Buffer).equals(want)) return invariant(`frame ${i} read back changed`)
        }
      }
      return null
    },
    describe: (c) => `${c.stream.length} stream bytes in ${c.pieces.length} pieces${c.intact ? '' : ' (changed)'}: ${c.stream.subarray(0, 40).toString('hex')}`,
  }
}

export interface RouterCase { frame: Buffer; genuine: boolean }

/** The router's accept path: every kind of frame, genuine or changed, decoded as the transport does. */
export function meshRouterTarget(): Target<RouterCase> & { close(): void } {
  const schema = loadSchema()
  const frameType = messageType(schema, 'MeshFrame')
  const dict = meshDictionary()
  const t = routerSetup({ maxPayloadBytes: 1024 })
  const peers = ['p1', 'p2', ...ORIGINS.map((o) => o.pub.toString('hex'))]
  return {
    name: 'mesh-router',
    generate(rng) {
      if (rng.chance(0.5)) {
        const f = Buffer.from(qpq.v1.MeshFrame.encode(genuineFrame(rng)).finish())
        if (rng.chance(0.3)) return { frame: f, genuine: true }
        return { frame: mutate(rng, f, genMessage(rng, frameType, dict), frameType).bytes, genuine: false }
      }
      return { frame: genMessage(rng, frameType, dict), genuine: false }
    },
    async check(c) {
      let f: qpq.v1.MeshFrame
      try {
        f = qpq.v1.MeshFrame.decode(c.frame)
      } catch {
        return c.genuine ? invariant('a genuine frame did not decode') : null // the transport ends such a stream (mesh-frames)
      }
      const peer = peers[c.frame.length % peers.length] as string
      try {
        if (f.body === 'envelopes') {
          // the same path frame() takes, with the per-envelope results to check
          const results = await t.router.ingest(f.envelopes?.envelopes ?? [], peer)
          if (results.length !== (f.envelopes?.envelopes ?? []).length) return invariant(`${results.length} results for ${f.envelopes?.envelopes?.length} envelopes`)
          const odd = results.filter((r) => !VALID_RESULTS.has(r))
          if (odd.length > 0) return invariant(`results ${odd.join(', ')}`)
        } else {
          await t.router.frame(peer, f)
        }
      } catch (err) {
        return crash(`the router threw on a ${f.body ?? 'bodiless'} frame from a peer: ${(err as Error).stack ?? String(err)}`)
      }
      return null
    },
    afterBatch: async (): Promise<Problem | null> => {
      // the router still takes a fresh genuine envelope, and its outbox stays bounded
      t.sent.length = 0
      const o = ORIGINS[0] as (typeof ORIGINS)[number]
      const e = signEnvelope({ id: Buffer.from(crypto.getRandomValues(new Uint8Array(16))), recipient: LOCAL, topic: null, channel: Buffer.alloc(0), createdAtMs: NOW - 1, ttlSecs: 3600, maxHops: 3, payload: Buffer.from('after') }, o.key, o.pub)
      const [r] = await t.router.ingest([toWireEnvelope(e, 1)], 'p1')
      return r === 'delivered' ? null : invariant(`a genuine envelope for a local user was ${r} after the batch`)
    },
    describe: (c) => `${c.genuine ? 'genuine' : 'changed'} frame of ${c.frame.length} bytes: ${c.frame.subarray(0, 48).toString('hex')}`,
    close: () => t.storage.close(),
  }
}

/** One genuine frame of any kind: envelopes, refs (summary, want, delivered), an announcement, a ping. */
function genuineFrame(rng: Rng): qpq.v1.MeshFrame.$Properties {
  switch (rng.int(6)) {
    case 0: case 1: return { envelopes: { envelopes: Array.from({ length: rng.range(1, 4) }, () => toWireEnvelope(genuine(rng), rng.int(3))) } }
    case 2: return { [rng.pick(['summary', 'want', 'delivered'])]: { refs: Array.from({ length: rng.int(5) }, () => rng.bytes(16)) } }
    case 3: case 4: {
      const o = rng.pick(ORIGINS)
      const a = signAnnounce({ nodeKey: o.pub, seq: NOW - rng.int(1_000_000), ttlSecs: rng.pick([1, 1800]), destinations: [destinationHash(rng.pick([LOCAL, FAR]))] }, o.key)
      return { announce: toWireAnnounce(a, rng.range(0, 8)) }
    }
    default: return { ping: {} }
  }
}

function decodes(b: Uint8Array): boolean {
  try {
    qpq.v1.MeshFrame.decode(b)
    return true
  } catch {
    return false
  }
}

function lengthPrefixed(body: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + body.length)
  out.writeUInt32BE(body.length, 0)
  out.set(body, 4)
  return out
}

function meshDictionary(): Dictionary {
  const d = emptyDictionary()
  d.bytes = { identity: [LOCAL, FAR, ...ORIGINS.map((o) => o.pub)], blob: [Buffer.alloc(32, 9)], message: [Buffer.alloc(16, 1)] }
  return d
}
