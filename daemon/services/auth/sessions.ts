// Session tokens: 32 random bytes handed to the client at login, kept in the database only as
// their SHA-256. Resolving a token (every call of a method that needs a session) hits a small
// in-memory cache first; ending sessions (device revoked, account deleted) clears it at once.
// A session starts unbound; RegisterDevice binds it to one device of its account (bindDevice),
// and from then on it is that device's session: revoking the device ends it.
import { createHash, randomBytes } from 'node:crypto'
import { UnauthorizedError } from '../../../protocol/errors.js'
import type { CallContext, Session, SessionResolver } from '../call-context.js'
import type { AccountStore } from './store.js'

/** Sessions kept in memory; past it, the oldest entry goes (its session still resolves, from the database). */
export const SESSION_CACHE_MAX = 10_000
/** A device's last_seen is written at most this often per session. */
const SEEN_EVERY_MS = 60_000

interface Cached { session: Session; expiresAt: number; seenAt: number }
/** What a resolved Session does not carry but services need: which row it is and when its login was. */
interface Origin { tokenHash: Buffer; createdAt: number }

export type DeviceSeenListener = (accountId: number, deviceId: Buffer, at: number) => void

export class SessionService implements SessionResolver {
  private readonly cache = new Map<string, Cached>()
  /** Keyed by the Session objects resolve() hands out (and handlers get as ctx.session). */
  private readonly origins = new WeakMap<Session, Origin>()
  /** The hash of a token object seen before: a connection's bound token comes back on every call. */
  private readonly hashes = new WeakMap<Uint8Array, { h: Buffer; key: string }>()
  private deviceSeen: DeviceSeenListener | null = null
  private readonly endedListeners: EndedListener[] = []

  constructor(private readonly store: AccountStore, private readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  /** Creates a session for an account; returns the bearer token (the only copy of it). */
  create(accountId: number, deviceId: Buffer | null): Buffer {
    const token = randomBytes(32)
    const now = this.now()
    this.store.createSession(hash(token), accountId, deviceId, now, now + this.ttlMs)
    return token
  }

  resolve(token: Uint8Array, deviceId: Uint8Array | null): Session | null {
    if (token.length !== 32) return null
    let known = this.hashes.get(token)
    if (known === undefined) {
      const digest = hash(token)
      known = { h: digest, key: digest.toString('hex') }
      this.hashes.set(token, known)
    }
    const { h, key } = known
    const now = this.now()
    let hit = this.cache.get(key)
    if (hit === undefined) {
      const row = this.store.session(h)
      if (row === undefined) return null
      hit = { session: { accountId: row.userId, username: row.username, identityKey: row.identityKey, deviceId: row.deviceId }, expiresAt: row.expiresAt, seenAt: 0 }
      this.origins.set(hit.session, { tokenHash: h, createdAt: row.createdAt })
      if (this.cache.size >= SESSION_CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string)
      this.cache.set(key, hit)
    }
    if (hit.expiresAt <= now) {
      this.end(token)
      return null
    }
    // a session bound to a device is only valid for that device
    if (deviceId !== null && hit.session.deviceId !== null && !Buffer.from(deviceId).equals(hit.session.deviceId)) return null
    if (hit.session.deviceId !== null && this.deviceSeen !== null && now - hit.seenAt >= SEEN_EVERY_MS) {
      hit.seenAt = now
      this.deviceSeen(hit.session.accountId, Buffer.from(hit.session.deviceId), now)
    }
    return hit.session
  }

  /** Calls `listener` when a device's session is used (at most once a minute per session): the devices' last_seen. */
  onDeviceSeen(listener: DeviceSeenListener): void {
    this.deviceSeen = listener
  }

  /** When the login that created this session finished (unix ms); null for a session this service did not resolve. */
  createdAt(session: Session): number | null {
    return this.origins.get(session)?.createdAt ?? null
  }

  /**
   * Binds the session of a call to a device of its account (RegisterDevice): writes the binding,
   * and returns the bound Session, which later calls with the same token resolve to. Runs inside
   * the caller's transaction when there is one.
   */
  bindDevice(session: Session, deviceId: Buffer): Session {
    const origin = this.origins.get(session)
    if (origin === undefined) throw new Error('bindDevice: not a session resolved by this service')
    this.store.setSessionDevice(origin.tokenHash, deviceId)
    const bound: Session = { ...session, deviceId }
    this.origins.set(bound, origin)
    const key = origin.tokenHash.toString('hex')
    const hit = this.cache.get(key)
    if (hit !== undefined) this.cache.set(key, { ...hit, session: bound })
    return bound
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

  /** Ends every session of one device (device revoked): the next call with any of them is refused. */
  endDevice(accountId: number, deviceId: Buffer): number {
    const n = this.store.endDeviceSessions(accountId, deviceId)
    this.forgetAccount(accountId)
    this.ended(accountId, deviceId)
    return n
  }

  /** Ends every session of an account (account deleted). */
  endAccount(accountId: number): number {
    const n = this.store.endAccountSessions(accountId)
    this.forgetAccount(accountId)
    this.ended(accountId, null)
    return n
  }

  /**
   * Tells the listeners (long polls end, pushes stop) — after the commit when the sessions ended
   * inside a transaction (RevokeDevice, DeleteAccount), and not at all if it rolled back and the
   * sessions are still there: cutting connections is not undone by a rollback.
   */
  private ended(accountId: number, deviceId: Buffer | null): void {
    // the identity is read now: after an account deletion commits, its row is gone
    const identityKey = this.store.identityOf(accountId)
    if (identityKey === undefined) return
    const notify = (): void => { for (const l of this.endedListeners) l(accountId, deviceId, identityKey) }
    if (!this.store.inTransaction) return notify()
    // better-sqlite3 transactions are synchronous: a microtask runs once it has committed or rolled back
    queueMicrotask(() => {
      if (this.store.sessionCount(accountId, deviceId) === 0) notify()
    })
  }

  /** Calls `listener` when sessions end in bulk: of one device, or (device null) of the whole account. */
  onEnded(listener: EndedListener): void {
    this.endedListeners.push(listener)
  }
}

/** The caller's session in a handler of a method that needs one (the dispatcher has checked it). */
export function sessionOf(ctx: Pick<CallContext, 'session'>): Session {
  if (ctx.session === null) throw new UnauthorizedError()
  return ctx.session
}

/** Sessions ended in bulk: of one device, or (deviceId null) of the whole account. */
export type EndedListener = (accountId: number, deviceId: Buffer | null, identityKey: Buffer) => void

function hash(token: Uint8Array): Buffer {
  return createHash('sha256').update(token).digest()
}
