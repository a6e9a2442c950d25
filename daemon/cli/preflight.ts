// Checks, before anything is written into the data directory, that qpqd can have its ports: a
// second daemon on a busy port, or a port it may not use, is refused with a sentence rather than
// a stack trace, and a new data directory stays empty.
import dgram from 'node:dgram'
import net from 'node:net'
import { formatAddress, type HostPort } from '../../protocol/address.js'

export class PortError extends Error {
  override name = 'PortError'
}

/** Binds and releases each address (UDP for QUIC, TCP for metrics); throws PortError when one cannot be had. */
export async function checkPorts(ports: Array<{ address: HostPort; protocol: 'udp' | 'tcp'; option: string }>): Promise<void> {
  for (const p of ports) {
    if (p.address.port === 0) continue
    try {
      await (p.protocol === 'udp' ? bindUdp(p.address) : bindTcp(p.address))
    } catch (err) {
      throw new PortError(explain(err as NodeJS.ErrnoException, p.address, p.protocol, p.option))
    }
  }
}

function explain(err: NodeJS.ErrnoException, a: HostPort, protocol: string, option: string): string {
  const where = `${formatAddress(a)} (${protocol.toUpperCase()})`
  switch (err.code) {
    case 'EADDRINUSE': return `cannot listen on ${where}: the port is in use (EADDRINUSE) — is another qpqd already running? Stop it, or choose another port with --${option} HOST:PORT`
    case 'EACCES': return `cannot listen on ${where}: permission denied (EACCES) — ports below 1024 need privileges; choose a port above 1023 with --${option} HOST:PORT`
    case 'EADDRNOTAVAIL': return `cannot listen on ${where}: no network interface of this machine has the address ${a.host} (EADDRNOTAVAIL); check --${option}`
    case 'ENOTFOUND':
    case 'EAI_AGAIN': return `cannot listen on ${where}: the host name ${a.host} does not resolve (${err.code}); check --${option}`
    default: return `cannot listen on ${where}: ${err.message}`
  }
}

function bindUdp(a: HostPort): Promise<void> {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket(net.isIPv6(a.host) ? 'udp6' : 'udp4')
    sock.once('error', (err) => { sock.close(); reject(err) })
    sock.bind(a.port, a.host, () => sock.close(() => resolve()))
  })
}

function bindTcp(a: HostPort): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(a.port, a.host, () => server.close(() => resolve()))
  })
}
