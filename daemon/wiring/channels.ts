// The channels domain: direct and group channels, whose members may be users of federation peers
// (RotateKeys fans commits out through delivery, which forwards theirs),
// channel bans from moderation's store, and presence pushes to the people one shares a channel with.
import type { Config } from '../config/config.js'
import type { HookBus } from '../../plugins/hooks.js'
import type { PushHub } from '../rpc/push-hub.js'
import { ChannelService } from '../services/channels/handler.js'
import type { DeliveryService } from '../services/delivery/handler.js'
import { PresenceService } from '../services/presence/presence.js'
import type { AccountsDomain } from './accounts.js'
import type { FederationRoutes } from './federation.js'
import type { Stores } from './storage.js'

export function channelsDomain(config: Config, c: {
  stores: Stores; delivery: DeliveryService; accounts: AccountsDomain; push: PushHub; hooks: HookBus; federation: FederationRoutes | null
}): ChannelService {
  const { stores, push, federation: f } = c
  const pushTo = (to: Uint8Array, event: number, payload: Uint8Array): number => push.pushToIdentity(to, event, payload)
  const channels = new ChannelService({
    store: stores.channels, accountExists: (key) => stores.accounts.identityExists(key), deposit: (build) => c.delivery.deposit(build),
    ...(f !== null && { isRemoteUser: (key: Buffer) => f.domainOfKey(key) !== null }),
    push: pushTo, hooks: c.hooks, ttlSecs: config.delivery.defaultTtlSecs,
    isBanned: (channel, key) => stores.moderation.banOn(key, channel, Date.now()) !== undefined,
    accepted: (owner, contacts) => stores.contacts.accept(owner, contacts),
  })
  c.accounts.purger.register('channel memberships', (a) => channels.purgeMember(a.identityKey))
  if (config.presence) {
    const presence = new PresenceService({ contactsOf: (key) => stores.channels.contactsOf(key), isOnline: (key) => push.isOnline(key), push: pushTo })
    push.onPresence(presence.changed)
  }
  return channels
}
