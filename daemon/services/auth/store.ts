// The accounts and sessions tables (migration 2) behind a small interface.
import type Database from 'better-sqlite3-multiple-ciphers'

export interface Account { id: number; username: string; identityKey: Buffer; record: Buffer }
/** An account as the admin interface lists it. */
export interface AccountListing { id: number; username: string; identityKey: Buffer; createdAt: number }
/** A session as the admin interface lists it: `tokenHash` names it (the token itself is never stored). */
export interface SessionListing { userId: number; username: string; deviceId: Buffer | null; createdAt: number; expiresAt: number; tokenHash: Buffer }
export interface SessionRow { userId: number; username: string; identityKey: Buffer; deviceId: Buffer | null; createdAt: number; expiresAt: number }

export class AccountStore {
  private readonly byName: Database.Statement<[string], { id: number; username: string; identity_key: Buffer; opaque_record: Buffer }>
  private readonly insertUser: Database.Statement<[string, Buffer, Buffer, number]>
  private readonly insertSession: Database.Statement<[Buffer, number, Buffer | null, number, number]>
  private readonly sessionByHash: Database.Statement<[Buffer], { user_id: number; username: string; identity_key: Buffer; device_id: Buffer | null; created_at: number; expires_at: number }>
  private readonly deleteSession: Database.Statement<[Buffer]>
  private readonly setDevice: Database.Statement<[Buffer, Buffer]>
  private readonly deleteByDevice: Database.Statement<[number, Buffer]>
  private readonly deleteByUser: Database.Statement<[number]>
  private readonly sessionsOfDevice: Database.Statement<[number, Buffer], { n: number }>
  private readonly sessionsOfUser: Database.Statement<[number], { n: number }>
  private readonly deleteUser: Database.Statement<[number]>
  private readonly deleteExpired: Database.Statement<[number]>

  private readonly byIdentity: Database.Statement<[Buffer], { id: number }>
  private readonly identityById: Database.Statement<[number], { identity_key: Buffer }>
  private readonly profileByIdentity: Database.Statement<[Buffer], { username: string; created_at: number }>

