// Fuzz target of the federation listener: a real Federation component (test/helpers/federation.ts:
// its own SQLCipher database, the real delivery service, mutual TLS over real QUIC) called by a
// peer with a valid certificate, through the listener's own dispatcher: every method id, payloads
// made from the schemas (RelayEnqueue, RelayBatchEnqueue in both its forms, the proxies, health)
// and mutated. No answer — and no per-message result of a relayed transaction — may be 10.
import { qpq } from '../../../proto/qpq.js'
import { METHODS } from '../../../proto/methods.js'
import { encodeRequest } from '../../../protocol/frames.js'
import { CallTimeoutError, ConnectionClosedError, RpcConnection } from '../../../protocol/rpc-connection.js'
import { FEDERATION_DEFAULTS } from '../../../federation/options.js'
import { TestCa, freePort, newKey, peer, startFedNode, type FedNode } from '../federation.js'
import { emptyDictionary, genMessage, loadSchema, messageType, mutate, type Dictionary } from './protobuf.js'
import { crash, internal, invariant, type Problem, type Target } from './run.js'
import type { Logger } from '../../../daemon/observability/logger.js'
import { Tally, errorText } from './tally.js'

export interface FederationCase { method: number; payload: Buffer; how: string }

const CALL_TIMEOUT_MS = 20_000

export interface FederationFuzz { target: Target<FederationCase>; tally: Tally; close(): Promise<void> }

export async function federationFuzz(log: Logger, logProblems: () => string | null): Promise<FederationFuzz> {
  const schema = loadSchema()
  const ca = new TestCa()
  const [port, otherPort] = [await freePort(), await freePort()]
  // b.example serves; a.example (never started) is the peer whose certificate the fuzzer holds
  const node: FedNode = await startFedNode({ domain: 'b.example', port, identity: ca.issue('b.example'), caPem: ca.caPem, peers: [peer('a.example', otherPort)], log })
  const users = [node.addUser('bob'), node.addUser('carol')]
  for (let i = 0; i < 50; i++) node.keys.addPackage(users[0] as Buffer, Buffer.from(`key package ${i}`), Date.now())
  node.keys.setHybrid(users[0] as Buffer, Buffer.alloc(1216, 7), Date.now())
  const clientCert = ca.issue('a.example')
  const dict: Dictionary = emptyDictionary()
  dict.bytes = { identity: [...users, newKey()], message: [Buffer.alloc(16, 1)], channel: [Buffer.alloc(16, 2)] }
  dict.strings = ['bob', 'carol', 'bob@b.example', 'bob@a.example', 'nobody']
  dict.domains = ['a.example', 'A.EXAMPLE.', 'b.example', 'c.example', '']
  dict.messages = { federation_auth: () => ({ origin_domain: 'a.example' }) }
  const types = METHODS.map((m) => ({ m, req: messageType(schema, `${m.name}Request`), res: messageType(schema, `${m.name}Response`) }))
  const byId = new Map(types.map((t) => [t.m.id, t]))
  const relayMethods = types.filter((t) => t.m.id >= 900 && t.m.id <= 905)

  const tally = new Tally()
  let conn: RpcConnection | null = null
  let opening: Promise<RpcConnection> | null = null
  let requestId = 0
  const connection = async (): Promise<RpcConnection> => {
    if (conn !== null && conn.isOpen) return conn
    opening ??= (async () => {
      const c = new RpcConnection({
        host: '127.0.0.1', port, serverName: 'b.example', caPem: ca.caPem, clientCert, transport: FEDERATION_DEFAULTS.transport,
        connectTimeoutMs: 5_000, keepAliveMs: 0, bufferBudget: 64 << 20,
      }, { onPush: () => {}, onClose: () => {} })
      await c.ready
      conn = c
      return c
    })().finally(() => { opening = null })
    return await opening
  }
  await connection()

  const call = async (method: number, payload: Uint8Array): Promise<{ status: number; payload: Buffer } | Problem> => {
    const c = await connection()
    try {
      const out = await c.send(encodeRequest(method, ++requestId >>> 0, payload), { timeoutMs: CALL_TIMEOUT_MS })
      if (out.kind === 'reset') return invariant(`the listener reset the stream (code ${out.code})`)
      return { status: out.status, payload: out.payload }
    } catch (err) {
      if (err instanceof ConnectionClosedError) return invariant(`the listener closed the peer's connection: ${err.message}`)
      if (err instanceof CallTimeoutError) return { kind: 'hang', detail: `no answer within ${CALL_TIMEOUT_MS} ms` }
      throw err
    }
  }

  const target: Target<FederationCase> = {
    name: 'federation',
    generate(rng) {
      // mostly the relay's own methods; the others must be refused (3) before their payload is read
      const t = rng.chance(0.85) ? rng.pick(relayMethods) : rng.pick(types)
      let payload = genMessage(rng, t.req, dict)
      const hows = ['schema']
      if (rng.chance(0.35)) {
        const m = mutate(rng, payload, genMessage(rng, rng.pick(types).req, dict), t.req)
        payload = m.bytes
        hows.push(m.how)
      }
      return { method: t.m.id, payload, how: hows.join('+') }
    },
    async check(c) {
      const t = byId.get(c.method)
      const r = await call(c.method, c.payload)
      if ('kind' in r) return r
      const name = t?.m.name ?? String(c.method)
      tally.note(name, r.status, r.payload)
      if (r.status === 10) return internal(`${name} answered 10 Internal: ${errorText(r.payload)}`)
      if (r.status === 0 && t !== undefined) {
        let res
        try {
          res = t.res.decode(r.payload) as { results?: Array<{ status?: number; reason?: string }> }
        } catch (err) {
          return invariant(`${name} answered 0 with an undecodable response: ${(err as Error).message}`)
        }
        const bad = (res.results ?? []).find((x) => x.status === 10)
        if (bad !== undefined) return internal(`${name}: a relayed message's result was 10 Internal: ${bad.reason}`)
      }
      if (c.method < 900 || c.method > 905) {
        if (r.status !== 3 && r.status !== 11) return invariant(`${name} on the federation listener answered ${r.status}, not 3`)
      }
      return null
    },
    async afterBatch() {
      const log = logProblems()
      if (log !== null) return invariant(log)
      const r = await call(905, qpq.v1.FederationHealthRequest.encode({ federation_auth: { origin_domain: 'a.example' } }).finish())
      if ('kind' in r) return crash(`FederationHealth after the batch: ${r.detail}`)
      return r.status === 0 ? null : crash(`FederationHealth after the batch answered ${r.status}: ${errorText(r.payload)}`)
    },
    describe: (c) => `${byId.get(c.method)?.m.name ?? c.method} (${c.how}): ${c.payload.length} bytes ${c.payload.subarray(0, 48).toString('hex')}`,
  }
  return {
    target, tally,
    async close() {
      conn?.close()
      await node.stop()
    },
  }
}
