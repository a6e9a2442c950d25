// The admin protocol qpqctl speaks to the daemon over its Unix socket (docs/admin.md): one JSON
// object per line each way, every one carrying the protocol version. A request names a command
// and its arguments and carries the token from the token file; the answer has the request's id
// and either a result or an error with a stable code. Shared by the server and the client.

/** Bumped only for a change an older peer would misread; a server answers every version it knows. */
export const ADMIN_PROTOCOL_VERSION = 1
export const SUPPORTED_VERSIONS: readonly number[] = [1]

/** A request line longer than this is refused (and the connection closed): nothing is buffered past it. */
export const MAX_LINE_BYTES = 64 * 1024
/** Requests one connection may have waiting (they run one at a time); more close the connection. */
export const MAX_QUEUED_REQUESTS = 64

export type RequestId = number | string

export interface AdminRequest {
  v: number
  id: RequestId
  /** 64 hex digits: the content of the token file. */
  token: string
  cmd: string
  args: Record<string, unknown>
}

/**
 * Stable error codes. usage: the arguments are wrong (qpqctl exits 2); unavailable: the feature
 * is off on this daemon; the rest exit 1.
 */
export type AdminErrorCode =
  | 'bad-request' // not JSON, not an object, a field missing or of the wrong type
  | 'unsupported-version'
  | 'too-large'
  | 'unauthorized'
  | 'unknown-command'
  | 'usage'
  | 'not-found'
  | 'exists'
  | 'unavailable'
  | 'failed'
  | 'internal'

export interface AdminErrorBody { code: AdminErrorCode; message: string }

export type AdminResponse =
  | { v: number; id: RequestId | null; ok: true; result: unknown }
  | { v: number; id: RequestId | null; ok: false; error: AdminErrorBody }

/** A refusal a command throws; its code and message go back to the caller as they are. */
export class AdminError extends Error {
  override name = 'AdminError'
  constructor(readonly code: AdminErrorCode, message: string) {
    super(message)
  }
}

/** Reads one request line; an AdminError says what is wrong with it (the id, when it could be read, rides along). */
export function parseRequest(line: string): AdminRequest | { error: AdminError; id: RequestId | null } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: new AdminError('bad-request', 'the request is not JSON (one JSON object per line)'), id: null }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: new AdminError('bad-request', 'the request is not a JSON object'), id: null }
  const r = value as Record<string, unknown>
  const id = typeof r.id === 'number' || typeof r.id === 'string' ? r.id : null
  const bad = (message: string): { error: AdminError; id: RequestId | null } => ({ error: new AdminError('bad-request', message), id })
  if (typeof r.v !== 'number') return bad('the request has no protocol version "v"')
  if (!SUPPORTED_VERSIONS.includes(r.v)) return { error: new AdminError('unsupported-version', `protocol version ${String(r.v)} is not supported (this daemon speaks ${SUPPORTED_VERSIONS.join(', ')})`), id }
  if (id === null) return bad('the request has no "id" (a number or a string)')
  if (typeof r.token !== 'string') return bad('the request has no "token"')
  if (typeof r.cmd !== 'string' || r.cmd === '') return bad('the request has no "cmd"')
  const args = r.args ?? {}
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return bad('"args" is not a JSON object')
  return { v: r.v, id, token: r.token, cmd: r.cmd, args: args as Record<string, unknown> }
}

export function answer(id: RequestId | null, result: unknown): string {
  return `${JSON.stringify({ v: ADMIN_PROTOCOL_VERSION, id, ok: true, result })}\n`
}

export function refusal(id: RequestId | null, err: AdminError): string {
  return `${JSON.stringify({ v: ADMIN_PROTOCOL_VERSION, id, ok: false, error: { code: err.code, message: err.message } })}\n`
}
