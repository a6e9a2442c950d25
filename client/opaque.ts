// The client side of OPAQUE (opaque-ke's suite, via @serenity-kit/opaque): the password never
// leaves this process. Raw OPAQUE messages go on the wire; the library speaks base64url.
import * as opaque from '@serenity-kit/opaque'

/** Argon2id cost of the password stretch; must be the same at registration and every login. */
export type KeyStretching = 'memory-constrained' | 'rfc-draft-recommended' | { 'argon2id-custom': { iterations: number; memory: number; parallelism: number } }

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url')
const raw = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64url'))

export async function startRegistration(password: string): Promise<{ state: string; request: Uint8Array }> {
  await opaque.ready
  const r = opaque.client.startRegistration({ password })
  return { state: r.clientRegistrationState, request: raw(r.registrationRequest) }
}

export function finishRegistration(state: string, response: Uint8Array, password: string, keyStretching: KeyStretching): Uint8Array {
  const r = opaque.client.finishRegistration({ clientRegistrationState: state, registrationResponse: b64(response), password, keyStretching })
  return raw(r.registrationRecord)
}

export async function startLogin(password: string): Promise<{ state: string; request: Uint8Array }> {
  await opaque.ready
  const r = opaque.client.startLogin({ password })
  return { state: r.clientLoginState, request: raw(r.startLoginRequest) }
}

/** The finalization to send, or null when the server's answer does not match the password (or the user is unknown). */
export function finishLogin(state: string, response: Uint8Array, password: string, keyStretching: KeyStretching): Uint8Array | null {
  const r = opaque.client.finishLogin({ clientLoginState: state, loginResponse: b64(response), password, keyStretching })
  return r === undefined ? null : raw(r.finishLoginRequest)
}
