// The outbound relay: messages for users of another domain are committed into that domain's
// queue (outbound-store.ts) before the sender hears Ok, and one worker per destination sends
// them oldest first in RelayBatchEnqueue (901) transactions of at most `batchMax` messages, one
// transaction in flight at a time (so each queue keeps its order). A message leaves the queue
// only when the destination acknowledged it (stored, or stored before) or refused it for good;
// one it refused for now (its queue full, rate limited) stays. A failed transaction backs the
// destination off — from minBackoffMs, doubling, capped, jittered — and the state survives
// restarts; a call from that peer, or reset(), ends the backoff at once. Nothing is dropped
// except what expires (the sender's TTL) or what the destination refuses for good, each counted.
import { qpq } from '../proto/qpq.js'
import { BadRequestError, Status } from '../protocol/errors.js'
import { MAX_PAYLOAD } from '../protocol/frames.js'
import type { HookBus } from '../plugins/hooks.js'
import type { Logger } from '../daemon/observability/logger.js'
import { retryDelay } from './backoff.js'
import type { FederationMetrics } from './metrics.js'
import type { RelaySettings } from './options.js'
import type { DestinationRow, OutboundMessage, OutboundStore, Queued, QueuedMessage } from './outbound-store.js'
import type { PeerLink } from './peer-link.js'

/** Refusals worth retrying later: the destination may take the message then. */
const RETRYABLE: ReadonlySet<number> = new Set([Status.RateLimited, Status.DeadlineExceeded, Status.Unavailable, Status.Internal])

/** Room in a 901 frame for everything but the payload: ids, keys, the origin domain, framing. */
const RELAY_OVERHEAD = 512

export const RELAY_BATCH_ENQUEUE = 901

/** A destination's queue and retry state (qpqctl federation, metrics, FederationHealth). */
export interface DestinationState extends DestinationRow {
  pending: number
  oldestEnqueuedAt: number | null
  /** A transaction is in flight. */
  sending: boolean
}

export interface RelayDeps {
  store: OutboundStore
  /** The daemon's group commit. */
  submit<T>(op: () => T): Promise<T>
  link(domain: string): PeerLink
  /** Configured peers (always listed by states()). */
  peers: readonly string[]
  originDomain: string
  settings: RelaySettings
  hooks: HookBus
  metrics: FederationMetrics
  log: Logger
  now: () => number
  random?: () => number
}

interface Worker { sending: boolean; again: boolean; timer: NodeJS.Timeout | null; state: DestinationRow }

export class OutboundRelay {
  private readonly workers = new Map<string, Worker>()
  private readonly inFlight = new Set<Promise<void>>()
  private stopped = true

  constructor(private readonly d: RelayDeps) {}

  /** Resumes every destination with messages waiting (after a restart: those of before the crash). */
  start(): void {
    this.stopped = false
    for (const domain of this.d.store.destinationsWithPending()) this.wake(domain)
  }

  /** Stops sending; settles when the transactions in flight have ended (close the links to hurry them). */
  async stop(): Promise<void> {
    this.stopped = true
    for (const w of this.workers.values()) {
      if (w.timer !== null) clearTimeout(w.timer)
      w.timer = null
    }
    await Promise.allSettled([...this.inFlight])
  }

  /**
   * Commits messages into `domain`'s queue (all or none, in the group commit); settles once they
   * are durable. A message id already queued for the same recipient and channel is a duplicate.
   */
  async enqueue(domain: string, messages: readonly OutboundMessage[]): Promise<Queued[]> {
    const { queued, committed } = await this.d.submit(() => this.queueInTransaction(domain, messages))
    committed()
    return queued
  }

  /**
   * The same inside the caller's own transaction (a BatchEnqueue whose local and remote
   * recipients commit together): call `committed()` once that transaction has committed.
   */
  queueInTransaction(domain: string, messages: readonly OutboundMessage[]): { queued: Queued[]; committed(): void } {
    for (const m of messages) {
      if (m.payload.length + RELAY_OVERHEAD > MAX_PAYLOAD) throw new BadRequestError(`a payload of ${m.payload.length} bytes is too large to relay to another domain`)
    }
    const now = this.d.now()
    const queued = messages.map((m) => this.d.store.add(domain, m, now))
    return {
      queued,
      committed: () => {
        messages.forEach((m, i) => {
          if (!(queued[i] as Queued).duplicate) this.d.hooks.observe('federation.outbound', { domain, recipient: m.recipient, size: m.payload.length })
        })
        this.wake(domain)
      },
    }
  }

  /** The peer called us: it is up, so a backoff towards it ends now. */
  peerSeen(domain: string): void {
    const w = this.worker(domain)
    if (w.state.failures === 0 || w.state.nextRetryAt <= this.d.now()) return
    this.save(w, { ...w.state, nextRetryAt: 0 })
    this.wake(domain)
  }

  /** The operator's reset (Synapse's reset endpoint): forget the failures and try now. */
  reset(domain: string): void {
    const w = this.worker(domain)
    this.save(w, { ...w.state, failures: 0, nextRetryAt: 0 })
    this.wake(domain)
  }

