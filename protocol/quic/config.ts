// Transport settings shared by our QUIC server and client, turned into a quiche Config.
import { newConfig, type NativeConfig, type TlsMaterial } from './native.js'

export interface TransportSettings {
  /** ALPN protocols offered (client) or accepted (server); a peer with none in common is refused in the handshake. */
  alpn: string[]
  /** Idle timeout in ms (quiche uses the smaller of both sides'). */
  idleTimeoutMs: number
  /** Streams the peer may open at once. */
  maxStreamsBidi: number
  maxStreamsUni: number
  /**
   * Flow-control windows in bytes, fixed (quiche's auto-tuning is capped at them): what a peer may
   * send ahead of what we have read. quiche buffers up to that much per connection when we stop
   * reading (the byte budget), so it is part of what a connection can cost in memory.
   */
  streamWindow: number
  connectionWindow: number
}

export const DEFAULT_TRANSPORT: TransportSettings = {
  alpn: ['qpq', 'qpc'],
  idleTimeoutMs: 300_000,
  maxStreamsBidi: 256,
  maxStreamsUni: 16,
  streamWindow: 1 << 20,
  connectionWindow: 2 << 20,
}

/** Accepts DER or PEM and returns PEM bytes, which is what BoringSSL takes. */
export function toPem(data: Uint8Array, label: 'CERTIFICATE' | 'PRIVATE KEY'): Buffer {
  const buf = Buffer.from(data)
  if (buf.subarray(0, 64).toString('latin1').includes('-----BEGIN')) return buf
  const b64 = buf.toString('base64').replace(/.{64}/g, '$&\n')
  return Buffer.from(`-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`)
}

export function buildConfig(t: TransportSettings, tls: TlsMaterial): NativeConfig {
  const cfg = newConfig(tls)
  cfg.setApplicationProtos(t.alpn)
  cfg.setMaxIdleTimeout(t.idleTimeoutMs)
  cfg.setMaxRecvUdpPayloadSize(1350)
  cfg.setMaxSendUdpPayloadSize(1350)
  cfg.setInitialMaxData(t.connectionWindow)
  cfg.setInitialMaxStreamDataBidiLocal(t.streamWindow)
  cfg.setInitialMaxStreamDataBidiRemote(t.streamWindow)
  cfg.setInitialMaxStreamDataUni(t.streamWindow)
  cfg.setInitialMaxStreamsBidi(t.maxStreamsBidi)
  cfg.setInitialMaxStreamsUni(t.maxStreamsUni)
  cfg.setMaxStreamWindow(t.streamWindow)
  cfg.setMaxConnectionWindow(t.connectionWindow)
  // Clients may not migrate on purpose; NAT rebinding is still followed (quiche validates the new path).
  cfg.setDisableActiveMigration(true)
  // We never issue extra connection ids, so the peer needs to keep at most two of ours.
  cfg.setActiveConnectionIdLimit(2)
  return cfg
}
