// RFC 9562 UUID v7 ids (16 B: 48-bit unix ms, version 7, 74 random bits, variant 10): time-ordered
// ids for group channels, reports and other server-made records; and direct-message channel ids
// (16 B, spec part-06 item 10), derived from the two members' identity keys, so both sides — and
// both servers, when the two are users of different domains — get the same id without asking.
import { createHash, randomBytes } from 'node:crypto'

export function uuidV7(now: number = Date.now()): Buffer {
  const id = randomBytes(16)
  id.writeUIntBE(now, 0, 6)
  id[6] = 0x70 | ((id[6] as number) & 0x0f)
  id[8] = 0x80 | ((id[8] as number) & 0x3f)
  return id
}

const DM_TAG = Buffer.from('qpq.v1 dm channel\0')
const DM_CHANNEL_BYTES = 16

/** The same id for {a, b} and {b, a}: SHA-256 over the tag and the keys in byte order, truncated. */
export function dmChannelId(a: Uint8Array, b: Uint8Array): Buffer {
  const [lo, hi] = Buffer.compare(a, b) <= 0 ? [a, b] : [b, a]
  return createHash('sha256').update(DM_TAG).update(lo).update(hi).digest().subarray(0, DM_CHANNEL_BYTES)
}
