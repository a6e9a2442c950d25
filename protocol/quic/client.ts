// The client side of our QUIC layer: one UDP socket, connected to the server, and one connection
// whose certificate is verified against the given trust anchors (a pinned certificate or a CA),
// or, for a nearby mesh node only, not at all.
import dgram from 'node:dgram'
import { lookup } from 'node:dns/promises'
import { randomBytes } from 'node:crypto'
import { isIP } from 'node:net'
import { buildConfig, type TransportSettings } from './config.js'
import { FlushScheduler, QuicConnection, type ConnectionEvents } from './connection.js'
import { ByteBudget } from './budget.js'
import { connectConnection } from './native.js'
import { formatAddress, type HostPort } from '../address.js'
import { CID_LEN } from './tokens.js'
import { ConnectError, handshakeFailure } from './connect-error.js'

export interface QuicClientOptions {
  host: string
  port: number
  /** Name checked against the server certificate (SNI and verification). */
  serverName: string
  /**
   * PEM trust anchors: the server's own certificate (pinning) or its CA. null: the server is not
   * verified — only for a peer trusted with nothing it could misuse (a nearby mesh node, handed
   * envelopes signed and encrypted end to end; docs/mesh.md).
   */
  caPem: Buffer | null
  /** Our certificate for mutual TLS (federation), PEM. */
  clientCert?: { certPem: Buffer; keyPem: Buffer }
  transport: TransportSettings
  connectTimeoutMs: number
  /** Ping interval keeping the connection (and NAT bindings) alive; 0 = off. */
  keepAliveMs: number
  /** Bytes held in JS (unread responses, queued writes) before reads stop. */
  bufferBudget: number
  /** The local address to send from (default: any); e.g. another loopback address in tests. */
  bindAddress?: string
  /** Diagnostics: sees every datagram we send. */
  onDatagram?: (datagram: Buffer) => void
}

export type ClientEvents = Omit<ConnectionEvents, 'onEstablished' | 'onClosed'> & {
  /** Called inside the packet that completed the handshake: requests written here ride in the same flight. */
  onEstablished(conn: QuicConnection): void
  onClosed(conn: QuicConnection): void
}

/**
 * Connects and resolves once the handshake is complete; rejects with a ConnectError saying why it
 * failed. Fails fast when nothing listens (the socket is connected, so an ICMP port unreachable
 * comes back as ECONNREFUSED) or when the server refuses; `signal` abandons the attempt.
 */
export async function connectQuic(opts: QuicClientOptions, events: ClientEvents, signal?: AbortSignal): Promise<QuicConnection> {
  const server = formatAddress({ host: opts.host, port: opts.port })
  let cfg
  try {
    cfg = buildConfig(opts.transport, { caPem: opts.caPem, keyPem: opts.clientCert?.keyPem ?? null, certChainPem: opts.clientCert?.certPem ?? null })
  } catch (err) {
    throw new ConnectError('bad-trust-anchor', server, `the certificate given to check the server with cannot be used: ${(err as Error).message}`, (err as Error).message)
  }
  let address: string
  try {
    address = isIP(opts.host) !== 0 ? opts.host : (await lookup(opts.host)).address
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message
    throw new ConnectError('unknown-host', server, `cannot find the host ${opts.host} (${code})`, code)
  }
  const family = isIP(address)
  const sock = dgram.createSocket({ type: family === 6 ? 'udp6' : 'udp4', lookup: (a, _o, cb) => (cb as (e: null, a: string, f: number) => void)(null, a, family) })
  await new Promise<void>((resolve, reject) => {
    sock.once('error', reject)
    sock.bind(0, opts.bindAddress ?? (family === 6 ? '::' : '0.0.0.0'), () => sock.connect(opts.port, address, () => { sock.off('error', reject); resolve() }))
  }).catch((err: NodeJS.ErrnoException) => {
    sock.close()
    throw new ConnectError('handshake-failed', server, `cannot open a UDP socket to ${server}: ${err.code ?? err.message}`, err.code ?? err.message)
  })
  const local: HostPort = { host: sock.address().address, port: sock.address().port }
  const remote: HostPort = { host: address, port: opts.port }
  const q = connectConnection(opts.serverName, randomBytes(CID_LEN), local, remote, cfg)
  const transmit = (buf: Buffer, len: number): void => {
    opts.onDatagram?.(buf.subarray(0, len))
    sock.send(buf, 0, len)
  }

  return await new Promise<QuicConnection>((resolve, reject) => {
    let keepAlive: NodeJS.Timeout | null = null
    let failure: ConnectError | null = null
    const fail = (e: ConnectError): void => {
      if (conn.established || conn.closed) return
      failure = e
      conn.destroy()
    }
    const timeout = setTimeout(() => fail(new ConnectError('no-answer', server,
      `no answer from ${server} within ${opts.connectTimeoutMs} ms: is qpqd running on ${server}, and does a firewall let UDP through?`, 'timeout')), opts.connectTimeoutMs)
    const onAbort = (): void => fail(new ConnectError('handshake-failed', server, 'connecting was abandoned', 'aborted'))
    const conn = new QuicConnection(q, local, remote,
      { uniQueueMax: 1024, uniQueueMaxBytes: opts.bufferBudget },
      new ByteBudget({ total: opts.bufferBudget, perAddress: opts.bufferBudget, perAddressUnauthenticated: opts.bufferBudget, perConnection: opts.bufferBudget }),
      {
        onEstablished: (c) => {
          clearTimeout(timeout)
          signal?.removeEventListener('abort', onAbort)
          if (opts.keepAliveMs > 0) {
            keepAlive = setInterval(() => c.ping(), opts.keepAliveMs)
            keepAlive.unref()
          }
          events.onEstablished(c)
          resolve(c)
          return null
        },
        onReadable: events.onReadable,
        onStopped: events.onStopped,
        onProgress: events.onProgress,
        onClosed: (c) => {
          clearTimeout(timeout)
          signal?.removeEventListener('abort', onAbort)
          if (keepAlive !== null) clearInterval(keepAlive)
          sock.close()
          if (!c.established) reject(failure ?? handshakeFailure(server, opts.serverName, c.q.localError(), c.q.peerError(), c.q.peerCertChain()))
          events.onClosed(c)
        },
      },
      transmit, new FlushScheduler(), false)
    // an ICMP error means nothing listens; once connected, the connection's own timers decide
    sock.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED') fail(new ConnectError('unreachable', server, `nothing answers on ${server} (connection refused): is qpqd running on ${server}?`, err.code))
    })
    sock.on('message', (msg, rinfo) => {
      conn.recv(msg, { host: rinfo.address, port: rinfo.port })
      // a server that refused us has said so: no need to wait out the closing period
      if (!conn.established && !conn.closed && conn.q.peerError() !== null) conn.destroy()
    })
    if (signal?.aborted === true) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    conn.service() // the first Initial
  })
}
