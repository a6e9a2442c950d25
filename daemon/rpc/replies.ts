// Builds the (status, payload) pair of a response frame, including the optional qpq.v1.Error
// payload of a failed call (ruling 4). The one place where errors become wire bytes.
import { qpq } from '../../proto/qpq.js'
import { RpcError, Status } from '../../protocol/errors.js'

export interface Reply { status: number; payload: Uint8Array }

const EMPTY = new Uint8Array(0)

export function okReply(payload: Uint8Array): Reply {
  return { status: Status.Ok, payload }
}

export function errorReply(status: number, message: string, extra: { retryAfterMs?: number; correlationId?: string } = {}): Reply {
  const payload = qpq.v1.Error.encode({ message, retry_after_ms: extra.retryAfterMs ?? 0, correlation_id: extra.correlationId ?? '' }).finish()
  return { status, payload: payload.length > 0 ? payload : EMPTY }
}

export function rpcErrorReply(err: RpcError): Reply {
  return errorReply(err.status, err.message, { retryAfterMs: err.retryAfterMs })
}
