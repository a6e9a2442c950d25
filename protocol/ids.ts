// RFC 9562 UUID v7 ids (16 B: 48-bit unix ms, version 7, 74 random bits, variant 10): time-ordered
// ids for group channels, reports and other server-made records.
import { randomBytes } from 'node:crypto'

export function uuidV7(now: number = Date.now()): Buffer {
  const id = randomBytes(16)
  id.writeUIntBE(now, 0, 6)
  id[6] = 0x70 | ((id[6] as number) & 0x0f)
  id[8] = 0x80 | ((id[8] as number) & 0x3f)
  return id
}
