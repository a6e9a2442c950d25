// Fuzz target of the SDK's side of the protocol (protocol/rpc-connection.ts, client/qpq-client.ts):
// a hostile server on our QUIC layer that answers each call with bytes of the case's choosing —
// cut, oversized, mislabelled or reset — and sends garbage push frames on uni streams, one or
// several per stream. The client listens as an application does (raw pushes, typed events, an
// events() iterator). Each call must settle with an answer or an Error, a well-formed push must
// arrive as sent, and nothing may throw out of the client (that would end the application).
import { randomBytes } from 'node:crypto'
import { QpqClient } from '../../../client/qpq-client.js'
import { qpq } from '../../../proto/qpq.js'
import { FrameReader, MAX_PAYLOAD, REQUEST_HEADER_LEN, RESPONSE_HEADER_LEN, encodePush, encodeResponse } from '../../../protocol/frames.js'
import { PushEvent } from '../../../protocol/push.js'
import { DEFAULT_TRANSPORT, toPem } from '../../../protocol/quic/config.js'
import type { QuicConnection } from '../../../protocol/quic/connection.js'
import { Shutdown } from '../../../protocol/quic/native.js'
import { DEFAULT_SERVER_LIMITS, QuicServer } from '../../../protocol/quic/server.js'
import { selfSigned } from '../../../daemon/tls/x509.js'
import { crash, invariant, type Problem, type Target } from './run.js'
import type { Rng } from './rng.js'

export interface HostileCase {
  /**
   * What goes back on the call's stream: bytes then FIN (or not; `ownId` puts the call's request
   * id in), after `delayMs` (a late answer, after the client gave up), or a reset.
   */
  answer: { bytes: Buffer; fin: boolean; ownId: boolean; delayMs?: number } | { reset: number }
  /** Raw bytes of server-opened uni streams, each its own stream. */
  pushes: Buffer[]
  /** Well-formed push frames among them, in order: [event type, payload hex]. */
  wellFormed: Array<[number, string]>
  /** Which call the client makes: raw, or typed (decoding the answer as a Health response). */
  typed: boolean
}

const PUSH_TYPES = [PushEvent.NewMessage, PushEvent.Typing, PushEvent.Presence, PushEvent.Membership, 0, 999, 1004, 0xffff]
const CALL_TIMEOUT_MS = 300

export interface HostileFuzz {
  target: Target<HostileCase>
  run(c: HostileCase): Promise<{ outcome: string; problem: Problem | null }>
  /** Typed events the client's listeners received. */
  events(): number
  close(): Promise<void>
}

