// The delivery service (methods 200–205): durable queues keyed by recipient identity key and
// channel id, read per device. Enqueue answers Ok only once its transaction has committed
// (group commit); Fetch and FetchWait keep messages until Ack (ruling 7); Peek reads without
// counting as a delivery; message_id makes enqueue idempotent for the message's TTL. A commit
// wakes the queue's long-polls and pushes NewMessage to the recipient's live connections.
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError, ForbiddenError, NotFoundError, UnavailableError } from '../../../protocol/errors.js'
import { vetoCheck } from '../veto.js'
import type { CallContext, Session } from '../call-context.js'
import { sessionOf } from '../auth/sessions.js'
import { CHANNEL_ID_BYTES, DEVICE_ID_BYTES, IDENTITY_KEY_BYTES, MESSAGE_ID_BYTES, sizedBytes } from '../sized-bytes.js'
import type { CommitBatcher } from '../../storage/commit-batcher.js'
import type { DeliveryStore, EnqueueResult, NewMessage, QueueScope, StoredMessage } from './store.js'
import { Waiters } from './waiters.js'
import type { ProofFacts } from '../../../protocol/proof.js'
import { SERVER_NOTICE_CHANNEL } from './server-notice.js'
import type { HookBus } from '../../../plugins/hooks.js'
import type { ForwardResult, Forwarder } from './forwarding.js'
import type { Logger } from '../../observability/logger.js'
import { MAX_PAYLOAD } from '../../../protocol/frames.js'

const EMPTY = Buffer.alloc(0)
/** Bytes an Envelope adds to its payload in a response (tags, seq and length varints), at most. */
const ENVELOPE_OVERHEAD = 24

/** Ruling 12 defaults, and limits from config. */
const NO_ACCOUNT = 'no account has this recipient_key'

export interface DeliveryLimits {
  maxPayloadBytes: number
  maxQueueDepth: number
  defaultTtlSecs: number
  maxTtlSecs: number
  fetchDefault: number
  fetchMax: number
  waitMaxMs: number
  batchMax: number
}

export const DEFAULT_DELIVERY_LIMITS: DeliveryLimits = {
  maxPayloadBytes: 1 << 20,
  maxQueueDepth: 10_000,
  defaultTtlSecs: 7 * 86_400,
  maxTtlSecs: 30 * 86_400,
  fetchDefault: 100,
  fetchMax: 1_000,
  waitMaxMs: 60_000,
  batchMax: 1_000,
}

export interface DeliveryDeps {
  store: DeliveryStore
  batcher: CommitBatcher
  waiters: Waiters
  limits: DeliveryLimits
  /** True when an account has this identity key (messages for nobody are refused). */
  recipientExists(identityKey: Buffer): boolean
  /** Carriers of messages for identities that are not accounts here, asked in order (federation, then mesh). */
  forwarders?: readonly Forwarder[]
  /** This server's own federation domain: naming it in recipient_domain means "a user here". */
  localDomain?: string | null
  /**
   * A known sender sent to these recipients: it accepts them as contacts (P2P endpoints), inside
   * the transaction; the returned function runs after the commit.
   */
  accepted?(sender: Uint8Array, recipients: readonly Buffer[]): () => void
  /** Throws when the channel's membership forbids this message (services/channels). */
  mayEnqueue(sender: Uint8Array | null, recipients: readonly Buffer[], channel: Buffer): void
  /** A message was committed: push it to the recipient's connections (a throw is logged, never answered). */
  delivered(message: qpq.v1.NewMessage.$Properties): void
  log: Logger
  counters: { enqueue(bytes: number): void; fetch(): void; fetchWait(): void }
  /** Plugin hook points: message.enqueue / message.batch_enqueue (veto), message.fetch (observe). */
  hooks: HookBus
  /** The delivery proof of a stored message (ruling 8; protocol/proof.ts), as the response carries it. */
  prove(facts: Omit<ProofFacts, 'timestampMs'>): Promise<Uint8Array>
  now?: () => number
}

type V1 = typeof qpq.v1

/** A message another domain relayed here (federation inbound) or a mesh node carried here, as it came off the wire. */
export interface RelayedContent {
  recipient: Uint8Array
  channel: Uint8Array
  payload: Uint8Array
  messageId: Uint8Array | null
  /** Absolute expiry (unix ms) chosen by the origin; clamped to this server's largest TTL. */
  expiresAtMs: number
}

