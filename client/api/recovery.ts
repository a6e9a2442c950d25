// The SDK's recovery bundles (methods 750–752): `client.recovery.*`. The client encrypts a bundle
// under a key derived from a recovery code and stores it under SHA-256(token); the server never
// sees the token until a fetch, nor the bundle's plaintext. Fetching needs a login of the last 5
// minutes (docs/accounts.md).
import type { Requester } from './requester.js'

export class RecoveryApi {
  constructor(private readonly client: Requester) {}

  /** Stores or replaces the bundle under `tokenHash` (32 B); returns how many bundles the account holds. */
  async store(tokenHash: Uint8Array, bundle: Uint8Array): Promise<number> {
    return (await this.client.request('StoreRecoveryBundle', { token_hash: tokenHash, bundle })).bundle_count
  }

  /** The bundle stored under SHA-256(token); null when there is none. */
  async fetch(token: Uint8Array): Promise<Uint8Array | null> {
    const r = await this.client.request('FetchRecoveryBundle', { recovery_token: token })
    return r.bundle.length === 0 ? null : r.bundle
  }

  /** Deletes one bundle, or every bundle of the account without `tokenHash`; returns how many went. */
  async delete(tokenHash?: Uint8Array): Promise<number> {
    return (await this.client.request('DeleteRecoveryBundle', { token_hash: tokenHash })).deleted
  }
}
