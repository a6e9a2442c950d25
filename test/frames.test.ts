// Frame codec: byte layouts of ruling 1 and the incremental reader.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FrameReader, MAX_PAYLOAD, PUSH_HEADER_LEN, REQUEST_HEADER_LEN, RESPONSE_HEADER_LEN, encodePush, encodeRequest, encodeResponse } from '../protocol/frames.js'

describe('frame layouts', () => {
  it('request: u16 method | u32 request id | u32 length | payload, big-endian', () => {
    assert.deepEqual(encodeRequest(802, 0x01020304, Buffer.from([0xaa])), Buffer.from([0x03, 0x22, 1, 2, 3, 4, 0, 0, 0, 1, 0xaa]))
  })
  it('response: u8 status | u32 request id | u32 length | payload (9-byte header)', () => {
    assert.deepEqual(encodeResponse(11, 7, Buffer.alloc(0)), Buffer.from([11, 0, 0, 0, 7, 0, 0, 0, 0]))
  })
  it('push: u16 event | u32 length | payload', () => {
    assert.deepEqual(encodePush(1000, Buffer.from([1, 2])), Buffer.from([0x03, 0xe8, 0, 0, 0, 2, 1, 2]))
  })
})

describe('FrameReader', () => {
  it('gathers a frame fed one byte at a time and ignores bytes after it', () => {
    const frame = encodeRequest(7, 9, Buffer.from('hello'))
    const r = new FrameReader(REQUEST_HEADER_LEN)
    for (const b of frame) r.feed(Buffer.from([b]))
    assert.ok(r.complete)
    assert.equal(r.payload().toString(), 'hello')
    assert.equal(r.feed(Buffer.from('trailing')), 0)
  })

  it('stops after a header that declares more than 4 MiB, holding nothing', () => {
    const r = new FrameReader(RESPONSE_HEADER_LEN)
    const h = encodeResponse(0, 1, Buffer.alloc(0))
    h.writeUInt32BE(MAX_PAYLOAD + 1, 5)
    assert.equal(r.feed(Buffer.concat([h, Buffer.alloc(1000)])), RESPONSE_HEADER_LEN)
    assert.ok(r.headerComplete && r.oversize && !r.complete)
    assert.equal(r.buffered, 0)
  })

  it('takes nothing more once an oversize header is in, however the bytes are split (found by fuzzing)', () => {
    const r = new FrameReader(RESPONSE_HEADER_LEN)
    const h = encodeResponse(0, 1, Buffer.alloc(0))
    h.writeUInt32BE(0xffff_ffff, 5)
    assert.equal(r.feed(h.subarray(0, 4)), 4)
    assert.equal(r.feed(Buffer.concat([h.subarray(4), Buffer.alloc(10)])), RESPONSE_HEADER_LEN - 4)
    // before the fix this feed buffered the bytes, up to the declared 4 GiB
    assert.equal(r.feed(Buffer.alloc(1000)), 0)
    assert.ok(r.oversize && !r.complete)
    assert.equal(r.buffered, 0)
  })

  it('holds only what arrived, not what was declared', () => {
    const r = new FrameReader(PUSH_HEADER_LEN)
    const h = encodePush(1000, Buffer.alloc(0))
    h.writeUInt32BE(MAX_PAYLOAD, 2)
    r.feed(Buffer.concat([h, Buffer.alloc(10)]))
    assert.equal(r.buffered, 10)
    assert.ok(!r.complete)
  })

  it('completes a zero-length payload at the end of its header', () => {
    const r = new FrameReader(REQUEST_HEADER_LEN)
    r.feed(encodeRequest(802, 1, Buffer.alloc(0)))
    assert.ok(r.complete)
    assert.equal(r.payload().length, 0)
  })
})
