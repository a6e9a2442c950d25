// The federation methods a peer calls on our listener (900–905). Every request names its origin
// in federation_auth.origin_domain, which must be a domain the connection's certificate speaks
// for (else 3). Local work — storing a message, a user's KT evidence, a key — is the daemon's,
// through the functions it passes in; nothing here is proxied on to a third server.
import { randomBytes } from 'node:crypto'
import type { qpq } from '../proto/qpq.js'
import { BadRequestError, ForbiddenError, RpcError, Status } from '../protocol/errors.js'
import { normalizeDomain, parseUserAddress } from '../protocol/domain.js'
import type { ProofFacts } from '../protocol/proof.js'
import type { CallContext } from '../daemon/services/call-context.js'
import type { InboundMessage, InboundRelay, LocalDelivery, RelayOutcome } from './inbound.js'
import type { DestinationState, OutboundRelay } from './relay.js'

type V1 = typeof qpq.v1
type Maybe<T> = T | Promise<T>

/** What the daemon does locally for its peers. */
export interface LocalServices {
  delivery: LocalDelivery
  /** ResolveUser (500) of a local user: the identity key with its KT evidence. */
  resolveUser(req: { username: string; known_tree_size: number }): Maybe<qpq.v1.IResolveUserResponse>
  /** FetchKeyPackage (301) / FetchHybridKey (303) of a local identity. */
  fetchKeyPackage(req: { identity_key: Uint8Array }): Maybe<qpq.v1.IFetchKeyPackageResponse>
  fetchHybridKey(req: { identity_key: Uint8Array }): Maybe<qpq.v1.IFetchHybridKeyResponse>
  /** Health (802). */
  health(): qpq.v1.IHealthResponse
  /** The delivery proof (ruling 8; protocol/proof.ts) of RelayEnqueue's answer; absent = the answer carries none. */
  prove?(facts: Omit<ProofFacts, 'timestampMs'>): Promise<Uint8Array>
}

export interface HandlerDeps {
  domain: string
  local: LocalServices
  inbound: InboundRelay
  relay: OutboundRelay
  /** The domains the certificate on a connection speaks for. */
  domainsOf(connectionId: number): ReadonlySet<string>
  now: () => number
}

/** A transaction's size limit (what BatchEnqueue allows; our own relay sends at most 100). */
export const MAX_RELAYED = 1_000
/** TTL of a RelayEnqueue (900) without ttl_secs: ruling 12's default. */
const DEFAULT_TTL_MS = 7 * 86_400_000
const EMPTY = new Uint8Array(0)

export function queueState(s: DestinationState): qpq.v1.IFederationQueueState {
  return {
    domain: s.domain, pending: s.pending, oldest_enqueued_ms: s.oldestEnqueuedAt ?? 0, last_success_ms: s.lastSuccessAt,
    last_failure_ms: s.lastFailureAt, last_failure_reason: s.lastFailureReason, consecutive_failures: s.failures, next_retry_ms: s.nextRetryAt,
  }
}

export class FederationHandlers {
  constructor(private readonly d: HandlerDeps) {}

  relayEnqueue = async (req: InstanceType<V1['RelayEnqueueRequest']>, ctx: CallContext): Promise<qpq.v1.IRelayEnqueueResponse> => {
    const origin = this.origin(req.federation_auth, ctx)
    const e = req.enqueue as qpq.v1.EnqueueRequest | null
    if (e == null) throw new BadRequestError('enqueue is missing')
    const relayId = req.relay_id.length > 0 ? req.relay_id : e.message_id.length > 0 ? e.message_id : randomBytes(16)
    const m: InboundMessage = {
      relayId, recipient: e.recipient_key, payload: e.payload, channel: e.channel_id, messageId: e.message_id.length > 0 ? e.message_id : null,
      expiresAtMs: this.d.now() + (e.ttl_secs > 0 ? e.ttl_secs * 1000 : DEFAULT_TTL_MS),
    }
    const [r] = await this.d.inbound.accept(origin, [m]) as [RelayOutcome]
    if (r.status !== Status.Ok) throw new RpcError(r.status as Exclude<Status, 0>, r.reason)
    const prove = this.d.local.prove
    const proof = prove === undefined ? EMPTY : await prove({ recipient: m.recipient, channel: m.channel, seq: r.seq, payload: m.payload })
    return { result: { seq: r.seq, duplicate: r.duplicate, delivery_proof: proof } }
  }

