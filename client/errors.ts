// Errors a QpqClient call rejects with: the server's status code, its name and the server's
// Error payload (message, retry hint, correlation id of its log line).
import { Status, statusName } from '../protocol/errors.js'
import { qpq } from '../proto/qpq.js'

export { Status, statusName } from '../protocol/errors.js'
export { CallTimeoutError, ConnectionClosedError } from '../protocol/rpc-connection.js'
export { ConnectError, type ConnectFailure } from '../protocol/quic/connect-error.js'

export class QpqError extends Error {
  override name = 'QpqError'
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs = 0,
    readonly correlationId = '',
  ) {
    super(`${statusName(status)} (${status}): ${message}`)
  }

  /** Builds the error from a non-zero response, decoding its optional qpq.v1.Error payload. */
  static fromResponse(status: number, payload: Uint8Array): QpqError {
    if (payload.length > 0) {
      try {
        const e = qpq.v1.Error.decode(payload)
        return new QpqError(status, e.message || 'no reason given', e.retry_after_ms, e.correlation_id)
      } catch {
        // not an Error message: fall through
      }
    }
    return new QpqError(status, 'no reason given')
  }
}

/**
 * Registration refused because the username or the identity key already has an account (the
 * server does not say which, as the original does not). A client that made a fresh identity key
 * knows it is the name.
 */
export class AlreadyRegisteredError extends QpqError {
  override name = 'AlreadyRegisteredError'
  constructor(readonly username: string) {
    super(Status.BadRequest, `username ${username} or this identity key is already registered`)
  }
}
