// The one module that touches the quiche binding shipped inside @matrixai/quic.
// Everything else in the QUIC layer programs against the types declared here, so the
// binding can be swapped (a newer quiche build, Node's own QUIC) by rewriting this file.
// The binding signals "done" with null and every other condition with a thrown Error whose
// message is the quiche error name as a string; quicheError() turns that into a value.
import { quiche, Shutdown, Type } from '@matrixai/quic/native/index.js'
import type { Config, Connection, Header, Host } from '@matrixai/quic/native/index.js'

export type NativeConfig = Config
export type NativeConnection = Connection
export type PacketHeader = Header
export type HostPort = Host
export { Shutdown, Type as PacketType }

export const MAX_CONN_ID_LEN: number = quiche.MAX_CONN_ID_LEN
export const MIN_CLIENT_INITIAL_LEN: number = quiche.MIN_CLIENT_INITIAL_LEN
export const PROTOCOL_VERSION: number = quiche.PROTOCOL_VERSION

/** Signature algorithms offered in TLS 1.3 (the same list the package's own config uses). */
const SIGALGS = [
  'ecdsa_secp256r1_sha256', 'ecdsa_secp384r1_sha384', 'ecdsa_secp521r1_sha512', 'ed25519',
  'rsa_pss_rsae_sha256', 'rsa_pss_rsae_sha384', 'rsa_pss_rsae_sha512',
  'rsa_pkcs1_sha256', 'rsa_pkcs1_sha384', 'rsa_pkcs1_sha512',
].join(':')

export interface TlsMaterial {
  /** PEM of the trust anchors used to verify the peer; null = do not verify. */
  caPem: Uint8Array | null
  /** PEM private key and certificate chain presented to the peer (server, or mTLS client). */
  keyPem: Uint8Array | null
  certChainPem: Uint8Array | null
}

export function newConfig(tls: TlsMaterial): NativeConfig {
  return quiche.Config.withBoringSslCtx(
    tls.caPem !== null, false, tls.caPem,
    tls.keyPem ? [tls.keyPem] : null, tls.certChainPem ? [tls.certChainPem] : null, SIGALGS)
}

export function acceptConnection(scid: Uint8Array, odcid: Uint8Array | null, local: HostPort, remote: HostPort, cfg: NativeConfig): NativeConnection {
  return quiche.Connection.accept(scid, odcid, local, remote, cfg)
}

export function connectConnection(serverName: string, scid: Uint8Array, local: HostPort, remote: HostPort, cfg: NativeConfig): NativeConnection {
  return quiche.Connection.connect(serverName, scid, local, remote, cfg)
}

/** Parses a packet header; `shortDcidLen` is the length of our own connection ids. Throws on garbage. */
export function parseHeader(packet: Uint8Array, shortDcidLen: number): PacketHeader {
  return quiche.Header.fromSlice(packet, shortDcidLen)
}

export function versionIsSupported(version: number): boolean {
  return quiche.versionIsSupported(version)
}

/** Writes a Version Negotiation packet into `out`; returns its length. */
export function writeVersionNegotiation(clientScid: Uint8Array, clientDcid: Uint8Array, out: Uint8Array): number {
  return quiche.negotiateVersion(clientScid, clientDcid, out)
}

/** Writes a Retry packet into `out`; returns its length. */
export function writeRetry(clientScid: Uint8Array, clientDcid: Uint8Array, newScid: Uint8Array, token: Uint8Array, version: number, out: Uint8Array): number {
  return quiche.retry(clientScid, clientDcid, newScid, token, version, out)
}

/** A quiche error as a value: its name (`StreamReset`, `StreamStopped`, `Done`, …) and numeric argument if any. */
export interface QuicheError { name: string; code: number | null }

const ERR_RE = /^([A-Za-z]+)(?:\((\d+)\))?/

export function quicheError(e: unknown): QuicheError {
  const msg = e instanceof Error ? e.message : String(e)
  const m = ERR_RE.exec(msg)
  if (m === null) return { name: msg, code: null }
  return { name: m[1] as string, code: m[2] !== undefined ? Number(m[2]) : null }
}
