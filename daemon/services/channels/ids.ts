// Direct-message channel ids (16 B, spec part-06 item 10): derived from the two members'
// identity keys, so both sides get the same id without asking each other. (A group channel gets
// a fresh UUID v7, as v2 recommends: ../uuid.ts.)
import { createHash } from 'node:crypto'
import { CHANNEL_ID_BYTES } from '../sized-bytes.js'

const DM_TAG = Buffer.from('qpq.v1 dm channel\0')

/** The same id for {a, b} and {b, a}: SHA-256 over the tag and the keys in byte order, truncated. */
export function dmChannelId(a: Buffer, b: Buffer): Buffer {
  const [lo, hi] = Buffer.compare(a, b) <= 0 ? [a, b] : [b, a]
  return createHash('sha256').update(DM_TAG).update(lo).update(hi).digest().subarray(0, CHANNEL_ID_BYTES)
}