/** A relayed message stored in its transaction; `committed()` (after the commit) wakes and pushes. */
export interface StoredRelay extends EnqueueResult { committed(): void }

/** Where one message of a call went: stored here (`via` empty) or queued by a forwarder. */
interface Placed extends EnqueueResult { via: string }

/** What one transaction of Enqueue or BatchEnqueue did, with the work for after its commit. */
interface Placement { placed: Placed[]; committed(): void }

export class DeliveryService {
  private readonly now: () => number

  /** Long polls waiting, by account: a revoked device's or deleted account's polls end at once. */
  private readonly polls = new Map<number, Set<{ device: Buffer; stop(): void }>>()

  constructor(private readonly d: DeliveryDeps) {
    this.now = d.now ?? Date.now
  }

  /** Sessions ended (device revoked: that device; account deleted: null = all its devices). */
  sessionsEnded(accountId: number, device: Buffer | null): void {
    for (const p of this.polls.get(accountId) ?? []) if (device === null || p.device.equals(device)) p.stop()
  }

  enqueue = async (req: InstanceType<V1['EnqueueRequest']>, ctx: CallContext): Promise<qpq.v1.EnqueueResponse.$Properties> => {
    const m: NewMessage = { recipient: sizedBytes(req.recipient_key, 'recipient_key', IDENTITY_KEY_BYTES), ...this.content(req) }
    const sender = ctx.session?.identityKey ?? null
    this.d.mayEnqueue(sender, [m.recipient], m.channel)
    const veto = this.d.hooks.veto('message.enqueue', {
      sender, recipient: m.recipient, channel: m.channel, size: m.payload.length, ttlSecs: req.ttl_secs, payload: m.payload,
    })
    if (veto !== null) await vetoCheck(veto)
    const placement = await this.d.batcher.submit(() => this.place([m], [req.recipient_domain], sender))
    placement.committed()
    const r = placement.placed[0] as Placed
    // a duplicate has the stored bytes (the store compared them), so the proof is over those
    const delivery_proof = r.proven === false ? EMPTY : await this.proofOf(m, r.seq, r.via)
    return { seq: r.seq, duplicate: r.duplicate, delivery_proof, forwarded_via: r.via }
  }

  /** The message is committed: a proof that cannot be made leaves it empty, never fails the Enqueue. */
  private async proofOf(m: NewMessage, seq: number, via: string): Promise<Uint8Array> {
    try {
      return await this.d.prove({ recipient: m.recipient, channel: m.channel, seq, payload: m.payload, ...(via === '' ? {} : { forwardedVia: via }) })
    } catch (err) {
      this.d.log.error({ err, seq }, 'a committed message got no delivery proof')
      return EMPTY
    }
  }

  /** All or nothing: one bad recipient stores nothing. */
  batchEnqueue = async (req: InstanceType<V1['BatchEnqueueRequest']>, ctx: CallContext): Promise<qpq.v1.BatchEnqueueResponse.$Properties> => {
    if (req.recipient_keys.length === 0) throw new BadRequestError('recipient_keys is empty')
    if (req.recipient_keys.length > this.d.limits.batchMax) throw new BadRequestError(`at most ${this.d.limits.batchMax} recipients per batch`)
    const content = this.content(req)
    const messages = req.recipient_keys.map((k, i): NewMessage => ({ recipient: sizedBytes(k, `recipient_keys[${i}]`, IDENTITY_KEY_BYTES), ...content }))
    const sender = ctx.session?.identityKey ?? null
    this.d.mayEnqueue(sender, messages.map((m) => m.recipient), content.channel)
    const first = messages[0] as NewMessage
    const veto = this.d.hooks.veto('message.batch_enqueue', {
      sender, recipients: messages.map((m) => m.recipient), channel: first.channel, size: first.payload.length, ttlSecs: req.ttl_secs,
    })
    if (veto !== null) await vetoCheck(veto)
    const domains = req.recipient_domains
    if (domains.length > 0 && domains.length !== messages.length) throw new BadRequestError(`recipient_domains has ${domains.length} entries for ${messages.length} recipient_keys`)
    const placement = await this.d.batcher.submit(() => this.place(messages, domains, sender))
    placement.committed()
    const { placed } = placement
    return { seqs: placed.map((r) => r.seq), forwarded_via: placed.some((r) => r.via !== '') ? placed.map((r) => r.via) : [] }
  }

