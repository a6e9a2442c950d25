// DeleteAccount (950): deletes the session's account and everything of it in one transaction
// (AccountPurger). The request must name the account's identity key — a guard against a stale or
// mixed-up session deleting the wrong account. Every session of the account ends with it: the
// next call with any of them is answered 2, and the username can be registered again.
import type { qpq } from '../../../proto/qpq.js'
import { ForbiddenError, UnauthorizedError } from '../../../protocol/errors.js'
import type { CallContext } from '../call-context.js'
import { sessionOf } from '../auth/sessions.js'
import { IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import type { HookBus } from '../../../plugins/hooks.js'
import type { AccountPurger } from './purger.js'

export interface AccountDeps {
  purger: AccountPurger
  /** account.deleted (observe), after the deletion committed: plugins drop what they kept of the user. */
  hooks: HookBus
}

type V1 = typeof qpq.v1

export class AccountService {
  constructor(private readonly d: AccountDeps) {}

  deleteAccount = (req: InstanceType<V1['DeleteAccountRequest']>, ctx: CallContext): qpq.v1.DeleteAccountResponse.$Properties => {
    const session = sessionOf(ctx)
    const claimed = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const identityKey = Buffer.from(session.identityKey)
    if (!identityKey.equals(claimed)) throw new ForbiddenError('identity_key is not the identity key of this session\'s account: nothing deleted')
    const deleted = this.d.purger.purge({ id: session.accountId, username: session.username, identityKey })
    if (deleted === null) throw new UnauthorizedError('session unknown, expired or revoked') // deleted meanwhile by another of its sessions
    ctx.log.info({ username: session.username, deleted }, 'account deleted')
    this.d.hooks.observe('account.deleted', { username: session.username, identityKey })
    return { success: true }
  }
}
