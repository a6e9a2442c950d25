// The key transparency logs of other domains, as the home server relays them (federation): a
// ResolveUser of name@domain is answered with the peer's evidence, which the home server checked
// against the heads it saw of that peer. The client checks what it can itself, per domain: the
// head is signed by that domain's KT key (pinned on first use, or pin()), the log never shrinks
// nor shows two roots for one size, it grows from the last head this client verified of that
// domain — by the answer's consistency proof when it starts there, else by the heads the server
// kept of that peer (FetchPeerTreeHeads, 530), which must hold the same root for that size — and
// the leaf is in the tree. Alerts the server raised about the peer's log fail the lookup.
import type { qpq } from '../../proto/qpq.js'
import { KtVerificationError, checkAnswer, same, type KtAnswer } from './kt.js'
import type { Requester } from './requester.js'

/** The home server reports alerts about that domain's log (a fork, a rollback, …): its answers cannot be trusted. */
export class PeerLogAlertError extends KtVerificationError {
  override name = 'PeerLogAlertError'
  constructor(readonly domain: string, readonly alerts: qpq.v1.IKtPeerAlert[]) {
    super(`the server holds ${alerts.length} key transparency alert(s) about ${domain}'s log (${[...new Set(alerts.map((a) => a.kind))].join(', ')}): ` +
      `its answers are not trusted until the server's operator has investigated`)
  }
}

export interface PeerHeads {
  /** The heads the server verified of the domain's log, newest first. */
  heads: qpq.v1.ISignedTreeHead[]
  alerts: qpq.v1.IKtPeerAlert[]
  /** When the server last checked that log (unix ms); 0 = never. */
  lastCheckedMs: number
  /** The domain's KT key as the server pinned it; null before its first head. */
  signerKey: Uint8Array | null
}

type PeerAnswer = KtAnswer & { peer_alerts?: qpq.v1.IKtPeerAlert[] | null }

export class PeerLogs {
  private readonly logs = new Map<string, { signerKey: Uint8Array | null; head: qpq.v1.ISignedTreeHead | null }>()
  /** Verified calls run one at a time, as KtApi's do. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly client: Requester) {}

  /** Trusts only this KT key for the domain (kept from an earlier run, or given out of band). */
  pin(domain: string, signerKey: Uint8Array): void {
    this.logs.set(domain, { signerKey: Uint8Array.from(signerKey), head: this.logs.get(domain)?.head ?? null })
  }

  /** The domain's KT key this client trusts; null before its first verified answer. */
  signerOf(domain: string): Uint8Array | null {
    return this.logs.get(domain)?.signerKey ?? null
  }

  /** The newest head of the domain's log this client verified; null before the first. */
  headOf(domain: string): qpq.v1.ISignedTreeHead | null {
    return this.logs.get(domain)?.head ?? null
  }

  /** What the home server saw of a domain's log (530): to compare with what that domain showed you or your contacts. */
  async heads(domain: string, limit = 0): Promise<PeerHeads> {
    const r = await this.client.request('FetchPeerTreeHeads', { domain, limit })
    return { heads: r.heads, alerts: r.alerts, lastCheckedMs: Number(r.last_checked_ms), signerKey: r.signer_key.length === 0 ? null : r.signer_key }
  }

  /** Runs a call answered with the domain's KT evidence and verifies the answer before resolving. */
  verified<R extends PeerAnswer>(domain: string, call: (knownTreeSize: number) => Promise<R>): Promise<R> {
    const run = this.queue.then(async () => {
      const log = this.logs.get(domain) ?? { signerKey: null, head: null }
      const answer = await call(Number(log.head?.tree_size ?? 0))
      const alerts = answer.peer_alerts ?? []
      if (alerts.length > 0) throw new PeerLogAlertError(domain, alerts)
      const { signer, head, unlinked } = checkAnswer(answer, log.signerKey, log.head)
      if (unlinked) await this.linkThroughServer(domain, log.head as qpq.v1.ISignedTreeHead)
      this.logs.set(domain, { signerKey: signer, head })
      return answer
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * The answer's proof starts at the head the server verified last, not at ours: the server
   * checked its chain of heads link by link, so ours must be in that chain — a head it kept of the
   * same size must have our root. A head it no longer keeps (it keeps the newest 1,000) proves nothing either way.
   */
  private async linkThroughServer(domain: string, ours: qpq.v1.ISignedTreeHead): Promise<void> {
    const kept = await this.heads(domain, 100)
    if (kept.alerts.length > 0) throw new PeerLogAlertError(domain, kept.alerts)
    const sameSize = kept.heads.find((h) => Number(h.tree_size) === Number(ours.tree_size))
    if (sameSize !== undefined && !same(sameSize.root_hash, ours.root_hash)) {
      throw new KtVerificationError(`${domain}'s log shows the server another root for ${Number(ours.tree_size)} leaves than it showed this client: a fork`)
    }
  }
}
