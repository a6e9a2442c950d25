// The SDK's user resolution (methods 500, 501): `client.users.*`. Every answer is verified through
// the key transparency log before it is returned (client.kt.verified: the signed head, its
// consistency with the last verified head, the leaf's inclusion), and the leaf must bind exactly
// the username and key the answer claims — so a server cannot hand out a key it has not logged.
// A user of another domain (name@domain) is resolved through the home server's federation relay
// and checked against that domain's log (peer-logs.ts).
import { parseUserAddress } from '../../protocol/domain.js'
import { decodeLeaf } from '../../protocol/kt/leaf.js'
import { KtVerificationError, type KtApi } from './kt.js'
import type { PeerLogs } from './peer-logs.js'
import type { Requester } from './requester.js'
import { sameBytes } from '../mls/suite.js'

export interface Profile { username: string; registeredAt: number; revoked: boolean }

/** The answer's leaf must be a binding of this username to this key. */
function checkBinding(leaf: Uint8Array, username: string, identityKey: Uint8Array): void {
  const l = decodeLeaf(leaf)
  if (l.kind !== 'binding' || l.username !== username || !sameBytes(l.identity_key, identityKey)) {
    throw new KtVerificationError(`the server's answer for ${username} is not backed by a logged binding`)
  }
}

export class UsersApi {
  constructor(private readonly client: Requester, private readonly kt: KtApi, private readonly peers: PeerLogs) {}

  /**
   * The identity key of a username, or of `name@domain` of another domain (null when nobody has
   * it), verified against the KT log — for name@domain that domain's log, as the server relays it.
   * A server without federation answers name@domain with NotFound (4) or, before federation
   * existed, BadRequest (1); FetchPeerTreeHeads (kt.peers.heads) tells which domains it reaches.
   */
  async resolve(username: string): Promise<Uint8Array | null> {
    const { name, domain } = parseUserAddress(username)
    if (domain !== null) {
      const r = await this.peers.verified(domain, (known) => this.client.request('ResolveUser', { username: `${name}@${domain}`, known_tree_size: known }))
      if (r.identity_key.length === 0) return null
      checkBinding(r.leaf, name, r.identity_key)
      return r.identity_key
    }
    const r = await this.kt.verified((known) => this.client.request('ResolveUser', { username, known_tree_size: known }))
    if (r.identity_key.length === 0) return null
    checkBinding(r.leaf, username, r.identity_key)
    return r.identity_key
  }

  /** The profile of an identity key (null when unknown), verified against the KT log. */
  async profile(identityKey: Uint8Array): Promise<Profile | null> {
    const r = await this.kt.verified((known) => this.client.request('ResolveIdentity', { identity_key: identityKey, known_tree_size: known }))
    if (r.username === '') return null
    checkBinding(r.leaf, r.username, identityKey)
    return { username: r.username, registeredAt: Number(r.registered_at_ms), revoked: r.revoked }
  }
}
