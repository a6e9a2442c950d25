// Network addresses as both ends write them: HOST:PORT, or [V6]:PORT for IPv6 literals.
import { isIP } from 'node:net'

export interface HostPort { host: string; port: number }

/** Parses HOST:PORT or [V6]:PORT; null when it is neither. */
export function parseAddress(s: string): HostPort | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s[\]]+)):(\d{1,5})$/.exec(s.trim())
  if (m === null) return null
  const host = (m[1] ?? m[2]) as string
  const port = Number(m[3])
  if (port > 65535 || (m[1] !== undefined && isIP(host) !== 6)) return null
  return { host, port }
}
