// Reads the MLS ciphersuite of a KeyPackage (RFC 9420 §10) without parsing the rest, for the
// optional allowlist (key_package_check = ciphersuite; spec part-05: "the server rejects
// KeyPackages outside the allowed set"); by default packages are opaque (ruling 11). A package
// comes as a bare KeyPackage (`u16 version | u16 cipher_suite | …`) or wrapped in an MLSMessage
// (`u16 version | u16 wire_format = 5 (mls_key_package) | KeyPackage`).
const MLS10 = 0x0001
const WIRE_FORMAT_KEY_PACKAGE = 0x0005

/** RFC 9420 §17.1 names of the registered suites, for messages. */
export const CIPHERSUITE_NAMES: Readonly<Record<number, string>> = {
  1: 'MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519',
  2: 'MLS_128_DHKEMP256_AES128GCM_SHA256_P256',
  3: 'MLS_128_DHKEMX25519_CHACHA20POLY1305_SHA256_Ed25519',
  4: 'MLS_256_DHKEMX448_AES256GCM_SHA512_Ed448',
  5: 'MLS_256_DHKEMP521_AES256GCM_SHA512_P521',
  6: 'MLS_256_DHKEMX448_CHACHA20POLY1305_SHA512_Ed448',
  7: 'MLS_256_DHKEMP384_AES256GCM_SHA384_P384',
}

/** The package's ciphersuite, or null when the bytes are not an MLS 1.0 KeyPackage. */
export function keyPackageCiphersuite(pkg: Uint8Array): number | null {
  if (pkg.length < 6) return null
  const u16 = (at: number): number => ((pkg[at] as number) << 8) | (pkg[at + 1] as number)
  if (u16(0) !== MLS10) return null
  // an MLSMessage: wire_format 5, then the KeyPackage's own version (a bare package of suite 5
  // has its init key's varint length there, 0x4085 for P-521, never 0x0001)
  if (u16(2) === WIRE_FORMAT_KEY_PACKAGE && u16(4) === MLS10) return pkg.length >= 8 ? u16(6) : null
  return u16(2)
}
