// Fuzz targets on a running daemon's RPC port (in this process or another, reached over real
// QUIC): every method of proto/methods.ts through the real dispatcher, with requests made from
// its protobuf schema and mutated (`requests`), and raw v2 frames — cut, oversized, mislabelled,
// with trailing bytes, with or without FIN (`frames`). Calls go on a connection with a logged-in
// session (bound by the login, and `Auth` in field 15 of most requests) and on one without.
// No answer may be 10 Internal; the daemon must keep answering Health and log no stack trace for
// a client's error.
import { randomBytes } from 'node:crypto'
import type protobuf from 'protobufjs'
import { QpqClient } from '../../../client/qpq-client.js'
import { qpq } from '../../../proto/qpq.js'
import { METHODS } from '../../../proto/methods.js'
import { MAX_PAYLOAD, REQUEST_HEADER_LEN } from '../../../protocol/frames.js'
import { CallTimeoutError, ConnectionClosedError, type StreamOutcome } from '../../../protocol/rpc-connection.js'
import { TEST_STRETCHING, newUser, type TestUser } from '../node.js'
import { emptyDictionary, genMessage, loadSchema, messageType, mutate, type Dictionary } from './protobuf.js'
import { crash, internal, invariant, type Problem, type Target } from './run.js'
import type { Rng } from './rng.js'
import { Tally, errorText } from './tally.js'

export interface DaemonUnderTest {
  /** HOST:PORT of its RPC listener. */
  server: string
  caCert: Buffer
  /** What its log showed since the last call that it must not (LogWatch.take). */
  logProblems(): string | null
  /** Null while it runs; else how it ended (a daemon in another process can die). */
  exited(): string | null
}

type Via = 'session' | 'anonymous'

export interface RequestCase { method: number; via: Via; payload: Buffer; how: string }
export interface FrameCase { via: Via; bytes: Buffer; fin: boolean; how: string }

/** Statuses the protocol has (6 and 7 are unused; ruling 3). */
const KNOWN_STATUSES = new Set([0, 1, 2, 3, 4, 5, 8, 9, 10, 11])
const METHOD_IDS = new Set<number>(METHODS.map((m) => m.id))
const ODD_METHOD_IDS = [0, 1, 99, 104, 199, 206, 804, 899, 906, 951, 999, 7001, 0x7fff, 0xffff]
/** Long enough for the slowest honest answer on a loaded 2-core machine (calls are bounded by the daemon's rpc_timeout). */
const CALL_TIMEOUT_MS = 20_000
/** A frame the server cannot finish (no FIN, incomplete) is abandoned after this. */
const ABANDON_MS = 300

export interface RpcFuzz {
  requests: Target<RequestCase>
  frames: Target<FrameCase>
  /** Answers by method and status (how deep the cases got). */
  tally: Tally
  close(): void
}

