// Why a QUIC connection could not be made, in words a person can act on: quiche reports a failed
// handshake as "local transport error 304" (a TLS alert plus 0x100) or says nothing at all when
// nobody listens. ConnectError names the condition (`failure`), the server and what to check;
// programs branch on `failure`, people read `message`.
import { X509Certificate } from 'node:crypto'
import { isIP } from 'node:net'
import { CONNECTION_REFUSED, type ConnectionError } from './native.js'

export type ConnectFailure =
  /** Nothing listens on that address (ICMP port unreachable). */
  | 'unreachable'
  /** Nothing came back within the connect timeout. */
  | 'no-answer'
  /** The host name does not resolve. */
  | 'unknown-host'
  /** The server's certificate is neither the pinned one nor issued by the given CA. */
  | 'untrusted-certificate'
  /** The certificate is trusted but not for the name the client checks. */
  | 'name-mismatch'
  /** The certificate has expired (or is not valid yet). */
  | 'expired-certificate'
  /** The server refused the connection (a connection cap), with its reason. */
  | 'refused'
  /** The server speaks none of the ALPN protocols offered. */
  | 'no-common-protocol'
  /** The certificate or trust anchors given to the client cannot be used. */
  | 'bad-trust-anchor'
  /** Another TLS or transport failure. */
  | 'handshake-failed'

export class ConnectError extends Error {
  override name = 'ConnectError'
  constructor(
    readonly failure: ConnectFailure,
    /** HOST:PORT as the caller gave it. */
    readonly server: string,
    message: string,
    /** What quiche or the system said. */
    readonly detail: string,
    /** For name-mismatch: the names the server's certificate does carry. */
    readonly certificateNames: string[] = [],
  ) {
    super(message)
  }
}

/** quiche's CRYPTO_ERROR codes: 0x100 + the TLS alert. */
const TLS_ALERT_BASE = 0x100
const Alert = { HandshakeFailure: 40, BadCertificate: 42, UnsupportedCertificate: 43, CertificateExpired: 45, CertificateUnknown: 46, UnknownCa: 48, NoApplicationProtocol: 120 } as const

/** The DNS and IP names of a certificate (DER). */
export function certificateNames(der: Uint8Array): string[] {
  try {
    const alt = new X509Certificate(der).subjectAltName ?? ''
    return alt.split(', ').filter((n) => n.startsWith('DNS:') || n.startsWith('IP Address:')).map((n) => n.replace(/^(DNS|IP Address):/, ''))
  } catch {
    return []
  }
}

function describeCode(e: ConnectionError, side: 'local' | 'peer'): string {
  return `${side} ${e.isApp ? 'application' : 'transport'} error ${e.errorCode}${e.reason.length ? ` (${Buffer.from(e.reason).toString()})` : ''}`
}

/**
 * Turns a handshake that ended into a ConnectError. `peerChain` is the certificate chain the server
 * sent (when quiche kept it), used to tell a wrong name from an untrusted certificate.
 */
export function handshakeFailure(server: string, serverName: string, local: ConnectionError | null, peer: ConnectionError | null, peerChain: Uint8Array[] | null): ConnectError {
  if (peer !== null && !peer.isApp && peer.errorCode === CONNECTION_REFUSED) {
    const why = Buffer.from(peer.reason).toString() || 'no reason given'
    return new ConnectError('refused', server, `the server at ${server} refused the connection: ${why}`, describeCode(peer, 'peer'))
  }
  const e = local ?? peer
  if (e === null) return new ConnectError('handshake-failed', server, `the connection to ${server} closed during the handshake`, 'closed')
  const detail = describeCode(e, local !== null ? 'local' : 'peer')
  const alert = !e.isApp && e.errorCode >= TLS_ALERT_BASE && e.errorCode < TLS_ALERT_BASE + 256 ? e.errorCode - TLS_ALERT_BASE : null
  if (local !== null) {
    if (alert === Alert.UnknownCa || alert === Alert.CertificateUnknown || alert === Alert.UnsupportedCertificate) {
      return new ConnectError('untrusted-certificate', server, `the certificate of ${server} is not the pinned one, nor issued by the given CA`, detail)
    }
    if (alert === Alert.CertificateExpired) {
      return new ConnectError('expired-certificate', server, `the certificate of ${server} has expired or is not valid yet`, detail)
    }
    // BoringSSL reports a trusted certificate for another name as bad_certificate
    const leaf = peerChain?.[0]
    if (alert === Alert.BadCertificate && (leaf === undefined || !matchesName(leaf, serverName))) {
      const names = leaf === undefined ? [] : certificateNames(leaf)
      return new ConnectError('name-mismatch', server,
        `the certificate of ${server} is not for the name "${serverName}"${names.length > 0 ? ` (it is for ${names.join(', ')})` : ''}`, detail, names)
    }
  }
  if (alert === Alert.NoApplicationProtocol) {
    return new ConnectError('no-common-protocol', server, `${server} speaks none of the offered protocols (ALPN): is it a qpqd server?`, detail)
  }
  return new ConnectError('handshake-failed', server, `the TLS handshake with ${server} failed (${detail})`, detail)
}

function matchesName(der: Uint8Array, name: string): boolean {
  try {
    const cert = new X509Certificate(der)
    return (isIP(name) !== 0 ? cert.checkIP(name) : cert.checkHost(name)) !== undefined
  } catch {
    return false
  }
}
