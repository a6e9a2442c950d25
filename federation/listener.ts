// The federation listener (federation_listen, default :7001): the same v2 framing as the client
// listener, on our QUIC layer with mutual TLS. A client certificate is mandatory and verified
// natively against PeerTrust's anchors; once the handshake is done, and before any stream is
// read, PeerTrust decides which configured domains the certificate speaks for — none, and the
// connection is closed. Each call's handler then checks its origin_domain against those domains.
import { DEFAULT_SERVER_LIMITS } from '../protocol/quic/server.js'
import type { HostPort } from '../protocol/address.js'
import type { TransportSettings } from '../protocol/quic/config.js'
import { Dispatcher } from '../daemon/rpc/dispatcher.js'
import type { MethodTable } from '../daemon/rpc/method.js'
import { DEFAULT_RPC_LIMITS, RpcServer } from '../daemon/rpc/rpc-server.js'
import type { Logger } from '../daemon/observability/logger.js'
import type { PeerTrust } from './trust.js'

export interface FederationListenerOptions {
  listen: HostPort
  certPem: Buffer
  keyPem: Buffer
  secret: Uint8Array
  transport: TransportSettings
  rpcTimeoutMs: number
}

/** Peers are few: these bound what an unauthenticated flood can hold before certificates are checked. */
const LIMITS = { maxConnections: 1_000, maxConnectionsPerAddress: 16, maxHalfOpen: 256, maxHandshakesPerAddress: 16, bufferBudget: 128 << 20 }

export class FederationListener {
  private readonly rpc: RpcServer
  /** Authenticated domains of each live connection. */
  private readonly peers = new Map<number, ReadonlySet<string>>()

  constructor(o: FederationListenerOptions, trust: PeerTrust, methods: MethodTable, private readonly log: Logger, onRefused: () => void) {
    const dispatcher = new Dispatcher(methods, { resolve: () => null }, log, o.rpcTimeoutMs)
    this.rpc = new RpcServer({
      quic: {
        ...DEFAULT_SERVER_LIMITS,
        ...LIMITS,
        host: o.listen.host,
        port: o.listen.port,
        transport: o.transport,
        tls: { certPem: o.certPem, keyPem: o.keyPem, caPem: trust.listenerCaPem },
        secret: o.secret,
        verifyPeer: (chain, connectionId) => {
          const auth = trust.authenticate(chain)
          if ('refusal' in auth) {
            onRefused()
            this.log.warn({ conn: connectionId, reason: auth.refusal }, 'federation peer refused')
            return auth.refusal
          }
          this.peers.set(connectionId, new Set(auth.domains))
          return null
        },
      },
      readTimeoutMs: DEFAULT_RPC_LIMITS.readTimeoutMs,
      maxStalledStreams: DEFAULT_RPC_LIMITS.maxStalledStreams,
    }, dispatcher, log, {
      connect: (info) => {
        this.log.info({ conn: info.connectionId, remote: info.remoteAddress, domains: [...this.peers.get(info.connectionId) ?? []] }, 'federation peer connected')
        return null
      },
      disconnect: (info) => { this.peers.delete(info.connectionId) },
    })
  }

  async start(): Promise<HostPort> {
    return await this.rpc.start()
  }

  get address(): HostPort {
    return this.rpc.address
  }

  get connectionCount(): number {
    return this.rpc.connectionCount
  }

  /** The domains the peer on this connection authenticated for (empty for an unknown connection). */
  domainsOf(connectionId: number): ReadonlySet<string> {
    return this.peers.get(connectionId) ?? EMPTY
  }

  /** Finishes calls in flight (up to timeoutMs), then closes every connection. */
  async stop(timeoutMs: number): Promise<void> {
    await this.rpc.drain(timeoutMs)
  }
}

const EMPTY: ReadonlySet<string> = new Set()