export async function hostileServerFuzz(): Promise<HostileFuzz> {
  const { keyDer, certDer } = selfSigned('localhost', ['localhost', '127.0.0.1'], 1)
  // each call's payload is the number of its case
  const waiting = new Map<number, HostileCase>()
  let nextCase = 1
  const readers = new Map<string, FrameReader>()
  const scratch = Buffer.allocUnsafe(64 * 1024)
  const server = new QuicServer({
    ...DEFAULT_SERVER_LIMITS, retry: 'never', host: '127.0.0.1', port: 0, transport: DEFAULT_TRANSPORT, secret: randomBytes(32),
    // it holds whatever its cases write until the client takes it (its own caps would drop pushes)
    bufferBudget: 1 << 30, addressBudget: 1 << 30, unauthenticatedAddressBudget: 1 << 30, connectionBudget: 1 << 30, pushQueueMaxBytes: 1 << 30,
    tls: { certPem: toPem(certDer, 'CERTIFICATE'), keyPem: toPem(keyDer, 'PRIVATE KEY') },
  }, {
    onConnection: () => null,
    onRefused: () => {},
    onStopped: () => {},
    onClosed: () => {},
    onReadable: (conn, sid) => {
      const key = `${conn.id}/${sid}`
      let reader = readers.get(key)
      if (reader === undefined) readers.set(key, (reader = new FrameReader(REQUEST_HEADER_LEN)))
      for (;;) {
        const r = conn.read(sid, scratch)
        if (r === null || r.resetCode !== null) return
        if (r.bytes > 0 && !reader.complete) {
          reader.feed(scratch.subarray(0, r.bytes))
          if (reader.complete) act(conn, sid, reader.header.readUInt32BE(2), reader.payload())
        }
        if (r.fin) {
          readers.delete(key)
          return
        }
      }
    },
  }, (msg, err) => { throw new Error(`hostile server: ${msg}: ${String(err)}`) })
  const { port } = await server.listen()

  const act = (conn: QuicConnection, sid: number, requestId: number, payload: Buffer): void => {
    const c = payload.length === 4 ? waiting.get(payload.readUInt32BE(0)) : undefined
    if (c === undefined) return conn.write(sid, encodeResponse(11, requestId, new Uint8Array(0)), true) // ConfigurePushes and strays
    for (const p of c.pushes) conn.sendUni(p)
    if ('reset' in c.answer) return conn.shutdown(sid, Shutdown.Write, c.answer.reset)
    const { ownId, fin, delayMs } = c.answer
    const bytes = Buffer.from(c.answer.bytes)
    if (ownId && bytes.length >= 5) bytes.writeUInt32BE(requestId, 1)
    if (delayMs === undefined) conn.write(sid, bytes, fin)
    else setTimeout(() => conn.write(sid, bytes, fin), delayMs)
  }

  let client: QpqClient | null = null
  let opening: Promise<QpqClient> | null = null
  const pushes: Array<[number, string]> = []
  let events = 0
  /** The client, connected again if a case ended its connection (one reconnection at a time). */
  const connect = async (): Promise<QpqClient> => {
    if (client !== null && client.rpc.isOpen) return client
    opening ??= QpqClient.connect({ server: `127.0.0.1:${port}`, caCert: certDer, callTimeoutMs: CALL_TIMEOUT_MS }).then((c) => {
      c.onPush((p) => { pushes.push([p.eventType, p.payload.toString('hex')]) })
      // typed listeners, as an application (ChatClient) has them
      c.on('*', () => { events++ })
      void (async () => { for await (const _ of c.events('message')) events++ })()
      client?.close()
      client = c
      return c
    }).finally(() => { opening = null })
    return await opening
  }

  /** Runs one case: how the call ended (an answer's status or the error's message), and a problem if any. */
  const run = async (c: HostileCase): Promise<{ outcome: string; problem: Problem | null }> => {
    const cl = await connect()
    const n = nextCase++
    waiting.set(n, c)
    const ticket = Buffer.alloc(4)
    ticket.writeUInt32BE(n)
    const before = pushes.length
    let outcome: string
    try {
      // typed: decoded as the SDK's own methods decode their answers (status, Error payload, response message)
      outcome = c.typed
        ? await cl.invoke(802, { encode: () => ({ finish: () => ticket }) }, qpq.v1.HealthResponse, null).then(() => 'answered 0')
        : await cl.call(802, ticket, { timeoutMs: CALL_TIMEOUT_MS }).then((a) => `answered ${a.status}`)
    } catch (err) {
      if (!(err instanceof Error)) return { outcome: String(err), problem: crash(`the call rejected with a non-Error: ${String(err)}`) }
      outcome = `${err.name}: ${err.message}`
    } finally {
      waiting.delete(n)
    }
    // the well-formed pushes arrive as sent (uni streams may overtake each other, and other cases' pushes come between)
    if (c.wellFormed.length > 0) {
      const key = (p: [number, string]): string => `${p[0]}:${p[1]}`
      const missing = (): Array<[number, string]> => {
        const seen = new Set(pushes.slice(before).map(key))
        return c.wellFormed.filter((p) => !seen.has(key(p)))
      }
      for (let i = 0; i < 400 && missing().length > 0; i++) await new Promise((r) => setTimeout(r, 5))
      const m = missing().length
      if (m > 0 && cl.rpc.isOpen) return { outcome, problem: invariant(`${m} of ${c.wellFormed.length} well-formed pushes did not arrive (call: ${outcome})`) }
    }
    return { outcome, problem: null }
  }

  const target: Target<HostileCase> = {
    name: 'sdk-hostile-server',
    generate: (rng) => hostileCase(rng),
    check: async (c) => (await run(c)).problem,
    describe: (c) => `${'reset' in c.answer ? `reset ${c.answer.reset}` : `${c.answer.bytes.length} answer bytes${c.answer.fin ? '' : ' without FIN'}: ${c.answer.bytes.subarray(0, 24).toString('hex')}`}; ${c.pushes.length} push streams`,
  }
  return {
    target, run, events: () => events,
    async close() {
      client?.close()
      await server.close('done', 1_000)
    },
  }
}

