// The federation part of the configuration: the `[[federation.peers]]` entries of the file
// (domain, address, and the optional pin_sha256 and cert) and the checks that tie the federation
// options together. Each refusal names the key and where its value came from. How peers are
// authenticated is in docs/federation.md: a peer is accepted when its certificate chains to
// federation_ca, or when its key matches its pin_sha256 (a pinned peer without a CA gives its own
// self-signed certificate in cert, which the TLS stack then verifies against).
import { parseAddress, type HostPort } from '../../protocol/address.js'
import { normalizeDomain } from '../../protocol/domain.js'

export interface FederationPeer {
  /** The peer's federation domain (lower case): what its certificate must name (SAN). */
  domain: string
  /** Where its federation listener is (UDP). */
  address: HostPort
  /** SHA-256 of the peer certificate's SubjectPublicKeyInfo (32 B); null = the CA alone decides. */
  pinSha256: Buffer | null
  /** The peer's own (self-signed) certificate file, DER or PEM: its trust anchor when it is pinned without a CA. */
  cert: string | null
}

export interface FederationConfig {
  enabled: boolean
  domain: string | null
  listen: HostPort
  cert: string | null
  key: string | null
  ca: string | null
  peers: FederationPeer[]
}

/** The keys of the original's `[federation]` table (besides `peers`), and the option each one sets. */
export const FEDERATION_KEYS: ReadonlyMap<string, string> = new Map([
  ['enabled', 'federation_enabled'], ['domain', 'federation_domain'], ['listen', 'federation_listen'],
  ['federation_cert', 'federation_cert'], ['federation_key', 'federation_key'], ['federation_ca', 'federation_ca'],
])

/** A pin is 32 bytes: 64 hex digits (colons allowed, as openssl prints them) or base64. */
export function parsePin(s: string): Buffer | null {
  const hex = s.replace(/:/g, '')
  if (/^[0-9a-fA-F]{64}$/.test(hex)) return Buffer.from(hex, 'hex')
  if (/^[A-Za-z0-9+/]{43}=?$/.test(s)) return Buffer.from(s, 'base64')
  return null
}

const PEER_KEYS = ['domain', 'address', 'pin_sha256', 'cert']

/** One `[[federation.peers]]` entry: the peer, or the key that is refused and why. */
function parsePeer(entry: unknown): FederationPeer | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'is not a table'
  const t = entry as Record<string, unknown>
  if (typeof t.domain !== 'string') return 'domain is not a string'
  const domain = normalizeDomain(t.domain)
  if (domain === null) return 'domain is not a domain name'
  const address = typeof t.address === 'string' ? parseAddress(t.address) : null
  if (address === null) return 'address is not HOST:PORT'
  let pinSha256: Buffer | null = null
  if (t.pin_sha256 !== undefined) {
    if (typeof t.pin_sha256 !== 'string') return 'pin_sha256 is not a string'
    pinSha256 = parsePin(t.pin_sha256)
    if (pinSha256 === null) return 'pin_sha256 is not a SHA-256 digest (64 hex digits or base64)'
  }
  if (t.cert !== undefined && typeof t.cert !== 'string') return 'cert is not a file name'
  if (t.cert === '') return 'cert is empty'
  const unknown = Object.keys(t).filter((k) => !PEER_KEYS.includes(k))
  if (unknown.length > 0) return `unknown key "${unknown.join('", "')}"`
  return { domain, address, pinSha256, cert: t.cert ?? null }
}

/** Parses the `peers` array of `[federation]`; returns the peers, or the reason it is refused. */
export function parsePeers(raw: unknown): FederationPeer[] | { error: string } {
  if (!Array.isArray(raw)) return { error: 'is not an array of tables ([[federation.peers]])' }
  const peers: FederationPeer[] = []
  for (const [i, entry] of raw.entries()) {
    const peer = parsePeer(entry)
    if (typeof peer === 'string') return { error: `#${i + 1}: ${peer}` }
    if (peers.some((p) => p.domain === peer.domain)) return { error: `#${i + 1}: domain ${peer.domain} is listed twice` }
    peers.push(peer)
  }
  return peers
}

/**
 * The checks across federation options; `source(key)` says where an option's value came from
 * (`--federation-ca`, `env QPQ_FEDERATION_CA`, the file, `default`), `peersFrom` where the peers
 * did. Returns the reason the combination is refused, or null.
 */
export function checkFederation(f: FederationConfig, production: boolean, source: (key: string) => string, peersFrom: string): string | null {
  if (f.domain !== null && normalizeDomain(f.domain) === null) return `invalid federation_domain (${source('federation_domain')}): ${JSON.stringify(f.domain)} is not a domain name`
  if ((f.cert === null) !== (f.key === null)) {
    const [given, missing] = f.cert === null ? ['federation_key', 'federation_cert'] : ['federation_cert', 'federation_key']
    return `${given} (${source(given)}) needs ${missing}: give the federation certificate and its key together`
  }
  if (!f.enabled) return null
  if (f.domain === null) return `federation_enabled (${source('federation_enabled')}) needs federation_domain: the domain this server's users are addressed by (name@domain)`
  const own = normalizeDomain(f.domain)
  const self = f.peers.find((p) => p.domain === own)
  if (self !== undefined) return `[[federation.peers]] in ${peersFrom} lists ${self.domain}, which is this server's own federation_domain (${source('federation_domain')})`
  if (production && f.cert === null) {
    return 'production mode refuses a generated federation certificate: set federation_cert and federation_key (QPQ_FEDERATION_CERT, QPQ_FEDERATION_KEY)'
  }
  if (production && f.ca === null && !f.peers.some((p) => p.pinSha256 !== null)) {
    return 'production mode refuses a federation without a CA or pins: set federation_ca (QPQ_FEDERATION_CA) or pin_sha256 of each [[federation.peers]]'
  }
  for (const p of f.peers) {
    if (p.pinSha256 === null && f.ca === null) {
      return `[[federation.peers]] ${p.domain} in ${peersFrom} has no pin_sha256 and federation_ca is not set (${source('federation_ca')}): nothing could authenticate it`
    }
    if (p.pinSha256 !== null && f.ca === null && p.cert === null) {
      return `[[federation.peers]] ${p.domain} in ${peersFrom} is pinned without federation_ca: give its self-signed certificate in cert as well (the trust anchor the TLS stack verifies it against)`
    }
  }
  return null
}
