// A QUIC listener on one UDP socket: demultiplexes datagrams to connections by destination
// connection id and guards the door — Version Negotiation, stateless Retry (address validation),
// caps on connections, half-open connections and per-address handshakes (a refused client is
// told why in a CONNECTION_CLOSE, within a rate limit), handshake deadlines, stateless resets for
// unknown connection ids, byte budgets, and a bounded graceful close.
import dgram from 'node:dgram'
import { isIPv6 } from 'node:net'
import { buildConfig, type TransportSettings } from './config.js'
import { CloseCode, MAX_DATAGRAM, QuicConnection, FlushScheduler, type ConnectionEvents, type ConnectionLimits } from './connection.js'
import { ByteBudget } from './budget.js'
import {
  CONNECTION_REFUSED, MIN_CLIENT_INITIAL_LEN, PacketType, acceptConnection, parseHeader, versionIsSupported,
  writeRetry, writeVersionNegotiation, type NativeConfig, type PacketHeader,
} from './native.js'
import { addressKey, type HostPort } from '../address.js'
import { CID_LEN, ListenerSecrets } from './tokens.js'
import { writeInitialClose } from './initial-close.js'

export interface QuicServerOptions {
  host: string
  port: number
  transport: TransportSettings
  /** PEM certificate chain and key; `caPem` makes client certificates mandatory (mTLS). */
  tls: { certPem: Buffer; keyPem: Buffer; caPem?: Buffer | null }
  /** 32+ byte secret for connection ids, reset tokens and Retry tokens (persist it for resets across restarts). */
  secret: Uint8Array
  /** 'always': every new connection proves its address with a Retry round trip first. */
  retry: 'always' | 'never'
  retryTokenLifetimeMs: number
  /** A connection that has not finished its handshake by then is dropped. */
  handshakeTimeoutMs: number
  maxConnections: number
  maxConnectionsPerAddress: number
  maxHalfOpen: number
  maxHandshakesPerAddress: number
  /**
   * Bytes held in JS (budget.ts): across all connections, per source address (while none of its
   * connections carries a session: the smaller unauthenticated share), and per connection.
   */
  bufferBudget: number
  addressBudget: number
  unauthenticatedAddressBudget: number
  connectionBudget: number
  /** Per-connection queue of push frames waiting for a uni stream. */
  pushQueueMax: number
  pushQueueMaxBytes: number
  statelessResetsPerSecond: number
  /** CONNECTION_CLOSE answers to refused Initials per second; beyond it refusals are silent (still counted). */
  refusalsPerSecond: number
  /**
   * With `tls.caPem` (mutual TLS): checks the certificate chain the peer sent (DER, leaf first;
   * BoringSSL has verified it against `caPem`) once the handshake is done and before any stream
   * is read; a returned reason refuses the connection (CONNECTION_CLOSE, application error 1).
   * `connectionId` is the connection's id (QuicConnection.id, the RPC layer's connectionId), so
   * the owner can remember who the peer is.
   */
  verifyPeer?: (chain: Uint8Array[], connectionId: number) => string | null
}

export const DEFAULT_SERVER_LIMITS = {
  retry: 'always' as const,
  retryTokenLifetimeMs: 10_000,
  handshakeTimeoutMs: 10_000,
  maxConnections: 10_000,
  maxConnectionsPerAddress: 256,
  maxHalfOpen: 1_000,
  maxHandshakesPerAddress: 32,
  bufferBudget: 64 << 20,
  addressBudget: 16 << 20,
  // one request of the largest size (4 MiB) and a little more
  unauthenticatedAddressBudget: (4 << 20) + (64 << 10),
  connectionBudget: 8 << 20,
  pushQueueMax: 1_024,
  pushQueueMaxBytes: 8 << 20,
  statelessResetsPerSecond: 100,
  refusalsPerSecond: 100,
}

/** Why a new connection was refused at the door, and the limit it hit. */
export type RefusalReason = 'max_connections' | 'max_connections_per_ip' | 'max_half_open' | 'max_handshakes_per_ip'

export interface Refusal {
  reason: RefusalReason
  /** The source address (host) of the refused client. */
  address: string
  limit: number
  /** False when the refusal rate limit was spent and the client was not told. */
  answered: boolean
}

