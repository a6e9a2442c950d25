// Issues X.509 v3 certificates with node:crypto keys: the self-signed development certificate
// of the QUIC listener, and (later) a private CA and its leaf certificates for federation mTLS.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { isIP } from 'node:net'
import { bits, bool, explicit, octets, oid, seq, set, time, tlv, uint, utf8 } from './der.js'

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2', ed25519: '1.3.101.112', commonName: '2.5.4.3',
  subjectKeyId: '2.5.29.14', keyUsage: '2.5.29.15', subjectAltName: '2.5.29.17', basicConstraints: '2.5.29.19',
  authorityKeyId: '2.5.29.35', extKeyUsage: '2.5.29.37', serverAuth: '1.3.6.1.5.5.7.3.1', clientAuth: '1.3.6.1.5.5.7.3.2',
}

export interface CertificateRequest {
  commonName: string
  /** Subject alternative names: DNS names and IP literals (v4 or v6). */
  altNames?: string[]
  /** Key to certify. */
  publicKey: KeyObject
  /** Signer; omit for a self-signed certificate (then `publicKey`'s private half must be `signingKey`). */
  issuer?: { commonName: string; publicKey: KeyObject }
  signingKey: KeyObject
  validDays: number
  isCA?: boolean
  /** Extended key usages; default both serverAuth and clientAuth (federation peers need clientAuth). */
  usages?: Array<'serverAuth' | 'clientAuth'>
}

const name = (cn: string): Buffer => seq(set(seq(oid(OID.commonName), utf8(cn))))
const keyId = (k: KeyObject): Buffer => createHash('sha1').update(spkiKeyBits(k)).digest()
const extension = (id: string, critical: boolean, value: Buffer): Buffer =>
  seq(oid(id), ...(critical ? [bool(true)] : []), octets(value))

/** The subjectPublicKey BIT STRING contents of a key's SPKI (the last TLV of the SEQUENCE). */
function spkiKeyBits(k: KeyObject): Buffer {
  const der = k.export({ type: 'spki', format: 'der' })
  // the BIT STRING is the final element: 0x03 len 0x00 <key>; the key sits at the end of the buffer
  const bitString = der.lastIndexOf(0x03, der.length - 2)
  return der.subarray(bitString)
}

function altName(n: string): Buffer {
  const kind = isIP(n)
  if (kind === 0) return tlv(0x82, Buffer.from(n, 'ascii'))
  return tlv(0x87, kind === 4 ? Buffer.from(n.split('.').map(Number)) : ipv6Bytes(n))
}

function ipv6Bytes(ip: string): Buffer {
  const [head, tail] = ip.split('::') as [string, string | undefined]
  const h = head ? head.split(':') : []
  const t = tail ? tail.split(':') : []
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t]
  const out = Buffer.alloc(16)
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2))
  return out
}

function algorithm(k: KeyObject): { id: Buffer; digest: string | null } {
  if (k.asymmetricKeyType === 'ed25519') return { id: seq(oid(OID.ed25519)), digest: null }
  if (k.asymmetricKeyType === 'ec') return { id: seq(oid(OID.ecdsaWithSha256)), digest: 'sha256' }
  throw new Error(`unsupported signing key type ${k.asymmetricKeyType ?? 'unknown'}`)
}

/** Returns the DER certificate. */
export function issueCertificate(req: CertificateRequest): Buffer {
  const issuer = req.issuer ?? { commonName: req.commonName, publicKey: req.publicKey }
  const alg = algorithm(req.signingKey)
  const notBefore = new Date(Date.now() - 60_000)
  const notAfter = new Date(Date.now() + req.validDays * 86_400_000)
  const serial = randomBytes(16)
  serial[0] = (serial[0] as number) & 0x7f
  const usages = req.usages ?? ['serverAuth', 'clientAuth']
  const exts = [
    extension(OID.basicConstraints, true, req.isCA ? seq(bool(true)) : seq()),
    // digitalSignature; a CA also keyCertSign and cRLSign. A self-signed leaf carries no key usage, so
    // that verifiers which trust it directly (certificate pinning) still accept it as its own issuer.
    ...(req.isCA ? [extension(OID.keyUsage, true, bits(Buffer.from([0x86]), 1))]
      : req.issuer ? [extension(OID.keyUsage, true, bits(Buffer.from([0x80]), 7))] : []),
    extension(OID.subjectKeyId, false, octets(keyId(req.publicKey))),
    ...(req.issuer ? [extension(OID.authorityKeyId, false, seq(tlv(0x80, keyId(issuer.publicKey))))] : []),
    ...(req.isCA ? [] : [extension(OID.extKeyUsage, false, seq(...usages.map((u) => oid(OID[u]))))]),
    ...(req.altNames?.length ? [extension(OID.subjectAltName, false, seq(...req.altNames.map(altName)))] : []),
  ]
  const tbs = seq(
    explicit(0, uint(Buffer.from([2]))), uint(serial), alg.id, name(issuer.commonName),
    seq(time(notBefore), time(notAfter)), name(req.commonName),
    req.publicKey.export({ type: 'spki', format: 'der' }), explicit(3, seq(...exts)))
  const signature = sign(alg.digest, tbs, req.signingKey)
  return seq(tbs, alg.id, bits(signature))
}

export interface KeyAndCertificate { keyDer: Buffer; certDer: Buffer }

/** A fresh EC P-256 key and a self-signed certificate for it (PKCS#8 DER key, DER certificate). */
export function selfSigned(commonName: string, altNames: string[], validDays: number): KeyAndCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const certDer = issueCertificate({ commonName, altNames, publicKey, signingKey: privateKey, validDays })
  return { keyDer: privateKey.export({ type: 'pkcs8', format: 'der' }), certDer }
}