function hostileCase(rng: Rng): HostileCase {
  const payload = (): Buffer => rng.weighted([
    [40, () => qpq.v1.HealthResponse.encode({ status: 'ok', uptime_secs: rng.u32(), server_version: 'x' }).finish() as Buffer],
    [40, () => rng.bytes(rng.int(80))],
    [15, () => Buffer.alloc(0)],
    [5, () => rng.bytes(rng.range(60_000, 300_000))],
  ] as const)()
  const answer = rng.weighted<() => HostileCase['answer']>([
    [8, () => ({ reset: rng.pick([0, 1, 0x3fff_ffff]) })],
    [92, () => {
      const body = payload()
      const frame = encodeResponse(rng.pick([0, 0, 1, 2, 5, 6, 10, 11, 255]), rng.u32(), body)
      if (rng.chance(0.25)) frame.writeUInt32BE(rng.pick([0, body.length + 1, body.length + 100, MAX_PAYLOAD, MAX_PAYLOAD + 1, 0xffff_ffff]), 5)
      const cut = rng.weighted([[70, frame.length], [20, rng.int(frame.length)], [10, rng.int(RESPONSE_HEADER_LEN)]] as const)
      const bytes = Buffer.concat([frame.subarray(0, cut), rng.chance(0.15) ? rng.bytes(rng.int(40)) : Buffer.alloc(0)])
      return { bytes, fin: rng.chance(0.9), ownId: rng.chance(0.7), ...(rng.chance(0.03) ? { delayMs: rng.range(CALL_TIMEOUT_MS, CALL_TIMEOUT_MS + 100) } : {}) }
    }],
  ])()
  const pushes: Buffer[] = []
  const wellFormed: Array<[number, string]> = []
  for (let n = rng.weighted([[50, 0], [35, rng.range(1, 3)], [15, rng.range(4, 12)]] as const); n > 0; n--) {
    const frames: Buffer[] = []
    let intact = true
    for (let k = rng.chance(0.3) ? rng.range(2, 5) : 1; k > 0; k--) {
      const type = rng.pick(PUSH_TYPES)
      const body = rng.chance(0.5) ? pushPayload(rng, type) : rng.bytes(rng.int(64))
      const f = encodePush(type, body)
      if (intact && rng.chance(0.2)) {
        intact = false // from here the stream is broken: what follows cannot be read as frames
        const how = rng.int(3)
        if (how === 0) f.writeUInt32BE(rng.pick([MAX_PAYLOAD + 1, 0xffff_ffff, body.length + 50]), 2)
        frames.push(how === 1 ? f.subarray(0, rng.int(f.length)) : how === 2 ? rng.bytes(rng.int(10)) : f)
        continue
      }
      if (intact) wellFormed.push([type, body.toString('hex')])
      frames.push(f)
    }
    pushes.push(Buffer.concat(frames))
  }
  return { answer, pushes, wellFormed, typed: rng.chance(0.3) }
}

/** A push payload that decodes as its event type's message, or garbage that looks like one. */
function pushPayload(rng: Rng, type: number): Buffer {
  const key = rng.bytes(32)
  switch (type) {
    case PushEvent.NewMessage: return qpq.v1.NewMessage.encode({ recipient_key: key, envelope: { seq: rng.u32(), data: rng.bytes(rng.int(40)) } }).finish() as Buffer
    case PushEvent.Typing: return qpq.v1.Typing.encode({ channel_id: rng.bytes(16), sender_key: key, typing: rng.chance(0.5) }).finish() as Buffer
    case PushEvent.Presence: return qpq.v1.Presence.encode({ identity_key: key, online: rng.chance(0.5) }).finish() as Buffer
    default: return rng.bytes(rng.int(40))
  }
}