/** What a refused client reads in the CONNECTION_CLOSE (transport error CONNECTION_REFUSED). */
const REFUSAL_TEXT: Record<RefusalReason, (limit: number) => string> = {
  max_connections: (n) => `server full: it serves at most ${n} connections (max_connections)`,
  max_connections_per_ip: (n) => `too many connections from your address: at most ${n} (max_connections_per_ip); close the ones you no longer use`,
  max_half_open: (n) => `server busy: ${n} handshakes in progress; try again shortly`,
  max_handshakes_per_ip: (n) => `too many handshakes at once from your address: at most ${n}`,
}


/** What the owner of the listener (the RPC layer) does with connections. */
export interface ServerHandler {
  /** A client finished its handshake; return a reason to refuse it. */
  onConnection(conn: QuicConnection): string | null
  /** A new connection was refused by a cap (every one, answered or not). */
  onRefused(refusal: Refusal): void
  onReadable(conn: QuicConnection, streamId: number): void
  onStopped(conn: QuicConnection, streamId: number, code: number): void
  onClosed(conn: QuicConnection): void
  /** The byte budget's total is reached: drop what can be dropped (the stalest unfinished request bodies). */
  onBudgetPressure?(): void
}

/** Counters the metrics layer exports. */
export interface QuicServerStats {
  connectionsAccepted: number
  handshakesFailed: number
  retriesSent: number
  versionNegotiationsSent: number
  statelessResetsSent: number
  refusedOverCapacity: number
  /** refusedOverCapacity by reason. */
  refused: Record<RefusalReason, number>
  /** Refusals the client was told of (CONNECTION_CLOSE), within refusalsPerSecond. */
  refusalsAnswered: number
  invalidTokens: number
  packetsDropped: number
  datagramsReceived: number
  datagramsSent: number
  /** Server-opened uni streams, and the messages (push frames) sent on them. */
  uniStreamsOpened: number
  uniMessagesSent: number
}

interface AddressCount { connections: number; handshakes: number }

export class QuicServer {
  readonly stats: QuicServerStats = {
    connectionsAccepted: 0, handshakesFailed: 0, retriesSent: 0, versionNegotiationsSent: 0,
    statelessResetsSent: 0, refusedOverCapacity: 0, refusalsAnswered: 0, invalidTokens: 0, packetsDropped: 0, datagramsReceived: 0, datagramsSent: 0, uniStreamsOpened: 0, uniMessagesSent: 0,
    refused: { max_connections: 0, max_connections_per_ip: 0, max_half_open: 0, max_handshakes_per_ip: 0 },
  }
  readonly budget: ByteBudget
  private readonly secrets: ListenerSecrets
  private readonly config: NativeConfig
  private readonly byCid = new Map<string, QuicConnection>()
  /** Each connection's map keys and the source address it was admitted for. */
  private readonly entries = new Map<QuicConnection, { keys: string[]; address: string }>()
  private readonly perAddress = new Map<string, AddressCount>()
  private readonly handshakeTimers = new Map<QuicConnection, NodeJS.Timeout>()
  private readonly scheduler = new FlushScheduler()
  private readonly connections = new Set<QuicConnection>()
  private halfOpen = 0
  private socket: dgram.Socket | null = null
  private local: HostPort = { host: '0.0.0.0', port: 0 }
  private accepting = true
  private resetAllowance = 0
  private resetAllowanceAt = 0
  private refusalAllowance = 0
  private refusalAllowanceAt = 0
  private readonly limits: ConnectionLimits
  private readonly events: ConnectionEvents

  constructor(private readonly opts: QuicServerOptions, private readonly handler: ServerHandler, private readonly onError: (msg: string, err: unknown) => void) {
    this.secrets = new ListenerSecrets(opts.secret)
    this.budget = new ByteBudget({
      total: opts.bufferBudget, perAddress: opts.addressBudget,
      perAddressUnauthenticated: Math.min(opts.unauthenticatedAddressBudget, opts.addressBudget), perConnection: opts.connectionBudget,
    }, () => this.guard('budget pressure handler', () => this.handler.onBudgetPressure?.()))
    this.config = buildConfig(opts.transport, { caPem: opts.tls.caPem ?? null, keyPem: opts.tls.keyPem, certChainPem: opts.tls.certPem })
    this.limits = { uniQueueMax: opts.pushQueueMax, uniQueueMaxBytes: opts.pushQueueMaxBytes, uniCounters: this.stats }
    this.events = {
      onEstablished: (c) => this.established(c),
      onReadable: (c, sid) => this.guard('stream handler', () => this.handler.onReadable(c, sid)),
      onStopped: (c, sid, code) => this.guard('stop handler', () => this.handler.onStopped(c, sid, code)),
      onProgress: () => {},
      onClosed: (c) => this.reap(c),
    }
  }