  /**
   * Inside the transaction: each message goes to its recipient's queue here, or — for a key that
   * is no account here, or a domain the client named — to the first forwarder that carries it;
   * a recipient that is neither is refused (4), and then nothing of the call is stored.
   */
  private place(messages: NewMessage[], domains: readonly string[], sender: Uint8Array | null): Placement {
    const placed: Placed[] = []
    const local: Array<{ m: NewMessage; r: EnqueueResult }> = []
    const routes = new Map<string, { forwarder: Forwarder; at: number[]; messages: NewMessage[] }>()
    messages.forEach((m, i) => {
      const named = domains[i] || null
      const domain = named !== null && named === this.d.localDomain ? null : named
      const exists = domain === null && this.d.recipientExists(m.recipient)
      const route = exists ? null : this.routeOf(m.recipient, domain)
      if (route === null && domain !== null) throw new NotFoundError(`no route to ${domain}: it is not a federation peer of this server`)
      if (route === null) {
        if (!exists) throw new NotFoundError(NO_ACCOUNT)
        const r = this.storeChecked(m)
        local.push({ m, r })
        placed.push({ ...r, via: '' })
        return
      }
      let group = routes.get(route.via)
      if (group === undefined) routes.set(route.via, (group = { forwarder: route.forwarder, at: [], messages: [] }))
      group.at.push(i)
      group.messages.push(m)
      placed.push({ seq: 0, duplicate: false, proven: true, via: route.via })
    })
    const after: Array<() => void> = []
    if (sender !== null && this.d.accepted !== undefined) after.push(this.d.accepted(sender, messages.map((m) => m.recipient)))
    for (const [via, g] of routes) {
      const { results, committed } = g.forwarder.queue(via, g.messages, sender)
      g.at.forEach((i, k) => { placed[i] = { proven: true, ...(results[k] as ForwardResult), via } })
      after.push(committed)
    }
    return {
      placed,
      committed: () => {
        this.committed(local.map((l) => l.m), local.map((l) => l.r))
        for (const run of after) {
          try {
            run()
          } catch (err) {
            this.d.log.warn({ err }, 'a forwarder failed after its commit (the messages stay queued)')
          }
        }
      },
    }
  }

  /** The forwarder that carries a message for this key (a local key with no domain named never gets here); null = stored here. */
  private routeOf(recipient: Buffer, domain: string | null): { forwarder: Forwarder; via: string } | null {
    for (const forwarder of this.d.forwarders ?? []) {
      const via = forwarder.routeOf(recipient, domain)
      if (via !== null) return { forwarder, via }
    }
    return null
  }

  /**
   * Stores messages on the path of Enqueue: all or nothing, committed, then pushed. `build` runs
   * inside the transaction, so a service may make its own writes atomic with the messages (a
   * RotateKeys fan-out records the epoch). A recipient that is no account here goes to its
   * forwarder, as in Enqueue (a group's members on other domains). Used for server-originated
   * messages: no hooks, no proofs.
   */
  async deposit(build: () => NewMessage[]): Promise<EnqueueResult[]> {
    const placement = await this.d.batcher.submit(() => this.place(build(), [], null))
    placement.committed()
    return placement.placed
  }

  /**
   * The relay's way in: a message from another domain, checked as Enqueue checks a message (the
   * channel's membership included; the sender is unknown here) and stored like one. Runs inside
   * the caller's transaction — a savepoint of the group commit that also holds the relay's dedup
   * record — and throws a typed error to refuse. No hooks (the relay runs federation.inbound)
   * and no delivery proof. Call `committed()` of the result once the transaction has committed.
   */
  storeRelayed(r: RelayedContent): StoredRelay {
    const now = this.now()
    const ttlSecs = Math.max(1, Math.ceil((r.expiresAtMs - now) / 1000))
    const m: NewMessage = {
      recipient: sizedBytes(r.recipient, 'recipient_key', IDENTITY_KEY_BYTES),
      ...this.content({ payload: r.payload, channel_id: r.channel, ttl_secs: ttlSecs, message_id: r.messageId ?? EMPTY }),
    }
    this.d.mayEnqueue(null, [m.recipient], m.channel)
    const result = this.store(m)
    return { ...result, committed: () => this.committed([m], [result]) }
  }

