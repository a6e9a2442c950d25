// Network addresses as both ends write them: HOST:PORT, or [V6]:PORT for IPv6 literals.
import { isIP } from 'node:net'

export interface HostPort { host: string; port: number }

/** Parses HOST:PORT or [V6]:PORT; null when it is neither. */
export function parseAddress(s: string): HostPort | null {
  const r = checkAddress(s)
  return 'problem' in r ? null : r.address
}

/** Parses HOST:PORT or [V6]:PORT, or says in a few words what is wrong with it ("has port 99999, above 65535"). */
export function checkAddress(s: string): { address: HostPort } | { problem: string } {
  const t = s.trim()
  const m = /^(?:\[([^\]]*)\]|([^:\s[\]]+)):(\d+)$/.exec(t)
  if (m === null) {
    if (isIP(t) === 6 || (t.split(':').length > 2 && !t.startsWith('['))) return { problem: 'is not HOST:PORT (an IPv6 host goes in brackets: [::1]:5001)' }
    if (/^\d+$/.test(t)) return { problem: `is not HOST:PORT: it has no host (e.g. 127.0.0.1:${t})` }
    if (!t.includes(':')) return { problem: 'is not HOST:PORT: it has no port' }
    return { problem: 'is not HOST:PORT' }
  }
  const port = Number(m[3])
  if (port > 65535) return { problem: `has port ${port}, above 65535` }
  if (m[1] !== undefined && isIP(m[1]) !== 6) return { problem: `has [${m[1]}], which is not an IPv6 address` }
  return { address: { host: (m[1] ?? m[2]) as string, port } }
}

/** HOST:PORT, with an IPv6 host in brackets. */
export function formatAddress(a: HostPort): string {
  return isIP(a.host) === 6 ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`
}
