// The SDK's moderation (methods 420–424): `client.moderation.*`. Anyone reports; server admins
// (config `admins`) ban server-wide and read the lists; group admins ban from their channel.
import type { qpq } from '../../proto/qpq.js'
import type { Requester } from './requester.js'

export type ReportReason = 'spam' | 'abuse' | 'illegal' | 'other'

export interface Page<T> { items: T[]; nextCursor: Uint8Array | null }

const nextOf = (cursor: Uint8Array): Uint8Array | null => (cursor.length === 0 ? null : cursor)

export class ModerationApi {
  constructor(private readonly client: Requester) {}

  /** Reports a user (and optionally the message `seq` on `channel`); returns the report id. */
  async report(reportedKey: Uint8Array, reason: ReportReason, opts: { channel?: Uint8Array; seq?: number; evidence?: Uint8Array; comment?: string } = {}): Promise<Uint8Array> {
    const r = await this.client.request('ReportMessage', { reported_key: reportedKey, reason, channel_id: opts.channel, seq: opts.seq, evidence: opts.evidence, comment: opts.comment })
    return r.report_id
  }

  /** Bans server-wide (no channel) or from a channel; `durationSecs` 0 or absent = permanent. Returns when it ends (0 = never). */
  async ban(identityKey: Uint8Array, opts: { channel?: Uint8Array; reason?: string; durationSecs?: number } = {}): Promise<number> {
    const r = await this.client.request('BanUser', { identity_key: identityKey, channel_id: opts.channel, reason: opts.reason, duration_secs: opts.durationSecs })
    return Number(r.expires_at_ms)
  }

  /** Lifts a ban of that scope; false when there was none. */
  async unban(identityKey: Uint8Array, opts: { channel?: Uint8Array } = {}): Promise<boolean> {
    return (await this.client.request('UnbanUser', { identity_key: identityKey, channel_id: opts.channel })).success
  }

  async reports(opts: { limit?: number; cursor?: Uint8Array } = {}): Promise<Page<qpq.v1.IReport>> {
    const r = await this.client.request('ListReports', { limit: opts.limit, cursor: opts.cursor })
    return { items: r.reports, nextCursor: nextOf(r.next_cursor) }
  }

  async banned(opts: { channel?: Uint8Array; limit?: number; cursor?: Uint8Array } = {}): Promise<Page<qpq.v1.IBannedUser>> {
    const r = await this.client.request('ListBanned', { channel_id: opts.channel, limit: opts.limit, cursor: opts.cursor })
    return { items: r.banned, nextCursor: nextOf(r.next_cursor) }
  }
}
