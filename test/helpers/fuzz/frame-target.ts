// Fuzz target of the v2 frame codec itself (protocol/frames.ts): random stream bytes, some of
// them real frames, fed to a FrameReader in random pieces. Whatever the bytes, the reader takes
// no more than it is given, holds no more than the declared length (nothing when that is over
// 4 MiB), reads the same however the bytes are split, and gives back exactly what was encoded.
import { FrameReader, MAX_PAYLOAD, PUSH_HEADER_LEN, REQUEST_HEADER_LEN, RESPONSE_HEADER_LEN, encodePush, encodeRequest, encodeResponse } from '../../../protocol/frames.js'
import { invariant, type Problem, type Target } from './run.js'

export interface CodecCase {
  kind: 'request' | 'response' | 'push'
  /** The stream's bytes and the sizes of the pieces they arrive in. */
  bytes: Buffer
  pieces: number[]
  /** Set when `bytes` starts with a frame encoded from these (the reader must give them back). */
  encoded: { a: number; b: number; payload: Buffer } | null
}

const HEADER = { request: REQUEST_HEADER_LEN, response: RESPONSE_HEADER_LEN, push: PUSH_HEADER_LEN } as const

export const codecTarget: Target<CodecCase> = {
  name: 'frame-codec',
  generate(rng) {
    const kind = rng.pick(['request', 'response', 'push'] as const)
    let bytes: Buffer
    let encoded: CodecCase['encoded'] = null
    if (rng.chance(0.6)) {
      const payload = rng.bytes(rng.weighted([[70, rng.int(64)], [25, rng.int(70_000)], [5, rng.pick([0, 1, 65_535, 65_536])]] as const))
      const a = kind === 'response' ? rng.int(256) : rng.pick([0, 1, 802, 0xffff, rng.int(0x10000)])
      const b = rng.pick([0, 1, 0x7fff_ffff, 0xffff_ffff, rng.u32()])
      const frame = kind === 'request' ? encodeRequest(a, b, payload) : kind === 'response' ? encodeResponse(a, b, payload) : encodePush(a, payload)
      encoded = { a, b: kind === 'push' ? 0 : b, payload }
      bytes = Buffer.concat([frame, rng.chance(0.3) ? rng.bytes(rng.int(32)) : Buffer.alloc(0)])
      if (rng.chance(0.2)) {
        // the declared length changed after encoding: now a lie in one direction or the other
        const at = HEADER[kind] - 4
        bytes.writeUInt32BE(rng.pick([0, MAX_PAYLOAD, MAX_PAYLOAD + 1, 0xffff_ffff, Math.max(0, payload.length + rng.range(-3, 3))]), at)
        encoded = null
      }
    } else {
      bytes = rng.bytes(rng.pick([0, 1, 5, 6, 8, 9, 10, 11, 64, 1_000]))
      if (bytes.length >= HEADER[kind] && rng.chance(0.5)) bytes.writeUInt32BE(rng.int(bytes.length), HEADER[kind] - 4)
    }
    const pieces: number[] = []
    for (let left = bytes.length; left > 0;) {
      const n = Math.min(left, rng.weighted([[40, 1], [30, rng.range(1, 16)], [30, rng.range(1, 70_000)]] as const))
      pieces.push(n)
      left -= n
    }
    return { kind, bytes, pieces, encoded }
  },
  check(c) {
    const h = HEADER[c.kind]
    const whole = new FrameReader(h)
    const usedWhole = whole.feed(c.bytes)
    const split = new FrameReader(h)
    let at = 0
    let usedSplit = 0
    for (const n of c.pieces) {
      const piece = c.bytes.subarray(at, at + n)
      at += n
      const used = split.feed(piece)
      if (used < 0 || used > piece.length) return invariant(`feed took ${used} of ${piece.length} bytes`)
      usedSplit += used
      const p = state(split)
      if (p !== null) return p
    }
    if (usedSplit !== usedWhole) return invariant(`split feeding took ${usedSplit} bytes, one feed ${usedWhole}`)
    for (const r of [whole, split]) {
      const p = state(r)
      if (p !== null) return p
    }
    if (whole.complete !== split.complete || whole.headerComplete !== split.headerComplete) return invariant('split feeding ended in another state')
    if (whole.complete && !whole.payload().equals(split.payload())) return invariant('split feeding gave another payload')
    // the declared length is known once the header is in
    if (c.bytes.length >= h && whole.payloadLength !== c.bytes.readUInt32BE(h - 4)) return invariant(`payload length ${whole.payloadLength}, header says ${c.bytes.readUInt32BE(h - 4)}`)
    if (c.encoded !== null) {
      if (!whole.complete) return invariant('an encoded frame did not read back complete')
      if (!whole.payload().equals(c.encoded.payload)) return invariant('an encoded frame read back another payload')
      const a = c.kind === 'response' ? whole.header[0] : whole.header.readUInt16BE(0)
      const b = c.kind === 'push' ? 0 : whole.header.readUInt32BE(c.kind === 'request' ? 2 : 1)
      if (a !== c.encoded.a || b !== c.encoded.b >>> 0) return invariant(`header read back ${a}/${b}, encoded ${c.encoded.a}/${c.encoded.b}`)
    }
    return null
  },
  describe: (c) => `${c.kind}: ${c.bytes.length} bytes in ${c.pieces.length} pieces, ${c.bytes.subarray(0, 32).toString('hex')}`,
}

/** What any reader must hold whatever it was fed. */
function state(r: FrameReader): Problem | null {
  if (r.buffered > MAX_PAYLOAD) return invariant(`holds ${r.buffered} bytes, over the 4 MiB cap`)
  if (r.headerComplete && r.buffered > r.payloadLength) return invariant(`holds ${r.buffered} bytes of a ${r.payloadLength}-byte payload`)
  if (r.oversize && r.buffered !== 0) return invariant(`holds ${r.buffered} bytes of an oversize frame`)
  if (!r.headerComplete && r.buffered !== 0) return invariant('holds payload bytes before its header is complete')
  if (r.complete && r.payload().length !== r.payloadLength) return invariant('a complete payload of the wrong length')
  return null
}
