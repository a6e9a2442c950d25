// QpqClient: the TypeScript SDK's connection to a qpqd server. Connects over QUIC (ALPN qpq),
// verifying the server against a pinned certificate or its CA, calls methods by id or by name,
// reconnects with backoff when asked to (client/session/link.ts), and delivers server pushes as
// raw frames or typed events, through listeners or async iterators.
import { DEFAULT_TRANSPORT, toPem } from '../protocol/quic/config.js'
import { encodeRequest } from '../protocol/frames.js'
import { checkAddress } from '../protocol/address.js'
import type { Decoder, Encoder } from '../protocol/codec.js'
import { qpq } from '../proto/qpq.js'
import { METHOD_BY_NAME, type MethodName } from '../proto/methods.js'
import { AlreadyRegisteredError, QpqError } from './errors.js'
import * as opaque from './opaque.js'
import { verifyDeliveryProof } from '../protocol/proof.js'
import type { KeyStretching } from './opaque.js'
import type { PushFrame, RpcConnection, StreamOutcome } from '../protocol/rpc-connection.js'
import { Link, type LinkEvent, type ReconnectOptions, type SendOn } from './session/link.js'
import { decodePush, isPushOf, type ClientEvent, type ClientEventType, type EventOf } from './session/events.js'
import { listen } from './session/listen.js'
import { DevicesApi } from './api/devices.js'
import { RecoveryApi } from './api/recovery.js'
import { ChannelsApi } from './api/channels.js'
import { KtApi } from './api/kt.js'
import { BlobsApi } from './api/blobs.js'
import { KeysApi } from './api/keys.js'
import { EndpointsApi } from './api/endpoints.js'
import { ModerationApi } from './api/moderation.js'
import { PeerLogs } from './api/peer-logs.js'
import { UsersApi } from './api/users.js'
import { MeshApi } from './api/mesh.js'
import { loggedIn } from './api/requester.js'

export interface QpqClientOptions {
  /** HOST:PORT of the server (default 127.0.0.1:5001). */
  server?: string
  /**
   * The server's certificate (pinning) or the CA that issued it, DER or PEM. null connects
   * without verifying the server: only for a nearby mesh node (client/mesh/), which is handed
   * nothing but signed, end-to-end-encrypted envelopes.
   */
  caCert: Uint8Array | null
  /** Name the certificate must carry (default "localhost"). */
  serverName?: string
  /** ALPN to offer (default ["qpq"]). */
  alpn?: string[]
  connectTimeoutMs?: number
  /** Default deadline of each call (default 30 s). */
  callTimeoutMs?: number
  /** Keep-alive ping interval (default 60 s, below the server's 300 s idle timeout). */
  keepAliveMs?: number
  /** Uni streams the server may have open at once for pushes (default 128). */
  pushStreams?: number
  /** Diagnostics: every datagram the client sends. */
  onDatagram?: (datagram: Buffer) => void
  /** The local address to send from (default: any). */
  bindAddress?: string
  /** Password stretching of OPAQUE (default 'memory-constrained'); the same for registration and login. */
  keyStretching?: KeyStretching
  /**
   * Reconnect with exponential backoff when the connection is lost, resuming the session on the
   * new connection (default off: the client then ends with its connection).
   */
  reconnect?: boolean | ReconnectOptions
}

export interface RawResponse { status: number; requestId: number; payload: Buffer }

type V1 = typeof qpq.v1
/** The request message of a method, as a plain object (`qpq.v1.<Name>Request` properties). */
export type RequestOf<N extends MethodName> = Parameters<V1[`${N}Request`]['encode']>[0]
/** The decoded response message of a method. */
export type ResponseOf<N extends MethodName> = ReturnType<V1[`${N}Response`]['decode']>

type PushListener = (push: PushFrame) => void

/** Which queue of the logged-in identity: a channel (16 bytes; default channel when absent) and a device. */
export interface QueueOptions { channel?: Uint8Array; deviceId?: Uint8Array }

export interface Message { seq: number; data: Uint8Array }

