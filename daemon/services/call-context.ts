// What a service handler knows about a call, whichever transport carried it (client QUIC,
// federation, a later bridge): who is calling, on which link, until when, and how to log it.
// Services import this, never daemon/rpc/: the same handlers serve every transport.
import type { Logger } from '../observability/logger.js'

/** Who is calling: the session a token resolved to (accounts and tokens: services/auth). */
export interface Session {
  /** The account's row id (storage-internal; never sent to clients). */
  readonly accountId: number
  readonly username: string
  /** The 32-byte Ed25519 identity key the account was registered with. */
  readonly identityKey: Uint8Array
  readonly deviceId: Uint8Array | null
}

/** Turns a bearer token (and optional device id) into a live session, or null when it is unknown, expired or revoked. */
export interface SessionResolver {
  resolve(token: Uint8Array, deviceId: Uint8Array | null): Session | null | Promise<Session | null>
}

export interface CallContext {
  /** Identifies this call in the logs; returned to the client with status 10. */
  readonly correlationId: string
  /**
   * The link the call came on (an opaque number, unique while the daemon runs): what login
   * state and push routing key on.
   */
  readonly connectionId: number
  /** The caller's network address (rate limits, plugin hooks, logs). */
  readonly remoteAddress: string
  /** Epoch ms after which the answer is DeadlineExceeded. */
  readonly deadlineAt: number
  /** Aborted when the caller's link goes away or the server starts draining: long polls stop waiting. */
  readonly signal: AbortSignal
  readonly log: Logger
  /** The caller's session; always set for methods that need one (the transport checked it). */
  readonly session: Session | null
  /** Binds a session token to this link, so later calls on it need no Auth field (ruling 6). */
  bindSession(token: Uint8Array, deviceId: Uint8Array | null): void
}
