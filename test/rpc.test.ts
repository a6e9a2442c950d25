// The v2 RPC protocol over a real QUIC connection on loopback: framing, statuses, push,
// limits, and the regressions that broke the high-level @matrixai/quic API.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Status } from '../protocol/errors.js'
import { MAX_PAYLOAD, encodeRequest } from '../protocol/frames.js'
import { qpq } from '../proto/qpq.js'
import { ConnectError, QpqError } from '../client/errors.js'
import { T, startHarness, u16, u32, waitFor, type Harness } from './helpers/rpc-harness.js'

const errorMessage = (payload: Uint8Array): string => qpq.v1.Error.decode(payload).message

describe('RPC over QUIC', () => {
  let h: Harness
  before(async () => { h = await startHarness() })
  after(async () => { await h.close() })

  it('answers Health (802) with status ok, uptime and version', async () => {
    const c = await h.client()
    const r = await c.health()
    assert.equal(r.status, 'ok')
    assert.equal(r.server_version, 'test')
    // whole seconds since the server started a moment ago (milliseconds would be far larger)
    assert.ok(Number.isInteger(r.uptime_secs) && r.uptime_secs < 120, `uptime_secs ${r.uptime_secs}`)
  })

  it('answers an unknown method id with 11 and the request id', async () => {
    const c = await h.client()
    const r = await c.call(4242, new Uint8Array())
    assert.equal(r.status, Status.UnknownMethod)
    assert.match(errorMessage(r.payload), /unknown method 4242/)
  })

  it('answers 300 concurrent calls on one connection, each with its own request id', async () => {
    const c = await h.client()
    const calls = Array.from({ length: 300 }, (_, i) => c.call(7001, u32(i)))
    const results = await Promise.all(calls)
    const ids = new Set(results.map((r) => r.requestId))
    assert.equal(ids.size, 300)
    results.forEach((r, i) => {
      assert.equal(r.status, Status.Ok)
      assert.equal(Buffer.from(r.payload).readUInt32BE(0), i)
    })
  })

  it('refuses a header declaring more than 4 MiB right after the header, and the connection goes on', async () => {
    const c = await h.client()
    const header = encodeRequest(802, 77, new Uint8Array()).subarray(0, 10)
    header.writeUInt32BE(MAX_PAYLOAD + 1, 6)
    for (const fin of [true, false]) {
      const out = await c.rpc.send(header, { fin })
      assert.equal(out.kind, 'response')
      if (out.kind !== 'response') return
      assert.equal(out.status, Status.BadRequest)
      assert.equal(out.requestId, 77)
      assert.match(errorMessage(out.payload), /exceeds the 4194304-byte limit/)
      if (!fin) c.rpc.resetStream(out.streamId)
    }
    assert.equal((await c.health()).status, 'ok')
  })

  it('refuses a real 4 MiB + 1 body and serves the next call on the same connection', async () => {
    const c = await h.client()
    const r = await c.call(7001, Buffer.alloc(MAX_PAYLOAD + 1, 7))
    assert.equal(r.status, Status.BadRequest)
    // exactly 4 MiB is allowed
    const ok = await c.call(7001, Buffer.alloc(MAX_PAYLOAD, 9))
    assert.equal(ok.status, Status.Ok)
    assert.equal(ok.payload.length, MAX_PAYLOAD)
    assert.equal((await c.health()).status, 'ok')
  })

  it('answers a truncated frame with 1, naming what was missing', async () => {
    const c = await h.client()
    const full = encodeRequest(7001, 5, Buffer.alloc(100))
    const short = await c.rpc.send(full.subarray(0, 60))
    assert.ok(short.kind === 'response' && short.status === Status.BadRequest && short.requestId === 5)
    assert.match(errorMessage(short.payload), /50 of 100 payload bytes/)
    const headerOnly = await c.rpc.send(full.subarray(0, 7))
    assert.ok(headerOnly.kind === 'response' && headerOnly.status === Status.BadRequest && headerOnly.requestId === 5)
    const tiny = await c.rpc.send(full.subarray(0, 3))
    assert.ok(tiny.kind === 'response' && tiny.status === Status.BadRequest && tiny.requestId === 0)
    const empty = await c.rpc.send(Buffer.alloc(0))
    assert.ok(empty.kind === 'response' && empty.status === Status.BadRequest)
    assert.match(errorMessage(empty.payload), /header is incomplete/)
  })

  it('accepts ALPN qpc and refuses h3 in the handshake', async () => {
    const qpc = await h.client({ alpn: ['qpc'] })
    assert.equal((await qpc.health()).status, 'ok')
    // 0x178: TLS alert no_application_protocol
    await assert.rejects(h.client({ alpn: ['h3'] }), (e: unknown) => e instanceof ConnectError && e.failure === 'no-common-protocol' && /transport error 376/.test(e.detail))
  })

  it('refuses a server whose certificate is not the pinned one, or whose name does not match', async () => {
    const other = await startHarness()
    try {
      await assert.rejects(h.client({ caCert: other.certDer }), (e: unknown) => e instanceof ConnectError && e.failure === 'untrusted-certificate')
      await assert.rejects(h.client({ serverName: 'example.org' }), (e: unknown) => e instanceof ConnectError && e.failure === 'name-mismatch' && /not for the name "example.org"/.test(e.message))
    } finally {
      await other.close()
    }
  })

  it('delivers a push frame on a server-opened uni stream', async () => {
    const c = await h.client()
    const got: Array<{ eventType: number; payload: Buffer }> = []
    c.onPush((p) => got.push(p))
    const r = await c.call(7002, u16(1))
    assert.equal(r.status, Status.Ok)
    await waitFor(() => got.length === 1, 5_000, 'push')
    assert.equal(got[0]?.eventType, 1000)
    assert.equal(got[0]?.payload.readUInt16BE(0), 0)
  })

  it('answers a request that rode in the datagram completing the handshake', async () => {
    const sent: Buffer[] = []
    const { QpqClient } = await import('../client/qpq-client.js')
    const c = new QpqClient({ server: `127.0.0.1:${h.port}`, caCert: h.certDer, onDatagram: (d) => sent.push(Buffer.from(d)) })
    const health = c.health() // queued before the handshake completes
    assert.equal((await health).status, 'ok')
    // the client's Handshake packet (Finished) and a 1-RTT packet (the request) coalesced in one datagram
    const coalesced = sent.some((d) => isHandshakeThenShort(d))
    c.close()
    assert.ok(coalesced, 'no datagram carried the handshake completion together with the request')
  })

  it('maps a handler exception to 10 with a correlation id, and serves the next call', async () => {
    const c = await h.client()
    const r = await c.call(7004, new Uint8Array())
    assert.equal(r.status, Status.Internal)
    const e = qpq.v1.Error.decode(r.payload)
    assert.equal(e.message, 'internal error')
    assert.match(e.correlation_id, /^[0-9a-f]{6}-[0-9a-z]+$/)
    assert.ok(!Buffer.from(r.payload).toString().includes('boom'))
    assert.equal((await c.health()).status, 'ok')
  })

  it('rejects undecodable protobuf with 1', async () => {
    const c = await h.client()
    const r = await c.call(802, Buffer.from([0xff, 0xff, 0xff]))
    assert.equal(r.status, Status.BadRequest)
    assert.match(errorMessage(r.payload), /undecodable Health request/)
    await assert.rejects(c.invoke(802, { encode: () => ({ finish: () => Buffer.from([0x0a, 0x05]) }) }, qpq.v1.HealthResponse, {}),
      (e: unknown) => e instanceof QpqError && e.status === Status.BadRequest)
  })

  it('survives 1,000 frames of random bytes and still answers Health', async () => {
    const c = await h.client()
    let answered = 0
    for (let batch = 0; batch < 10; batch++) {
      const outs = await Promise.all(Array.from({ length: 100 }, () => {
        const len = Math.floor(Math.random() * 64)
        const bytes = Buffer.alloc(len)
        for (let i = 0; i < len; i++) bytes[i] = Math.floor(Math.random() * 256)
        return c.rpc.send(bytes, { timeoutMs: 10_000 })
      }))
      answered += outs.filter((o) => o.kind === 'response').length
    }
    assert.equal(answered, 1000)
    assert.equal((await c.health()).status, 'ok')
  })
})