const toMessage = (e: qpq.v1.IEnvelope | qpq.v1.Envelope): Message => ({ seq: Number(e.seq ?? 0), data: e.data ?? new Uint8Array() })

export class QpqClient {
  private readonly link: Link
  private nextRequestId = 1
  private readonly pushListeners = new Set<PushListener>()
  private readonly closeListeners = new Set<(reason: string) => void>()
  private readonly linkListeners = new Set<(event: LinkEvent) => void>()
  private readonly callTimeoutMs: number
  private readonly keyStretching: KeyStretching
  /** The session token of the last login; sent with every call that needs a session. */
  sessionToken: Uint8Array | null = null
  /** The identity key of the last login: the recipient key of this client's queues. */
  identityKey: Uint8Array | null = null
  /** Channels and groups (400, 401, 410–413). */
  readonly channels = new ChannelsApi(this)
  /** Key transparency (510, 511, 520), with verification of every answer's proofs. */
  readonly kt = new KtApi(this)
  /** Blob storage (600, 601). */
  readonly blobs = new BlobsApi(this)
  /** KeyPackages and hybrid keys (300–304). */
  readonly keys = new KeysApi(this)
  /** P2P endpoints (800, 801). */
  readonly endpoints = new EndpointsApi(this)
  /** Reports and bans (420–424). */
  readonly moderation = new ModerationApi(this)
  /** Other domains' KT logs, as this server relays them (federation, 530). */
  readonly peerLogs = new PeerLogs(this)
  /** Username (or name@domain) ↔ identity key, verified against the KT log (500, 501). */
  readonly users = new UsersApi(this, this.kt, this.peerLogs)
  /** The account's devices and push tokens (700–702, 710). */
  readonly devices = new DevicesApi(this)
  /** Recovery bundles (750–752). */
  readonly recovery = new RecoveryApi(this)
  /** The LAN mesh: broadcast topics, peers, identity, store, submit (850–856, ours). */
  readonly mesh = new MeshApi(this)

  /** Starts connecting at once; calls made before the handshake completes are queued. */
  constructor(opts: QpqClientOptions) {
    const [host, port] = splitServer(opts.server ?? '127.0.0.1:5001')
    this.callTimeoutMs = opts.callTimeoutMs ?? 30_000
    this.keyStretching = opts.keyStretching ?? 'memory-constrained'
    const reconnect = opts.reconnect === true ? {} : (opts.reconnect || null)
    this.link = new Link({
      host, port,
      serverName: opts.serverName ?? 'localhost',
      caPem: opts.caCert === null ? null : toPem(opts.caCert, 'CERTIFICATE'),
      transport: { ...DEFAULT_TRANSPORT, alpn: opts.alpn ?? ['qpq'], maxStreamsBidi: 0, maxStreamsUni: opts.pushStreams ?? 128 },
      connectTimeoutMs: opts.connectTimeoutMs ?? 10_000,
      keepAliveMs: opts.keepAliveMs ?? 60_000,
      bufferBudget: 64 << 20,
      onDatagram: opts.onDatagram,
      bindAddress: opts.bindAddress,
    }, reconnect, {
      onPush: (p) => { for (const l of this.pushListeners) l(p) },
      onState: (e) => {
        for (const l of this.linkListeners) l(e)
        if (e.state === 'closed') for (const l of this.closeListeners) l(e.reason)
      },
      resume: (send) => this.resumeOn(send),
    })
  }

  /** The current connection (while reconnecting: the lost one). */
  get rpc(): RpcConnection {
    return this.link.current
  }

  /** Connects and waits for the handshake. */
  static async connect(opts: QpqClientOptions): Promise<QpqClient> {
    const c = new QpqClient(opts)
    await c.link.ready
    return c
  }

  get ready(): Promise<void> {
    return this.link.ready
  }

  /** True while connected and not reconnecting: a call made now goes out at once. */
  get connected(): boolean {
    return this.link.connected
  }

