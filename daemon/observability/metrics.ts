// Prometheus metrics (prom-client) on metrics_listen: process and event-loop metrics, per-method
// RPC counts and latency, the QUIC listener's gauges and counters, and the original server's
// service counters. The same listener answers /health for load balancers and probes.
import http from 'node:http'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { HostPort } from '../../protocol/address.js'
import type { RpcServer } from '../rpc/rpc-server.js'
import type { PushHub } from '../rpc/push-hub.js'

/**
 * The original server's metric names (spec part-04 §5.2): unprefixed and without labels, so its
 * dashboards and alert rules work unchanged. They lack the qpq_ prefix of our own metrics on
 * purpose: do not "fix" them (docs/configuration.md, Metrics).
 */
export interface ServiceCounters {
  enqueue: Counter
  enqueueBytes: Counter
  fetch: Counter
  fetchWait: Counter
  keyPackageUpload: Counter
  loginSuccess: Counter
  loginFailure: Counter
  rateLimitHit: Counter
}

export class Metrics {
  readonly registry = new Registry()
  readonly service: ServiceCounters
  private queueDepth: () => number = () => 0
  private readonly requests: Counter<'method' | 'status'>
  private readonly duration: Histogram<'method'>
  private readonly children = new Map<string, Counter.Internal>()
  private readonly durations = new Map<string, Histogram.Internal<'method'>>()
  private server: http.Server | null = null
  /** Set by watchRpcServer: /health answers 503 once the listener drains. */
  private draining: () => boolean = () => false

