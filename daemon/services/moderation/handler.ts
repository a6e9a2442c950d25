// Moderation (methods 420–424): reports from any user, bans by admins, and the admin lists.
// Server admins are the usernames in config `admins`; a group channel's admins may ban from
// their channel. A server-wide ban ends the user's sessions at once and refuses its logins (an
// `auth.login` veto registered by the daemon, see loginVeto); a channel ban removes the user from
// the channel and keeps it from being added back. Bans may expire; expired ones are ignored.
import type { qpq } from '../../../proto/qpq.js'
import type { Veto } from '../../../plugins/hooks.js'
import { BadRequestError, ForbiddenError, NotFoundError } from '../../../protocol/errors.js'
import type { CallContext, Session } from '../call-context.js'
import { sessionOf } from '../auth/sessions.js'
import { page, pageRequest } from '../paging.js'
import { CHANNEL_ID_BYTES, IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import { uuidV7 } from '../../../protocol/ids.js'
import type { ModerationStore } from './store.js'

/** The latest time a JavaScript Date can hold (+275760-09-13): bans are shown and compared as dates. */
const LATEST_DATE_MS = 8_640_000_000_000_000

const REASONS: ReadonlySet<string> = new Set(['spam', 'abuse', 'illegal', 'other'])
const EVIDENCE_MAX_BYTES = 64 * 1024
const TEXT_MAX_BYTES = 1_024
/** Reports one user may have filed (they are kept until the reporter's account is deleted). */
export const MAX_REPORTS_PER_REPORTER = 1_000

export interface ModerationDeps {
  store: ModerationStore
  /** Usernames of the server admins (config `admins`). */
  admins: readonly string[]
  /** The account of an identity key, if it has one. */
  accountIdOf(identityKey: Buffer): number | undefined
  /** Ends every session of the account (it is banned server-wide). */
  endSessions(accountId: number): void
  /** undefined: no such channel; otherwise whether `key` is an admin of it (a group admin). */
  channelAdmin(channel: Buffer, key: Buffer): boolean | undefined
  /** Removes `key` from the channel (a channel ban). */
  expel(channel: Buffer, key: Buffer, actor: Buffer): void
  now?: () => number
}

type V1 = typeof qpq.v1

const utf8Max = (s: string, field: string): void => {
  if (Buffer.byteLength(s, 'utf8') > TEXT_MAX_BYTES) throw new BadRequestError(`${field} must be at most ${TEXT_MAX_BYTES} bytes of UTF-8`)
}

export class ModerationService {
  private readonly now: () => number
  private readonly admins: ReadonlySet<string>

  constructor(private readonly d: ModerationDeps) {
    this.now = d.now ?? Date.now
    this.admins = new Set(d.admins)
  }

  /** The `auth.login` veto: a user banned server-wide cannot log in. */
  loginVeto = (login: { identityKey: Uint8Array }): Veto | null => {
    const ban = this.d.store.banOn(Buffer.from(login.identityKey), Buffer.alloc(0), this.now())
    if (ban === undefined) return null
    return { status: 3, reason: ban.expiresAt === 0 ? 'this account is banned from this server' : `this account is banned from this server until ${new Date(ban.expiresAt).toISOString()}` }
  }

  reportMessage = (req: InstanceType<V1['ReportMessageRequest']>, ctx: CallContext): qpq.v1.ReportMessageResponse.$Properties => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const reported = sizedBytes(req.reported_key, 'reported_key', IDENTITY_KEY_BYTES)
    if (reported.equals(me)) throw new BadRequestError('you cannot report yourself')
    const channel = sizedBytes(req.channel_id, 'channel_id', 0, CHANNEL_ID_BYTES)
    if (!REASONS.has(req.reason)) throw new BadRequestError(`reason must be one of ${[...REASONS].join(', ')}`)
    if (req.evidence.length > EVIDENCE_MAX_BYTES) throw new BadRequestError(`evidence must be at most ${EVIDENCE_MAX_BYTES} bytes`)
    utf8Max(req.comment, 'comment')
    if (this.d.store.reportCountBy(me) >= MAX_REPORTS_PER_REPORTER) throw new ForbiddenError(`you have filed ${MAX_REPORTS_PER_REPORTER} reports, the limit`)
    const now = this.now()
    const reportId = uuidV7(now)
    this.d.store.addReport({
      reportId, reporter: me, reported, channel: Buffer.from(channel), seq: Number(req.seq), reason: req.reason,
      evidence: Buffer.from(req.evidence), comment: req.comment, createdAt: now,
    })
    ctx.log.info({ reason: req.reason }, 'report filed')
    return { report_id: reportId }
  }

  banUser = (req: InstanceType<V1['BanUserRequest']>, ctx: CallContext): qpq.v1.BanUserResponse.$Properties => {
    const session = sessionOf(ctx)
    const { key, channel } = this.scope(req, session)
    utf8Max(req.reason, 'reason')
    const now = this.now()
    // any duration is accepted, as by the original; one past what a date can hold bans until then
    const expiresAt = req.duration_secs === 0 ? 0 : Math.min(now + Number(req.duration_secs) * 1000, LATEST_DATE_MS)
    const me = Buffer.from(session.identityKey)
    this.d.store.ban({ key, channel, reason: req.reason, bannedBy: me, bannedAt: now, expiresAt })
    if (channel.length === 0) {
      const account = this.d.accountIdOf(key)
      if (account !== undefined) this.d.endSessions(account)
    } else {
      this.d.expel(channel, key, me)
    }
    ctx.log.info({ scope: channel.length === 0 ? 'server' : 'channel', expiresAt }, 'user banned')
    return { success: true, expires_at_ms: expiresAt }
  }

  unbanUser = (req: InstanceType<V1['UnbanUserRequest']>, ctx: CallContext): qpq.v1.UnbanUserResponse.$Properties => {
    const { key, channel } = this.scope(req, sessionOf(ctx))
    return { success: this.d.store.unban(key, channel) }
  }

  listReports = (req: InstanceType<V1['ListReportsRequest']>, ctx: CallContext): qpq.v1.ListReportsResponse.$Properties => {
    this.serverAdmin(sessionOf(ctx))
    const { after, limit } = pageRequest(req.limit, req.cursor)
    const { rows, next } = page(this.d.store.reports(after, limit + 1), limit)
    return {
      reports: rows.map((r) => ({
        report_id: r.reportId, reporter_key: r.reporter, reported_key: r.reported, channel_id: r.channel, seq: r.seq,
        reason: r.reason, evidence: r.evidence, comment: r.comment, created_at_ms: r.createdAt,
      })),
      next_cursor: next,
    }
  }

  listBanned = (req: InstanceType<V1['ListBannedRequest']>, ctx: CallContext): qpq.v1.ListBannedResponse.$Properties => {
    this.serverAdmin(sessionOf(ctx))
    const channel = sizedBytes(req.channel_id, 'channel_id', 0, CHANNEL_ID_BYTES)
    const { after, limit } = pageRequest(req.limit, req.cursor)
    const { rows, next } = page(this.d.store.bans(channel.length === 0 ? null : channel, this.now(), after, limit + 1), limit)
    return {
      banned: rows.map((b) => ({ identity_key: b.key, channel_id: b.channel, reason: b.reason, banned_by: b.bannedBy, banned_at_ms: b.bannedAt, expires_at_ms: b.expiresAt })),
      next_cursor: next,
    }
  }

  /** Who is banned from what, and whether the caller may: server admins anywhere, group admins in their channel. */
  private scope(req: { identity_key: Uint8Array; channel_id: Uint8Array }, session: Session): { key: Buffer; channel: Buffer } {
    const key = Buffer.from(sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES))
    const channel = Buffer.from(sizedBytes(req.channel_id, 'channel_id', 0, CHANNEL_ID_BYTES))
    if (key.equals(session.identityKey)) throw new BadRequestError('you cannot ban or unban yourself')
    if (channel.length === 0 || this.admins.has(session.username)) {
      this.serverAdmin(session)
      return { key, channel }
    }
    const admin = this.d.channelAdmin(channel, Buffer.from(session.identityKey))
    if (admin === undefined) throw new NotFoundError('no channel has this channel_id')
    if (!admin) throw new ForbiddenError('only a server admin or an admin of this channel may ban from it')
    return { key, channel }
  }

  private serverAdmin(session: Session): void {
    if (!this.admins.has(session.username)) throw new ForbiddenError('server admins only (config admins)')
  }
}
