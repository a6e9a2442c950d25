// Starts a real RPC listener on 127.0.0.1 with the production transport and a few test-only
// methods (echo, push, slow, throw), and opens real clients to it.
import { randomBytes } from 'node:crypto'
import { Dispatcher } from '../../daemon/rpc/dispatcher.js'
import { method, methodTable, type MethodDef } from '../../daemon/rpc/method.js'
import type { MessageCodec } from '../../protocol/codec.js'
import type { SessionResolver } from '../../daemon/services/call-context.js'
import { buildMethodTable } from '../../daemon/rpc/methods.js'
import { PushHub } from '../../daemon/rpc/push-hub.js'
import { configurePushesHandler } from '../../daemon/rpc/push-settings.js'
import { DEFAULT_TRANSPORT, toPem, type TransportSettings } from '../../protocol/quic/config.js'
import { DEFAULT_SERVER_LIMITS, type QuicServerOptions } from '../../protocol/quic/server.js'
import { DEFAULT_RPC_LIMITS, RpcServer, type RpcServerOptions } from '../../daemon/rpc/rpc-server.js'
import { selfSigned } from '../../daemon/tls/x509.js'
import { silentLogger, type Logger } from '../../daemon/observability/logger.js'
import { QpqClient, type QpqClientOptions } from '../../client/qpq-client.js'

/** Test method ids (outside the protocol's ranges). */
export const T = { Echo: 7001, Push: 7002, Slow: 7003, Throw: 7004 } as const

export const bytesCodec: MessageCodec<Uint8Array> = {
  encode: (m) => ({ finish: () => m }),
  decode: (b) => b,
}

export interface HarnessOptions {
  quic?: Partial<QuicServerOptions>
  transport?: Partial<TransportSettings>
  rpc?: Partial<Omit<RpcServerOptions, 'quic'>>
  rpcTimeoutMs?: number
  /** Session tokens the harness accepts (default: none). */
  sessions?: SessionResolver
  /** PEM CA that client certificates must chain to (turns on mutual TLS). */
  clientCaPem?: Buffer
  /** The RPC server's logger (default: silent). */
  log?: Logger
}

export interface Harness {
  server: RpcServer
  push: PushHub
  port: number
  certDer: Buffer
  secret: Buffer
  client(opts?: Partial<QpqClientOptions>): Promise<QpqClient>
  close(): Promise<void>
}

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const { keyDer, certDer } = selfSigned('localhost', ['localhost', '127.0.0.1'], 1)
  const secret = randomBytes(32)
  let push: PushHub | null = null
  const testMethods: MethodDef[] = [
    method({ id: T.Echo, name: 'Echo', request: bytesCodec, response: bytesCodec, auth: false, rateClass: 'none', handler: (req) => req }),
    method({
      id: T.Push, name: 'Push', request: bytesCodec, response: bytesCodec, auth: false, rateClass: 'none',
      // payload: u16 count; pushes `count` NewMessage frames whose payload is their index (u16)
      handler: (req, ctx) => {
        const n = Buffer.from(req).readUInt16BE(0)
        let queued = 0
        for (let i = 0; i < n; i++) {
          const p = Buffer.alloc(2)
          p.writeUInt16BE(i)
          if (push?.push(ctx.connectionId, 1000, p)) queued++
        }
        const out = Buffer.alloc(2)
        out.writeUInt16BE(queued)
        return out
      },
    }),
    method({
      id: T.Slow, name: 'Slow', request: bytesCodec, response: bytesCodec, auth: false, rateClass: 'none',
      // payload: u32 milliseconds to wait before echoing
      handler: (req) => new Promise<Uint8Array>((r) => setTimeout(() => r(req), Buffer.from(req).readUInt32BE(0))),
    }),
    method({ id: T.Throw, name: 'Throw', request: bytesCodec, response: bytesCodec, auth: false, rateClass: 'none', handler: () => { throw new Error('boom: secret internals') } }),
  ]
  const health = buildMethodTable({
    health: { startedAt: Date.now(), version: 'test', isDraining: () => server.isDraining },
    configurePushes: configurePushesHandler((id) => server.connection(id)),
  })
  const table = methodTable([...health.values(), ...testMethods])
  const dispatcher = new Dispatcher(table, o.sessions ?? { resolve: () => null }, silentLogger(), o.rpcTimeoutMs ?? 30_000)
  const quic: QuicServerOptions = {
    ...DEFAULT_SERVER_LIMITS,
    host: '127.0.0.1', port: 0,
    transport: { ...DEFAULT_TRANSPORT, ...o.transport },
    tls: { certPem: toPem(certDer, 'CERTIFICATE'), keyPem: toPem(keyDer, 'PRIVATE KEY'), caPem: o.clientCaPem ?? null },
    secret,
    ...o.quic,
  }
  const server: RpcServer = new RpcServer({ ...DEFAULT_RPC_LIMITS, ...o.rpc, quic }, dispatcher, o.log ?? silentLogger())
  push = new PushHub()
  push.serve(server)
  const { port } = await server.start()
  const clients: QpqClient[] = []
  return {
    server, push, port, certDer, secret,
    async client(opts = {}) {
      const c = await QpqClient.connect({ server: `127.0.0.1:${port}`, caCert: certDer, ...opts })
      clients.push(c)
      return c
    },
    async close() {
      for (const c of clients) c.close()
      await server.drain(1_000)
    },
  }
}

/** Polls `cond` until true or `ms` elapse. */
export async function waitFor(cond: () => boolean, ms: number, what = 'condition'): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

export function u16(n: number): Buffer {
  const b = Buffer.alloc(2)
  b.writeUInt16BE(n)
  return b
}

export function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
