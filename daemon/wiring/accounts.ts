// The accounts domain: OPAQUE registration and login, sessions, devices, recovery bundles and
// account deletion. Deleting an account runs the purge steps every domain registers with the
// purger (in the order they are registered: the list says what a deletion deletes).
import type { Config } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { HookBus } from '../../plugins/hooks.js'
import { AccountPurger } from '../services/account/purger.js'
import { AccountService } from '../services/account/handler.js'
import { AuthService } from '../services/auth/handler.js'
import { PendingStarts } from '../services/auth/login-states.js'
import { SessionService } from '../services/auth/sessions.js'
import { DeviceService } from '../services/devices/handler.js'
import type { KtLog } from '../services/kt/log.js'
import { RecoveryService } from '../services/recovery/handler.js'
import type { Storage } from '../storage/database.js'
import type { CryptoDomain } from './crypto.js'
import type { Stores } from './storage.js'

/**
 * A login or registration must be finished within a minute of its start; 10,000 may wait at once,
 * at most 200 from one address (20 s of starts at the default auth rate of 10/s).
 */
const PENDING_STARTS = { ttlMs: 60_000, max: 10_000, perAddress: 200 }

export interface AccountsDomain {
  sessions: SessionService
  auth: AuthService
  devices: DeviceService
  recovery: RecoveryService
  account: AccountService
  /** Other domains register what deleting an account deletes of theirs. */
  purger: AccountPurger
}

export function accountsDomain(config: Config, c: {
  storage: Storage; stores: Stores; crypto: CryptoDomain; kt: KtLog; hooks: HookBus; metrics: Metrics; log: Logger
}): AccountsDomain {
  const { stores, hooks } = c
  const sessions = new SessionService(stores.accounts, config.sessionTtlMs)
  const auth = new AuthService({
    // registration appends each new account's binding to the key transparency log, in its transaction
    registered: (username, identityKey, createdAt) => c.kt.bind(username, identityKey, createdAt),
    store: stores.accounts, pool: c.crypto.pool, sessions, serverSetup: c.crypto.opaqueSetup, hooks,
    logins: new PendingStarts(PENDING_STARTS), registrations: new PendingStarts(PENDING_STARTS),
    onLogin: (ok) => (ok ? c.metrics.service.loginSuccess : c.metrics.service.loginFailure).inc(),
  })
  const devices = new DeviceService({
    store: stores.devices, sessions, maxDevices: config.maxDevices, log: c.log.child({ component: 'devices' }),
    // a revoked device's queue cursors go with it
    forgetDevice: (key, device) => { stores.delivery.forgetDevice(key, device) },
  })
  sessions.onDeviceSeen(devices.seen)
  const recovery = new RecoveryService({ store: stores.recovery, sessions })
  const purger = new AccountPurger({ db: c.storage.db, deleteAccountRow: (id) => stores.accounts.deleteAccount(id), log: c.log.child({ component: 'account' }) })
  purger.register('sessions', (a) => sessions.endAccount(a.id))
  purger.register('devices', (a) => stores.devices.purgeAccount(a.id))
  purger.register('recovery bundles', (a) => stores.recovery.purgeAccount(a.id))
  // the tree is append-only: the account's leaves go, their hashes (and so every proof) stay
  purger.register('key transparency leaves', (a) => c.kt.forget(a.identityKey))
  return { sessions, auth, devices, recovery, account: new AccountService({ purger, hooks }), purger }
}