  /** Resolves true once connected (at once if it is), false after `ms` without a connection or when the client ends. */
  waitConnected(ms: number): Promise<boolean> {
    if (this.link.connected) return Promise.resolve(true)
    if (!this.link.isOpen) return Promise.resolve(false)
    return new Promise((resolve) => {
      const done = (ok: boolean): void => { clearTimeout(timer); off(); resolve(ok) }
      const timer = setTimeout(() => done(false), ms)
      const off = this.onConnection((e) => { if (e.state !== 'reconnecting') done(e.state === 'open') })
    })
  }

  /** Calls a method with an encoded request; resolves with whatever status the server answered. */
  async call(methodId: number, payload: Uint8Array, opts: { timeoutMs?: number } = {}): Promise<RawResponse> {
    const requestId = this.takeRequestId()
    const out: StreamOutcome = await this.link.send(encodeRequest(methodId, requestId, payload), { timeoutMs: opts.timeoutMs ?? this.callTimeoutMs })
    if (out.kind === 'reset') throw new Error(`server reset the stream of request ${requestId} (code ${out.code})`)
    if (out.requestId !== requestId) throw new Error(`server answered request ${requestId} with request id ${out.requestId}`)
    return { status: out.status, requestId, payload: out.payload }
  }

  private takeRequestId(): number {
    const id = this.nextRequestId
    this.nextRequestId = (this.nextRequestId + 1) >>> 0 || 1
    return id
  }

  /** Calls a method with typed messages; a non-zero status rejects with QpqError. */
  async invoke<Req, Res>(methodId: number, request: Encoder<Req>, response: Decoder<Res>, message: Req): Promise<Res> {
    const r = await this.call(methodId, request.encode(message).finish())
    if (r.status !== 0) throw QpqError.fromResponse(r.status, r.payload)
    return response.decode(r.payload)
  }

  /**
   * Calls any of the protocol's methods by name with a typed request, e.g.
   * `client.request('ResolveUser', { username: 'bob' })`; a non-zero status rejects with QpqError.
   */
  async request<N extends MethodName>(name: N, message: RequestOf<N>): Promise<ResponseOf<N>> {
    const info = METHOD_BY_NAME.get(name) as { id: number; auth: boolean }
    // the session travels in field 15 too, so calls keep working on a new connection (ruling 6)
    if (info.auth && this.sessionToken !== null && (message as { auth?: unknown }).auth == null) {
      message = { ...message, auth: { access_token: this.sessionToken } }
    }
    const codecs = qpq.v1 as unknown as Record<string, Encoder<RequestOf<N>> & Decoder<ResponseOf<N>>>
    return await this.invoke(info.id, codecs[`${name}Request`] as Encoder<RequestOf<N>>, codecs[`${name}Response`] as Decoder<ResponseOf<N>>, message)
  }

  /**
   * Registers an account (OPAQUE, methods 100–101) bound to the user's 32-byte Ed25519 identity
   * public key. Rejects with AlreadyRegisteredError (a QpqError, status 1) when the username or
   * identity key is taken.
   */
  async register(username: string, password: string, identityKey: Uint8Array): Promise<void> {
    const start = await opaque.startRegistration(password)
    const { response } = await this.request('OpaqueRegisterStart', { username, request: start.request })
    const upload = opaque.finishRegistration(start.state, response, password, this.keyStretching)
    const { success } = await this.request('OpaqueRegisterFinish', { username, upload, identity_key: identityKey })
    if (!success) throw new AlreadyRegisteredError(username)
  }

  /** Logs in (OPAQUE, methods 102–103); keeps the session token for later calls and returns it. */
  async login(username: string, password: string, identityKey: Uint8Array): Promise<Uint8Array> {
    const start = await opaque.startLogin(password)
    const { response } = await this.request('OpaqueLoginStart', { username, request: start.request })
    // an unknown user or a wrong password: the server learns nothing, we send a finalization that fails
    const finalization = opaque.finishLogin(start.state, response, password, this.keyStretching) ?? new Uint8Array(64)
    const { session_token } = await this.request('OpaqueLoginFinish', { username, finalization, identity_key: identityKey })
    this.sessionToken = session_token
    this.identityKey = identityKey
    return session_token
  }

