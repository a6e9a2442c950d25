// Federated key transparency: this server audits each peer's KT log. Every signed tree head a
// peer shows us — in the periodic check, and in every user resolution proxied to it — must be
// signed by the KT key pinned for that peer on first use and must extend the last head we
// verified (its consistency proof from that head's size must hold). Exchanges with one peer's
// log are serialised, so each request names the head verified just before it and the chain of
// heads is checked link by link. A head that contradicts the chain raises an alert — logged,
// counted, stored and shown to clients (FetchPeerTreeHeads, ResolveUserResponse.peer_alerts) —
// and the answer that carried it is not used.
import type { qpq } from '../proto/qpq.js'
import { verifyConsistency } from '../protocol/kt/merkle.js'
import { verifyTreeHead } from '../protocol/kt/tree-head.js'
import type { Logger } from '../daemon/observability/logger.js'
import type { FederationMetrics } from './metrics.js'
import { PeerRefusedError } from './peer-link.js'
import type { PeerLogStore, StoredHead } from './peer-log-store.js'

export type AlertKind = 'fork' | 'inconsistent' | 'rollback' | 'bad_signature' | 'signer_changed' | 'bad_proof'

/** A peer's answer did not check out against its log (an alert was raised). */
export class PeerLogError extends Error {
  override name = 'PeerLogError'
  constructor(readonly domain: string, readonly kind: AlertKind, message: string) {
    super(message)
  }
}

/** What an answer of a peer's log carries (ResolveUserResponse and friends). */
export interface HeadAnswer {
  tree_head?: qpq.v1.ISignedTreeHead | null
  consistency_proof?: qpq.v1.IConsistencyProof | null
}

export interface AuditorDeps {
  store: PeerLogStore
  metrics: FederationMetrics
  log: Logger
  /** Asks a peer for its current head, with a consistency proof from `knownTreeSize` (ProxyResolveUser with an empty username). */
  currentHead(domain: string, knownTreeSize: number): Promise<HeadAnswer>
  now: () => number
}

const HASH = 32

export function headMessage(h: StoredHead): qpq.v1.ISignedTreeHead {
  return { tree_size: h.treeSize, root_hash: h.rootHash, timestamp_ms: h.timestampMs, signature: h.signature, signer_key: h.signerKey }
}

export class PeerLogAuditor {
  /** The tail of each peer's chain of exchanges. */
  private readonly chains = new Map<string, Promise<unknown>>()

  constructor(private readonly d: AuditorDeps) {}

  /**
   * Runs one exchange with a peer's log, after the ones before it: `ask` gets the size of the
   * last verified head and must answer with the peer's current head and a consistency proof
   * from that size. Resolves with the answer once its head checked out; rejects with
   * PeerLogError (after raising the alert) when it did not, or with the call's own error.
   */
  exchange<T extends HeadAnswer>(domain: string, ask: (knownTreeSize: number) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const known = this.d.store.latest(domain)
      let answer: T
      try {
        answer = await ask(known?.treeSize ?? 0)
      } catch (err) {
        // "known_tree_size is beyond the log": the peer's log is smaller than a head it signed
        if (known !== undefined && err instanceof PeerRefusedError && err.status === 1) await this.probeRollback(domain, known)
        throw err
      }
      this.check(domain, answer, known)
      return answer
    }
    const next = (this.chains.get(domain) ?? Promise.resolve()).then(run, run)
    const tail = next.catch(() => {})
    this.chains.set(domain, tail)
    void tail.then(() => { if (this.chains.get(domain) === tail) this.chains.delete(domain) })
    return next
  }

  /** One periodic check of a peer's log. */
  audit(domain: string): Promise<HeadAnswer> {
    return this.exchange(domain, (known) => this.d.currentHead(domain, known))
  }

  private async probeRollback(domain: string, known: StoredHead): Promise<void> {
    const now = await this.d.currentHead(domain, 0)
    const h = now.tree_head
    if (h == null || Number(h.tree_size) >= known.treeSize) return
    this.verifySignature(domain, h, known)
    throw this.alert(domain, 'rollback', `${domain}'s log has ${Number(h.tree_size)} leaves, fewer than the ${known.treeSize} of a head it signed before`, known, h)
  }

  private check(domain: string, answer: HeadAnswer, known: StoredHead | undefined): void {
    const h = answer.tree_head
    if (h == null || (h.root_hash?.length ?? 0) !== HASH || (h.signer_key?.length ?? 0) !== HASH) {
      throw this.alert(domain, 'bad_proof', `${domain} answered without a well-formed signed tree head`, known, h ?? null)
    }
    const signer = this.verifySignature(domain, h, known)
    const size = Number(h.tree_size)
    const root = Buffer.from(h.root_hash as Uint8Array)
    const now = this.d.now()
    if (known === undefined) {
      if (this.d.store.log(domain) === undefined) this.d.store.pinSigner(domain, signer, now)
    } else if (size === known.treeSize) {
      if (!root.equals(known.rootHash)) {
        throw this.alert(domain, 'fork', `${domain} signed two heads of size ${size} with different roots: its log is forked (or shows different views)`, known, h)
      }
    } else if (size > known.treeSize) {
      const p = answer.consistency_proof
      const ok = p != null && Number(p.first_tree_size) === known.treeSize && Number(p.second_tree_size) === size &&
        verifyConsistency(known.treeSize, size, known.rootHash, root, p.path ?? [])
      if (!ok) {
        throw this.alert(domain, 'inconsistent', `${domain}'s head of size ${size} does not extend the head of size ${known.treeSize} verified before: ${p == null ? 'no consistency proof' : 'the consistency proof fails'}`, known, h)
      }
    } else {
      throw this.alert(domain, 'rollback', `${domain} showed a head of size ${size} after one of size ${known.treeSize}`, known, h)
    }
    this.d.store.addHead(domain, { treeSize: size, rootHash: root, timestampMs: Number(h.timestamp_ms ?? 0), signature: Buffer.from(h.signature ?? []) }, now)
    this.d.store.markChecked(domain, now)
    this.d.metrics.ktHeads.labels(domain).inc()
  }

  /** Checks the head's signature with the pinned key (or, before the first head, its own); returns the key. */
  private verifySignature(domain: string, h: qpq.v1.ISignedTreeHead, known: StoredHead | undefined): Buffer {
    const signer = Buffer.from(h.signer_key ?? [])
    const pinned = this.d.store.log(domain)?.signerKey
    if (pinned !== undefined && !pinned.equals(signer)) {
      throw this.alert(domain, 'signer_changed', `${domain}'s head is signed by KT key ${signer.toString('hex')}, not by the key ${pinned.toString('hex')} pinned for it`, known, h)
    }
    if (!verifyTreeHead(h, signer)) throw this.alert(domain, 'bad_signature', `${domain}'s head of size ${Number(h.tree_size)} has a bad signature`, known, h)
    return signer
  }

  /** Raises (once) and returns the error that refuses the answer. */
  alert(domain: string, kind: AlertKind, detail: string, earlier: StoredHead | undefined, later: qpq.v1.ISignedTreeHead | null): PeerLogError {
    const fresh = this.d.store.raise(domain, kind, detail, earlier === undefined ? null : headMessage(earlier), later, this.d.now())
    if (fresh) {
      this.d.metrics.ktAlerts.labels(domain, kind).inc()
      this.d.log.error({ domain, kind, detail }, 'key transparency alert about a federation peer')
    }
    return new PeerLogError(domain, kind, `key transparency alert (${kind}): ${detail}`)
  }
}
