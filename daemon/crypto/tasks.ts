// The CPU-heavy operations of the daemon, as pure functions on strings and bytes. They run on the
// crypto pool's worker threads (pool.ts), or inline when the pool is disabled. Keep every task
// free of daemon state: arguments in, result out.
import * as opaque from '@serenity-kit/opaque'
import { argon2id } from '@noble/hashes/argon2.js'

await opaque.ready

/** OPAQUE messages travel base64url-encoded through @serenity-kit/opaque, raw on the wire. */
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url')
const raw = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64url'))

export function opaqueCreateSetup(_: Record<string, never>): string {
  return opaque.server.createSetup()
}

export function opaqueRegistrationResponse(a: { serverSetup: string; userIdentifier: string; request: Uint8Array }): Uint8Array {
  const { registrationResponse } = opaque.server.createRegistrationResponse({
    serverSetup: a.serverSetup, userIdentifier: a.userIdentifier, registrationRequest: b64(a.request),
  })
  return raw(registrationResponse)
}

/**
 * Starts a login. With `record` null (unknown user) OPAQUE answers with a fake record derived
 * from the server setup, so the response looks the same as for a real account.
 */
export function opaqueStartLogin(a: { serverSetup: string; userIdentifier: string; record: string | null; request: Uint8Array }): { state: string; response: Uint8Array } {
  const { serverLoginState, loginResponse } = opaque.server.startLogin({
    serverSetup: a.serverSetup, userIdentifier: a.userIdentifier, registrationRecord: a.record, startLoginRequest: b64(a.request),
  })
  return { state: serverLoginState, response: raw(loginResponse) }
}

/** Finishes a login; null when the client's finalization does not prove the password. */
export function opaqueFinishLogin(a: { state: string; finalization: Uint8Array }): Uint8Array | null {
  try {
    return raw(opaque.server.finishLogin({ serverLoginState: a.state, finishLoginRequest: b64(a.finalization) }).sessionKey)
  } catch {
    return null
  }
}

export function argon2idHash(a: { password: Uint8Array; salt: Uint8Array; m: number; t: number; p: number; dkLen: number }): Uint8Array {
  return argon2id(a.password, a.salt, { m: a.m, t: a.t, p: a.p, dkLen: a.dkLen })
}