  relayBatchEnqueue = async (req: InstanceType<V1['RelayBatchEnqueueRequest']>, ctx: CallContext): Promise<qpq.v1.IRelayBatchEnqueueResponse> => {
    const origin = this.origin(req.federation_auth, ctx)
    const b = req.batch as qpq.v1.BatchEnqueueRequest | null
    if ((b != null) === (req.messages.length > 0)) throw new BadRequestError('set exactly one of messages (a transaction) and batch (one payload for several recipients)')
    const messages: InboundMessage[] = b == null
      ? (req.messages as qpq.v1.RelayedMessage[]).map((m) => ({ relayId: m.relay_id, recipient: m.recipient_key, payload: m.payload, channel: m.channel_id, messageId: m.message_id.length > 0 ? m.message_id : null, expiresAtMs: Number(m.expires_at_ms) }))
      : this.expand(b)
    if (messages.length > MAX_RELAYED) throw new BadRequestError(`at most ${MAX_RELAYED} messages per transaction`)
    const outcomes = await this.d.inbound.accept(origin, messages)
    const results = outcomes.map((o) => ({ relay_id: o.relayId, status: o.status, duplicate: o.duplicate, seq: o.seq, reason: o.reason }))
    return b == null ? { results } : { results, result: { seqs: outcomes.map((o) => o.seq) } }
  }

  proxyFetchKeyPackage = async (req: InstanceType<V1['ProxyFetchKeyPackageRequest']>, ctx: CallContext): Promise<qpq.v1.IProxyFetchKeyPackageResponse> => {
    this.origin(req.federation_auth, ctx)
    if (req.fetch == null) throw new BadRequestError('fetch is missing')
    return { result: await this.d.local.fetchKeyPackage(req.fetch as qpq.v1.FetchKeyPackageRequest) }
  }

  proxyFetchHybridKey = async (req: InstanceType<V1['ProxyFetchHybridKeyRequest']>, ctx: CallContext): Promise<qpq.v1.IProxyFetchHybridKeyResponse> => {
    this.origin(req.federation_auth, ctx)
    if (req.fetch == null) throw new BadRequestError('fetch is missing')
    return { result: await this.d.local.fetchHybridKey(req.fetch as qpq.v1.FetchHybridKeyRequest) }
  }

  /** A username of ours ("bob" or "bob@<our domain>"); empty asks for the head alone. */
  proxyResolveUser = async (req: InstanceType<V1['ProxyResolveUserRequest']>, ctx: CallContext): Promise<qpq.v1.IProxyResolveUserResponse> => {
    this.origin(req.federation_auth, ctx)
    const r = req.resolve as qpq.v1.ResolveUserRequest | null
    if (r == null) throw new BadRequestError('resolve is missing')
    let username = ''
    if (r.username !== '') {
      const a = parseUserAddress(r.username)
      if (a.domain !== null && a.domain !== this.d.domain) throw new BadRequestError(`${this.d.domain} resolves only its own users, not those of ${a.domain}`)
      username = a.name
    }
    return { result: await this.d.local.resolveUser({ username, known_tree_size: Number(r.known_tree_size) }) }
  }

  federationHealth = (req: InstanceType<V1['FederationHealthRequest']>, ctx: CallContext): qpq.v1.IFederationHealthResponse => {
    const origin = this.origin(req.federation_auth, ctx)
    return { health: this.d.local.health(), domain: this.d.domain, server_time_ms: this.d.now(), peer_known: true, link_back: queueState(this.d.relay.state(origin)) }
  }

  /** The claimed origin, if the connection's certificate speaks for it; a call from a peer also ends our backoff towards it. */
  private origin(auth: qpq.v1.IFederationAuth | null | undefined, ctx: CallContext): string {
    const claimed = auth?.origin_domain ?? ''
    const domain = normalizeDomain(claimed)
    const allowed = this.d.domainsOf(ctx.connectionId)
    if (domain === null || !allowed.has(domain)) {
      throw new ForbiddenError(`origin_domain "${claimed}" is not a domain this connection's certificate speaks for (${[...allowed].join(', ') || 'none'})`)
    }
    this.d.relay.peerSeen(domain)
    return domain
  }

  private expand(b: qpq.v1.BatchEnqueueRequest): InboundMessage[] {
    if (b.message_id.length === 0) throw new BadRequestError('batch.message_id is the relay id of each copy: it must be set')
    const expiresAtMs = this.d.now() + (b.ttl_secs > 0 ? b.ttl_secs * 1000 : DEFAULT_TTL_MS)
    return b.recipient_keys.map((k) => ({ relayId: b.message_id, recipient: k, payload: b.payload, channel: b.channel_id, messageId: b.message_id, expiresAtMs }))
  }
}
