// The node's mesh identity: an Ed25519 key of its own, independent of any account (as in the
// original), kept as its 32-byte seed in DATA_DIR/mesh-key (mode 0600, written atomically on
// first start). Its public key signs what the node originates and announces; the libp2p peer id
// is derived from it, so the noise handshake proves it on every link.
import { existsSync, readFileSync } from 'node:fs'
import { randomBytes, type KeyObject } from 'node:crypto'
import { writeFileAtomic } from '../protocol/atomic-file.js'
import { ED25519_SEED_BYTES, ed25519PrivateKeyFromSeed, ed25519RawPublicKey } from '../protocol/ed25519.js'

export const MESH_KEY_FILE = 'mesh-key'

export interface MeshIdentity {
  seed: Buffer
  privateKey: KeyObject
  /** Raw 32-byte public key: the node key of envelopes and announcements. */
  publicKey: Buffer
}

export function loadOrCreateMeshIdentity(file: string): MeshIdentity {
  if (!existsSync(file)) writeFileAtomic(file, randomBytes(ED25519_SEED_BYTES), 0o600)
  const seed = readFileSync(file)
  if (seed.length !== ED25519_SEED_BYTES) throw new Error(`${file} holds ${seed.length} bytes, expected a ${ED25519_SEED_BYTES}-byte Ed25519 seed: remove it to make a new mesh identity`)
  const privateKey = ed25519PrivateKeyFromSeed(seed)
  return { seed, privateKey, publicKey: ed25519RawPublicKey(privateKey) }
}
