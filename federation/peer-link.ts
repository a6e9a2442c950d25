// The link to one federation peer: a QUIC connection to its federation listener on which we
// present our certificate (mutual TLS) and check its — natively against the anchors PeerTrust
// gives (hostname included), then against the peer's own rule (pin or CA) — and the frame-level
// calls of methods 900–905. Connects on first use and again after the connection is lost; a call
// that times out drops the connection, so the next one starts afresh.
import { CallTimeoutError, RpcConnection } from '../protocol/rpc-connection.js'
import { qpq } from '../proto/qpq.js'
import type { MessageCodec } from '../protocol/codec.js'
import { statusName } from '../protocol/errors.js'
import { encodeRequest } from '../protocol/frames.js'
import type { TransportSettings } from '../protocol/quic/config.js'
import type { FederationPeerOptions } from './options.js'
import type { PeerTrust } from './trust.js'

/** The peer could not be asked: unreachable, refused our certificate, is not who it should be, or did not answer. */
export class PeerUnreachableError extends Error {
  override name = 'PeerUnreachableError'
}

/** The peer answered with a non-zero status. */
export class PeerRefusedError extends Error {
  override name = 'PeerRefusedError'
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export interface PeerLinkOptions {
  peer: FederationPeerOptions
  trust: PeerTrust
  /** Our certificate chain and key (PEM). */
  clientCert: { certPem: Buffer; keyPem: Buffer }
  transport: TransportSettings
  connectTimeoutMs: number
  callTimeoutMs: number
}

const BUFFER_BUDGET = 16 << 20

export class PeerLink {
  private conn: RpcConnection | null = null
  private connecting: Promise<RpcConnection> | null = null
  private requestId = 0
  private closed = false

  constructor(private readonly o: PeerLinkOptions) {}

  get domain(): string {
    return this.o.peer.domain
  }

  /** Calls a federation method with an encoded request; resolves with the decoded answer. */
  async call<Res>(methodId: number, request: Uint8Array, response: MessageCodec<Res>): Promise<Res> {
    const conn = await this.connection()
    const d = this.o.peer.domain
    let outcome
    try {
      outcome = await conn.send(encodeRequest(methodId, ++this.requestId >>> 0, request), { timeoutMs: this.o.callTimeoutMs })
    } catch (err) {
      if (err instanceof CallTimeoutError) conn.close()
      throw new PeerUnreachableError(`${d}: ${(err as Error).message}`)
    }
    if (outcome.kind === 'reset') throw new PeerUnreachableError(`${d} reset the call (code ${outcome.code})`)
    if (outcome.status !== 0) {
      let message = ''
      try {
        message = qpq.v1.Error.decode(outcome.payload).message
      } catch {
        // an answer without a readable reason still has its status
      }
      throw new PeerRefusedError(outcome.status, `${d} answered ${outcome.status} ${statusName(outcome.status)}${message ? `: ${message}` : ''}`)
    }
    try {
      return response.decode(outcome.payload)
    } catch (err) {
      throw new PeerUnreachableError(`${d} sent an undecodable answer: ${(err as Error).message}`)
    }
  }

  close(): void {
    this.closed = true
    this.conn?.close()
    this.conn = null
  }

  private connection(): Promise<RpcConnection> {
    if (this.closed) return Promise.reject(new PeerUnreachableError(`${this.o.peer.domain}: the link is closed`))
    if (this.conn !== null && this.conn.isOpen) return Promise.resolve(this.conn)
    this.connecting ??= this.connect().finally(() => { this.connecting = null })
    return this.connecting
  }

  private async connect(): Promise<RpcConnection> {
    const { peer, trust } = this.o
    const where = `${peer.domain} at ${peer.address.host}:${peer.address.port}`
    const c: RpcConnection = new RpcConnection({
      host: peer.address.host, port: peer.address.port, serverName: peer.domain, caPem: trust.clientCaPem(peer),
      clientCert: this.o.clientCert, transport: this.o.transport, connectTimeoutMs: this.o.connectTimeoutMs,
      keepAliveMs: 0, bufferBudget: BUFFER_BUDGET,
    }, {
      onPush: () => {},
      onClose: () => { if (this.conn === c) this.conn = null },
    })
    try {
      await c.ready
    } catch (err) {
      throw new PeerUnreachableError(`cannot reach ${where}: ${(err as Error).message}`)
    }
    const auth = trust.authenticate(c.peerCertChain())
    if ('refusal' in auth || !auth.domains.includes(peer.domain)) {
      c.close()
      throw new PeerUnreachableError(`${where} is not ${peer.domain}: ${'refusal' in auth ? auth.refusal : `its certificate speaks for ${auth.domains.join(', ')}`}`)
    }
    if (this.closed) {
      c.close()
      throw new PeerUnreachableError(`${peer.domain}: the link is closed`)
    }
    this.conn = c
    return c
  }
}
