// Fixed-size byte fields of requests, checked once, the same way in every service: a field of
// the wrong size is a BadRequest naming it. Returns a view (no copy) on the request's bytes.
import { BadRequestError } from '../../protocol/errors.js'

export const IDENTITY_KEY_BYTES = 32
export const DEVICE_ID_BYTES = 16
export const CHANNEL_ID_BYTES = 16
export const MESSAGE_ID_BYTES = 16

export function sizedBytes(b: Uint8Array, field: string, ...sizes: number[]): Buffer {
  if (!sizes.includes(b.length)) throw new BadRequestError(`${field} must be ${sizes.join(' or ')} bytes, got ${b.length}`)
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength)
}