  /**
   * Carries on a session of an earlier login (e.g. a token kept in the client's state): checks it
   * with one call, which also routes the identity's pushes to this connection. Rejects with
   * QpqError 2 when the session has ended (log in again).
   */
  async resume(sessionToken: Uint8Array, identityKey: Uint8Array): Promise<void> {
    this.sessionToken = sessionToken
    this.identityKey = identityKey
    await this.request('ListDevices', {})
  }

  /** The link's resumption on a new connection: the same check, sent on that connection alone. */
  private async resumeOn(send: SendOn): Promise<void> {
    if (this.sessionToken === null) return
    const request = qpq.v1.ListDevicesRequest.encode({ auth: { access_token: this.sessionToken } }).finish()
    const out = await send(encodeRequest((METHOD_BY_NAME.get('ListDevices') as { id: number }).id, this.takeRequestId(), request), this.callTimeoutMs)
    if (out.kind === 'reset') throw new Error('the server reset the resumption call')
    if (out.status !== 0) throw QpqError.fromResponse(out.status, out.payload)
  }

  /** Deletes the logged-in account and everything of it (950); its sessions end at once. */
  async deleteAccount(): Promise<void> {
    if (this.identityKey === null) throw new Error('log in first: only the logged-in account can be deleted')
    await this.request('DeleteAccount', { identity_key: this.identityKey })
  }

  /**
   * Enqueues an opaque payload (normally MLS ciphertext) for a recipient's identity key. Resolves
   * once the server has committed it: `seq` in the recipient's queue, `duplicate` when this
   * message id was already stored. A message for a user of another domain is committed into the
   * server's queue to that domain instead (`forwardedVia` "federation:<domain>", `seq` its place
   * there); `domain` names the recipient's domain when the server has not resolved the key.
   */
  async send(recipientKey: Uint8Array, payload: Uint8Array, opts: QueueOptions & { ttlSecs?: number; messageId?: Uint8Array; domain?: string } = {}): Promise<{ seq: number; duplicate: boolean; proof: Uint8Array; forwardedVia: string }> {
    const r = await this.request('Enqueue', { recipient_key: recipientKey, payload, channel_id: opts.channel, ttl_secs: opts.ttlSecs, message_id: opts.messageId, recipient_domain: opts.domain })
    return { seq: r.seq, duplicate: r.duplicate, proof: r.delivery_proof, forwardedVia: r.forwarded_via }
  }

  /**
   * Enqueues one payload for several recipients (BatchEnqueue, 205): all or nothing. Resolves
   * with each recipient's `seq`, in the order of `recipientKeys` (for a user of another domain:
   * its place in the queue to that domain). `domains`, if given, names each recipient's domain
   * ('' = as the server knows the key), one per key.
   */
  async sendBatch(recipientKeys: Uint8Array[], payload: Uint8Array, opts: { channel?: Uint8Array; ttlSecs?: number; messageId?: Uint8Array; domains?: string[] } = {}): Promise<number[]> {
    const r = await this.request('BatchEnqueue', { recipient_keys: recipientKeys, payload, channel_id: opts.channel, ttl_secs: opts.ttlSecs, message_id: opts.messageId, recipient_domains: opts.domains })
    return r.seqs.map(Number)
  }

  /**
   * Checks a delivery proof from send() against the server's proof key (from health(); pin it
   * like the certificate): true when the server signed that this payload is stored as `seq`.
   */
  verifyProof(serverKey: Uint8Array, recipientKey: Uint8Array, payload: Uint8Array, sent: { seq: number; proof: Uint8Array }, opts: QueueOptions = {}): boolean {
    return verifyDeliveryProof(serverKey, { recipient: recipientKey, channel: opts.channel ?? new Uint8Array(), seq: sent.seq, payload }, sent.proof)
  }

  /** Pending messages of this client's queue (kept until acked), oldest first. */
  async fetch(opts: QueueOptions & { limit?: number } = {}): Promise<Message[]> {
    return (await this.request('Fetch', { ...this.queue(opts), limit: opts.limit })).payloads.map(toMessage)
  }