  state(domain: string): DestinationState {
    const w = this.worker(domain)
    const p = this.d.store.pending(domain)
    return { ...w.state, pending: p.count, oldestEnqueuedAt: p.oldestEnqueuedAt, sending: w.sending }
  }

  /** Every configured peer and every destination with a queue or a history. */
  states(): DestinationState[] {
    const domains = new Set([...this.d.peers, ...this.d.store.destinationsWithPending(), ...this.d.store.allStates().map((s) => s.domain)])
    return [...domains].sort().map((d) => this.state(d))
  }

  /** Sends soon, unless a transaction is in flight (then after it) or the destination is backing off (then at its retry time). */
  wake(domain: string): void {
    if (this.stopped) return
    const w = this.worker(domain)
    if (w.sending) {
      w.again = true
      return
    }
    if (w.timer !== null) clearTimeout(w.timer)
    // setImmediate-like: messages committed in this turn of the loop ride in the same transaction
    w.timer = setTimeout(() => this.run(domain, w), Math.max(0, w.state.nextRetryAt - this.d.now()))
    w.timer.unref()
  }

  private worker(domain: string): Worker {
    let w = this.workers.get(domain)
    if (w === undefined) {
      w = { sending: false, again: false, timer: null, state: this.d.store.state(domain) }
      this.workers.set(domain, w)
    }
    return w
  }

  private save(w: Worker, state: DestinationRow): void {
    this.d.store.save(state)
    w.state = state
  }

  private run(domain: string, w: Worker): void {
    w.timer = null
    if (this.stopped || w.sending) return
    w.sending = true
    w.again = false
    const p: Promise<void> = this.drain(domain, w)
      .catch((err: unknown) => this.d.log.error({ err, destination: domain }, 'relay worker failed'))
      .finally(() => {
        w.sending = false
        this.inFlight.delete(p)
        if (w.again) this.wake(domain)
      })
    this.inFlight.add(p)
  }

  /** Sends transactions until the queue is empty or one fails. */
  private async drain(domain: string, w: Worker): Promise<void> {
    const { store, settings, metrics } = this.d
    for (;;) {
      if (this.stopped) return
      // expired messages are skipped here and deleted (and counted) by the sweep
      const batch = store.batch(domain, settings.batchMax, settings.batchMaxBytes, this.d.now())
      if (batch.length === 0) return
      let results: qpq.v1.IRelayResult[]
      try {
        results = await this.send(domain, batch)
      } catch (err) {
        if (!this.stopped) this.failed(domain, w, (err as Error).message)
        return
      }
      const done: number[] = []
      let waiting = ''
      batch.forEach((m, i) => {
        const r = results[i] as qpq.v1.IRelayResult
        const status = r.status ?? 0
        if (status === 0) {
          done.push(m.id)
          metrics.relayed.labels(domain).inc()
        } else if (RETRYABLE.has(status)) {
          waiting = r.reason ?? `status ${status}`
        } else {
          // final: the destination will never take it (no such user, a plugin's veto, a bad message)
          done.push(m.id)
          metrics.relayRefused.labels(domain, String(status)).inc()
          this.d.log.warn({ destination: domain, status, reason: r.reason, recipient: m.recipient.toString('hex') }, 'destination refused a relayed message for good')
        }
      })
      if (done.length === 0) {
        this.failed(domain, w, `${domain} took none of ${batch.length} messages for now: ${waiting}`)
        return
      }
      const state = { ...w.state, lastSuccessAt: this.d.now(), failures: 0, nextRetryAt: 0 }
      store.acknowledge(done, state)
      w.state = state
      metrics.attempts.labels(domain, 'ok').inc()
    }
  }

  private async send(domain: string, batch: readonly QueuedMessage[]): Promise<qpq.v1.IRelayResult[]> {
    const request = qpq.v1.RelayBatchEnqueueRequest.encode({
      federation_auth: { origin_domain: this.d.originDomain },
      messages: batch.map((m) => ({
        relay_id: m.relayId, recipient_key: m.recipient, payload: m.payload, channel_id: m.channel,
        expires_at_ms: m.expiresAt, message_id: m.messageId ?? undefined,
      })),
    }).finish()
    const answer = await this.d.link(domain).call(RELAY_BATCH_ENQUEUE, request, qpq.v1.RelayBatchEnqueueResponse)
    const results = answer.results ?? []
    if (results.length !== batch.length || results.some((r, i) => !Buffer.from(r.relay_id ?? []).equals((batch[i] as QueuedMessage).relayId))) {
      throw new Error(`${domain} answered a transaction of ${batch.length} messages with ${results.length} results that do not match them`)
    }
    return results
  }

  private failed(domain: string, w: Worker, reason: string): void {
    const now = this.d.now()
    const failures = w.state.failures + 1
    const delay = retryDelay(failures, this.d.settings.minBackoffMs, this.d.settings.maxBackoffMs, this.d.random)
    this.save(w, { ...w.state, lastFailureAt: now, lastFailureReason: reason, failures, nextRetryAt: now + delay })
    this.d.metrics.attempts.labels(domain, 'failed').inc()
    this.d.log.warn({ destination: domain, failures, retryInMs: delay, reason }, 'relay to a federation peer failed; backing off')
    w.again = true // wake() after the worker ends arms the retry timer
  }
}
