// Channel ids (16 B, spec part-06 item 10). A direct-message channel's id is derived from its
// two members' identity keys, so both sides get the same id without asking each other; a group
// channel gets a fresh UUID v7 (time-ordered, as v2 recommends).
import { createHash, randomBytes } from 'node:crypto'
import { CHANNEL_ID_BYTES } from '../sized-bytes.js'

const DM_TAG = Buffer.from('qpq.v1 dm channel\0')

/** The same id for {a, b} and {b, a}: SHA-256 over the tag and the keys in byte order, truncated. */
export function dmChannelId(a: Buffer, b: Buffer): Buffer {
  const [lo, hi] = Buffer.compare(a, b) <= 0 ? [a, b] : [b, a]
  return createHash('sha256').update(DM_TAG).update(lo).update(hi).digest().subarray(0, CHANNEL_ID_BYTES)
}

/** RFC 9562 UUID v7: 48-bit unix ms, version 7, 74 random bits, variant 10. */
export function uuidV7(now: number = Date.now()): Buffer {
  const id = randomBytes(16)
  id.writeUIntBE(now, 0, 6)
  id[6] = 0x70 | ((id[6] as number) & 0x0f)
  id[8] = 0x80 | ((id[8] as number) & 0x3f)
  return id
}
