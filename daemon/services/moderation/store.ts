// Reports and bans (migration 10). A ban is server-wide (channel = empty) or for one channel;
// expires_at 0 = permanent. Bans whose time is up are ignored and deleted by sweep().
import type Database from 'better-sqlite3-multiple-ciphers'

export interface ReportRow {
  reportId: Buffer; reporter: Buffer; reported: Buffer; channel: Buffer; seq: number
  reason: string; evidence: Buffer; comment: string; createdAt: number
}
export interface BanRow { key: Buffer; channel: Buffer; reason: string; bannedBy: Buffer; bannedAt: number; expiresAt: number }

type ReportDb = { report_id: Buffer; reporter: Buffer; reported: Buffer; channel: Buffer; seq: number; reason: string; evidence: Buffer; comment: string; created_at: number; cursor: number }
type BanDb = { identity_key: Buffer; channel: Buffer; reason: string; banned_by: Buffer; banned_at: number; expires_at: number; cursor: number }

const SERVER_WIDE = Buffer.alloc(0)

export class ModerationStore {
  private readonly insertReport: Database.Statement<[Buffer, Buffer, Buffer, Buffer, number, string, Buffer, string, number]>
  private readonly reportPage: Database.Statement<[number, number], ReportDb>
  private readonly reportsBy: Database.Statement<[Buffer], { n: number }>
  private readonly purgeReports: Database.Statement<[Buffer]>
  private readonly upsertBan: Database.Statement<[Buffer, Buffer, string, Buffer, number, number]>
  private readonly deleteBan: Database.Statement<[Buffer, Buffer]>
  private readonly banOf: Database.Statement<[Buffer, Buffer, number], BanDb>
  private readonly banPage: Database.Statement<[number, number, number], BanDb>
  private readonly channelBanPage: Database.Statement<[Buffer, number, number, number], BanDb>
  private readonly expire: Database.Statement<[number]>

  constructor(db: Database.Database) {
    this.insertReport = db.prepare(`INSERT INTO reports (report_id, reporter, reported, channel, seq, reason, evidence, comment, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    this.reportPage = db.prepare('SELECT *, rowid AS cursor FROM reports WHERE rowid > ? ORDER BY rowid LIMIT ?')
    this.reportsBy = db.prepare('SELECT count(*) AS n FROM reports WHERE reporter = ?')
    this.purgeReports = db.prepare('DELETE FROM reports WHERE reporter = ?')
    this.upsertBan = db.prepare(`INSERT INTO bans (identity_key, channel, reason, banned_by, banned_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (identity_key, channel) DO UPDATE SET reason = excluded.reason, banned_by = excluded.banned_by,
        banned_at = excluded.banned_at, expires_at = excluded.expires_at`)
    this.deleteBan = db.prepare('DELETE FROM bans WHERE identity_key = ? AND channel = ?')
    const inForce = '(expires_at = 0 OR expires_at > ?)'
    this.banOf = db.prepare(`SELECT *, rowid AS cursor FROM bans WHERE identity_key = ? AND channel = ? AND ${inForce}`)
    this.banPage = db.prepare(`SELECT *, rowid AS cursor FROM bans WHERE ${inForce} AND rowid > ? ORDER BY rowid LIMIT ?`)
    this.channelBanPage = db.prepare(`SELECT *, rowid AS cursor FROM bans WHERE channel = ? AND ${inForce} AND rowid > ? ORDER BY rowid LIMIT ?`)
    this.expire = db.prepare('DELETE FROM bans WHERE expires_at != 0 AND expires_at <= ?')
  }

  addReport(r: ReportRow): void {
    this.insertReport.run(r.reportId, r.reporter, r.reported, r.channel, r.seq, r.reason, r.evidence, r.comment, r.createdAt)
  }

  reportCountBy(reporter: Buffer): number {
    return (this.reportsBy.get(reporter) as { n: number }).n
  }

  reports(after: number, limit: number): Array<ReportRow & { cursor: number }> {
    return this.reportPage.all(after, limit).map((r) => ({
      reportId: r.report_id, reporter: r.reporter, reported: r.reported, channel: r.channel, seq: r.seq,
      reason: r.reason, evidence: r.evidence, comment: r.comment, createdAt: r.created_at, cursor: r.cursor,
    }))
  }

  ban(b: BanRow): void {
    this.upsertBan.run(b.key, b.channel, b.reason, b.bannedBy, b.bannedAt, b.expiresAt)
  }

  /** Lifts a ban; false when there was none. */
  unban(key: Buffer, channel: Buffer): boolean {
    return this.deleteBan.run(key, channel).changes === 1
  }

  /** The ban in force on this key for the channel (empty = server-wide), if any. */
  banOn(key: Buffer, channel: Buffer, now: number): BanRow | undefined {
    const r = this.banOf.get(key, channel, now)
    return r && toBan(r)
  }

  isBannedFromServer(key: Buffer, now: number): boolean {
    return this.banOf.get(key, SERVER_WIDE, now) !== undefined
  }

  /** Bans in force, oldest first; of one channel when given. */
  bans(channel: Buffer | null, now: number, after: number, limit: number): Array<BanRow & { cursor: number }> {
    const rows = channel === null ? this.banPage.all(now, after, limit) : this.channelBanPage.all(channel, now, after, limit)
    return rows.map((r) => ({ ...toBan(r), cursor: r.cursor }))
  }

  sweep(now: number): number {
    return this.expire.run(now).changes
  }

  /** Account deletion: the reports the account filed (bans stay: they hold the identity key, not the account). */
  purgeReporter(key: Buffer): number {
    return this.purgeReports.run(key).changes
  }
}

const toBan = (r: BanDb): BanRow => ({ key: r.identity_key, channel: r.channel, reason: r.reason, bannedBy: r.banned_by, bannedAt: r.banned_at, expiresAt: r.expires_at })
