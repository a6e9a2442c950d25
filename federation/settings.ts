// Turns the daemon's federation configuration (daemon/config/federation.ts: file names and pins)
// into FederationOptions: reads the certificate, key and CA files (DER or PEM), checks that they
// can work together — our certificate names our domain and allows clientAuth, a pinned peer's
// certificate names that peer and matches its pin — and, in development only, generates a
// self-signed federation certificate in the data directory. Every refusal names the option.
import { X509Certificate } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { FederationConfig } from '../daemon/config/federation.js'
import { selfSigned } from '../daemon/tls/x509.js'
import { privateKeyPem } from '../daemon/tls/server-identity.js'
import { writeFileAtomic } from '../protocol/atomic-file.js'
import { toPem } from '../protocol/quic/config.js'
import { FEDERATION_DEFAULTS, type FederationOptions, type FederationPeerOptions } from './options.js'
import { pemCertificates, sanDomains, spkiSha256 } from './trust.js'

export class FederationSetupError extends Error {
  override name = 'FederationSetupError'
}

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2'
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1'

/** The development certificate's files, beside the client listener's. */
export const DEV_CERT_FILE = 'federation-cert.der'
export const DEV_KEY_FILE = 'federation-key.der'

function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file)
  } catch (err) {
    throw new FederationSetupError(`cannot read ${what} ${file}: ${(err as Error).message}`)
  }
}

/** PEM certificates of a DER or PEM file (a PEM file may hold several). */
function certificates(file: string, what: string): { pem: Buffer; certs: X509Certificate[] } {
  const pem = toPem(read(file, what), 'CERTIFICATE')
  let certs: X509Certificate[]
  try {
    certs = pemCertificates(pem)
  } catch (err) {
    throw new FederationSetupError(`${what} ${file} is not a certificate: ${(err as Error).message}`)
  }
  if (certs.length === 0) throw new FederationSetupError(`${what} ${file} holds no certificate`)
  return { pem, certs }
}

/** EKU absent, or listing clientAuth and serverAuth: peers both dial us and are dialled. */
function usableForFederation(cert: X509Certificate): string | null {
  const eku = cert.keyUsage // node:crypto names the extended key usage so
  if (eku === undefined || eku.length === 0) return null
  const missing = [[CLIENT_AUTH, 'clientAuth'], [SERVER_AUTH, 'serverAuth']].filter(([oid]) => !eku.includes(oid as string)).map(([, n]) => n)
  return missing.length === 0 ? null : `its extended key usage lacks ${missing.join(' and ')} (a serverAuth-only certificate is refused by peers with TLS alert 43)`
}

export interface SettingsInput {
  federation: FederationConfig
  dataDir: string
  production: boolean
  /** The listener secret (derive it from the daemon's QUIC secret). */
  secret: Uint8Array
}

export function federationOptions(input: SettingsInput): FederationOptions & { generatedCertificate: boolean } {
  const f = input.federation
  if (f.domain === null) throw new FederationSetupError('federation_domain is not set')
  const domain = f.domain
  let certFile = f.cert
  let keyFile = f.key
  let generatedCertificate = false
  if (certFile === null || keyFile === null) {
    if (input.production) throw new FederationSetupError('production mode refuses a generated federation certificate: set federation_cert and federation_key')
    certFile = path.join(input.dataDir, DEV_CERT_FILE)
    keyFile = path.join(input.dataDir, DEV_KEY_FILE)
    if (!existsSync(certFile) || !existsSync(keyFile) || !sanDomains(new X509Certificate(readFileSync(certFile))).includes(domain)) {
      const dev = selfSigned(domain, [domain], 825)
      writeFileAtomic(keyFile, dev.keyDer, 0o600)
      writeFileAtomic(certFile, dev.certDer, 0o644)
      generatedCertificate = true
    }
  }
  const own = certificates(certFile, 'federation_cert')
  const leaf = own.certs[0] as X509Certificate
  if (!sanDomains(leaf).includes(domain)) {
    throw new FederationSetupError(`federation_cert ${certFile} does not name federation_domain ${domain} in its subjectAltName (it names ${sanDomains(leaf).join(', ') || 'no DNS name'})`)
  }
  const unusable = usableForFederation(leaf)
  if (unusable !== null) throw new FederationSetupError(`federation_cert ${certFile}: ${unusable}`)
  const keyBytes = read(keyFile, 'federation_key')
  let keyPem: Buffer
  try {
    keyPem = privateKeyPem(keyBytes, leaf)
  } catch (err) {
    throw new FederationSetupError(`cannot use federation_key ${keyFile}: ${(err as Error).message} (federation_cert ${certFile})`)
  }
  const caPem = f.ca === null ? null : certificates(f.ca, 'federation_ca').pem
  const peers = f.peers.map((p): FederationPeerOptions => {
    if (p.cert === null) return { domain: p.domain, address: p.address, pinSha256: p.pinSha256, certPem: null }
    const what = `cert of [[federation.peers]] ${p.domain}`
    const { pem, certs } = certificates(p.cert, what)
    const c = certs[0] as X509Certificate
    if (!sanDomains(c).includes(p.domain)) throw new FederationSetupError(`${what} (${p.cert}) does not name ${p.domain} in its subjectAltName`)
    if (p.pinSha256 !== null && !spkiSha256(c).equals(p.pinSha256)) {
      throw new FederationSetupError(`${what} (${p.cert}) does not match its pin_sha256: its key's SHA-256 is ${spkiSha256(c).toString('hex')}`)
    }
    const bad = usableForFederation(c)
    if (bad !== null) throw new FederationSetupError(`${what} (${p.cert}): ${bad}`)
    return { domain: p.domain, address: p.address, pinSha256: p.pinSha256 ?? spkiSha256(c), certPem: pem }
  })
  return {
    ...FEDERATION_DEFAULTS,
    domain, listen: f.listen, certPem: own.pem, keyPem, caPem, peers, secret: input.secret, generatedCertificate,
  }
}
