// What the SDK's API groups (client/api/*) need of QpqClient: typed calls that carry the session,
// and the logged-in identity. QpqClient implements it; each group gets the client passed in.
import type { MethodName } from '../../proto/methods.js'
import type { RequestOf, ResponseOf } from '../qpq-client.js'

export interface Requester {
  request<N extends MethodName>(name: N, message: RequestOf<N>): Promise<ResponseOf<N>>
  /** The identity key of the last login; null before. */
  readonly identityKey: Uint8Array | null
}

/** The logged-in identity, or a clear error before login. */
export function loggedIn(client: Requester): Uint8Array {
  if (client.identityKey === null) throw new Error('log in first: this call acts for the logged-in identity')
  return client.identityKey
}
