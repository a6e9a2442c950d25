// The crypto domain: the worker pool for what is heavy per call (OPAQUE; closed at stop) and the
// server's long-term keys kept in server_meta, each created on first start — the OPAQUE server
// setup, the delivery-proof key and the key transparency key (its own, so either can be replaced
// alone). Signatures run inline: cheaper than a round trip to a worker.
import type { Config } from '../config/config.js'
import { ed25519PublicKey, ed25519Signer, newEd25519PrivateKeyDer } from '../crypto/ed25519.js'
import { ProofSigner } from '../crypto/proof-signer.js'
import { CryptoPool } from '../crypto/pool.js'
import type { Metrics } from '../observability/metrics.js'
import type { MetaStore } from '../storage/meta.js'
import type { Startable } from './lifecycle.js'

/** server_meta keys. Losing the OPAQUE setup invalidates every account. */
const OPAQUE_SETUP_KEY = 'opaque_server_setup'
const PROOF_KEY = 'delivery_proof_key'
const KT_KEY = 'kt_signing_key'

/** An Ed25519 signing key (PKCS#8 DER) and its raw public key. */
export interface SigningKey { privateKeyDer: Buffer; publicKey: Buffer }

export class CryptoDomain implements Startable {
  readonly pool: CryptoPool
  /** Signs delivery proofs, one signature per batch (inline). */
  readonly proofSigner: ProofSigner
  readonly proofKey: SigningKey
  readonly ktKey: SigningKey
  private setup: string | null = null

  constructor(config: Config, private readonly d: { meta: MetaStore; metrics: Metrics }) {
    this.pool = new CryptoPool({ workers: config.cryptoWorkers, onTask: d.metrics.cryptoTaskObserver() })
    d.metrics.watchCryptoPool(this.pool)
    this.proofKey = signingKey(d.meta, PROOF_KEY)
    this.ktKey = signingKey(d.meta, KT_KEY)
    this.proofSigner = new ProofSigner(ed25519Signer(this.proofKey.privateKeyDer))
    this.signKt = ed25519Signer(this.ktKey.privateKeyDer)
  }

  async start(): Promise<void> {
    const { meta } = this.d
    this.setup = meta.read(OPAQUE_SETUP_KEY)?.toString() ??
      meta.writeOnce(OPAQUE_SETUP_KEY, Buffer.from(await this.pool.runAlone('opaqueCreateSetup', {}))).toString()
  }

  async stop(): Promise<void> {
    await this.pool.close()
  }

  /** The OPAQUE server setup (valid once started). */
  get opaqueSetup(): string {
    if (this.setup === null) throw new Error('the crypto domain is not started')
    return this.setup
  }

  /** Signs a tree head with the KT key (inline: once per tree size). */
  readonly signKt: (message: Uint8Array) => Uint8Array
}

function signingKey(meta: MetaStore, name: string): SigningKey {
  const privateKeyDer = meta.read(name) ?? meta.writeOnce(name, newEd25519PrivateKeyDer())
  return { privateKeyDer, publicKey: ed25519PublicKey(privateKeyDer) }
}
