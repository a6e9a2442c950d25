// The QUIC listener's TLS identity: the configured certificate and key, or — when the default
// paths in the data directory are empty — a self-signed development certificate generated there
// on first start (server-cert.der, server-key.der), as the original server does.
import { X509Certificate, createPrivateKey } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { toPem } from '../../protocol/quic/config.js'
import { writeFileAtomic } from '../../protocol/atomic-file.js'
import { selfSigned } from './x509.js'

export interface ServerTls {
  certPem: Buffer
  keyPem: Buffer
  /** The certificate as clients pin it (DER). */
  certDer: Buffer
  /** True when this start generated the development certificate. */
  generated: boolean
}

export interface TlsPaths { tlsCert: string; tlsKey: string; tlsDefaultPaths: boolean }

export class TlsSetupError extends Error {
  override name = 'TlsSetupError'
}

const DEV_NAMES = ['localhost', '127.0.0.1', '::1']

export function loadServerTls(paths: TlsPaths): ServerTls {
  let generated = false
  const haveCert = existsSync(paths.tlsCert)
  const haveKey = existsSync(paths.tlsKey)
  if (!haveCert || !haveKey) {
    if (!paths.tlsDefaultPaths) {
      throw new TlsSetupError(`TLS ${!haveCert ? `certificate ${paths.tlsCert}` : `key ${paths.tlsKey}`} does not exist`)
    }
    if (haveCert !== haveKey) {
      throw new TlsSetupError(`found only one of ${paths.tlsCert} and ${paths.tlsKey}: restore the other, or remove both to generate a new development certificate`)
    }
    const dev = selfSigned('localhost', DEV_NAMES, 3650)
    writeFileAtomic(paths.tlsKey, dev.keyDer, 0o600)
    writeFileAtomic(paths.tlsCert, dev.certDer, 0o644)
    generated = true
  }
  const certBytes = readFileSync(paths.tlsCert)
  let cert: X509Certificate
  try {
    cert = new X509Certificate(certBytes)
  } catch (err) {
    throw new TlsSetupError(`cannot read TLS certificate ${paths.tlsCert}: ${(err as Error).message}`)
  }
  let keyPem: Buffer
  try {
    keyPem = privateKeyPem(readFileSync(paths.tlsKey), cert)
  } catch (err) {
    throw new TlsSetupError(`cannot use TLS key ${paths.tlsKey}: ${(err as Error).message}`)
  }
    // a PEM file keeps its whole chain (leaf first); DER holds the leaf alone
  return { certPem: toPem(certBytes, 'CERTIFICATE'), keyPem, certDer: cert.raw, generated }
}

/** A private key file's bytes (PKCS#8 DER or PEM) as PEM, once it is known to belong to `cert`; throws the reason otherwise. */
export function privateKeyPem(keyBytes: Buffer, cert: X509Certificate): Buffer {
  const isPem = keyBytes.subarray(0, 64).toString('latin1').includes('-----BEGIN')
  const key = isPem ? createPrivateKey(keyBytes) : createPrivateKey({ key: keyBytes, format: 'der', type: 'pkcs8' })
  if (!cert.checkPrivateKey(key)) throw new Error('it does not belong to the certificate')
  return Buffer.from(key.export({ type: 'pkcs8', format: 'pem' }))
}
