// The SDK's keys (methods 300–304): `client.keys.*`. KeyPackages are single-use: upload several
// for the logged-in identity and top them up when `stored` runs low; fetching one of a peer's
// consumes it (null when the peer has none left). Hybrid keys (X25519 ‖ ML-KEM-768, 1,216 B)
// are one per identity and are not consumed.
import { loggedIn, type Requester } from './requester.js'

export class KeysApi {
  constructor(private readonly client: Requester) {}

  /** Uploads a TLS-encoded MLS KeyPackage; returns its SHA-256 fingerprint and how many now wait. */
  async uploadKeyPackage(keyPackage: Uint8Array): Promise<{ fingerprint: Uint8Array; stored: number }> {
    const r = await this.client.request('UploadKeyPackage', { identity_key: loggedIn(this.client), package: keyPackage })
    return { fingerprint: r.fingerprint, stored: r.stored }
  }

  /** Takes one of the identity's KeyPackages (it is removed); null when none is left. */
  async fetchKeyPackage(identityKey: Uint8Array): Promise<Uint8Array | null> {
    const r = await this.client.request('FetchKeyPackage', { identity_key: identityKey })
    return r.package.length === 0 ? null : r.package
  }

  /** Publishes (or replaces) the logged-in identity's hybrid public key. */
  async uploadHybridKey(publicKey: Uint8Array): Promise<void> {
    await this.client.request('UploadHybridKey', { identity_key: loggedIn(this.client), hybrid_public_key: publicKey })
  }

  /** The identity's hybrid public key; null when it has none. */
  async fetchHybridKey(identityKey: Uint8Array): Promise<Uint8Array | null> {
    const r = await this.client.request('FetchHybridKey', { identity_key: identityKey })
    return r.hybrid_public_key.length === 0 ? null : r.hybrid_public_key
  }

  /** Hybrid keys of many identities, in input order (null for those without one). */
  async fetchHybridKeys(identityKeys: Uint8Array[]): Promise<Array<Uint8Array | null>> {
    const r = await this.client.request('FetchHybridKeys', { identity_keys: identityKeys })
    return r.keys.map((k) => (k.length === 0 ? null : k))
  }
}
