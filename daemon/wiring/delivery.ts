// The delivery domain: durable queues with group commit, long polls, NewMessage pushes and
// delivery proofs, gated by channel membership. It drops a deleted account's queues and ends the
// long polls of ended sessions. Messages for identities that are no accounts here go to the
// forwarders (federation, then mesh).
import type { Config } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { HookBus } from '../../plugins/hooks.js'
import { qpq } from '../../proto/qpq.js'
import { PushEvent } from '../../protocol/push.js'
import type { PushHub } from '../rpc/push-hub.js'
import { channelGate } from '../services/channels/gate.js'
import { DEFAULT_DELIVERY_LIMITS, DeliveryService } from '../services/delivery/handler.js'
import { Waiters } from '../services/delivery/waiters.js'
import type { Forwarder } from '../services/delivery/forwarding.js'
import type { CommitBatcher } from '../storage/commit-batcher.js'
import type { AccountsDomain } from './accounts.js'
import type { CryptoDomain } from './crypto.js'
import type { Stores } from './storage.js'

export function deliveryDomain(config: Config, c: {
  stores: Stores; batcher: CommitBatcher; crypto: CryptoDomain; accounts: AccountsDomain; push: PushHub; hooks: HookBus; metrics: Metrics; log: Logger
  /** In the order they are asked; `localDomain`: this server's federation domain (null when federation is off). */
  forwarders: readonly Forwarder[]; localDomain: string | null
}): DeliveryService {
  const { stores, metrics, push } = c
  const delivery = new DeliveryService({
    store: stores.delivery,
    batcher: c.batcher,
    waiters: new Waiters(),
    limits: { ...DEFAULT_DELIVERY_LIMITS, maxPayloadBytes: config.delivery.maxMessageBytes, maxQueueDepth: config.delivery.maxQueueDepth, defaultTtlSecs: config.delivery.defaultTtlSecs },
    recipientExists: (key) => stores.accounts.identityExists(key),
    accepted: (sender, recipients) => stores.contacts.accept(sender, recipients),
    forwarders: c.forwarders, localDomain: c.localDomain,
    mayEnqueue: channelGate(stores.channels),
    prove: (facts) => c.crypto.proofSigner.prove(facts),
    hooks: c.hooks,
    log: c.log.child({ component: 'delivery' }),
    delivered: (m) => { push.pushToIdentity(m.recipient_key as Uint8Array, PushEvent.NewMessage, qpq.v1.NewMessage.encode(m).finish()) },
    counters: {
      enqueue: (bytes) => { metrics.service.enqueue.inc(); metrics.service.enqueueBytes.inc(bytes) },
      fetch: () => metrics.service.fetch.inc(),
      fetchWait: () => metrics.service.fetchWait.inc(),
    },
  })
  c.accounts.purger.register('delivery queues', (a) => stores.delivery.purgeRecipient(a.identityKey))
  c.accounts.sessions.onEnded((accountId, device, identity) => {
    delivery.sessionsEnded(accountId, device)
    push.detachSessions(identity, device)
  })
  metrics.watchQueueDepth(() => stores.delivery.totalDepth())
  return delivery
}
