// Who a federation peer is. BoringSSL verifies every peer's chain natively (verifyPeer + the
// trust anchors below; never a verify callback, which would turn that check off). Then this
// decides which configured domain the verified certificate may speak for: a domain its SAN
// names, that is a configured peer, and whose own rule it meets — its pinned key (and a chain to
// federation_ca unless the peer's own certificate anchors it), or a chain to federation_ca.
//
// Measured on this binding (docs/federation.md): BoringSSL accepts a leaf issued by ANY
// certificate in the trust store, even a self-signed end-entity one (CA:FALSE). The listener's
// store holds the CA and the self-signed certificates of peers pinned without a CA, so a pinned
// peer could mint a certificate naming another domain. Hence the second check of a domain that
// is not pinned: its chain must lead to the CA itself (signatures checked here, in JS).
import { X509Certificate, createHash } from 'node:crypto'
import { normalizeDomain } from '../protocol/domain.js'
import type { FederationPeerOptions } from './options.js'

export type Authentication = { domains: string[] } | { refusal: string }

/** SHA-256 of a certificate's SubjectPublicKeyInfo: what pin_sha256 holds. */
export function spkiSha256(cert: X509Certificate): Buffer {
  return createHash('sha256').update(cert.publicKey.export({ type: 'spki', format: 'der' })).digest()
}

/** The DNS names of a certificate's subjectAltName, normalised. */
export function sanDomains(cert: X509Certificate): string[] {
  const out: string[] = []
  for (const entry of (cert.subjectAltName ?? '').split(', ')) {
    if (!entry.startsWith('DNS:')) continue
    const d = normalizeDomain(entry.slice(4))
    if (d !== null) out.push(d)
  }
  return out
}

/** Splits a PEM bundle into its certificates. */
export function pemCertificates(pem: Buffer): X509Certificate[] {
  const blocks = pem.toString('latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  return blocks.map((b) => new X509Certificate(b))
}

const issuedBy = (cert: X509Certificate, issuer: X509Certificate): boolean => cert.checkIssued(issuer) && cert.verify(issuer.publicKey)

export class PeerTrust {
  private readonly peers: ReadonlyMap<string, FederationPeerOptions>
  private readonly cas: X509Certificate[]
  /** Trust anchors of the listener (PEM): the CA certificates and the pinned peers' own certificates. */
  readonly listenerCaPem: Buffer

  /** `ownCertPem` anchors the listener when there is nothing else to trust (no CA, no pinned certificate): it then admits nobody. */
  constructor(caPem: Buffer | null, peers: readonly FederationPeerOptions[], ownCertPem: Buffer) {
    this.peers = new Map(peers.map((p) => [p.domain, p]))
    this.cas = caPem === null ? [] : pemCertificates(caPem)
    const anchors = [...(caPem === null ? [] : [caPem]), ...peers.flatMap((p) => (p.certPem === null ? [] : [p.certPem]))]
    this.listenerCaPem = anchors.length > 0 ? Buffer.concat(anchors) : ownCertPem
  }

  isPeer(domain: string): boolean {
    return this.peers.has(domain)
  }

  peer(domain: string): FederationPeerOptions | undefined {
    return this.peers.get(domain)
  }

  /** Trust anchors for dialing a peer: the CA, and its own certificate when it gave one. */
  clientCaPem(peer: FederationPeerOptions): Buffer {
    return Buffer.concat([...this.cas.map((c) => Buffer.from(c.toString())), ...(peer.certPem === null ? [] : [peer.certPem])])
  }

  /**
   * The configured domains a natively verified chain (DER, leaf first, as the peer sent it) may
   * speak for, or why it may speak for none.
   */
  authenticate(chain: readonly Uint8Array[]): Authentication {
    if (chain.length === 0) return { refusal: 'no certificate' }
    let certs: X509Certificate[]
    try {
      certs = chain.map((c) => new X509Certificate(c))
    } catch {
      return { refusal: 'unreadable certificate' }
    }
    const leaf = certs[0] as X509Certificate
    const named = sanDomains(leaf)
    const configured = named.filter((d) => this.peers.has(d))
    if (configured.length === 0) return { refusal: `certificate names no federation peer of this server (SAN: ${named.join(', ') || 'none'})` }
    const pin = spkiSha256(leaf)
    const domains: string[] = []
    const why: string[] = []
    for (const d of configured) {
      const p = this.peers.get(d) as FederationPeerOptions
      if (p.pinSha256 !== null) {
        // pinned besides the CA (no certificate of its own given): the chain must lead to the CA too
        if (!p.pinSha256.equals(pin)) why.push(`${d}: its key does not match pin_sha256`)
        else if (p.certPem === null && !this.chainsToCa(certs)) why.push(`${d}: not issued by federation_ca`)
        else domains.push(d)
      } else if (this.chainsToCa(certs)) {
        domains.push(d)
      } else {
        why.push(`${d}: not issued by federation_ca`)
      }
    }
    return domains.length > 0 ? { domains } : { refusal: `certificate refused (${why.join('; ')})` }
  }

  /** Leaf, then any intermediates the peer sent, up to one of the CA certificates. */
  private chainsToCa(certs: readonly X509Certificate[]): boolean {
    for (let i = 0; i < certs.length; i++) {
      const c = certs[i] as X509Certificate
      if (this.cas.some((ca) => issuedBy(c, ca))) return true
      const next = certs[i + 1]
      if (next === undefined || !issuedBy(c, next)) return false
    }
    return false
  }
}