  /** Like fetch, but waits up to timeoutMs for a message when none is pending. */
  async fetchWait(timeoutMs: number, opts: QueueOptions & { limit?: number } = {}): Promise<Message[]> {
    return (await this.request('FetchWait', { ...this.queue(opts), limit: opts.limit, timeout_ms: timeoutMs })).payloads.map(toMessage)
  }

  /** Pending messages without counting as a delivery. */
  async peek(opts: QueueOptions & { limit?: number } = {}): Promise<Message[]> {
    return (await this.request('Peek', { ...this.queue(opts), limit: opts.limit })).payloads.map(toMessage)
  }

  /** Removes every message up to and including seqUpTo from this client's queue. */
  async ack(seqUpTo: number, opts: QueueOptions = {}): Promise<void> {
    await this.request('Ack', { ...this.queue(opts), seq_up_to: seqUpTo })
  }

  private queue(opts: QueueOptions): { recipient_key: Uint8Array; channel_id?: Uint8Array; device_id?: Uint8Array } {
    return { recipient_key: loggedIn(this), channel_id: opts.channel, device_id: opts.deviceId }
  }

  /** Health (802): the server's status, uptime and version. */
  async health(): Promise<qpq.v1.HealthResponse> {
    return await this.request('Health', {})
  }

  /** Subscribes to server pushes; returns the unsubscribe function. */
  onPush(listener: PushListener): () => void {
    this.pushListeners.add(listener)
    return () => this.pushListeners.delete(listener)
  }

  /** Hears the end of the client: closed by close(), or the connection lost for good. */
  onClose(listener: (reason: string) => void): () => void {
    this.closeListeners.add(listener)
    return () => this.closeListeners.delete(listener)
  }

  /** Hears the connection's life: reconnecting (each attempt), open again, closed. */
  onConnection(listener: (event: LinkEvent) => void): () => void {
    this.linkListeners.add(listener)
    return () => this.linkListeners.delete(listener)
  }

  /**
   * Subscribes to typed server pushes of one type (`'message'`, `'typing'`, `'presence'`,
   * `'membership'`, `'mesh-broadcast'`), or of every type with `'*'`; returns the unsubscribe
   * function. A push whose payload does not decode as its type (a broken or hostile server) is
   * skipped: onPush still sees it raw.
   */
  on<T extends ClientEventType>(type: T | '*', listener: (event: EventOf<T>) => void): () => void {
    return this.onPush((p) => {
      if (type !== '*' && !isPushOf(type, p.eventType)) return
      let event: ClientEvent
      try {
        event = decodePush(p)
      } catch {
        return // thrown here it would end the application: it runs inside the socket's read
      }
      listener(event as EventOf<T>)
    })
  }

  /** Typed server pushes (optionally of one type) as an async iterator; ends with the client. */
  events<T extends ClientEventType>(type?: T): AsyncGenerator<EventOf<T>> {
    return listen<EventOf<T>>((emit, end) => this.subscribeUntilClose(this.on<T>(type ?? '*', emit), end))
  }

  /** Raw server pushes as an async iterator; ends with the client or when the loop breaks. */
  pushes(): AsyncGenerator<PushFrame> {
    return listen<PushFrame>((emit, end) => this.subscribeUntilClose(this.onPush(emit), end))
  }

  private subscribeUntilClose(unsubscribe: () => void, end: () => void): () => void {
    if (!this.link.isOpen) end()
    const offClose = this.onClose(end)
    return () => { unsubscribe(); offClose() }
  }

  close(): void {
    this.link.close()
  }
}

function splitServer(s: string): [string, number] {
  const r = typeof s === 'string' ? checkAddress(s) : { problem: 'is not a string' }
  if ('problem' in r) throw new Error(`server address ${JSON.stringify(s)} ${r.problem} (HOST:PORT, port 0–65535, an IPv6 host in brackets)`)
  return [r.address.host, r.address.port]
}
