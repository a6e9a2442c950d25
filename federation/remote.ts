// Lookups of another domain's users, for this server's clients: ResolveUser through the peer's
// ProxyResolveUser (904) — its answer verified here against the peer's KT log (the head by the
// auditor, the binding's leaf and inclusion proof below) before anyone sees it — and the
// single-use KeyPackage (902) and hybrid key (903) of a remote identity. A resolved user's key
// is remembered with its domain, so Enqueues to that key are relayed there.
import { qpq } from '../proto/qpq.js'
import type { MessageCodec } from '../protocol/codec.js'
import { NotFoundError, RateLimitedError, RpcError, Status, UnavailableError } from '../protocol/errors.js'
import { decodeLeaf } from '../protocol/kt/leaf.js'
import { leafHash, verifyInclusion } from '../protocol/kt/merkle.js'
import { PeerLogError, type PeerLogAuditor } from './kt-audit.js'
import { PeerRefusedError, PeerUnreachableError, type PeerLink } from './peer-link.js'
import type { PeerLogStore, StoredAlert } from './peer-log-store.js'
import type { RemoteUserStore } from './remote-users.js'

export const PROXY_FETCH_KEY_PACKAGE = 902
export const PROXY_FETCH_HYBRID_KEY = 903
export const PROXY_RESOLVE_USER = 904

export interface RemoteDeps {
  originDomain: string
  isPeer(domain: string): boolean
  link(domain: string): PeerLink
  auditor: PeerLogAuditor
  logs: PeerLogStore
  users: RemoteUserStore
  now: () => number
}

export function alertMessage(a: StoredAlert): qpq.v1.IKtPeerAlert {
  return { domain: a.domain, kind: a.kind, detail: a.detail, raised_at_ms: a.raisedAt, earlier: a.earlier, later: a.later }
}

/** What a failed call to a peer means for our client: the peer is unavailable (or asks to slow down). */
export function peerFailure(domain: string, err: unknown): RpcError {
  if (err instanceof RpcError) return err
  if (err instanceof PeerRefusedError && err.status === Status.RateLimited) return new RateLimitedError(1_000, err.message)
  if (err instanceof PeerRefusedError || err instanceof PeerUnreachableError || err instanceof PeerLogError) return new UnavailableError(err.message)
  return new UnavailableError(`${domain}: ${(err as Error).message}`)
}

export class RemoteLookups {
  constructor(private readonly d: RemoteDeps) {}

  /**
   * ResolveUser of `name@domain` (name normalised): the peer's answer, its head checked against
   * the chain of heads of that peer, the binding against the head, and this server's alerts
   * about that peer's log in peer_alerts. An unknown user is answered empty, as locally.
   */
  async resolveUser(name: string, domain: string): Promise<qpq.v1.IResolveUserResponse> {
    const link = this.peerLink(domain)
    const auth = { origin_domain: this.d.originDomain }
    let answer: qpq.v1.IResolveUserResponse
    try {
      answer = await this.d.auditor.exchange(domain, async (known) => {
        const r = await link.call(PROXY_RESOLVE_USER, qpq.v1.ProxyResolveUserRequest.encode({ federation_auth: auth, resolve: { username: name, known_tree_size: known } }).finish(), qpq.v1.ProxyResolveUserResponse)
        return r.result ?? {}
      })
      if ((answer.identity_key?.length ?? 0) > 0) this.checkBinding(domain, name, answer)
    } catch (err) {
      throw peerFailure(domain, err)
    }
    if ((answer.identity_key?.length ?? 0) > 0) this.d.users.remember(Buffer.from(answer.identity_key as Uint8Array), domain, name, this.d.now())
    return { ...answer, peer_alerts: this.d.logs.alerts(domain).map(alertMessage) }
  }

  /** Pops one KeyPackage of a remote identity (empty when it has none left). */
  async fetchKeyPackage(domain: string, identityKey: Uint8Array): Promise<Uint8Array> {
    const fetch = { identity_key: identityKey }
    const r = await this.ask(domain, PROXY_FETCH_KEY_PACKAGE, (auth) => qpq.v1.ProxyFetchKeyPackageRequest.encode({ federation_auth: auth, fetch }).finish(), qpq.v1.ProxyFetchKeyPackageResponse)
    return r.result?.package ?? new Uint8Array()
  }

  /** A remote identity's hybrid public key (empty when it stored none). */
  async fetchHybridKey(domain: string, identityKey: Uint8Array): Promise<Uint8Array> {
    const fetch = { identity_key: identityKey }
    const r = await this.ask(domain, PROXY_FETCH_HYBRID_KEY, (auth) => qpq.v1.ProxyFetchHybridKeyRequest.encode({ federation_auth: auth, fetch }).finish(), qpq.v1.ProxyFetchHybridKeyResponse)
    return r.result?.hybrid_public_key ?? new Uint8Array()
  }

  /** One call to a peer, its failure as our client's error. */
  private async ask<Res>(domain: string, methodId: number, request: (auth: qpq.v1.IFederationAuth) => Uint8Array, response: MessageCodec<Res>): Promise<Res> {
    const link = this.peerLink(domain)
    try {
      return await link.call(methodId, request({ origin_domain: this.d.originDomain }), response)
    } catch (err) {
      throw peerFailure(domain, err)
    }
  }

  private peerLink(domain: string): PeerLink {
    if (!this.d.isPeer(domain)) throw new NotFoundError(`${domain} is not a federation peer of this server`)
    return this.d.link(domain)
  }

  /** The leaf binds `name` to the key, and the inclusion proof puts it under the (verified) head. */
  private checkBinding(domain: string, name: string, a: qpq.v1.IResolveUserResponse): void {
    const head = a.tree_head as qpq.v1.ISignedTreeHead
    const leafBytes = a.leaf ?? new Uint8Array()
    const p = a.inclusion_proof
    let why: string | null = null
    try {
      const leaf = decodeLeaf(leafBytes)
      if (leaf.kind !== 'binding' || leaf.username !== name || !Buffer.from(leaf.identity_key).equals(a.identity_key as Uint8Array)) {
        why = `its leaf does not bind ${name} to the key it answered`
      }
    } catch {
      why = 'its leaf is not a KtLeaf'
    }
    if (why === null && (p == null || Number(p.tree_size) !== Number(head.tree_size) ||
        !verifyInclusion(leafHash(leafBytes), Number(p.leaf_index), Number(p.tree_size), p.audit_path ?? [], head.root_hash as Uint8Array))) {
      why = 'its inclusion proof does not lead to the head'
    }
    if (why !== null) throw this.d.auditor.alert(domain, 'bad_proof', `${domain}'s answer for ${name}: ${why}`, undefined, head)
  }
}
