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
 * Chunks are kept as they come and joined once per frame, so the cost stays linear in the bytes
 * however small the pieces a peer sends them in (joining on every chunk was quadratic: a 256 KiB
 * frame sent a byte at a time held the event loop for seconds).
 */
export async function* readFrames(source: AsyncIterable<Uint8Array | { subarray(): Uint8Array }>, max = MAX_FRAME_BYTES): AsyncGenerator<Frame[]> {
  let chunks: Buffer[] = []
  let buffered = 0
  /** The length of the frame being gathered; -1 until its 4-byte prefix is in. */
  let need = -1
  /** The first `n` buffered bytes as one buffer (a view when they lie in one chunk), and the rest kept. */
  const take = (n: number): Buffer => {
    const all = chunks.length === 1 ? chunks[0] as Buffer : Buffer.concat(chunks, buffered)
    chunks = all.length > n ? [all.subarray(n)] : []
    buffered -= n
    return all.subarray(0, n)
  }
  for await (const chunk of source) {
    const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
    if (bytes.length === 0) continue
    chunks.push(Buffer.from(bytes))
    buffered += bytes.length
    const frames: Frame[] = []
    for (;;) {
      if (need < 0) {
        if (buffered < 4) break
        if ((chunks[0] as Buffer).length < 4) chunks = [Buffer.concat(chunks, buffered)]
        need = (chunks[0] as Buffer).readUInt32BE(0)
        if (need > max) throw new FrameTooLargeError(`a frame of ${need} bytes is over the ${max}-byte limit`)
      }
      if (buffered < 4 + need) break
      const frame = take(4 + need)
      need = -1
      frames.push(qpq.v1.MeshFrame.decode(frame.subarray(4)))
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
      // appended in place: a copy per merged frame would cost quadratic time over a long queue
      const into = (last.envelopes.envelopes ??= [])
      for (const e of f.envelopes?.envelopes ?? []) into.push(e)
    } else out.push(f)
  }
  return out
}
