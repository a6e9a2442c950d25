// Messages for identities that are not accounts here: the delivery service hands them to a
// forwarder — the federation relay (a user of another domain) or the LAN mesh — which queues
// them durably in the same transaction as any local messages of the call, so an Ok means
// "stored here" or "queued to be carried", never "lost on a crash". Forwarders are plain
// objects the wiring passes in: this module imports neither federation/ nor mesh/.
import type { NewMessage } from './store.js'

/** What a forwarder answers for each message it queued. */
export interface ForwardResult {
  /** The message's place in the forwarder's queue (EnqueueResponse.seq for a forwarded message). */
  seq: number
  duplicate: boolean
  /** False for a duplicate whose first bytes the forwarder no longer holds: no proof can vouch for them (default true). */
  proven?: boolean
}

export interface Forwarder {
  /**
   * Where this forwarder would carry a message for `recipient` (with the domain the client named,
   * if any): "federation:<domain>" or "mesh" — the EnqueueResponse.forwarded_via of it — or null
   * when it does not carry it.
   */
  routeOf(recipient: Buffer, domain: string | null): string | null
  /**
   * Queues messages for one route inside the caller's transaction (synchronous). Throws a typed
   * error (protocol/errors.ts) to refuse; `committed` runs once the transaction has committed
   * (start sending, wake workers).
   */
  queue(route: string, messages: readonly NewMessage[], sender: Uint8Array | null): { results: ForwardResult[]; committed(): void }
}
