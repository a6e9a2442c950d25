// User resolution (methods 500, 501): username → identity key and identity key → profile, each
// answer backed by the key transparency log (services/kt): the key's binding leaf, its inclusion
// proof under the current signed tree head, and a consistency proof from the head the client
// last verified. A name or key nobody has is answered empty, with the head alone — not an error.
// `name@domain` of a federation peer is answered by that domain, through the relay (`remote`):
// its KT evidence is the peer's, verified by this server against the peer's heads.
import type { qpq } from '../../../proto/qpq.js'
import { NotFoundError } from '../../../protocol/errors.js'
import { parseUserAddress } from '../../../protocol/domain.js'
import { IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import type { KtLog } from '../kt/log.js'

export interface UserDeps {
  /** The identity key of a username. */
  identityOf(username: string): Buffer | undefined
  profileOf(identityKey: Buffer): { username: string; registeredAt: number } | undefined
  kt: Pick<KtLog, 'bindingEvidence' | 'evidence' | 'isRevoked'>
  /** Users of other domains (the federation relay); absent when federation is off. */
  remote?: RemoteUsers | null
}

export interface RemoteUsers {
  /** This server's own federation domain. */
  domain: string
  isPeer(domain: string): boolean
  /** The peer's answer, its KT evidence verified here, with this server's alerts about that peer's log. */
  resolveUser(name: string, domain: string): Promise<qpq.v1.IResolveUserResponse>
}

type V1 = typeof qpq.v1

export class UserService {
  constructor(private readonly d: UserDeps) {}

  /**
   * An empty username asks for the current head (and consistency proof) alone. `name@domain`:
   * our own domain is a local user; a peer's user is asked of the peer (its answer's consistency
   * proof starts at the head this server last verified of that peer, not at known_tree_size);
   * any other domain is answered 4.
   */
  resolveUser = async (req: InstanceType<V1['ResolveUserRequest']>): Promise<qpq.v1.ResolveUserResponse.$Properties> => {
    const known = Number(req.known_tree_size)
    const address = req.username === '' ? null : parseUserAddress(req.username)
    if (address !== null && address.domain !== null && address.domain !== this.d.remote?.domain) {
      const { remote } = this.d
      if (remote == null) throw new NotFoundError(`${req.username} is a user of another server: federation is not enabled on this server`)
      if (!remote.isPeer(address.domain)) throw new NotFoundError(`${address.domain} is not a federation peer of this server`)
      return await remote.resolveUser(address.name, address.domain)
    }
    const key = address === null ? undefined : this.d.identityOf(address.name)
    if (key === undefined) return await this.d.kt.evidence(undefined, known)
    return { identity_key: key, ...await this.d.kt.bindingEvidence(key, known) }
  }

  resolveIdentity = async (req: InstanceType<V1['ResolveIdentityRequest']>): Promise<qpq.v1.ResolveIdentityResponse.$Properties> => {
    const key = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const known = Number(req.known_tree_size)
    const profile = this.d.profileOf(key)
    if (profile === undefined) return await this.d.kt.evidence(undefined, known)
    return {
      username: profile.username, registered_at_ms: profile.registeredAt, revoked: this.d.kt.isRevoked(key),
      ...await this.d.kt.bindingEvidence(key, known),
    }
  }
}