  /** Binds the UDP socket; resolves with the bound address. */
  async listen(): Promise<HostPort> {
    const type = isIPv6(this.opts.host) ? 'udp6' : 'udp4'
    const sock = dgram.createSocket({
      type,
      // the default lookup defers even IP literals through nextTick on every send
      lookup: (address, _o, cb) => (cb as (e: null, a: string, f: number) => void)(null, address, type === 'udp6' ? 6 : 4),
      recvBufferSize: 4 << 20,
      sendBufferSize: 4 << 20,
    })
    sock.on('message', (msg, rinfo) => this.guard('datagram', () => this.onDatagram(msg, { host: rinfo.address, port: rinfo.port })))
    sock.on('error', (err) => this.onError('udp socket error', err))
    await new Promise<void>((resolve, reject) => {
      sock.once('error', reject)
      sock.bind(this.opts.port, this.opts.host, () => { sock.off('error', reject); resolve() })
    })
    const a = sock.address()
    this.socket = sock
    this.local = { host: a.address, port: a.port }
    return this.local
  }

  get address(): HostPort {
    return this.local
  }

  get connectionCount(): number {
    return this.connections.size
  }

  get halfOpenCount(): number {
    return this.halfOpen
  }

  /** Stops admitting new connections (new Initials are dropped); existing ones carry on. */
  stopAccepting(): void {
    this.accepting = false
  }

