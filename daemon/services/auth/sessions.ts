// Session tokens: 32 random bytes handed to the client at login, kept in the database only as
// their SHA-256. Resolving a token (every call of a method that needs a session) hits a small
// in-memory cache first; ending sessions (device revoked, account deleted) clears it at once.
import { createHash, randomBytes } from 'node:crypto'
import type { Session, SessionResolver } from '../../rpc/method.js'
import type { AccountStore } from './store.js'

const CACHE_MAX = 10_000

interface Cached { session: Session; expiresAt: number }

export class SessionService implements SessionResolver {
  private readonly cache = new Map<string, Cached>()
  private sweeper: NodeJS.Timeout | null = null

  constructor(private readonly store: AccountStore, private readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  start(): void {
    this.sweeper = setInterval(() => this.store.sweepSessions(this.now()), 60 * 60 * 1000)
    this.sweeper.unref()
  }

  stop(): void {
    if (this.sweeper !== null) clearInterval(this.sweeper)
    this.sweeper = null
  }

  /** Creates a session for an account; returns the bearer token (the only copy of it). */
  create(accountId: number, deviceId: Buffer | null): Buffer {
    const token = randomBytes(32)
    const now = this.now()
    this.store.createSession(hash(token), accountId, deviceId, now, now + this.ttlMs)
    return token
  }

  resolve(token: Uint8Array, deviceId: Uint8Array | null): Session | null {
    if (token.length !== 32) return null
    const h = hash(token)
    const key = h.toString('hex')
    const now = this.now()
    let hit = this.cache.get(key)
    if (hit === undefined) {
      const row = this.store.session(h)
      if (row === undefined) return null
      hit = { session: { accountId: row.userId, username: row.username, identityKey: row.identityKey, deviceId: row.deviceId }, expiresAt: row.expiresAt }
      if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string)
      this.cache.set(key, hit)
    }
    if (hit.expiresAt <= now) {
      this.end(token)
      return null
    }
    // a session bound to a device is only valid for that device
    if (deviceId !== null && hit.session.deviceId !== null && !Buffer.from(deviceId).equals(hit.session.deviceId)) return null
    return hit.session
  }

  /** Ends one session (logout). */
  end(token: Uint8Array): void {
    const h = hash(token)
    this.cache.delete(h.toString('hex'))
    this.store.endSession(h)
  }

  /** Forgets cached sessions of an account after its sessions changed in the database (device revoked, account deleted). */
  forgetAccount(accountId: number): void {
    for (const [k, v] of this.cache) if (v.session.accountId === accountId) this.cache.delete(k)
  }
}

function hash(token: Uint8Array): Buffer {
  return createHash('sha256').update(token).digest()
}
