// The one module that touches quiche: the N-API binding of quiche 0.18 that MatrixAI ships as
// @matrixai/quic-linux-x64 (the native half of @matrixai/quic; we use none of its JavaScript).
// Everything else in the QUIC layer programs against the types declared here, so the binding can
// be swapped (a newer quiche build, Node's own QUIC) by rewriting this file. The binding signals
// "done" with null and every other condition with a thrown Error whose message is the quiche
// error name; quicheError() turns that into a value.
import { createRequire } from 'node:module'
import type { HostPort } from '../address.js'

export interface ConnectionError { isApp: boolean; errorCode: number; reason: Uint8Array }

/** RFC 9000 §20.1: the server refuses to accept a new connection (a transport error code). */
export const CONNECTION_REFUSED = 0x2
export const Shutdown = { Read: 0, Write: 1 } as const
export type Shutdown = (typeof Shutdown)[keyof typeof Shutdown]
export const PacketType = { Initial: 0, Retry: 1, Handshake: 2, ZeroRTT: 3, VersionNegotiation: 4, Short: 5 } as const

/** The quiche Config methods we use. */
export interface NativeConfig {
  setApplicationProtos(protos: string[]): void
  setMaxIdleTimeout(ms: number): void
  setMaxRecvUdpPayloadSize(n: number): void
  setMaxSendUdpPayloadSize(n: number): void
  setInitialMaxData(n: number): void
  setInitialMaxStreamDataBidiLocal(n: number): void
  setInitialMaxStreamDataBidiRemote(n: number): void
  setInitialMaxStreamDataUni(n: number): void
  setInitialMaxStreamsBidi(n: number): void
  setInitialMaxStreamsUni(n: number): void
  setMaxStreamWindow(n: number): void
  setMaxConnectionWindow(n: number): void
  setDisableActiveMigration(v: boolean): void
  setActiveConnectionIdLimit(n: number): void
  setStatelessResetToken(token: bigint): void
}

/** The quiche Connection methods we use. */
export interface NativeConnection {
  recv(data: Uint8Array, info: { from: HostPort; to: HostPort }): number
  send(out: Uint8Array): [number, { from: HostPort; to: HostPort }] | null
  streamRecv(streamId: number, out: Uint8Array): [number, boolean] | null
  streamSend(streamId: number, data: Uint8Array, fin: boolean): number | null
  streamShutdown(streamId: number, direction: Shutdown, code: number): void | null
  streamReadable(streamId: number): boolean
  isReadable(): boolean
  readable(): Iterable<number>
  peerStreamsLeftBidi(): number
  peerStreamsLeftUni(): number
  timeout(): number | null
  onTimeout(): void
  sendAckEliciting(): void
  close(app: boolean, code: number, reason: Uint8Array): void | null
  isEstablished(): boolean
  isClosed(): boolean
  isTimedOut(): boolean
  peerError(): ConnectionError | null
  localError(): ConnectionError | null
  peerCertChain(): Uint8Array[] | null
}

export interface PacketHeader { ty: number; version: number; dcid: Uint8Array; scid: Uint8Array; token?: Uint8Array }

interface Binding {
  MAX_CONN_ID_LEN: number
  MIN_CLIENT_INITIAL_LEN: number
  Config: { withBoringSslCtx(verifyPeer: boolean, verifyAllowFail: boolean, ca: Uint8Array | null, key: Uint8Array[] | null, cert: Uint8Array[] | null, sigalgs: string): NativeConfig }
  Connection: {
    accept(scid: Uint8Array, odcid: Uint8Array | null, local: HostPort, remote: HostPort, cfg: NativeConfig): NativeConnection
    connect(serverName: string, scid: Uint8Array, local: HostPort, remote: HostPort, cfg: NativeConfig): NativeConnection
  }
  Header: { fromSlice(data: Uint8Array, dcidLen: number): PacketHeader }
  negotiateVersion(scid: Uint8Array, dcid: Uint8Array, out: Uint8Array): number
  retry(scid: Uint8Array, dcid: Uint8Array, newScid: Uint8Array, token: Uint8Array, version: number, out: Uint8Array): number
  versionIsSupported(version: number): boolean
}

/** Platform packages of the binding; MatrixAI publishes a current one for linux-x64 only. */
const PACKAGES: Record<string, string> = { 'linux-x64': '@matrixai/quic-linux-x64' }

function loadBinding(): Binding {
  const platform = `${process.platform}-${process.arch}`
  const pkg = PACKAGES[platform]
  if (pkg === undefined) throw new Error(`no quiche binding for ${platform}: qpqd runs on ${Object.keys(PACKAGES).join(', ')}`)
  try {
    return createRequire(import.meta.url)(pkg) as Binding
  } catch (err) {
    throw new Error(`cannot load the quiche binding ${pkg} (run npm ci): ${(err as Error).message}`)
  }
}

const quiche = loadBinding()

export const MAX_CONN_ID_LEN: number = quiche.MAX_CONN_ID_LEN
export const MIN_CLIENT_INITIAL_LEN: number = quiche.MIN_CLIENT_INITIAL_LEN

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