/** Registers two users (one logged in for the calls, one to name as a peer) and builds the targets. */
export async function rpcFuzz(d: DaemonUnderTest): Promise<RpcFuzz> {
  const schema = loadSchema()
  const types = METHODS.map((m) => ({ m, req: messageType(schema, `${m.name}Request`), res: messageType(schema, `${m.name}Response`) }))
  const byId = new Map(types.map((t) => [t.m.id, t]))
  const dict: Dictionary = emptyDictionary()
  const connect = (): Promise<QpqClient> => QpqClient.connect({ server: d.server, caCert: d.caCert, keyStretching: TEST_STRETCHING, callTimeoutMs: CALL_TIMEOUT_MS })
  let me: TestUser = newUser(`fz${randomBytes(4).toString('hex')}`)
  const other = newUser(`fz${randomBytes(4).toString('hex')}`)
  let token: Buffer = Buffer.alloc(0)
  const conns = new Map<Via, QpqClient>()
  let lost = 0
  const tally = new Tally()

  const register = async (u: TestUser): Promise<void> => {
    const c = await connect()
    try {
      await c.register(u.name, u.password, u.key)
    } finally {
      c.close()
    }
  }
  /** The session connection, logged in (again, or as a new user when a case deleted the account). */
  let logins = 0
  const sessionConn = async (): Promise<QpqClient> => {
    logins++
    const c = await connect()
    try {
      token = Buffer.from(await c.login(me.name, me.password, me.key))
    } catch {
      me = newUser(`fz${randomBytes(4).toString('hex')}`)
      await register(me)
      token = Buffer.from(await c.login(me.name, me.password, me.key))
    }
    // known values: requests that use them get past the first checks (each made once per login; a failure only costs depth)
    const soft = <T>(p: Promise<T>): Promise<T | null> => p.catch(() => null)
    const direct = await soft(c.channels.direct(other.key))
    const groupId = randomBytes(32)
    const group = await soft(c.channels.group(groupId, [other.key]))
    const deviceId = randomBytes(16)
    await soft(c.devices.register(deviceId, 'fuzz device', randomBytes(32)))
    const blob = await soft(c.blobs.put(Buffer.from('fuzz blob')))
    const present = (...b: Array<Uint8Array | null | undefined>): Buffer[] => b.filter((x): x is Uint8Array => x != null).map((x) => Buffer.from(x))
    dict.bytes = {
      identity: [me.key, other.key], channel: present(direct?.channelId, group?.channelId), group: [groupId], device: [deviceId],
      token: [token], blob: present(blob), message: [randomBytes(16)],
    }
    dict.strings = [me.name, other.name, `${other.name}@localhost`]
    return c
  }
  const opening = new Map<Via, Promise<QpqClient>>()
  const retired: QpqClient[] = []
  /** The live connection of a kind; one replacement at a time when it ended. */
  const conn = async (via: Via): Promise<QpqClient> => {
    const c = conns.get(via)
    if (c !== undefined && c.rpc.isOpen) return c
    let p = opening.get(via)
    if (p === undefined) {
      if (c !== undefined) lost++
      p = (via === 'session' ? sessionConn() : connect()).then((fresh) => {
        conns.get(via)?.close()
        conns.set(via, fresh)
        return fresh
      }).finally(() => opening.delete(via))
      opening.set(via, p)
    }
    return await p
  }
  dict.messages = { auth: () => ({ access_token: token }) }
  await register(me)
  await register(other)
  await conn('session')
  await conn('anonymous')

  let probing: Promise<void> | null = null
  /** A call on the session answered 2: if the session itself has ended (a case deleted the account or revoked it), log in afresh. */
  const probeSession = (): void => {
    probing ??= (async () => {
      const s = conns.get('session')
      if (s === undefined) return
      const r = await s.call(701, qpq.v1.ListDevicesRequest.encode({ auth: { access_token: token } }).finish()).catch(() => null)
      if (r?.status === 2 && conns.get('session') === s) {
        // cases still running on it finish there; it is closed after the batch
        conns.delete('session')
        retired.push(s)
      }
    })().finally(() => { probing = null })
  }

  const healthy = async (): Promise<Problem | null> => {
    for (const c of retired.splice(0)) c.close()
    const gone = d.exited()
    if (gone !== null) return crash(`the daemon ended: ${gone}`)
    const log = d.logProblems()
    if (log !== null) return invariant(log)
    // on a new connection and on the session's (which also checks the session still works)
    const c = await connect().catch((err: Error) => err)
    if (c instanceof Error) return crash(`no new connection after the batch: ${c.message}`)
    try {
      const r = await c.call(802, new Uint8Array(0))
      if (r.status !== 0) return crash(`Health on a new connection answered ${r.status}`)
    } catch (err) {
      return crash(`Health on a new connection failed: ${(err as Error).message}`)
    } finally {
      c.close()
    }
    const s = await conn('session')
    const r = await s.call(701, qpq.v1.ListDevicesRequest.encode({ auth: { access_token: token } }).finish())
    if (r.status === 2) {
      // a case ended the session (DeleteAccount, RevokeDevice): the next case logs in afresh
      conns.delete('session')
      s.close()
    }
    else if (r.status !== 0) return invariant(`ListDevices with the session answered ${r.status}`)
    return null
  }

  const SESSION_ENDERS: Record<string, () => Dictionary['bytes']> = {
    DeleteAccountRequest: () => ({ identity: [other.key] }),
    RevokeDeviceRequest: () => ({ device: [Buffer.alloc(16, 0xde)] }),
  }
  const payloadFor = (rng: Rng, req: protobuf.Type): { payload: Buffer; how: string } => {
    // DeleteAccount of the session's own account and RevokeDevice of its device end the session for
    // every case in flight: they get those values in one case of ten (their success paths still run; the next case logs in again)
    const spare = SESSION_ENDERS[req.name]
    const d = spare !== undefined && rng.chance(0.9) ? { ...dict, bytes: { ...dict.bytes, ...spare() } } : dict
    let payload = genMessage(rng, req, d)
    const hows = ['schema']
    if (rng.chance(0.4)) {
      for (let n = rng.range(1, 3); n > 0; n--) {
        const m = mutate(rng, payload, genMessage(rng, rng.pick(types).req, dict), req)
        payload = m.bytes
        hows.push(m.how)
      }
    }
    return { payload, how: hows.join('+') }
  }

  const requests: Target<RequestCase> = {
    name: 'rpc-requests',
    generate(rng) {
      const t = rng.pick(types)
      return { method: t.m.id, via: rng.chance(0.75) ? 'session' : 'anonymous', ...payloadFor(rng, t.req) }
    },
    async check(c) {
      const t = byId.get(c.method)
      if (t === undefined) return invariant(`no method ${c.method}`)
      const client = await conn(c.via)
      let r
      try {
        r = await client.call(c.method, c.payload, { timeoutMs: CALL_TIMEOUT_MS })
        tally.note(t.m.name, r.status, r.payload)
      } catch (err) {
        if (err instanceof ConnectionClosedError) return invariant(`the daemon closed the connection on a well-framed ${t.m.name} request: ${err.message}`)
        if (err instanceof CallTimeoutError) return { kind: 'hang', detail: `${t.m.name}: no answer within ${CALL_TIMEOUT_MS} ms` }
        throw err
      }
      if (r.status === 2 && c.via === 'session') probeSession()
      if (r.status === 10) return internal(`${t.m.name} answered 10 Internal: ${errorText(r.payload)}`)
      if (!KNOWN_STATUSES.has(r.status) || r.status === 11) return invariant(`${t.m.name} answered status ${r.status}`)
      if (r.status === 0) {
        try {
          t.res.decode(r.payload)
        } catch (err) {
          return invariant(`${t.m.name} answered 0 with an undecodable ${t.m.name}Response: ${(err as Error).message}`)
        }
      }
      return null
    },
    afterBatch: healthy,
    describe: (c) => `${byId.get(c.method)?.m.name ?? c.method} via ${c.via} (${c.how}): ${c.payload.length} bytes ${c.payload.subarray(0, 48).toString('hex')}`,
  }

  const frames: Target<FrameCase> = {
    name: 'rpc-frames',
    generate(rng) {
      const known = rng.chance(0.8)
      const t = rng.pick(types)
      const methodId = known ? t.m.id : rng.chance(0.7) ? rng.pick(ODD_METHOD_IDS) : rng.int(0x10000)
      const { payload, how } = known ? payloadFor(rng, t.req) : { payload: rng.bytes(rng.int(64)), how: 'random' }
      const header = Buffer.alloc(REQUEST_HEADER_LEN)
      header.writeUInt16BE(methodId, 0)
      header.writeUInt32BE(rng.pick([0, 1, 0xffff_ffff, rng.u32()]), 2)
      const declared = rng.weighted([
        [60, payload.length], [10, Math.max(0, payload.length - rng.range(1, 8))], [10, payload.length + rng.range(1, 8)],
        [8, MAX_PAYLOAD + rng.pick([0, 1])], [6, 0xffff_ffff], [6, 0],
      ] as const)
      header.writeUInt32BE(declared, 6)
      const cut = rng.weighted([[75, 'none'], [10, 'header'], [10, 'payload'], [5, 'empty']] as const)
      let bytes = cut === 'header' ? header.subarray(0, rng.int(REQUEST_HEADER_LEN))
        : cut === 'empty' ? Buffer.alloc(0)
        : Buffer.concat([header, cut === 'payload' ? payload.subarray(0, rng.int(payload.length + 1)) : payload])
      const extra = rng.weighted([[80, 'none'], [10, 'junk'], [10, 'frame']] as const)
      if (extra === 'junk') bytes = Buffer.concat([bytes, rng.bytes(rng.range(1, 64))])
      if (extra === 'frame') bytes = Buffer.concat([bytes, header, payload])
      return { via: rng.chance(0.5) ? 'session' : 'anonymous', bytes, fin: rng.chance(0.9), how: `${how}; declared ${declared} of ${payload.length}; cut ${cut}; extra ${extra}` }
    },
    async check(c) {
      const e = expectation(c.bytes)
      const client = await conn(c.via)
      const waitsForFin = !c.fin && !e.complete
      let out: StreamOutcome
      try {
        out = await client.rpc.send(c.bytes, { fin: c.fin, timeoutMs: waitsForFin ? ABANDON_MS : CALL_TIMEOUT_MS })
      } catch (err) {
        if (err instanceof CallTimeoutError && waitsForFin) return null // nothing to answer yet: abandoned, as a client would
        if (err instanceof ConnectionClosedError) return waitsForFin ? null : invariant(`the daemon closed the connection: ${err.message}`)
        if (err instanceof CallTimeoutError) return { kind: 'hang', detail: `no answer within ${CALL_TIMEOUT_MS} ms` }
        return invariant(`the frame's stream failed: ${(err as Error).message}`)
      }
      if (out.kind === 'reset') return waitsForFin ? null : invariant(`the daemon reset the stream (code ${out.code})`)
      // answered before our FIN: end the stream as a client would, or it counts as stalled (16 close the connection)
      if (!c.fin) client.rpc.resetStream(out.streamId)
      if (out.status === 10) return internal(`frame for method ${e.methodId} answered 10 Internal: ${errorText(out.payload)}`)
      if (out.requestId !== e.requestId) return invariant(`answered request id ${out.requestId}, the frame's is ${e.requestId}`)
      if (e.expect !== null && out.status !== e.expect) return invariant(`answered ${out.status}, expected ${e.expect} (${e.why})`)
      if (!KNOWN_STATUSES.has(out.status)) return invariant(`answered status ${out.status}`)
      return null
    },
    afterBatch: healthy,
    describe: (c) => `${c.bytes.length} bytes via ${c.via}${c.fin ? '' : ' without FIN'} (${c.how}): ${c.bytes.subarray(0, 48).toString('hex')}`,
  }

  return {
    requests, frames, tally,
    close() {
      for (const c of [...conns.values(), ...retired]) c.close()
      if (lost > 0 || logins > 1) process.stderr.write(`fuzz: ${lost} connection(s) ended during the run and were replaced; ${logins} logins (a case ended the session ${logins - 1} times)\n`)
    },
  }
}

interface Expectation { methodId: number; requestId: number; complete: boolean; expect: number | null; why: string }

/** What the server must answer to these stream bytes once it has them all (and their FIN). */
function expectation(b: Buffer): Expectation {
  const requestId = b.length >= 6 ? b.readUInt32BE(2) : 0
  if (b.length < REQUEST_HEADER_LEN) return { methodId: -1, requestId, complete: false, expect: 1, why: 'the header is cut short' }
  const methodId = b.readUInt16BE(0)
  const declared = b.readUInt32BE(6)
  if (declared > MAX_PAYLOAD) return { methodId, requestId, complete: true, expect: 1, why: 'the declared length is over 4 MiB' }
  if (b.length - REQUEST_HEADER_LEN < declared) return { methodId, requestId, complete: false, expect: 1, why: 'the payload is cut short' }
  if (!METHOD_IDS.has(methodId)) return { methodId, requestId, complete: true, expect: 11, why: 'no such method' }
  return { methodId, requestId, complete: true, expect: null, why: '' }
}
