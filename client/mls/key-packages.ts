// KeyPackages (RFC 9420 §10): made for the identity (credential and signature key = the identity
// key), uploaded TLS-encoded inside an MLSMessage (ruling 11), and found again by the reference a
// Welcome names when someone adds us with one.
import { decodeMlsMessage, defaultCapabilities, defaultLifetime, encodeMlsMessage, generateKeyPackageWithKey, type KeyPackage, type Welcome } from 'ts-mls'
import { decodeKeyPackage, encodeKeyPackage, makeKeyPackageRef } from 'ts-mls/keyPackage.js'
import type { Identity, StoredKeyPackage } from '../state/model.js'
import { sameBytes, suite } from './suite.js'

export async function newKeyPackage(identity: Identity): Promise<StoredKeyPackage> {
  const cs = await suite()
  const { publicPackage, privatePackage } = await generateKeyPackageWithKey(
    { credentialType: 'basic', identity: identity.publicKey }, defaultCapabilities(), defaultLifetime, [],
    { signKey: identity.secretKey, publicKey: identity.publicKey }, cs,
  )
  return {
    ref: await makeKeyPackageRef(publicPackage, cs.hash),
    keyPackage: encodeKeyPackage(publicPackage),
    initPrivateKey: privatePackage.initPrivateKey,
    hpkePrivateKey: privatePackage.hpkePrivateKey,
  }
}

/** What UploadKeyPackage carries: the KeyPackage in an MLSMessage. */
export function uploadBytes(kp: StoredKeyPackage): Uint8Array {
  return encodeMlsMessage({ keyPackage: decodeStored(kp), wireformat: 'mls_key_package', version: 'mls10' })
}

export function decodeStored(kp: StoredKeyPackage): KeyPackage {
  const decoded = decodeKeyPackage(kp.keyPackage, 0)
  if (decoded === undefined) throw new Error('a stored KeyPackage does not decode')
  return decoded[0]
}

/** A KeyPackage from FetchKeyPackage: wrapped in an MLSMessage (as this client uploads) or bare. */
export function parseFetched(bytes: Uint8Array): KeyPackage {
  const m = decodeMlsMessage(bytes, 0)?.[0]
  if (m?.wireformat === 'mls_key_package') return m.keyPackage
  const bare = decodeKeyPackage(bytes, 0)?.[0]
  if (bare === undefined) throw new Error('the server handed out a KeyPackage that does not decode')
  return bare
}

/** The identity key a KeyPackage claims (its basic credential). */
export function keyPackageIdentity(kp: KeyPackage): Uint8Array {
  const c = kp.leafNode.credential
  if (c.credentialType !== 'basic') throw new Error('the KeyPackage has no basic credential')
  return c.identity
}

/** Which of our KeyPackages a Welcome is for; null when none (not for us, or already used). */
export function keyPackageFor(welcome: Welcome, ours: StoredKeyPackage[]): StoredKeyPackage | null {
  for (const s of welcome.secrets) {
    const kp = ours.find((k) => sameBytes(k.ref, s.newMember))
    if (kp !== undefined) return kp
  }
  return null
}