describe('RPC deadlines', () => {
  let h: Harness
  before(async () => { h = await startHarness({ rpcTimeoutMs: 200, rpc: { readTimeoutMs: 300 } }) })
  after(async () => { await h.close() })

  it('answers 8 when a handler outlives the per-RPC deadline', async () => {
    const c = await h.client()
    const r = await c.call(7003, u32(2_000))
    assert.equal(r.status, Status.DeadlineExceeded)
    const fast = await c.call(7003, u32(10))
    assert.equal(fast.status, Status.Ok)
  })

  it('answers 8 to a sender too slow to deliver its request', async () => {
    const c = await h.client()
    const frame = encodeRequest(7001, 9, Buffer.alloc(100))
    const t0 = Date.now()
    const out = await c.rpc.send(frame.subarray(0, 50), { fin: false })
    assert.ok(out.kind === 'response' && out.status === Status.DeadlineExceeded && out.requestId === 9)
    assert.ok(Date.now() - t0 >= 250)
    assert.equal((await c.health()).status, 'ok')
  })
})

describe('what a refused call logs', () => {
  it('a client error: one debug line without a stack; a fault of the server (10): an error with its stack', async () => {
    const { Dispatcher } = await import('../daemon/rpc/dispatcher.js')
    const { method, methodTable } = await import('../daemon/rpc/method.js')
    const { collectingLogger } = await import('./helpers/log-lines.js')
    const { BadRequestError } = await import('../protocol/errors.js')
    const { bytesCodec } = await import('./helpers/rpc-harness.js')
    const { log, lines } = collectingLogger('debug')
    const table = methodTable([
      method({ id: 7101, name: 'Refuse', request: bytesCodec, response: bytesCodec, auth: false, rateClass: 'none', handler: () => { throw new BadRequestError('not like that') } }),
      method({ id: 7102, name: 'Break', request: bytesCodec, response: bytesCodec, auth: false, rateClass: 'none', handler: async () => { throw new Error('boom') } }),
    ])
    const d = new Dispatcher(table, { resolve: () => null }, log, 1000)
    const info = { requestId: 1, connectionId: 1, remoteAddress: '127.0.0.1' }
    assert.equal((await d.dispatch(7101, new Uint8Array(), info)).status, Status.BadRequest)
    assert.equal((await d.dispatch(7102, new Uint8Array(), info)).status, Status.Internal)
    const [refused, broken] = [lines.find((l) => l.msg === 'Refuse refused'), lines.find((l) => l.msg === 'Break failed')]
    assert.equal(refused?.level, 'debug')
    assert.equal(refused?.reason, 'not like that')
    assert.ok(!JSON.stringify(refused).includes('"stack"'))
    assert.equal(broken?.level, 'error')
    assert.match(String((broken?.err as { stack?: string } | undefined)?.stack), /Error: boom/)
    // a flood of either cannot fill the log: one line a second per kind, the rest counted
    lines.length = 0
    for (let i = 0; i < 500; i++) {
      await d.dispatch(7101, new Uint8Array(), info)
      await d.dispatch(7102, new Uint8Array(), info)
    }
    assert.ok(lines.length <= 4, `${lines.length} lines for 1,000 failed calls`)
    d.close()
    const counted = lines.filter((l) => typeof l.count === 'number').reduce((n, l) => n + (l.count as number), 0)
    assert.ok(counted + lines.filter((l) => l.count === undefined).length >= 1_000 - 2, 'every failure is counted in some line')
  })
})

