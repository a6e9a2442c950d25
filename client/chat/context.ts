// What the chat layer's steps share: the connection, the identity, and the client's choices.
import type { QpqClient } from '../qpq-client.js'
import type { Identity } from '../state/model.js'

export interface ChatContext {
  client: QpqClient
  identity: Identity
  /** Seal every payload in the hybrid (X25519 + ML-KEM-768) envelope to each recipient. */
  pq: boolean
  /** Keep `target` KeyPackages on the server; top up when one was used and fewer than that remain. */
  keyPackageTarget: number
  /** The server's federation domain (asked once, from Health): its users are name@<it> elsewhere; null without federation. */
  homeDomain(): Promise<string | null>
}
