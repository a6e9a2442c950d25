// Framing on a mesh stream: each frame is a u32 big-endian length and that many bytes of one
// MeshFrame (proto/qpq/v1/mesh.proto). A frame over the limit ends the stream: the peer is broken.
import { qpq } from '../proto/qpq.js'

/** Big enough for a full announcement (1 MiB of hashes) or a batch of envelopes. */
export const MAX_FRAME_BYTES = 4 << 20

export type Frame = qpq.v1.MeshFrame

export function encodeFrame(f: qpq.v1.MeshFrame.$Properties): Uint8Array {
  const body = qpq.v1.MeshFrame.encode(f).finish()
  const out = new Uint8Array(4 + body.length)
  new DataView(out.buffer).setUint32(0, body.length)
  out.set(body, 4)
  return out
}

export class FrameTooLargeError extends Error {
  override name = 'FrameTooLargeError'
}

/**
 * Splits a byte stream into decoded frames, yielding every frame complete so far at once: under
 * load a reader gets many together, and envelopes of consecutive frames are handled as one batch.
 */
export async function* readFrames(source: AsyncIterable<Uint8Array | { subarray(): Uint8Array }>, max = MAX_FRAME_BYTES): AsyncGenerator<Frame[]> {
  let pending: Buffer = Buffer.alloc(0)
  for await (const chunk of source) {
    const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
    pending = pending.length === 0 ? Buffer.from(bytes) : Buffer.concat([pending, bytes])
    const frames: Frame[] = []
    while (pending.length >= 4) {
      const n = pending.readUInt32BE(0)
      if (n > max) throw new FrameTooLargeError(`a frame of ${n} bytes is over the ${max}-byte limit`)
      if (pending.length < 4 + n) break
      frames.push(qpq.v1.MeshFrame.decode(pending.subarray(4, 4 + n)))
      pending = pending.subarray(4 + n)
    }
    if (frames.length > 0) yield frames
  }
}

/** Joins the envelopes of consecutive envelope frames into one frame (order kept). */
export function coalesce(frames: readonly Frame[]): Frame[] {
  const out: Frame[] = []
  for (const f of frames) {
    const last = out[out.length - 1]
    if (f.body === 'envelopes' && last?.body === 'envelopes' && last.envelopes != null) {
      last.envelopes.envelopes = [...(last.envelopes.envelopes ?? []), ...(f.envelopes?.envelopes ?? [])]
    } else out.push(f)
  }
  return out
}
