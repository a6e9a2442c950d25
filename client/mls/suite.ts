// The MLS setup of this client (RFC 9420 through ts-mls): ciphersuite 1,
// MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519 (the only one the server accepts by default), and
// the rule that makes MLS members the server's accounts: a member's basic credential is its
// identity key, and its leaf signs with that same key — the Ed25519 key the account registered,
// which key transparency logs under the username.
import {
  defaultKeyPackageEqualityConfig, defaultKeyRetentionConfig, defaultLifetimeConfig, defaultPaddingConfig,
  getCiphersuiteFromName, getCiphersuiteImpl, type AuthenticationService, type CiphersuiteImpl, type ClientConfig,
} from 'ts-mls'

const CIPHERSUITE = 'MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519'

let impl: Promise<CiphersuiteImpl> | null = null

/** The ciphersuite's implementation (made once: WebCrypto keys and HPKE setup). */
export function suite(): Promise<CiphersuiteImpl> {
  impl ??= getCiphersuiteImpl(getCiphersuiteFromName(CIPHERSUITE))
  return impl
}

export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)

/** A leaf's credential must be its own signature key: the member's identity key. */
const identityAuthService: AuthenticationService = {
  async validateCredential(credential, signaturePublicKey) {
    return credential.credentialType === 'basic' && sameBytes(credential.identity, signaturePublicKey)
  },
}

export const clientConfig: ClientConfig = {
  keyRetentionConfig: defaultKeyRetentionConfig,
  lifetimeConfig: defaultLifetimeConfig,
  keyPackageEqualityConfig: defaultKeyPackageEqualityConfig,
  paddingConfig: defaultPaddingConfig,
  authService: identityAuthService,
}
