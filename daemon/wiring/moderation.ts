// The moderation domain: reports, server-wide and channel bans. A server-wide ban refuses logins
// through the auth.login hook point, registered ahead of every plugin.
import type { Config } from '../config/config.js'
import type { HookBus } from '../../plugins/hooks.js'
import type { ChannelService } from '../services/channels/handler.js'
import { ModerationService } from '../services/moderation/handler.js'
import type { AccountsDomain } from './accounts.js'
import type { Stores } from './storage.js'

export function moderationDomain(config: Config, c: { stores: Stores; accounts: AccountsDomain; channels: ChannelService; hooks: HookBus }): ModerationService {
  const { stores } = c
  const moderation = new ModerationService({
    store: stores.moderation, admins: config.admins,
    accountIdOf: (key) => stores.accounts.accountIdOf(key),
    endSessions: (accountId) => c.accounts.sessions.endAccount(accountId),
    channelAdmin: (channel, key) => (stores.channels.channel(channel) === undefined ? undefined : stores.channels.membership(channel, key)?.admin === true),
    expel: (channel, key, actor) => c.channels.expel(channel, key, actor),
  })
  c.hooks.register('auth.login', moderation.loginVeto, Number.MAX_SAFE_INTEGER)
  c.accounts.purger.register('reports filed', (a) => stores.moderation.purgeReporter(a.identityKey))
  return moderation
}
