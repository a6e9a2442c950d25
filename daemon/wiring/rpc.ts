// The client transport: the method table over every service, the dispatcher (sessions, rate
// limits, deadlines, error mapping) and the QUIC RPC listener with its push routing and plugin
// connect/disconnect hooks. Started last among the services, so no call arrives before they are
// ready; stopping drains calls in flight and closes every connection.
import type { Config } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { HookBus } from '../../plugins/hooks.js'
import type { HostPort } from '../../protocol/address.js'
import { DEFAULT_TRANSPORT } from '../../protocol/quic/config.js'
import { DEFAULT_SERVER_LIMITS } from '../../protocol/quic/server.js'
import { Dispatcher } from '../rpc/dispatcher.js'
import { buildMethodTable, type Services } from '../rpc/methods.js'
import type { PushHub } from '../rpc/push-hub.js'
import { configurePushesHandler } from '../rpc/push-settings.js'
import { InProcessRateLimiter } from '../rpc/rate-limiter.js'
import { DEFAULT_RPC_LIMITS, RpcServer } from '../rpc/rpc-server.js'
import type { SessionService } from '../services/auth/sessions.js'
import type { ServerTls } from '../tls/server-identity.js'
import type { Startable } from './lifecycle.js'

/**
 * The listener's byte budget from the two options (docs/configuration.md): an address without a
 * session gets a quarter of its share, a connection half of it — but never less than one request
 * of the largest size — and no share exceeds the total.
 */
function budgetShares(total: number, perIp: number): { bufferBudget: number; addressBudget: number; unauthenticatedAddressBudget: number; connectionBudget: number } {
  const oneRequest = DEFAULT_SERVER_LIMITS.unauthenticatedAddressBudget
  const addressBudget = Math.min(perIp, total)
  return {
    bufferBudget: total,
    addressBudget,
    unauthenticatedAddressBudget: Math.min(addressBudget, Math.max(oneRequest, addressBudget / 4)),
    connectionBudget: Math.min(addressBudget, Math.max(oneRequest, addressBudget / 2)),
  }
}

export class RpcDomain implements Startable {
  readonly server: RpcServer
  private readonly dispatcher: Dispatcher
  private readonly limiter = new InProcessRateLimiter()
  private bound: HostPort | null = null
  private readonly log: Logger

  constructor(private readonly config: Config, c: {
    services: Services; sessions: SessionService; push: PushHub; tls: ServerTls; secret: Buffer; hooks: HookBus; metrics: Metrics; log: Logger
  }) {
    const { push, hooks, metrics } = c
    const log = (this.log = c.log.child({ component: 'rpc' }))
    // the transport's own method: it reaches the caller's connection (called only once started)
    const configurePushes = configurePushesHandler((id) => this.server.connection(id))
    const dispatcher = this.dispatcher = new Dispatcher(buildMethodTable({ ...c.services, configurePushes }), c.sessions, log, config.rpcTimeoutMs, {
      rateLimit: { limiter: this.limiter, limits: config.rateLimits },
      onLimited: () => metrics.service.rateLimitHit.inc(),
      onSession: (connectionId, session) => {
        push.attach(connectionId, session)
        // a connection with a session gets its address the larger share of the byte budget
        this.server.connection(connectionId)?.markAuthenticated()
      },
    })
    this.server = new RpcServer({
      quic: {
        ...DEFAULT_SERVER_LIMITS,
        host: config.listen.host,
        port: config.listen.port,
        transport: { ...DEFAULT_TRANSPORT, idleTimeoutMs: config.idleTimeoutMs },
        tls: { certPem: c.tls.certPem, keyPem: c.tls.keyPem },
        secret: c.secret,
        retry: config.quicRetry ? 'always' : 'never',
        maxConnections: config.maxConnections,
        maxConnectionsPerAddress: config.maxConnectionsPerIp,
        ...budgetShares(config.bufferBudgetBytes, config.bufferBudgetPerIpBytes),
      },
      readTimeoutMs: config.readTimeoutMs,
      maxStalledStreams: DEFAULT_RPC_LIMITS.maxStalledStreams,
    }, dispatcher, log, {
      answered: (methodId, status, startedAtNs) => metrics.observeCall(methodId, status, startedAtNs),
      connect: (info) => hooks.veto('connect', info)?.then((v) => (v === null ? null : v.reason || 'refused by a plugin')) ?? null,
      disconnect: (info) => {
        push.closed(info.connectionId)
        hooks.observe('disconnect', info)
      },
    })
    push.serve(this.server)
    metrics.watchRpcServer(this.server)
    metrics.watchPushes(push)
  }

  async start(): Promise<void> {
    this.bound = await this.server.start()
  }

  /** Drains calls in flight (up to drain_timeout), then closes every connection. */
  async stop(): Promise<void> {
    this.log.info({ inFlight: this.server.inFlight, connections: this.server.connectionCount }, 'draining')
    try {
      await this.server.drain(this.bound === null ? 0 : this.config.drainTimeoutMs)
    } finally {
      this.limiter.close()
      this.dispatcher.close()
    }
  }

  /** The bound address (valid once started). */
  get address(): HostPort {
    if (this.bound === null) throw new Error('the RPC listener is not started')
    return this.bound
  }
}
