// Relayed messages in (RelayEnqueue 900, RelayBatchEnqueue 901): each is offered to the
// `federation.inbound` hook (a plugin may refuse it), then stored exactly once — its dedup record
// (origin domain, recipient, relay id) and the message itself go into the recipient's queue in
// one savepoint of the daemon's group commit — and answered on its own: stored, stored before
// (duplicate), or refused with the status Enqueue would have answered.
import { RpcError, Status } from '../protocol/errors.js'
import type { HookBus } from '../plugins/hooks.js'
import { VetoedError } from '../daemon/services/veto.js'
import type { Logger } from '../daemon/observability/logger.js'
import type { FederationMetrics } from './metrics.js'
import type { InboundStore } from './inbound-store.js'

/** One relayed message, as it came off the wire (sizes not checked yet). */
export interface InboundMessage {
  relayId: Uint8Array
  recipient: Uint8Array
  payload: Uint8Array
  channel: Uint8Array
  messageId: Uint8Array | null
  expiresAtMs: number
}

/** What the daemon's delivery path offers the relay (DeliveryService.storeRelayed has this shape). */
export interface LocalDelivery {
  /**
   * Checks a relayed message as Enqueue would (throwing a typed RpcError to refuse it) and stores
   * it in its recipient's queue. Runs inside `submit`'s transaction; `committed()` of the answer
   * is called once that has committed (it wakes long polls and pushes NewMessage).
   */
  store(m: { recipient: Uint8Array; channel: Uint8Array; payload: Uint8Array; messageId: Uint8Array | null; expiresAtMs: number }): { seq: number; duplicate: boolean; committed(): void }
}

export interface RelayOutcome { relayId: Uint8Array; status: number; duplicate: boolean; seq: number; reason: string }

export interface InboundDeps {
  store: InboundStore
  local: LocalDelivery
  /** The daemon's group commit: `op` runs in its own savepoint; settles after the commit. */
  submit<T>(op: () => T): Promise<T>
  hooks: HookBus
  metrics: FederationMetrics
  log: Logger
  now: () => number
}

const RELAY_ID_BYTES = 16
const IDENTITY_KEY_BYTES = 32

export class InboundRelay {
  constructor(private readonly d: InboundDeps) {}

  /** Stores what it can of a transaction from `origin`; one outcome per message, in order. */
  async accept(origin: string, messages: readonly InboundMessage[]): Promise<RelayOutcome[]> {
    const vetoes = await Promise.all(messages.map((m) => this.veto(origin, m)))
    // all submitted in one turn of the loop: the whole transaction is one group commit
    const settled = await Promise.allSettled(messages.map((m, i) => {
      const refusal = vetoes[i] ?? this.malformed(m)
      return refusal !== null ? Promise.reject(refusal) : this.d.submit(() => this.storeOnce(origin, m))
    }))
    return settled.map((s, i) => {
      const m = messages[i] as InboundMessage
      if (s.status === 'fulfilled') {
        this.d.metrics.inbound.labels(origin, s.value.duplicate ? 'duplicate' : 'stored').inc()
        if (!s.value.duplicate) s.value.committed()
        return { relayId: m.relayId, status: Status.Ok, duplicate: s.value.duplicate, seq: s.value.seq, reason: '' }
      }
      this.d.metrics.inbound.labels(origin, 'refused').inc()
      const err = s.reason as unknown
      if (err instanceof RpcError) return { relayId: m.relayId, status: err.status, duplicate: false, seq: 0, reason: err.message }
      this.d.log.error({ err, origin }, 'storing a relayed message failed')
      return { relayId: m.relayId, status: Status.Internal, duplicate: false, seq: 0, reason: 'internal error' }
    })
  }

  private async veto(origin: string, m: InboundMessage): Promise<RpcError | null> {
    const v = this.d.hooks.veto('federation.inbound', { domain: origin, recipient: m.recipient, size: m.payload.length })
    if (v === null) return null
    const verdict = await v
    return verdict === null ? null : new VetoedError({ status: verdict.status, reason: verdict.reason || 'refused by a plugin' })
  }

  private malformed(m: InboundMessage): RpcError | null {
    if (m.relayId.length !== RELAY_ID_BYTES) return new RpcError(Status.BadRequest, `relay_id must be ${RELAY_ID_BYTES} bytes`)
    if (m.recipient.length !== IDENTITY_KEY_BYTES) return new RpcError(Status.BadRequest, `recipient_key must be ${IDENTITY_KEY_BYTES} bytes`)
    if (m.expiresAtMs <= this.d.now()) return new RpcError(Status.BadRequest, 'the message expired before it arrived')
    return null
  }

  /** Inside the message's savepoint: the dedup record commits with the message or not at all. */
  private storeOnce(origin: string, m: InboundMessage): { seq: number; duplicate: boolean; committed(): void } {
    const recipient = Buffer.from(m.recipient)
    const relayId = Buffer.from(m.relayId)
    const seen = this.d.store.seen(origin, recipient, relayId, this.d.now())
    if (seen !== undefined) return { seq: seen, duplicate: true, committed: () => {} }
    const stored = this.d.local.store(m)
    this.d.store.record(origin, recipient, relayId, stored.seq, m.expiresAtMs)
    return stored
  }
}
