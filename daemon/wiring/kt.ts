// The key transparency domain: the log every registration and revocation appends to (signed
// heads with the KT key), its audit methods, and user resolution answered with its evidence
// (`name@domain` of a federation peer by that peer, through the relay).
import type { Config } from '../config/config.js'
import { KtLog } from '../services/kt/log.js'
import { KtService } from '../services/kt/handler.js'
import { UserService } from '../services/users/handler.js'
import type { CryptoDomain } from './crypto.js'
import type { FederationRoutes } from './federation.js'
import type { Stores } from './storage.js'

export interface KtDomain { log: KtLog; kt: KtService; users: UserService }

export function ktDomain(config: Config, c: { stores: Stores; crypto: CryptoDomain; federation: FederationRoutes | null }): KtDomain {
  const { stores } = c
  const log = new KtLog({ store: stores.kt, signerKey: c.crypto.ktKey.publicKey, sign: async (message) => c.crypto.signKt(message) })
  return {
    log,
    kt: new KtService({ log, store: stores.kt, publicLog: config.ktPublicLog }),
    users: new UserService({ identityOf: (name) => stores.accounts.account(name)?.identityKey, profileOf: (key) => stores.accounts.profileOf(key), kt: log, remote: c.federation }),
  }
}
