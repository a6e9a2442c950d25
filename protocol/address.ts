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

const HEXTET = /^[0-9a-f]{1,4}$/

/**
 * The key by which limits count a source address (rate limits, connection caps, memory shares). IPv4 addresses are their own key (an IPv4-mapped IPv6
 * address is the IPv4 address). IPv6 addresses are grouped by their /64 prefix: a /64 is one
 * subscriber's network (RFC 6177), and a host that owns one can use 2^64 source addresses, so
 * limiting single IPv6 addresses would limit nothing. Anything unparseable is its own key.
 */
export function addressKey(address: string): string {
  if (!address.includes(':')) return address
  let a = address.toLowerCase()
  const zone = a.indexOf('%')
  if (zone !== -1) a = a.slice(0, zone)
  if (a.startsWith('::ffff:') && a.includes('.')) return a.slice(7)
  const gap = a.indexOf('::')
  let groups: string[]
  if (gap === -1) {
    groups = a.split(':')
  } else {
    const head = gap === 0 ? [] : a.slice(0, gap).split(':')
    const tailText = a.slice(gap + 2)
    const tail = tailText === '' ? [] : tailText.split(':')
    // an embedded IPv4 address at the end takes two groups
    const tailGroups = tail.length + (tailText.includes('.') ? 1 : 0)
    const zeros = 8 - head.length - tailGroups
    if (zeros < 1) return address
    groups = head.concat(new Array<string>(zeros).fill('0'), tail)
  }
  if (groups.length < 4) return address
  let key = ''
  for (let i = 0; i < 4; i++) {
    const g = groups[i] ?? ''
    if (!HEXTET.test(g)) return address
    key += `${parseInt(g, 16).toString(16)}:`
  }
  return `${key}:/64`
}