  /**
   * Closes every connection with CONNECTION_CLOSE(reason) and the socket once they are drained,
   * or after `timeoutMs` at the latest.
   */
  async close(reason: string, timeoutMs: number): Promise<void> {
    this.accepting = false
    for (const c of this.connections) c.close(true, CloseCode.Normal, reason)
    const deadline = Date.now() + timeoutMs
    while (this.connections.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
    for (const c of [...this.connections]) c.destroy()
    await new Promise<void>((resolve) => {
      if (this.socket === null) return resolve()
      this.socket.close(() => resolve())
      this.socket = null
    })
  }

  private guard(what: string, fn: () => void): void {
    try {
      fn()
    } catch (err) {
      this.onError(`QUIC ${what} failed`, err)
    }
  }

  private transmit = (buf: Buffer, len: number, to: HostPort): void => {
    this.stats.datagramsSent++
    this.socket?.send(buf, 0, len, to.port, to.host)
  }

  private onDatagram(msg: Buffer, from: HostPort): void {
    this.stats.datagramsReceived++
    if (msg.length === 0) return
    // Short header: our connection ids are CID_LEN bytes, read them without a native call.
    // A known id from a new address (NAT rebinding) is fine: quiche validates the new path
    // and send() tells where answers go.
    if (((msg[0] as number) & 0x80) === 0) {
      if (msg.length < 1 + CID_LEN) return this.drop()
      const conn = this.byCid.get(msg.toString('hex', 1, 1 + CID_LEN))
      if (conn !== undefined) return conn.recv(msg, from)
      return this.statelessReset(msg, from)
    }
    // Version-independent fields first (RFC 8999): quiche's parser would also read the
    // version-specific rest, which an unknown version need not follow.
    if (msg.length < 7) return this.drop()
    const version = msg.readUInt32BE(1)
    if (version !== 0 && !versionIsSupported(version)) return this.versionNegotiation(msg, from)
    let hdr: PacketHeader
    try {
      hdr = parseHeader(msg, CID_LEN)
    } catch {
      return this.drop()
    }
    const conn = this.byCid.get(Buffer.from(hdr.dcid).toString('hex'))
    if (conn !== undefined) return conn.recv(msg, from)
    if (hdr.ty !== PacketType.Initial) return this.drop()
    if (msg.length < MIN_CLIENT_INITIAL_LEN || !this.accepting) return this.drop()
    this.acceptInitial(msg, hdr, from)
  }

  private versionNegotiation(msg: Buffer, from: HostPort): void {
    // only for datagrams big enough that our answer cannot amplify (RFC 9000 §6.1)
    if (msg.length < MIN_CLIENT_INITIAL_LEN) return this.drop()
    const dcidLen = msg[5] as number
    const scidAt = 6 + dcidLen
    if (scidAt >= msg.length || scidAt + 1 + (msg[scidAt] as number) > msg.length) return this.drop()
    const scidLen = msg[scidAt] as number
    const out = Buffer.allocUnsafe(1350)
    const n = writeVersionNegotiation(msg.subarray(scidAt + 1, scidAt + 1 + scidLen), msg.subarray(6, 6 + dcidLen), out)
    this.stats.versionNegotiationsSent++
    this.transmit(out, n, from)
  }

  private drop(): void {
    this.stats.packetsDropped++
  }

  private acceptInitial(msg: Buffer, hdr: PacketHeader, from: HostPort): void {
    // the address is validated first (a Retry costs one AEAD): a refusal, which costs a TLS
    // step, then goes only to clients that can receive at the address they claim
    let scid: Uint8Array
    let odcid: Uint8Array | null = null
    if (this.opts.retry === 'always') {
      const token = hdr.token
      if (token === undefined || token.length === 0) return this.sendRetry(hdr, from)
      odcid = this.secrets.verifyRetryToken(token, from.host, from.port)
      if (odcid === null || hdr.dcid.length !== CID_LEN) {
        this.stats.invalidTokens++
        return
      }
      scid = hdr.dcid // the id we chose in our Retry
    } else {
      scid = this.secrets.newConnectionId()
    }
    // caps and memory shares count an address by its limits key (an IPv6 host owns its whole /64)
    const address = addressKey(from.host)
    const count = this.perAddress.get(address) ?? { connections: 0, handshakes: 0 }
    const over: [RefusalReason, number] | null =
      this.connections.size >= this.opts.maxConnections ? ['max_connections', this.opts.maxConnections]
      : count.connections >= this.opts.maxConnectionsPerAddress ? ['max_connections_per_ip', this.opts.maxConnectionsPerAddress]
      : this.halfOpen >= this.opts.maxHalfOpen ? ['max_half_open', this.opts.maxHalfOpen]
      : count.handshakes >= this.opts.maxHandshakesPerAddress ? ['max_handshakes_per_ip', this.opts.maxHandshakesPerAddress]
      : null
    if (over !== null) return this.refuse(hdr, from, over[0], over[1])
    // quiche reads the reset token from the shared config at accept time
    this.config.setStatelessResetToken(this.secrets.resetTokenBigInt(scid))
    const q = acceptConnection(scid, odcid, this.local, from, this.config)
    const conn = new QuicConnection(q, this.local, from, this.limits, this.budget, this.events, this.transmit, this.scheduler, true, address)
    const keys = [Buffer.from(scid).toString('hex')]
    // Without a Retry the client keeps using its own first DCID until it hears from us.
    if (odcid === null) keys.push(Buffer.from(hdr.dcid).toString('hex'))
    for (const k of keys) this.byCid.set(k, conn)
    this.entries.set(conn, { keys, address })
    this.connections.add(conn)
    this.halfOpen++
    count.connections++
    count.handshakes++
    this.perAddress.set(address, count)
    this.stats.connectionsAccepted++
    const timer = setTimeout(() => conn.destroy(), this.opts.handshakeTimeoutMs)
    timer.unref()
    this.handshakeTimers.set(conn, timer)
    conn.recv(msg, from)
  }

  /**
   * Tells a client over a cap why it cannot connect: one Initial packet with CONNECTION_CLOSE
   * (CONNECTION_REFUSED and the reason), built without a connection (initial-close.ts) — no
   * state, no TLS work, and smaller than the Initial that asked. Rate-limited all the same.
   */
  private refuse(hdr: PacketHeader, from: HostPort, reason: RefusalReason, limit: number): void {
    this.stats.refusedOverCapacity++
    this.stats.refused[reason]++
    const now = Date.now()
    if (now - this.refusalAllowanceAt >= 1000) {
      this.refusalAllowance = this.opts.refusalsPerSecond
      this.refusalAllowanceAt = now
    }
    let answered = false
    // Handshake caps pass within moments: such a client is not told, so it simply sends its
    // Initial again (after its probe timeout) and gets in. Connection caps last: tell it why.
    const transient = reason === 'max_half_open' || reason === 'max_handshakes_per_ip'
    if (!transient && this.refusalAllowance > 0) {
      this.refusalAllowance--
      const out = Buffer.allocUnsafe(MAX_DATAGRAM)
      const n = writeInitialClose(hdr, this.secrets.newConnectionId(), CONNECTION_REFUSED, REFUSAL_TEXT[reason](limit), out)
      if (n > 0) this.transmit(out, n, from)
      answered = n > 0
      if (answered) this.stats.refusalsAnswered++
    }
    this.guard('refusal handler', () => this.handler.onRefused({ reason, address: from.host, limit, answered }))
  }

  private sendRetry(hdr: PacketHeader, from: HostPort): void {
    const newScid = this.secrets.newConnectionId()
    const token = this.secrets.mintRetryToken(from.host, from.port, hdr.dcid, this.opts.retryTokenLifetimeMs)
    const out = Buffer.allocUnsafe(1350)
    const n = writeRetry(hdr.scid, hdr.dcid, newScid, token, hdr.version, out)
    this.stats.retriesSent++
    this.transmit(out, n, from)
  }

  /** RFC 9000 §10.3: answer a packet for a connection we do not know, so its peer stops at once. */
  private statelessReset(msg: Buffer, from: HostPort): void {
    // must be shorter than the trigger and at least 21 bytes; skip tiny packets (loop protection)
    if (msg.length <= 22) return this.drop()
    const now = Date.now()
    if (now - this.resetAllowanceAt >= 1000) {
      this.resetAllowance = this.opts.statelessResetsPerSecond
      this.resetAllowanceAt = now
    }
    if (this.resetAllowance <= 0) return this.drop()
    this.resetAllowance--
    const len = Math.min(msg.length - 1, 43)
    const out = Buffer.allocUnsafe(len)
    for (let i = 0; i < len - 16; i++) out[i] = (Math.random() * 256) | 0
    out[0] = 0x40 | ((out[0] as number) & 0x3f)
    this.secrets.resetToken(msg.subarray(1, 1 + CID_LEN)).copy(out, len - 16)
    this.stats.statelessResetsSent++
    this.transmit(out, len, from)
  }

  private established(conn: QuicConnection): string | null {
    this.handshakeDone(conn)
    // Drop the client's original DCID alias: from now on it uses ours.
    const keys = this.entries.get(conn)?.keys
    if (keys !== undefined && keys.length > 1) {
      for (const k of keys.slice(1)) this.byCid.delete(k)
      keys.length = 1
    }
    try {
      if (this.opts.verifyPeer !== undefined) {
        const refusal = this.opts.verifyPeer(conn.q.peerCertChain() ?? [], conn.id)
        if (refusal !== null) return refusal
      }
      return this.handler.onConnection(conn)
    } catch (err) {
      this.onError('QUIC connection handler failed', err)
      return 'internal error'
    }
  }

  private handshakeDone(conn: QuicConnection): void {
    const timer = this.handshakeTimers.get(conn)
    if (timer === undefined) return
    clearTimeout(timer)
    this.handshakeTimers.delete(conn)
    this.halfOpen--
    const address = this.entries.get(conn)?.address
    const count = address === undefined ? undefined : this.perAddress.get(address)
    if (count !== undefined) count.handshakes--
  }

  private reap(conn: QuicConnection): void {
    if (!conn.established) this.stats.handshakesFailed++
    this.handshakeDone(conn)
    const entry = this.entries.get(conn)
    this.entries.delete(conn)
    this.connections.delete(conn)
    if (entry === undefined) return
    for (const k of entry.keys) this.byCid.delete(k)
    const count = this.perAddress.get(entry.address)
    if (count !== undefined && --count.connections <= 0) this.perAddress.delete(entry.address)
    this.guard('close handler', () => this.handler.onClosed(conn))
  }
}
