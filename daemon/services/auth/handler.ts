// OPAQUE registration and login (methods 100–103). The OPAQUE work runs on the crypto pool.
// An unknown user and a wrong password look the same: OPAQUE answers unknown users from a fake
// record, every failure is the same status and message, and every answer takes at least 5 ms
// (the original's floor), so accounts cannot be enumerated through this service. A message that
// is not the OPAQUE message it should be is answered 1 whoever it names: a client's error.
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError, UnauthorizedError } from '../../../protocol/errors.js'
import { vetoCheck } from '../veto.js'
import type { CryptoPool } from '../../crypto/pool.js'
import type { CallContext } from '../call-context.js'
import type { PendingLogin, PendingStarts } from './login-states.js'
import { addressKey } from '../../../protocol/address.js'
import type { SessionService } from './sessions.js'
import type { AccountStore } from './store.js'
import { normalizeUsername } from '../../../protocol/username.js'
import { IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import type { HookBus } from '../../../plugins/hooks.js'

/** The original's minimum duration of every auth answer. */
const FLOOR_MS = 5
/** opaque-ke's RegistrationUpload: client public key 32 | masking key 64 | envelope 96. */
const RECORD_BYTES = 192

export interface AuthDeps {
  store: AccountStore
  pool: CryptoPool
  sessions: SessionService
  logins: PendingStarts<PendingLogin>
  /** Registrations started (a finish needs its start, on the same connection). */
  registrations: PendingStarts<true>
  /** The OPAQUE server setup (long-term key), from the database. */
  serverSetup: string
  onLogin(success: boolean): void
  /** Plugin hook points: auth.login (veto, once the password is verified), user.registered (observe). */
  hooks: HookBus
  /** Runs in the transaction that creates an account (the key transparency binding): a throw undoes the registration. */
  registered(username: string, identityKey: Buffer, createdAt: number): void
}

type V1 = typeof qpq.v1

async function floor<T>(work: () => Promise<T>): Promise<T> {
  const until = performance.now() + FLOOR_MS
  try {
    return await work()
  } finally {
    const left = until - performance.now()
    if (left > 0) await new Promise((r) => setTimeout(r, left))
  }
}

const LOGIN_FAILED = 'login failed'

export class AuthService {
  constructor(private readonly d: AuthDeps) {}

  registerStart = (req: InstanceType<V1['OpaqueRegisterStartRequest']>, ctx: CallContext): Promise<qpq.v1.OpaqueRegisterStartResponse.$Properties> => floor(async () => {
    const username = normalizeUsername(req.username)
    const response = await this.d.pool.run('opaqueRegistrationResponse', { serverSetup: this.d.serverSetup, userIdentifier: username, request: req.request })
    if (response === null) throw new BadRequestError('request is not an OPAQUE registration request')
    this.d.registrations.put(ctx.connectionId, username, addressKey(ctx.remoteAddress), true)
    return { response }
  })

  registerFinish = (req: InstanceType<V1['OpaqueRegisterFinishRequest']>, ctx: CallContext): Promise<qpq.v1.OpaqueRegisterFinishResponse.$Properties> => floor(async () => {
    const username = normalizeUsername(req.username)
    const key = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    if (req.upload.length !== RECORD_BYTES) throw new BadRequestError(`upload must be an OPAQUE registration record of ${RECORD_BYTES} bytes`)
    // a record the server's own OPAQUE exchange did not start would make an account nobody can log in to
    if (this.d.registrations.take(ctx.connectionId, username) === null) {
      throw new BadRequestError(`no registration of ${username} was started on this connection in the last minute: send OpaqueRegisterStart (100) first`)
    }
    if (!(await this.d.pool.run('opaqueRecordReadable', { record: req.upload }))) {
      throw new BadRequestError('upload is not an OPAQUE registration record: its client public key is not a Ristretto255 element')
    }
    const now = Date.now()
    const created = this.d.store.createAccount(username, key, Buffer.from(req.upload), now, () => this.d.registered(username, key, now))
    // taken username or identity key: success false, as the original answers
    if (created) {
      ctx.log.info({ username }, 'account registered')
      this.d.hooks.observe('user.registered', { username, identityKey: key })
    }
    return { success: created }
  })

  loginStart = (req: InstanceType<V1['OpaqueLoginStartRequest']>, ctx: CallContext): Promise<qpq.v1.OpaqueLoginStartResponse.$Properties> => floor(async () => {
    const username = normalizeUsername(req.username)
    const account = this.d.store.account(username)
    const arg = { serverSetup: this.d.serverSetup, userIdentifier: username, request: req.request }
    let started
    try {
      started = await this.d.pool.run('opaqueStartLogin', { ...arg, record: account ? account.record.toString('base64url') : null })
    } catch (err) {
      // a stored record that does not deserialize: the same answer as any failure, for the operator a warning
      ctx.log.warn({ username, reason: (err as Error).message }, 'OPAQUE login start failed on the server side (a damaged record?)')
      throw new UnauthorizedError(LOGIN_FAILED)
    }
    if (started === null) throw new BadRequestError('request is not an OPAQUE login request')
    this.d.logins.put(ctx.connectionId, username, addressKey(ctx.remoteAddress), { state: started.state, accountId: account?.id ?? null })
    return { response: started.response }
  })

  loginFinish = (req: InstanceType<V1['OpaqueLoginFinishRequest']>, ctx: CallContext): Promise<qpq.v1.OpaqueLoginFinishResponse.$Properties> => floor(async () => {
    const username = normalizeUsername(req.username)
    const key = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const pending = this.d.logins.take(ctx.connectionId, username)
    const sessionKey = pending === null ? null : await this.d.pool.run('opaqueFinishLogin', { state: pending.state, finalization: req.finalization })
    if (sessionKey === 'malformed') {
      this.d.onLogin(false)
      throw new BadRequestError('finalization is not an OPAQUE login finalization')
    }
    const account = pending?.accountId == null ? undefined : this.d.store.account(username)
    if (sessionKey === null || account === undefined || account.id !== pending?.accountId || !account.identityKey.equals(key)) {
      this.d.onLogin(false)
      throw new UnauthorizedError(LOGIN_FAILED)
    }
    const veto = this.d.hooks.veto('auth.login', { username, identityKey: key, remoteAddress: ctx.remoteAddress })
    if (veto !== null) await vetoCheck(veto, () => this.d.onLogin(false))
    const token = this.d.sessions.create(account.id, null)
    ctx.bindSession(token, null)
    this.d.onLogin(true)
    ctx.log.info({ username }, 'login')
    return { session_token: token }
  })
}
