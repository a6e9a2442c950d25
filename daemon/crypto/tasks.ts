// The CPU-heavy operations of the daemon, as pure functions on strings and bytes. They run on the
// crypto pool's worker threads (pool.ts), or inline when the pool is disabled. Keep every task
// free of daemon state: arguments in, result out. A client's OPAQUE message that does not
// deserialize is a result (null), not a throw: the caller answers 1, and a throw stays what it
// is — a fault of the server (10).
import * as opaque from '@serenity-kit/opaque'
import { ristretto255 } from '@noble/curves/ed25519.js'

await opaque.ready

/** OPAQUE messages travel base64url-encoded through @serenity-kit/opaque, raw on the wire. */
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url')
const raw = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64url'))

/** @serenity-kit/opaque names what it could not read: `opaque protocol error at "deserialize <name>"; …`. */
function undecodable(err: unknown, name: string): boolean {
  return err instanceof Error && err.message.includes(`"deserialize ${name}"`)
}

export function opaqueCreateSetup(_: Record<string, never>): string {
  return opaque.server.createSetup()
}

/** The RegistrationResponse; null when `request` is not a RegistrationRequest. */
export function opaqueRegistrationResponse(a: { serverSetup: string; userIdentifier: string; request: Uint8Array }): Uint8Array | null {
  try {
    const { registrationResponse } = opaque.server.createRegistrationResponse({
      serverSetup: a.serverSetup, userIdentifier: a.userIdentifier, registrationRequest: b64(a.request),
    })
    return raw(registrationResponse)
  } catch (err) {
    if (undecodable(err, 'registrationRequest')) return null
    throw err
  }
}

/**
 * Whether a registration record (RegistrationUpload: client public key 32 | masking key 64 |
 * envelope 96) will deserialize at login: opaque-ke reads the client public key as a
 * Ristretto255 element other than the identity; the rest is opaque bytes to the server.
 */
export function opaqueRecordReadable(a: { record: Uint8Array }): boolean {
  try {
    return !ristretto255.Point.fromBytes(a.record.subarray(0, 32)).is0()
  } catch {
    return false
  }
}

/**
 * Starts a login. With `record` null (unknown user) OPAQUE answers with a fake record derived
 * from the server setup, so the response looks the same as for a real account. Null when
 * `request` is not a login request (KE1).
 */
export function opaqueStartLogin(a: { serverSetup: string; userIdentifier: string; record: string | null; request: Uint8Array }): { state: string; response: Uint8Array } | null {
  try {
    const { serverLoginState, loginResponse } = opaque.server.startLogin({
      serverSetup: a.serverSetup, userIdentifier: a.userIdentifier, registrationRecord: a.record, startLoginRequest: b64(a.request),
    })
    return { state: serverLoginState, response: raw(loginResponse) }
  } catch (err) {
    if (undecodable(err, 'startLoginRequest')) return null
    throw err
  }
}

/**
 * Finishes a login: the session key; null when the finalization does not prove the password;
 * 'malformed' when it is not a finalization (KE3) at all.
 */
export function opaqueFinishLogin(a: { state: string; finalization: Uint8Array }): Uint8Array | null | 'malformed' {
  try {
    return raw(opaque.server.finishLogin({ serverLoginState: a.state, finishLoginRequest: b64(a.finalization) }).sessionKey)
  } catch (err) {
    return undecodable(err, 'finishLoginRequest') ? 'malformed' : null
  }
}
