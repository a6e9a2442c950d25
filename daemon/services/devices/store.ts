// The devices table (migration 3): each account's registered devices and their push tokens.
import type Database from 'better-sqlite3-multiple-ciphers'

export interface DeviceRow {
  deviceId: Buffer
  name: string
  key: Buffer
  registeredAt: number
  lastSeen: number
  hasPushToken: boolean
}

export interface PushToken { platform: string; token: Buffer }

type Row = { device_id: Buffer; device_name: string; device_key: Buffer; registered_at: number; last_seen: number; has_push: number }

export class DeviceStore {
  private readonly list: Database.Statement<[number], Row>
  private readonly exists: Database.Statement<[number, Buffer], { one: number }>
  private readonly countOf: Database.Statement<[number], { n: number }>
  private readonly upsert: Database.Statement<[number, Buffer, string, Buffer, number, number]>
  private readonly remove: Database.Statement<[number, Buffer]>
  private readonly removeAll: Database.Statement<[number]>
  private readonly setPush: Database.Statement<[string | null, Buffer | null, number, Buffer]>
  private readonly pushOf: Database.Statement<[number, Buffer], { push_platform: string | null; push_token: Buffer | null }>
  private readonly touch: Database.Statement<[number, number, Buffer]>

  constructor(private readonly db: Database.Database) {
    this.list = db.prepare(`SELECT device_id, device_name, device_key, registered_at, last_seen, push_token IS NOT NULL AS has_push
      FROM devices WHERE user_id = ? ORDER BY registered_at, rowid`)
    this.exists = db.prepare('SELECT 1 AS one FROM devices WHERE user_id = ? AND device_id = ?')
    this.countOf = db.prepare('SELECT count(*) AS n FROM devices WHERE user_id = ?')
    // registering again keeps registered_at and the push token, and replaces name and key
    this.upsert = db.prepare(`INSERT INTO devices (user_id, device_id, device_name, device_key, registered_at, last_seen) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (user_id, device_id) DO UPDATE SET device_name = excluded.device_name, device_key = excluded.device_key, last_seen = excluded.last_seen`)
    this.remove = db.prepare('DELETE FROM devices WHERE user_id = ? AND device_id = ?')
    this.removeAll = db.prepare('DELETE FROM devices WHERE user_id = ?')
    this.setPush = db.prepare('UPDATE devices SET push_platform = ?, push_token = ? WHERE user_id = ? AND device_id = ?')
    this.pushOf = db.prepare('SELECT push_platform, push_token FROM devices WHERE user_id = ? AND device_id = ?')
    this.touch = db.prepare('UPDATE devices SET last_seen = max(last_seen, ?) WHERE user_id = ? AND device_id = ?')
  }

  /** Runs `work` in one transaction (nested calls become savepoints). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)()
  }

  /** The account's devices, oldest first. */
  devices(userId: number): DeviceRow[] {
    return this.list.all(userId).map((r) => ({
      deviceId: r.device_id, name: r.device_name, key: r.device_key, registeredAt: r.registered_at, lastSeen: r.last_seen, hasPushToken: r.has_push === 1,
    }))
  }

  has(userId: number, deviceId: Buffer): boolean {
    return this.exists.get(userId, deviceId) !== undefined
  }

  count(userId: number): number {
    return (this.countOf.get(userId) as { n: number }).n
  }

  /** Adds the device, or updates the name and key of an existing one. */
  put(userId: number, deviceId: Buffer, name: string, key: Buffer, now: number): void {
    this.upsert.run(userId, deviceId, name, key, now, now)
  }

  /** Removes one device (and its push token); false when the account has no such device. */
  delete(userId: number, deviceId: Buffer): boolean {
    return this.remove.run(userId, deviceId).changes === 1
  }

  /** Sets (or with null clears) a device's push token; false when the account has no such device. */
  setPushToken(userId: number, deviceId: Buffer, push: PushToken | null): boolean {
    return this.setPush.run(push?.platform ?? null, push?.token ?? null, userId, deviceId).changes === 1
  }

  /** The device's push token, for whatever sends wake-ups (delivery). */
  pushToken(userId: number, deviceId: Buffer): PushToken | null {
    const r = this.pushOf.get(userId, deviceId)
    return r?.push_platform != null && r.push_token != null ? { platform: r.push_platform, token: r.push_token } : null
  }

  seen(userId: number, deviceId: Buffer, at: number): void {
    this.touch.run(at, userId, deviceId)
  }

  /** Account deletion's step: every device and push token of the account. */
  purgeAccount(userId: number): number {
    return this.removeAll.run(userId).changes
  }
}