  constructor(private readonly methodNames: ReadonlyMap<number, string>) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 })
    const counter = (name: string, help: string): Counter => new Counter({ name, help, registers: [this.registry] })
    this.service = {
      enqueue: counter('enqueue_total', 'Messages enqueued'),
      enqueueBytes: counter('enqueue_bytes_total', 'Bytes enqueued'),
      fetch: counter('fetch_total', 'Message fetches completed'),
      fetchWait: counter('fetch_wait_total', 'Long-poll fetch waits'),
      keyPackageUpload: counter('key_package_upload_total', 'MLS KeyPackage uploads'),
      loginSuccess: counter('auth_login_success_total', 'Successful OPAQUE login completions'),
      loginFailure: counter('auth_login_failure_total', 'Failed login attempts'),
      rateLimitHit: counter('rate_limit_hit_total', 'Requests refused by rate limiting'),
    }
    const depth = (): number => this.queueDepth()
    new Gauge({ name: 'delivery_queue_depth', help: 'Messages waiting in delivery queues (sampled)', registers: [this.registry], collect() { this.set(depth()) } })
    this.requests = new Counter({ name: 'qpq_rpc_requests_total', help: 'RPC calls answered, by method and status code', labelNames: ['method', 'status'], registers: [this.registry] })
    this.duration = new Histogram({
      name: 'qpq_rpc_duration_seconds', help: 'Time from a request\'s first byte to its answer', labelNames: ['method'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [this.registry],
    })
  }

  /** delivery_queue_depth, sampled at scrape time. */
  watchQueueDepth(depth: () => number): void {
    this.queueDepth = depth
  }

  /** Observes each finished crypto task's latency (give it to the pool as onTask). */
  cryptoTaskObserver(): (task: string, ms: number) => void {
    const latency = new Histogram({
      name: 'qpq_crypto_task_duration_seconds', help: 'Crypto task time from submission to result, queueing included', labelNames: ['task'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [this.registry],
    })
    return (task, ms) => latency.labels(task).observe(ms / 1000)
  }

  /** Observes each group commit: how many writes it carried and how long it took. */
  commitObserver(): (writes: number, ms: number) => void {
    const size = new Histogram({
      name: 'qpq_commit_batch_writes', help: 'Writes (enqueues, plugin store writes) per group commit',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024], registers: [this.registry],
    })
    const time = new Histogram({
      name: 'qpq_commit_duration_seconds', help: 'Time one group commit took (its writes and the COMMIT)',
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [this.registry],
    })
    return (writes, ms) => {
      size.observe(writes)
      time.observe(ms / 1000)
    }
  }

  /** Crypto pool: queue depth and workers at scrape time. */
  watchCryptoPool(pool: { stats: { queueDepth: number }; workers: number }): void {
    new Gauge({ name: 'qpq_crypto_queue_depth', help: 'Crypto tasks waiting for a worker', registers: [this.registry], collect() { this.set(pool.stats.queueDepth) } })
    new Gauge({ name: 'qpq_crypto_workers', help: 'Crypto worker threads running (idle ones exit)', registers: [this.registry], collect() { this.set(pool.workers) } })
  }

  /** Records one answered call (hot path: label children are cached). */
  observeCall(methodId: number, status: number, startedAt: bigint): void {
    const method = this.methodNames.get(methodId) ?? 'unknown'
    const key = `${method}|${status}`
    let c = this.children.get(key)
    if (c === undefined) {
      c = this.requests.labels(method, String(status))
      this.children.set(key, c)
    }
    c.inc()
    let h = this.durations.get(method)
    if (h === undefined) {
      h = this.duration.labels(method)
      this.durations.set(method, h)
    }
    h.observe(Number(process.hrtime.bigint() - startedAt) / 1e9)
  }

  /** Gauges and counters read from the RPC listener at scrape time. */
  watchRpcServer(rpc: RpcServer): void {
    this.draining = () => rpc.isDraining
    const gauge = (name: string, help: string, read: () => number): void => {
      new Gauge({ name, help, registers: [this.registry], collect() { this.set(read()) } })
    }
    gauge('qpq_quic_connections', 'Open QUIC connections', () => rpc.connectionCount)
    gauge('qpq_quic_half_open_connections', 'Connections still in their handshake', () => rpc.halfOpenCount)
    gauge('qpq_rpc_open_streams', 'Request streams being read or answered', () => rpc.openStreams)
    gauge('qpq_rpc_in_flight', 'Calls running in handlers', () => rpc.inFlight)
    gauge('qpq_rpc_buffered_bytes', 'Bytes of requests, responses and pushes held in memory', () => rpc.bufferedBytes)
    const counters: Array<[Exclude<keyof RpcServer['stats'], 'refused'>, string, string]> = [
      ['connectionsAccepted', 'qpq_quic_connections_accepted_total', 'Connections admitted'],
      ['handshakesFailed', 'qpq_quic_handshakes_failed_total', 'Connections that never completed their handshake'],
      ['retriesSent', 'qpq_quic_retries_sent_total', 'Stateless Retry packets sent (address validation)'],
      ['versionNegotiationsSent', 'qpq_quic_version_negotiations_sent_total', 'Version Negotiation packets sent'],
      ['statelessResetsSent', 'qpq_quic_stateless_resets_sent_total', 'Stateless resets sent for unknown connection ids'],
      ['invalidTokens', 'qpq_quic_invalid_tokens_total', 'Initial packets with a forged or expired Retry token'],
      ['packetsDropped', 'qpq_quic_packets_dropped_total', 'Datagrams dropped before reaching a connection'],
      ['datagramsReceived', 'qpq_quic_datagrams_received_total', 'UDP datagrams received by the RPC listener'],
      ['datagramsSent', 'qpq_quic_datagrams_sent_total', 'UDP datagrams sent by the RPC listener'],
      ['uniStreamsOpened', 'qpq_push_streams_total', 'Uni streams opened for pushes'],
      ['uniMessagesSent', 'qpq_push_frames_total', 'Push frames sent (several per stream to clients that asked, ConfigurePushes)'],
      ['framingErrors', 'qpq_rpc_framing_errors_total', 'Truncated request frames'],
      ['oversizeRejected', 'qpq_rpc_oversize_rejected_total', 'Requests refused for payload_len over 4 MiB'],
      ['readTimeouts', 'qpq_rpc_read_timeouts_total', 'Requests that did not arrive within the read timeout'],
      ['stalledStreamClosures', 'qpq_rpc_stalled_closures_total', 'Connections closed for stalling too many streams'],
      ['bodiesDropped', 'qpq_rpc_bodies_dropped_total', 'Unfinished request bodies dropped (answered 9) because the memory budget was full'],
    ]
    for (const [field, name, help] of counters) {
      new Counter({ name, help, registers: [this.registry], collect() { this.reset(); this.inc(rpc.stats[field] ) } })
    }
    new Counter({
      name: 'qpq_quic_refused_total', help: 'New connections refused by a cap, by the cap (max_connections, max_connections_per_ip, max_half_open, max_handshakes_per_ip)',
      labelNames: ['reason'], registers: [this.registry],
      collect() {
        this.reset()
        for (const [reason, n] of Object.entries(rpc.stats.refused)) this.labels(reason).inc(n)
      },
    })
  }

  /** Pushes dropped because the connection was gone or its queue full (the client fetches them). */
  watchPushes(push: PushHub): void {
    new Counter({ name: 'qpq_push_dropped_total', help: 'Pushes dropped: the connection was gone or its queue of pushes full (the client fetches the message)', registers: [this.registry], collect() { this.reset(); this.inc(push.dropped) } })
  }

  /**
   * Serves GET /metrics (Prometheus text) and GET or HEAD /health: 200 {"status":"ok"} while the
   * daemon serves, 503 {"status":"draining"} once it stops taking connections.
   */
  async listen(address: HostPort): Promise<HostPort> {
    const server = http.createServer((req, res) => {
      const url = req.url?.split('?')[0]
      if (url === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
        const draining = this.draining()
        res.writeHead(draining ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        res.end(req.method === 'HEAD' ? undefined : `${JSON.stringify({ status: draining ? 'draining' : 'ok' })}\n`)
        return
      }
      if (req.method !== 'GET' || url !== '/metrics') {
        res.writeHead(404).end('not found\n')
        return
      }
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (err: Error) => res.writeHead(500).end(`${err.message}\n`),
      )
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(address.port, address.host, () => { server.off('error', reject); resolve() })
    })
    this.server = server
    const a = server.address() as { address: string; port: number }
    return { host: a.address, port: a.port }
  }

  async close(): Promise<void> {
    const s = this.server
    this.server = null
    if (s !== null) await new Promise((r) => s.close(r))
  }
}