  /**
   * The mesh's way in (deliverLocal of mesh/README.md): a message another node carried here for
   * an account of this one, through the path of Enqueue — the message.enqueue veto (the sender is
   * unknown here), the channel's membership, the queue's limits, its own group commit, the wake
   * and NewMessage push — and idempotent by its message id. No delivery proof: nobody waits for
   * one. Resolves once committed; throws a typed error to refuse.
   */
  async deliverCarried(r: RelayedContent): Promise<EnqueueResult> {
    const veto = this.d.hooks.veto('message.enqueue', {
      sender: null, recipient: Buffer.from(r.recipient), channel: Buffer.from(r.channel), size: r.payload.length,
      ttlSecs: Math.max(1, Math.ceil((r.expiresAtMs - this.now()) / 1000)), payload: Buffer.from(r.payload),
    })
    if (veto !== null) await vetoCheck(veto)
    const stored = await this.d.batcher.submit(() => this.storeRelayed(r))
    stored.committed()
    return stored
  }

  fetch = (req: InstanceType<V1['FetchRequest']>, ctx: CallContext): qpq.v1.FetchResponse.$Properties => {
    const scope = this.scope(req, ctx)
    const payloads = this.read(scope, req.limit)
    this.delivered(scope, payloads.length)
    return { payloads }
  }

  /** Peek: the same messages as Fetch, without counting as a delivery. */
  peek = (req: InstanceType<V1['PeekRequest']>, ctx: CallContext): qpq.v1.PeekResponse.$Properties => {
    return { payloads: this.read(this.scope(req, ctx), req.limit) }
  }

  /**
   * Long-poll: answers at once when messages are pending, else when one arrives or at the
   * timeout (at most waitMaxMs, and always before the call's own deadline).
   */
  fetchWait = async (req: InstanceType<V1['FetchWaitRequest']>, ctx: CallContext): Promise<qpq.v1.FetchWaitResponse.$Properties> => {
    const scope = this.scope(req, ctx)
    this.d.counters.fetchWait()
    const first = this.read(scope, req.limit)
    const until = Math.min(this.now() + Math.min(req.timeout_ms, this.d.limits.waitMaxMs), ctx.deadlineAt - 500)
    if (first.length > 0 || until <= this.now()) {
      this.delivered(scope, first.length)
      return { payloads: first }
    }
    const key = Waiters.key(scope.recipient, scope.channel)
    const accountId = sessionOf(ctx).accountId
    let ended = false
    for (;;) {
      // the caller is gone, the server is draining, or the session ended: answer empty now
      if (ctx.signal.aborted || ended) return { payloads: [] }
      const woken = await new Promise<boolean>((resolve) => {
        const poll = { device: scope.device, stop: () => { ended = true; done(false) } }
        const done = (w: boolean): void => {
          clearTimeout(timer)
          unpark()
          ctx.signal.removeEventListener('abort', gone)
          const set = this.polls.get(accountId)
          set?.delete(poll)
          if (set?.size === 0) this.polls.delete(accountId)
          resolve(w)
        }
        const gone = (): void => done(false)
        const unpark = this.d.waiters.park(key, () => done(true))
        const timer = setTimeout(() => done(false), until - this.now())
        ctx.signal.addEventListener('abort', gone)
        let set = this.polls.get(accountId)
        if (set === undefined) this.polls.set(accountId, (set = new Set()))
        set.add(poll)
      })
      if (ended) return { payloads: [] }
      const got = this.read(scope, req.limit)
      if (got.length > 0 || !woken || this.now() >= until) {
        this.delivered(scope, got.length)
        return { payloads: got }
      }
    }
  }

  /** Rides the group commit like enqueues: answered once the cursor move is durable. */
  ack = async (req: InstanceType<V1['AckRequest']>, ctx: CallContext): Promise<qpq.v1.AckResponse.$Properties> => {
    const scope = this.scope(req, ctx)
    await this.d.batcher.submit(() => this.d.store.ack(scope, req.seq_up_to))
    return {}
  }

