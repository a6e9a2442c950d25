// The crypto domain: the worker pool (closed at stop) and the server's long-term keys kept in
// server_meta, each created on first start — the OPAQUE server setup, the delivery-proof key and
// the key transparency key (its own, so either can be replaced alone).
import type { Config } from '../config/config.js'
import { BatchSigner } from '../crypto/batch-signer.js'
import { ed25519PublicKey, newEd25519PrivateKeyDer } from '../crypto/ed25519.js'
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
  /** Signs delivery proofs in batches on the pool. */
  readonly proofSigner: BatchSigner
  readonly proofKey: SigningKey
  readonly ktKey: SigningKey
  private setup: string | null = null

  constructor(config: Config, private readonly d: { meta: MetaStore; metrics: Metrics }) {
    this.pool = new CryptoPool({ workers: config.cryptoWorkers, onTask: d.metrics.cryptoTaskObserver() })
    d.metrics.watchCryptoPool(this.pool)
    this.proofKey = signingKey(d.meta, PROOF_KEY)
    this.ktKey = signingKey(d.meta, KT_KEY)
    this.proofSigner = new BatchSigner(this.pool, this.proofKey.privateKeyDer)
  }

  async start(): Promise<void> {
    const { meta } = this.d
    this.setup = meta.read(OPAQUE_SETUP_KEY)?.toString() ??
      meta.writeOnce(OPAQUE_SETUP_KEY, Buffer.from(await this.pool.run('opaqueCreateSetup', {}))).toString()
  }

  async stop(): Promise<void> {
    await this.pool.close()
  }

  /** The OPAQUE server setup (valid once started). */
  get opaqueSetup(): string {
    if (this.setup === null) throw new Error('the crypto domain is not started')
    return this.setup
  }

  /** Signs with the KT key on the pool. */
  signKt = (message: Uint8Array): Promise<Uint8Array> => this.pool.run('ed25519Sign', { privateKeyDer: this.ktKey.privateKeyDer, message })
}

function signingKey(meta: MetaStore, name: string): SigningKey {
  const privateKeyDer = meta.read(name) ?? meta.writeOnce(name, newEd25519PrivateKeyDer())
  return { privateKeyDer, publicKey: ed25519PublicKey(privateKeyDer) }
}
