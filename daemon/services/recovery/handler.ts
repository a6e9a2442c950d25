// Recovery bundles (methods 750–752): opaque encrypted bundles the client makes from its recovery
// codes, stored per account under SHA-256(recovery token); the server never sees a token before a
// fetch, nor any plaintext. An account holds at most 8 bundles (one per recovery code) of at most
// 64 KiB each. Fetching needs a fresh login (OPAQUE re-authentication): a session whose login
// finished less than 5 minutes ago. Bundles are only ever looked up among the caller's own, so
// another account's bundle is answered exactly like one that does not exist.
import { createHash } from 'node:crypto'
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError, ForbiddenError } from '../../../protocol/errors.js'
import type { CallContext } from '../call-context.js'
import { sessionOf, type SessionService } from '../auth/sessions.js'
import type { RecoveryStore } from './store.js'

/** One bundle per recovery code (spec: 8 recovery codes). */
export const MAX_BUNDLES = 8
export const MAX_BUNDLE_BYTES = 64 * 1024
/** FetchRecoveryBundle needs a session created by a login at most this long ago. */
export const FRESH_LOGIN_MS = 5 * 60_000
const HASH_BYTES = 32
const TOKEN_MIN_BYTES = 16
const TOKEN_MAX_BYTES = 64

export interface RecoveryDeps {
  store: RecoveryStore
  sessions: SessionService
  now?: () => number
}

type V1 = typeof qpq.v1

function tokenHash(bytes: Uint8Array): Buffer {
  if (bytes.length !== HASH_BYTES) throw new BadRequestError(`token_hash must be the ${HASH_BYTES}-byte SHA-256 of the recovery token, got ${bytes.length} bytes`)
  return Buffer.from(bytes)
}

export class RecoveryService {
  private readonly now: () => number

  constructor(private readonly d: RecoveryDeps) {
    this.now = d.now ?? Date.now
  }

  storeBundle = (req: InstanceType<V1['StoreRecoveryBundleRequest']>, ctx: CallContext): qpq.v1.StoreRecoveryBundleResponse.$Properties => {
    const session = sessionOf(ctx)
    const hash = tokenHash(req.token_hash)
    if (req.bundle.length === 0) throw new BadRequestError('bundle is empty')
    if (req.bundle.length > MAX_BUNDLE_BYTES) throw new BadRequestError(`bundle is ${req.bundle.length} bytes; at most ${MAX_BUNDLE_BYTES} (64 KiB)`)
    const count = this.d.store.put(session.accountId, hash, Buffer.from(req.bundle), this.now(), MAX_BUNDLES)
    if (count === null) throw new ForbiddenError(`this account already holds ${MAX_BUNDLES} recovery bundles, the limit: delete one (DeleteRecoveryBundle, 752) first`)
    return { success: true, bundle_count: count }
  }

  fetchBundle = (req: InstanceType<V1['FetchRecoveryBundleRequest']>, ctx: CallContext): qpq.v1.FetchRecoveryBundleResponse.$Properties => {
    const session = sessionOf(ctx)
    const token = req.recovery_token
    if (token.length < TOKEN_MIN_BYTES || token.length > TOKEN_MAX_BYTES) throw new BadRequestError(`recovery_token must be ${TOKEN_MIN_BYTES} to ${TOKEN_MAX_BYTES} bytes, got ${token.length}`)
    const loggedInAt = this.d.sessions.createdAt(session)
    if (loggedInAt === null || this.now() - loggedInAt > FRESH_LOGIN_MS) {
      throw new ForbiddenError(`fetching a recovery bundle needs a fresh login: log in again (OpaqueLoginStart/Finish, 102-103) and fetch within ${FRESH_LOGIN_MS / 60_000} minutes`)
    }
    const bundle = this.d.store.bundle(session.accountId, createHash('sha256').update(token).digest())
    return { bundle: bundle ?? new Uint8Array() }
  }

  deleteBundle = (req: InstanceType<V1['DeleteRecoveryBundleRequest']>, ctx: CallContext): qpq.v1.DeleteRecoveryBundleResponse.$Properties => {
    const session = sessionOf(ctx)
    const hash = req.token_hash.length === 0 ? null : tokenHash(req.token_hash)
    return { deleted: this.d.store.delete(session.accountId, hash) }
  }
}