  /** Validates what a message is made of, once per call (a batch shares it across recipients). */
  private content(req: { payload: Uint8Array; channel_id: Uint8Array; ttl_secs: number; message_id: Uint8Array }): Omit<NewMessage, 'recipient'> {
    const { limits } = this.d
    if (req.payload.length === 0) throw new BadRequestError('payload is empty')
    if (req.payload.length > limits.maxPayloadBytes) throw new BadRequestError(`payload of ${req.payload.length} bytes is over the ${limits.maxPayloadBytes}-byte limit`)
    const ttl = req.ttl_secs === 0 ? limits.defaultTtlSecs : Math.min(req.ttl_secs, limits.maxTtlSecs)
    const channel = sizedBytes(req.channel_id, 'channel_id', 0, CHANNEL_ID_BYTES)
    if (channel.equals(SERVER_NOTICE_CHANNEL)) throw new BadRequestError('channel_id ff…ff is reserved for server notices')
    return {
      channel,
      // a view on the request's bytes: the request buffer is not reused
      payload: sizedBytes(req.payload, 'payload', req.payload.length),
      messageId: req.message_id.length === 0 ? null : sizedBytes(req.message_id, 'message_id', MESSAGE_ID_BYTES),
      expiresAt: this.now() + ttl * 1000,
    }
  }

  /** Runs inside the batch's transaction. */
  private store(m: NewMessage): EnqueueResult {
    if (!this.d.recipientExists(m.recipient)) throw new NotFoundError(NO_ACCOUNT)
    return this.storeChecked(m)
  }

  /** store() of a recipient already known to have an account here. */
  private storeChecked(m: NewMessage): EnqueueResult {
    if (this.d.store.depth(m.recipient, m.channel) >= this.d.limits.maxQueueDepth) {
      throw new UnavailableError(`the recipient's queue is full (${this.d.limits.maxQueueDepth} messages): retry later`)
    }
    const r = this.d.store.enqueue(m, this.now())
    if (r === 'conflict') throw new BadRequestError("message_id was already used in this queue with other payload bytes: a retry must resend the same bytes, a new message needs a new message_id")
    return r
  }

  /**
   * After the commit: count, wake long-polls, push. The messages are stored whatever happens
   * here, so nothing here may fail the call: a failure is logged and the message waits for Fetch.
   */
  private committed(messages: NewMessage[], results: EnqueueResult[]): void {
    const now = this.now()
    messages.forEach((m, i) => {
      const r = results[i] as EnqueueResult
      if (r.duplicate) return
      try {
        this.d.counters.enqueue(m.payload.length)
        if (!this.d.waiters.empty) this.d.waiters.wake(Waiters.key(m.recipient, m.channel))
        this.d.delivered({
          envelope: { seq: r.seq, data: m.payload }, recipient_key: m.recipient, channel_id: m.channel,
          message_id: m.messageId ?? EMPTY, enqueued_at_ms: now, expires_at_ms: m.expiresAt,
        })
      } catch (err) {
        this.d.log.warn({ err, seq: r.seq }, 'a committed message was not pushed (it stays queued for Fetch)')
      }
    })
  }

  /** The caller's own queue only; a device-bound session reads as that device. */
  private scope(req: { recipient_key: Uint8Array; channel_id: Uint8Array; device_id: Uint8Array }, ctx: CallContext): QueueScope {
    const session: Session = sessionOf(ctx)
    const recipient = sizedBytes(req.recipient_key, 'recipient_key', IDENTITY_KEY_BYTES)
    if (!recipient.equals(session.identityKey)) throw new ForbiddenError('this queue belongs to another identity')
    const device = req.device_id.length === 0 ? (session.deviceId === null ? EMPTY : Buffer.from(session.deviceId)) : sizedBytes(req.device_id, 'device_id', DEVICE_ID_BYTES)
    if (session.deviceId !== null && !device.equals(session.deviceId)) throw new ForbiddenError('this session belongs to another device')
    return { recipient, channel: sizedBytes(req.channel_id, 'channel_id', 0, CHANNEL_ID_BYTES), device }
  }

  /** Fetch and FetchWait count as deliveries (Peek does not: ruling 7). */
  private delivered(scope: QueueScope, count: number): void {
    this.d.counters.fetch()
    this.d.hooks.observe('message.fetch', { recipient: scope.recipient, channel: scope.channel, device: scope.device, count })
  }

  /** A page that fits one response frame: fewer messages than asked when they are large (the client fetches again for the rest). */
  private read(scope: QueueScope, limit: number): StoredMessage[] {
    const n = limit === 0 ? this.d.limits.fetchDefault : Math.min(limit, this.d.limits.fetchMax)
    return this.d.store.fetch(scope, n, this.now(), MAX_PAYLOAD, ENVELOPE_OVERHEAD)
  }
}
