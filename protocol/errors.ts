// The one table of typed errors and the wire status each maps to (spec part-05 §2.5), shared by
// both ends: services throw these and the dispatcher turns them into a response frame with an
// optional `qpq.v1.Error` payload (ruling 4); the SDK names statuses with the same table.
// Neutral: no transport, no protobuf in here.

export const Status = {
  Ok: 0,
  BadRequest: 1,
  Unauthorized: 2,
  Forbidden: 3,
  NotFound: 4,
  RateLimited: 5,
  DeadlineExceeded: 8,
  Unavailable: 9,
  Internal: 10,
  UnknownMethod: 11,
} as const
export type Status = (typeof Status)[keyof typeof Status]

const STATUS_NAMES = new Map<number, string>(Object.entries(Status).map(([k, v]) => [v, k]))

/** Name of a status code for logs and messages; unknown codes (6, 7, >11) stay numeric. */
export function statusName(code: number): string {
  return STATUS_NAMES.get(code) ?? `Status${code}`
}

export class RpcError extends Error {
  constructor(readonly status: Exclude<Status, 0>, message: string, readonly retryAfterMs = 0) {
    super(message)
    this.name = `RpcError(${statusName(status)})`
  }
}

export class BadRequestError extends RpcError {
  constructor(message: string) { super(Status.BadRequest, message) }
}
export class UnauthorizedError extends RpcError {
  constructor(message = 'missing or invalid session') { super(Status.Unauthorized, message) }
}
export class ForbiddenError extends RpcError {
  constructor(message = 'not allowed') { super(Status.Forbidden, message) }
}
export class NotFoundError extends RpcError {
  constructor(message: string) { super(Status.NotFound, message) }
}
export class RateLimitedError extends RpcError {
  constructor(retryAfterMs: number, message = 'rate limit exceeded') { super(Status.RateLimited, message, retryAfterMs) }
}
export class DeadlineExceededError extends RpcError {
  constructor(message = 'deadline exceeded') { super(Status.DeadlineExceeded, message) }
}
export class UnavailableError extends RpcError {
  constructor(message: string) { super(Status.Unavailable, message) }
}
export class UnknownMethodError extends RpcError {
  constructor(methodId: number) { super(Status.UnknownMethod, `unknown method ${methodId}`) }
}
