// User resolution (methods 500, 501): username → identity key and identity key → profile, each
// answer backed by the key transparency log (services/kt): the key's binding leaf, its inclusion
// proof under the current signed tree head, and a consistency proof from the head the client
// last verified. A name or key nobody has is answered empty, with the head alone — not an error.
import type { qpq } from '../../../proto/qpq.js'
import { normalizeUsername } from '../../../protocol/username.js'
import { IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import type { KtLog } from '../kt/log.js'

export interface UserDeps {
  /** The identity key of a username. */
  identityOf(username: string): Buffer | undefined
  profileOf(identityKey: Buffer): { username: string; registeredAt: number } | undefined
  kt: Pick<KtLog, 'bindingEvidence' | 'evidence' | 'isRevoked'>
}

type V1 = typeof qpq.v1

export class UserService {
  constructor(private readonly d: UserDeps) {}

  /** An empty username asks for the current head (and consistency proof) alone. */
  resolveUser = async (req: InstanceType<V1['ResolveUserRequest']>): Promise<qpq.v1.ResolveUserResponse.$Properties> => {
    const known = Number(req.known_tree_size)
    const key = req.username === '' ? undefined : this.d.identityOf(normalizeUsername(req.username))
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