  constructor(private readonly db: Database.Database) {
    this.byIdentity = db.prepare('SELECT id FROM users WHERE identity_key = ?')
    this.identityById = db.prepare('SELECT identity_key FROM users WHERE id = ?')
    this.profileByIdentity = db.prepare('SELECT username, created_at FROM users WHERE identity_key = ?')
    this.byName = db.prepare('SELECT id, username, identity_key, opaque_record FROM users WHERE username = ?')
    this.insertUser = db.prepare('INSERT INTO users (username, identity_key, opaque_record, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
    this.insertSession = db.prepare('INSERT INTO sessions (token_hash, user_id, device_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    this.sessionByHash = db.prepare('SELECT s.user_id, u.username, u.identity_key, s.device_id, s.created_at, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?')
    this.deleteSession = db.prepare('DELETE FROM sessions WHERE token_hash = ?')
    this.setDevice = db.prepare('UPDATE sessions SET device_id = ? WHERE token_hash = ?')
    this.deleteByDevice = db.prepare('DELETE FROM sessions WHERE user_id = ? AND device_id = ?')
    this.deleteByUser = db.prepare('DELETE FROM sessions WHERE user_id = ?')
    this.sessionsOfDevice = db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ? AND device_id = ?')
    this.sessionsOfUser = db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?')
    this.deleteUser = db.prepare('DELETE FROM users WHERE id = ?')
    this.deleteExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?')
  }

  /** Accounts with an id above `after`, by id (the admin interface's users list). */
  list(after: number, limit: number): AccountListing[] {
    return this.db.prepare<[number, number], { id: number; username: string; identity_key: Buffer; created_at: number }>(
      'SELECT id, username, identity_key, created_at FROM users WHERE id > ? ORDER BY id LIMIT ?').all(after, limit)
      .map((r) => ({ id: r.id, username: r.username, identityKey: r.identity_key, createdAt: r.created_at }))
  }

  /** The account's listing by username. */
  listing(username: string): AccountListing | undefined {
    const r = this.db.prepare<[string], { id: number; username: string; identity_key: Buffer; created_at: number }>(
      'SELECT id, username, identity_key, created_at FROM users WHERE username = ?').get(username)
    return r && { id: r.id, username: r.username, identityKey: r.identity_key, createdAt: r.created_at }
  }

  accountCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n
  }

  /** Unexpired sessions, newest first: of one account when given. */
  sessions(userId: number | null, now: number, limit: number): SessionListing[] {
    const where = userId === null ? '' : 'AND s.user_id = @user'
    return this.db.prepare<[{ now: number; user: number | null; limit: number }], { user_id: number; username: string; device_id: Buffer | null; created_at: number; expires_at: number; token_hash: Buffer }>(
      `SELECT s.user_id, u.username, s.device_id, s.created_at, s.expires_at, s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.expires_at > @now ${where} ORDER BY s.created_at DESC LIMIT @limit`).all({ now, user: userId, limit })
      .map((r) => ({ userId: r.user_id, username: r.username, deviceId: r.device_id, createdAt: r.created_at, expiresAt: r.expires_at, tokenHash: r.token_hash }))
  }

  /** Unexpired sessions of every account. */
  liveSessionCount(now: number): number {
    return (this.db.prepare('SELECT count(*) AS n FROM sessions WHERE expires_at > ?').get(now) as { n: number }).n
  }

  /** The identity key of an account id. */
  identityOf(accountId: number): Buffer | undefined {
    return this.identityById.get(accountId)?.identity_key
  }

  /** True when an account has this identity key. */
  identityExists(identityKey: Buffer): boolean {
    return this.byIdentity.get(identityKey) !== undefined
  }

  /** Username and registration time (unix ms) of the account with this identity key. */
  profileOf(identityKey: Buffer): { username: string; registeredAt: number } | undefined {
    const r = this.profileByIdentity.get(identityKey)
    return r && { username: r.username, registeredAt: r.created_at }
  }

  /** The account id of an identity key. */
  accountIdOf(identityKey: Buffer): number | undefined {
    return this.byIdentity.get(identityKey)?.id
  }

  account(username: string): Account | undefined {
    const r = this.byName.get(username)
    return r && { id: r.id, username: r.username, identityKey: r.identity_key, record: r.opaque_record }
  }

  /** Creates the account and runs `alongside` in the same transaction; false (nothing run) when the username or the identity key is taken. */
  createAccount(username: string, identityKey: Buffer, record: Buffer, now: number, alongside?: () => void): boolean {
    return this.db.transaction(() => {
      if (this.insertUser.run(username, identityKey, record, now).changes !== 1) return false
      alongside?.()
      return true
    })()
  }

  createSession(tokenHash: Buffer, userId: number, deviceId: Buffer | null, now: number, expiresAt: number): void {
    this.insertSession.run(tokenHash, userId, deviceId, now, expiresAt)
  }

  session(tokenHash: Buffer): SessionRow | undefined {
    const r = this.sessionByHash.get(tokenHash)
    return r && { userId: r.user_id, username: r.username, identityKey: r.identity_key, deviceId: r.device_id, createdAt: r.created_at, expiresAt: r.expires_at }
  }

  endSession(tokenHash: Buffer): void {
    this.deleteSession.run(tokenHash)
  }

  /** Binds a session to a device (RegisterDevice). */
  setSessionDevice(tokenHash: Buffer, deviceId: Buffer): void {
    this.setDevice.run(deviceId, tokenHash)
  }

  /** Ends every session of one device of an account (device revoked); returns how many. */
  endDeviceSessions(userId: number, deviceId: Buffer): number {
    return this.deleteByDevice.run(userId, deviceId).changes
  }

  /** Ends every session of an account (account deleted); returns how many. */
  /** Sessions of the account (of one device, when given) in the database. */
  sessionCount(userId: number, deviceId: Buffer | null): number {
    return ((deviceId === null ? this.sessionsOfUser.get(userId) : this.sessionsOfDevice.get(userId, deviceId)) as { n: number }).n
  }

  /** True inside a transaction: work outside the database must wait for its commit. */
  get inTransaction(): boolean {
    return this.db.inTransaction
  }

  endAccountSessions(userId: number): number {
    return this.deleteByUser.run(userId).changes
  }

  /** Deletes the account's row (with its OPAQUE record); false when there was none. Run by the account purge (services/account), after every other step. */
  deleteAccount(userId: number): boolean {
    return this.deleteUser.run(userId).changes === 1
  }

  /** Removes expired sessions; returns how many. */
  sweepSessions(now: number): number {
    return this.deleteExpired.run(now).changes
  }
}
