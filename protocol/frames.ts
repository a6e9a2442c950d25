// The v2 frame layouts (spec ruling 1), all big-endian:
//   request  (client → server, bidi stream): u16 method_id | u32 request_id | u32 payload_len | payload
//   response (server → client, same stream): u8 status   | u32 request_id | u32 payload_len | payload
//   push     (server → client, uni stream):  u16 event_type | u32 payload_len | payload
// In all three the payload length is the header's last four bytes.

export const REQUEST_HEADER_LEN = 10
export const RESPONSE_HEADER_LEN = 9
export const PUSH_HEADER_LEN = 6
/** Largest payload of any frame, in both directions (4 MiB). */
export const MAX_PAYLOAD = 4 * 1024 * 1024

export function encodeRequest(methodId: number, requestId: number, payload: Uint8Array): Buffer {
  const f = Buffer.allocUnsafe(REQUEST_HEADER_LEN + payload.length)
  f.writeUInt16BE(methodId, 0)
  f.writeUInt32BE(requestId >>> 0, 2)
  f.writeUInt32BE(payload.length, 6)
  f.set(payload, REQUEST_HEADER_LEN)
  return f
}

export function encodeResponse(status: number, requestId: number, payload: Uint8Array): Buffer {
  const f = Buffer.allocUnsafe(RESPONSE_HEADER_LEN + payload.length)
  f[0] = status
  f.writeUInt32BE(requestId >>> 0, 1)
  f.writeUInt32BE(payload.length, 5)
  f.set(payload, RESPONSE_HEADER_LEN)
  return f
}

export function encodePush(eventType: number, payload: Uint8Array): Buffer {
  const f = Buffer.allocUnsafe(PUSH_HEADER_LEN + payload.length)
  f.writeUInt16BE(eventType, 0)
  f.writeUInt32BE(payload.length, 2)
  f.set(payload, PUSH_HEADER_LEN)
  return f
}

/** A payload this small is allocated at once, at its declared length. */
const SMALL_PAYLOAD = 16 * 1024

/**
 * Gathers one frame from stream bytes fed in pieces. Memory follows the bytes received, never
 * the declared length: the payload goes into one buffer that grows (doubling, from 16 KiB) as
 * bytes arrive, up to the declared length — so a large body is a few large allocations, not one
 * per packet, which the allocator can give back whole. A declared length over MAX_PAYLOAD is
 * reported right after the header.
 */
export class FrameReader {
  readonly header: Buffer
  private headerGot = 0
  private data: Buffer | null = null
  private got = 0
  payloadLength = -1

  constructor(readonly headerLength: number) {
    this.header = Buffer.alloc(headerLength)
  }

  /** Header bytes received so far. */
  get headerReceived(): number {
    return this.headerGot
  }

  get headerComplete(): boolean {
    return this.payloadLength >= 0
  }

  get oversize(): boolean {
    return this.payloadLength > MAX_PAYLOAD
  }

  get complete(): boolean {
    return this.payloadLength >= 0 && !this.oversize && this.got === this.payloadLength
  }

  /** Bytes of payload held so far. */
  get buffered(): number {
    return this.got
  }

  /** Bytes allocated for the payload (at most twice what arrived, or the small payload's length). */
  get capacity(): number {
    return this.data?.length ?? 0
  }

  /**
   * Consumes from `bytes` what belongs to this frame (copying what it keeps) and returns how many
   * bytes it took. Stops after the header when the declared length is over the cap, and takes
   * nothing more after that, however often it is fed.
   */
  feed(bytes: Buffer): number {
    let used = 0
    if (this.payloadLength < 0) {
      used = Math.min(this.headerLength - this.headerGot, bytes.length)
      bytes.copy(this.header, this.headerGot, 0, used)
      this.headerGot += used
      if (this.headerGot < this.headerLength) return used
      this.payloadLength = this.header.readUInt32BE(this.headerLength - 4)
    }
    // an oversize frame is refused, never buffered: later feeds take nothing either
    if (this.oversize) return used
    const take = Math.min(this.payloadLength - this.got, bytes.length - used)
    if (take > 0) {
      this.reserve(this.got + take)
      bytes.copy(this.data as Buffer, this.got, used, used + take)
      this.got += take
    }
    return used + take
  }

  /** Lets go of the payload bytes of a frame that will not be used (refused, or dropped unfinished). */
  releasePayload(): void {
    this.data = null
  }

  /** The whole payload (valid once complete). */
  payload(): Buffer {
    return this.data === null ? Buffer.alloc(0) : this.data.subarray(0, this.got)
  }

  private reserve(needed: number): void {
    const have = this.data?.length ?? 0
    if (needed <= have) return
    const size = this.payloadLength <= SMALL_PAYLOAD ? this.payloadLength : Math.min(this.payloadLength, Math.max(needed, have * 2, SMALL_PAYLOAD))
    const grown = Buffer.allocUnsafe(size)
    if (this.data !== null) this.data.copy(grown, 0, 0, this.got)
    this.data = grown
  }
}
