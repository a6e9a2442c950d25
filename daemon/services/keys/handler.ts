// Keys (methods 300–304): single-use MLS KeyPackages and hybrid X25519+ML-KEM-768 public keys.
// A client uploads packages for its own identity only (several, and tops them up); anyone with a
// session fetches one of another identity's, which removes it (RFC 9420: a KeyPackage is used
// once). Packages are opaque bytes, as the original server keeps them and its clients expect
// (ruling 11); reading their ciphersuite is an option (key_package_check). Fetching when none is left answers empty bytes, not an error. Hybrid keys: one per
// identity, replaced on upload, fetched without being consumed, many at once in input order.
// The key of a user of a federation peer (`remote`) is fetched from that domain, through the relay.
import { createHash } from 'node:crypto'
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError, ForbiddenError } from '../../../protocol/errors.js'
import type { CallContext } from '../call-context.js'
import { sessionOf } from '../auth/sessions.js'
import { IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import { CIPHERSUITE_NAMES, keyPackageCiphersuite } from './ciphersuite.js'
import type { KeyStore } from './store.js'

/** KeyPackage size (spec part-04: 1..=1,048,576 bytes). */
export const KEY_PACKAGE_MAX_BYTES = 1 << 20
/** Packages one identity may have waiting: enough for many invitations, bounded against abuse. */
export const MAX_STORED_KEY_PACKAGES = 100
/** X25519 public key (32 B) followed by the ML-KEM-768 encapsulation key (1,184 B). */
export const HYBRID_KEY_BYTES = 32 + 1184
/** FetchHybridKeys (ruling 12). */
export const HYBRID_FETCH_MAX = 1_000

export interface KeyDeps {
  store: KeyStore
  /** RFC 9420 ciphersuite ids accepted (config mls_ciphersuites); null: packages are not read (key_package_check opaque). */
  ciphersuites: readonly number[] | null
  onUpload(): void
  /** Identities of other domains (the federation relay); absent when federation is off. */
  remote?: RemoteKeys | null
  now?: () => number
}

export interface RemoteKeys {
  /** The peer domain of an identity that is no account here; null for the others. */
  domainOf(identityKey: Buffer): string | null
  fetchKeyPackage(domain: string, identityKey: Buffer): Promise<Uint8Array>
  fetchHybridKey(domain: string, identityKey: Buffer): Promise<Uint8Array>
}

type V1 = typeof qpq.v1

const suiteName = (id: number): string => CIPHERSUITE_NAMES[id] ?? `0x${id.toString(16).padStart(4, '0')}`

export class KeyService {
  private readonly now: () => number
  private readonly ciphersuites: ReadonlySet<number> | null

  constructor(private readonly d: KeyDeps) {
    this.now = d.now ?? Date.now
    this.ciphersuites = d.ciphersuites === null ? null : new Set(d.ciphersuites)
  }

  uploadKeyPackage = (req: InstanceType<V1['UploadKeyPackageRequest']>, ctx: CallContext): qpq.v1.UploadKeyPackageResponse.$Properties => {
    const identity = this.ownIdentity(req.identity_key, ctx)
    const pkg = Buffer.from(req.package)
    if (pkg.length === 0 || pkg.length > KEY_PACKAGE_MAX_BYTES) throw new BadRequestError(`package must be 1 to ${KEY_PACKAGE_MAX_BYTES} bytes, got ${pkg.length}`)
    if (this.ciphersuites !== null) this.checkCiphersuite(pkg, this.ciphersuites)
    const { store } = this.d
    const stored = store.atomically(() => {
      const n = store.packageCount(identity)
      if (n >= MAX_STORED_KEY_PACKAGES) throw new ForbiddenError(`${MAX_STORED_KEY_PACKAGES} KeyPackages are already waiting for this identity: upload more once some are used`)
      store.addPackage(identity, pkg, this.now())
      return n + 1
    })
    this.d.onUpload()
    return { fingerprint: createHash('sha256').update(pkg).digest(), stored }
  }

  fetchKeyPackage = async (req: InstanceType<V1['FetchKeyPackageRequest']>): Promise<qpq.v1.FetchKeyPackageResponse.$Properties> => {
    const identity = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const { remote } = this.d
    const domain = remote?.domainOf(identity) ?? null
    if (remote != null && domain !== null) return { package: await remote.fetchKeyPackage(domain, identity) }
    return this.fetchLocalKeyPackage(req)
  }

  /** FetchKeyPackage of this server's own identities only: what peers ask for (never proxied on). */
  fetchLocalKeyPackage = (req: { identity_key: Uint8Array }): qpq.v1.FetchKeyPackageResponse.$Properties => {
    const identity = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    return { package: this.d.store.takePackage(identity) ?? Buffer.alloc(0) }
  }

  uploadHybridKey = (req: InstanceType<V1['UploadHybridKeyRequest']>, ctx: CallContext): qpq.v1.UploadHybridKeyResponse.$Properties => {
    const identity = this.ownIdentity(req.identity_key, ctx)
    const key = sizedBytes(req.hybrid_public_key, 'hybrid_public_key (X25519 32 B + ML-KEM-768 1,184 B)', HYBRID_KEY_BYTES)
    this.d.store.setHybrid(identity, Buffer.from(key), this.now())
    return {}
  }

  fetchHybridKey = async (req: InstanceType<V1['FetchHybridKeyRequest']>): Promise<qpq.v1.FetchHybridKeyResponse.$Properties> => {
    const identity = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const { remote } = this.d
    const domain = remote?.domainOf(identity) ?? null
    if (remote != null && domain !== null) return { hybrid_public_key: await remote.fetchHybridKey(domain, identity) }
    return this.fetchLocalHybridKey(req)
  }

  /** FetchHybridKey of this server's own identities only: what peers ask for (never proxied on). */
  fetchLocalHybridKey = (req: { identity_key: Uint8Array }): qpq.v1.FetchHybridKeyResponse.$Properties => {
    const identity = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    return { hybrid_public_key: this.d.store.hybrid(identity) ?? Buffer.alloc(0) }
  }

  /** In input order; the keys of each peer domain are fetched from it one after the other, the domains at once. */
  fetchHybridKeys = async (req: InstanceType<V1['FetchHybridKeysRequest']>): Promise<qpq.v1.FetchHybridKeysResponse.$Properties> => {
    if (req.identity_keys.length > HYBRID_FETCH_MAX) throw new BadRequestError(`at most ${HYBRID_FETCH_MAX} identity_keys per call`)
    const identities = req.identity_keys.map((k, i) => sizedBytes(k, `identity_keys[${i}]`, IDENTITY_KEY_BYTES))
    const keys: Uint8Array[] = identities.map((k) => this.d.store.hybrid(k) ?? Buffer.alloc(0))
    const { remote } = this.d
    if (remote == null) return { keys }
    const byDomain = new Map<string, number[]>()
    identities.forEach((k, i) => {
      const domain = remote.domainOf(k)
      if (domain === null) return
      const at = byDomain.get(domain)
      if (at === undefined) byDomain.set(domain, [i])
      else at.push(i)
    })
    await Promise.all([...byDomain].map(async ([domain, at]) => {
      for (const i of at) keys[i] = await remote.fetchHybridKey(domain, identities[i] as Buffer)
    }))
    return { keys }
  }

  /** key_package_check = ciphersuite: an MLS 1.0 KeyPackage of an accepted suite only. */
  private checkCiphersuite(pkg: Buffer, accepted: ReadonlySet<number>): void {
    const suite = keyPackageCiphersuite(pkg)
    if (suite === null) throw new BadRequestError('package is not an MLS 1.0 KeyPackage (RFC 9420, TLS-encoded)')
    if (!accepted.has(suite)) {
      throw new BadRequestError(`ciphersuite ${suiteName(suite)} is not accepted here; accepted: ${[...accepted].map(suiteName).join(', ')}`)
    }
  }

  /** Keys are uploaded for the caller's own identity only. */
  private ownIdentity(bytes: Uint8Array, ctx: CallContext): Buffer {
    const identity = sizedBytes(bytes, 'identity_key', IDENTITY_KEY_BYTES)
    if (!identity.equals(sessionOf(ctx).identityKey)) throw new ForbiddenError('keys can only be uploaded for your own identity_key')
    return identity
  }
}
