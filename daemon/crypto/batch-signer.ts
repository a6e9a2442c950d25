// Ed25519 signatures for hot paths (delivery proofs): requests made during one loop turn are
// signed together in one crypto-pool task, so signing neither blocks the event loop nor pays a
// worker round trip per message.
import type { CryptoPool } from './pool.js'

interface Waiting { message: Uint8Array; resolve(sig: Uint8Array): void; reject(e: unknown): void }

export class BatchSigner {
  private queue: Waiting[] = []
  private scheduled = false

  constructor(private readonly pool: CryptoPool, private readonly privateKeyDer: Uint8Array, private readonly maxBatch = 512) {}

  sign(message: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject })
      if (!this.scheduled) {
        this.scheduled = true
        setImmediate(() => this.flush())
      }
    })
  }

  private flush(): void {
    this.scheduled = false
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch)
      this.pool.run('ed25519SignMany', { privateKeyDer: this.privateKeyDer, messages: batch.map((w) => w.message) }).then(
        (sigs) => batch.forEach((w, i) => w.resolve(sigs[i] as Uint8Array)),
        (err: unknown) => batch.forEach((w) => w.reject(err)),
      )
    }
  }
}