describe('QUIC regressions of the high-level API', () => {
  it('70 header-only rejections on one connection (server allows 2 streams), then Health', async () => {
    const h = await startHarness({ transport: { maxStreamsBidi: 2 } })
    try {
      const c = await h.client()
      const header = encodeRequest(802, 1, new Uint8Array()).subarray(0, 10)
      header.writeUInt32BE(MAX_PAYLOAD * 2, 6)
      for (let i = 0; i < 70; i++) {
        const out = await c.rpc.send(header, { fin: false, timeoutMs: 5_000 })
        assert.ok(out.kind === 'response' && out.status === Status.BadRequest)
        c.rpc.resetStream(out.streamId) // the client gives up on the body, as in the original bug report
      }
      assert.equal((await c.health()).status, 'ok')
    } finally {
      await h.close()
    }
  })

  it('15 rejected 4 MiB bodies on one connection, then Health (no flow-control leak)', async () => {
    const h = await startHarness()
    try {
      const c = await h.client()
      for (let i = 0; i < 15; i++) {
        const r = await c.call(7001, Buffer.alloc(MAX_PAYLOAD + 1), { timeoutMs: 20_000 })
        assert.equal(r.status, Status.BadRequest)
      }
      assert.equal((await c.health()).status, 'ok')
    } finally {
      await h.close()
    }
  })

  it('20 pushes to a client that grants only 1 uni stream all arrive', async () => {
    const h = await startHarness()
    try {
      const c = await h.client({ pushStreams: 1 })
      const got: number[] = []
      c.onPush((p) => got.push(p.payload.readUInt16BE(0)))
      const r = await c.call(7002, u16(20))
      assert.equal(Buffer.from(r.payload).readUInt16BE(0), 20)
      await waitFor(() => got.length === 20, 10_000, '20 pushes')
      assert.deepEqual(got, Array.from({ length: 20 }, (_, i) => i))
    } finally {
      await h.close()
    }
  })
})

