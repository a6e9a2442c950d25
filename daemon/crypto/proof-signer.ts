// Delivery proofs for a whole batch at once (protocol/proof.ts, v2): the requests made during one
// loop turn — the enqueues of one group commit — become the leaves of a Merkle tree, whose head
// is signed once, inline (node:crypto signs in tens of microseconds, less than a worker round
// trip would cost); each proof carries its leaf's path. Per message that leaves two SHA-256
// hashes, whatever the batch size.
import { leafHash, treeWithPaths } from '../../protocol/kt/merkle.js'
import { batchHeadMessage, encodeBatchProof, proofMessage, type ProofFacts } from '../../protocol/proof.js'

interface Waiting { facts: Omit<ProofFacts, 'timestampMs'>; resolve(proof: Uint8Array): void; reject(e: unknown): void }

export class ProofSigner {
  private queue: Waiting[] = []
  private scheduled = false

  /** `sign` signs a batch head with the delivery-proof key. */
  constructor(private readonly sign: (message: Uint8Array) => Uint8Array, private readonly now: () => number = Date.now, private readonly maxBatch = 4_096) {}

  /** The proof of one stored message, as EnqueueResponse.delivery_proof carries it. */
  prove(facts: Omit<ProofFacts, 'timestampMs'>): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ facts, resolve, reject })
      if (!this.scheduled) {
        this.scheduled = true
        setImmediate(this.flush)
      }
    })
  }

  private readonly flush = (): void => {
    this.scheduled = false
    while (this.queue.length > 0) {
      const batch = this.queue.length <= this.maxBatch ? this.queue : this.queue.slice(0, this.maxBatch)
      this.queue = batch === this.queue ? [] : this.queue.slice(this.maxBatch)
      try {
        const timestampMs = this.now()
        const { root, paths } = treeWithPaths(batch.map((w) => leafHash(proofMessage({ ...w.facts, timestampMs }))))
        const signature = this.sign(batchHeadMessage(timestampMs, batch.length, root))
        batch.forEach((w, i) => w.resolve(encodeBatchProof(timestampMs, i, batch.length, paths[i] as Uint8Array[], signature)))
      } catch (err) {
        for (const w of batch) w.reject(err)
      }
    }
  }
}
