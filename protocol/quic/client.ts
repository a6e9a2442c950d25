// The client side of our QUIC layer: one UDP socket and one connection to a server whose
// certificate is verified against the given trust anchors (a pinned certificate or a CA).
import dgram from 'node:dgram'
import { lookup } from 'node:dns/promises'
import { randomBytes } from 'node:crypto'
import { isIP } from 'node:net'
import { buildConfig, type TransportSettings } from './config.js'
import { FlushScheduler, QuicConnection, type ConnectionEvents } from './connection.js'
import { ByteBudget } from './budget.js'
import { connectConnection } from './native.js'
import type { HostPort } from '../address.js'
import { CID_LEN } from './tokens.js'

export interface QuicClientOptions {
  host: string
  port: number
  /** Name checked against the server certificate (SNI and verification). */
  serverName: string
  /** PEM trust anchors: the server's own certificate (pinning) or its CA. */
  caPem: Buffer
  /** Our certificate for mutual TLS (federation), PEM. */
  clientCert?: { certPem: Buffer; keyPem: Buffer }
  transport: TransportSettings
  connectTimeoutMs: number
  /** Ping interval keeping the connection (and NAT bindings) alive; 0 = off. */
  keepAliveMs: number
  /** Bytes held in JS (unread responses, queued writes) before reads stop. */
  bufferBudget: number
  /** Diagnostics: sees every datagram we send. */
  onDatagram?: (datagram: Buffer) => void
}

export type ClientEvents = Omit<ConnectionEvents, 'onEstablished' | 'onClosed'> & {
  /** Called inside the packet that completed the handshake: requests written here ride in the same flight. */
  onEstablished(conn: QuicConnection): void
  onClosed(conn: QuicConnection): void
}

/** Connects and resolves once the handshake is complete; rejects with the reason it failed. */
export async function connectQuic(opts: QuicClientOptions, events: ClientEvents): Promise<QuicConnection> {
  const address = isIP(opts.host) !== 0 ? opts.host : (await lookup(opts.host)).address
  const family = isIP(address)
  const type = family === 6 ? 'udp6' : 'udp4'
  const sock = dgram.createSocket({ type, lookup: (a, _o, cb) => (cb as (e: null, a: string, f: number) => void)(null, a, family) })
  await new Promise<void>((resolve, reject) => {
    sock.once('error', reject)
    sock.bind(0, family === 6 ? '::' : '0.0.0.0', () => { sock.off('error', reject); resolve() })
  })
  sock.on('error', () => { /* ICMP errors and the like: the connection times out on its own */ })
  const local: HostPort = { host: sock.address().address, port: sock.address().port }
  const remote: HostPort = { host: address, port: opts.port }
  const cfg = buildConfig(opts.transport, {
    caPem: opts.caPem, keyPem: opts.clientCert?.keyPem ?? null, certChainPem: opts.clientCert?.certPem ?? null,
  })
  const q = connectConnection(opts.serverName, randomBytes(CID_LEN), local, remote, cfg)
  const transmit = (buf: Buffer, len: number, to: HostPort): void => {
    opts.onDatagram?.(buf.subarray(0, len))
    sock.send(buf, 0, len, to.port, to.host)
  }

  return await new Promise<QuicConnection>((resolve, reject) => {
    let keepAlive: NodeJS.Timeout | null = null
    let timedOut = false
    const timeout = setTimeout(() => {
      timedOut = true
      conn.destroy()
    }, opts.connectTimeoutMs)
    const conn = new QuicConnection(q, local, remote,
      { heldLimit: opts.bufferBudget, uniQueueMax: 1024, uniQueueMaxBytes: opts.bufferBudget },
      new ByteBudget(opts.bufferBudget),
      {
        onEstablished: (c) => {
          clearTimeout(timeout)
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
          if (keepAlive !== null) clearInterval(keepAlive)
          sock.close()
          const why = timedOut ? `no answer within ${opts.connectTimeoutMs} ms` : c.closeReason()
          if (!c.established) reject(new Error(`QUIC handshake with ${opts.host}:${opts.port} failed: ${why}`))
          events.onClosed(c)
        },
      },
      transmit, new FlushScheduler(), false)
    sock.on('message', (msg, rinfo) => conn.recv(msg, { host: rinfo.address, port: rinfo.port }))
    conn.service() // the first Initial
  })
}