describe('memory budgets', () => {
  it('a flood of header-only 4 MiB declarations buffers nothing', async () => {
    const h = await startHarness()
    try {
      const c = await h.client()
      const header = encodeRequest(7001, 3, new Uint8Array()).subarray(0, 10)
      header.writeUInt32BE(MAX_PAYLOAD, 6) // allowed length, body never sent
      const heapBefore = process.memoryUsage().heapUsed
      const outs = Promise.all(Array.from({ length: 1_000 }, () => c.rpc.send(header, { fin: false, timeoutMs: 60_000 })))
      await waitFor(() => h.server.openStreams >= 200, 10_000, 'streams open')
      const heapDuring = process.memoryUsage().heapUsed
      assert.ok(h.server.peakBufferedBytes < 1 << 20, `buffered ${h.server.peakBufferedBytes} bytes`)
      assert.ok(heapDuring - heapBefore < 64 << 20, `heap grew ${heapDuring - heapBefore} bytes`)
      c.close()
      await outs.catch(() => {})
    } finally {
      await h.close()
    }
  })

  it('stops reading a connection at its budget while other connections are served', async () => {
    const budget = 2 << 20
    const h = await startHarness({ quic: { connectionBudget: budget, bufferBudget: 64 << 20 }, rpc: { readTimeoutMs: 60_000 } })
    try {
      const greedy = await h.client()
      const body = Buffer.alloc(900 << 10, 1)
      const frame = encodeRequest(7001, 1, Buffer.alloc(MAX_PAYLOAD))
      const partial = Buffer.concat([frame.subarray(0, 10), body]) // 900 KiB of a declared 4 MiB, no FIN
      const pending = Array.from({ length: 8 }, () => greedy.rpc.send(partial, { fin: false, timeoutMs: 60_000 }).catch(() => null))
      await waitFor(() => h.server.bufferedBytes >= budget, 10_000, 'budget reached')
      await new Promise((r) => setTimeout(r, 300))
      assert.ok(h.server.peakBufferedBytes <= budget + 64 * 1024, `peak ${h.server.peakBufferedBytes} over budget ${budget}`)
      const other = await h.client()
      assert.equal((await other.health()).status, 'ok')
      greedy.close()
      await Promise.all(pending)
      await waitFor(() => h.server.bufferedBytes === 0, 5_000, 'bytes released')
    } finally {
      await h.close()
    }
  })
})

