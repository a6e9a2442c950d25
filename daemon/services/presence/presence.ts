// Presence (push 1002): when a user's first live connection appears or its last one goes, the
// users sharing a channel with it (its contacts) who are connected get a Presence event; a user
// coming online also gets one for each of its contacts already online, so it starts with the
// current picture. Presence lives in memory only: nothing about who was online is stored.
// Off with `presence = false` (then the server tells nobody who is connected).
import { qpq } from '../../../proto/qpq.js'
import { PushEvent } from '../../../protocol/push.js'

export interface PresenceDeps {
  /** Everyone sharing a channel with this identity. */
  contactsOf(identityKey: Buffer): Buffer[]
  isOnline(identityKey: Uint8Array): boolean
  push(to: Uint8Array, eventType: number, payload: Uint8Array): number
  now?: () => number
}

export class PresenceService {
  private readonly now: () => number

  constructor(private readonly d: PresenceDeps) {
    this.now = d.now ?? Date.now
  }

  /** The push hub saw an identity's first connection attach (online) or its last one detach. */
  changed = (identityKey: Buffer, online: boolean): void => {
    const now = this.now()
    const event = qpq.v1.Presence.encode({ identity_key: identityKey, online, last_seen_ms: now }).finish()
    for (const contact of this.d.contactsOf(identityKey)) {
      if (!this.d.isOnline(contact)) continue
      this.d.push(contact, PushEvent.Presence, event)
      if (online) this.d.push(identityKey, PushEvent.Presence, qpq.v1.Presence.encode({ identity_key: contact, online: true, last_seen_ms: now }).finish())
    }
  }
}