describe('graceful drain', () => {
  it('lets in-flight calls finish, refuses new ones, then closes', async () => {
    const h = await startHarness()
    const c = await h.client()
    const slow = c.call(7003, u32(300))
    await waitFor(() => h.server.inFlight === 1, 5_000, 'call in flight')
    const drained = h.server.drain(5_000)
    const late = await c.call(802, new Uint8Array()).then((r) => r.status, (e: Error) => e.name)
    assert.ok(late === Status.Unavailable || late === 'ConnectionClosedError', `late call got ${String(late)}`)
    assert.equal((await slow).status, Status.Ok)
    await drained
    assert.equal(h.server.connectionCount, 0)
  })
})

/** True when a datagram holds a long-header Handshake packet followed by a short-header (1-RTT) packet. */
function isHandshakeThenShort(d: Buffer): boolean {
  const varint = (at: number): [number, number] => {
    const first = d[at] as number
    const n = 1 << (first >> 6)
    let v = first & 0x3f
    for (let i = 1; i < n; i++) v = v * 256 + (d[at + i] as number)
    return [v, n]
  }
  let off = 0
  let sawHandshake = false
  while (off < d.length) {
    const b0 = d[off] as number
    if ((b0 & 0x80) === 0) return sawHandshake // a short header packet runs to the end of the datagram
    const type = (b0 >> 4) & 0x3
    if (type === 2) sawHandshake = true
    let p = off + 5
    p += 1 + (d[p] as number) // DCID
    p += 1 + (d[p] as number) // SCID
    if (type === 0) { const [tl, n] = varint(p); p += n + tl } // Initial: token
    const [len, n] = varint(p)
    off = p + n + len
  }
  return false
}

describe('coalesced pushes (ConfigurePushes, 803, ours)', () => {
  it('puts the pushes of one turn on one stream for a client that asked, and one per stream otherwise', async () => {
    const h = await startHarness()
    try {
      const c = await h.client() // the SDK asks on every connection
      const got: number[] = []
      c.onPush((p) => got.push(p.payload.readUInt16BE(0)))
      await c.health()
      const before = { ...h.server.stats }
      await c.call(7002, u16(50))
      await waitFor(() => got.length === 50, 10_000, '50 pushes')
      assert.deepEqual(got, Array.from({ length: 50 }, (_, i) => i), 'in order, each once')
      assert.equal(h.server.stats.uniMessagesSent - before.uniMessagesSent, 50)
      assert.ok(h.server.stats.uniStreamsOpened - before.uniStreamsOpened < 5, `${h.server.stats.uniStreamsOpened - before.uniStreamsOpened} streams for 50 pushes`)
      // the v2 rule for a client that did not ask (or asked it off): one frame per stream
      assert.equal(qpq.v1.ConfigurePushesResponse.decode((await c.call(803, qpq.v1.ConfigurePushesRequest.encode({ coalesce: false }).finish())).payload).coalesce, false)
      const mid = { ...h.server.stats }
      await c.call(7002, u16(20))
      await waitFor(() => got.length === 70, 10_000, '20 more pushes')
      assert.equal(h.server.stats.uniStreamsOpened - mid.uniStreamsOpened, 20)
    } finally {
      await h.close()
    }
  })
})
