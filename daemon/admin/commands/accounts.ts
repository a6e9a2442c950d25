// users list|show|delete, sessions list|revoke, bans list|add|remove and queues: the operator's
// view of accounts, read from the services' stores. Deleting a user runs the same purge as the
// user's own DeleteAccount; a ban or a revocation ends sessions through the session service, so
// their long polls and pushes stop at once, as when a client ends them.
import type { HookBus } from '../../../plugins/hooks.js'
import type { AccountPurger } from '../../services/account/purger.js'
import type { SessionService } from '../../services/auth/sessions.js'
import type { AccountListing, AccountStore } from '../../services/auth/store.js'
import type { DeliveryStore } from '../../services/delivery/store.js'
import type { DeviceStore } from '../../services/devices/store.js'
import type { KeyStore } from '../../services/keys/store.js'
import type { KtLog } from '../../services/kt/log.js'
import type { ModerationStore } from '../../services/moderation/store.js'
import { Args } from '../args.js'
import { AdminError } from '../protocol.js'
import type { AdminCommands } from '../server.js'
import { hex, iso } from './shapes.js'
import { DEVICE_ID_BYTES } from '../../services/sized-bytes.js'

export interface AccountAdminDeps {
  accounts: AccountStore
  devices: DeviceStore
  keys: KeyStore
  delivery: DeliveryStore
  moderation: ModerationStore
  sessions: SessionService
  purger: AccountPurger
  kt: KtLog
  hooks: HookBus
  now?: () => number
}

const SERVER_WIDE = Buffer.alloc(0)
/** banned_by of a ban made with qpqctl: no user made it. */
const BY_OPERATOR = Buffer.alloc(0)
const REASON_MAX_BYTES = 1_024
const MAX_BAN_SECS = 100 * 365 * 86_400

export function accountCommands(d: AccountAdminDeps): AdminCommands {
  const now = d.now ?? Date.now
  const account = (name: string): AccountListing => {
    const a = d.accounts.listing(name)
    if (a === undefined) throw new AdminError('not-found', `no user named ${name}`)
    return a
  }
  const nameOf = (key: Buffer): string | null => d.accounts.profileOf(key)?.username ?? null
  const banShape = (b: { key: Buffer; channel: Buffer; reason: string; bannedBy: Buffer; bannedAt: number; expiresAt: number }): Record<string, unknown> => ({
    user: nameOf(b.key), identityKey: hex(b.key), channel: b.channel.length === 0 ? null : hex(b.channel), reason: b.reason,
    bannedBy: b.bannedBy.length === 0 ? 'operator' : (nameOf(b.bannedBy) ?? hex(b.bannedBy)), bannedAt: iso(b.bannedAt), expiresAt: iso(b.expiresAt),
  })

  return {
    'users.list': {
      run(raw) {
        const a = new Args(raw, ['after', 'limit'])
        const after = a.integer('after', 0, 0, Number.MAX_SAFE_INTEGER)
        const limit = a.integer('limit', 100, 1, 1_000)
        const rows = d.accounts.list(after, limit + 1)
        const page = rows.slice(0, limit)
        return {
          total: d.accounts.accountCount(),
          users: page.map((u) => ({
            name: u.username, identityKey: hex(u.identityKey), registeredAt: iso(u.createdAt),
            devices: d.devices.count(u.id), sessions: d.accounts.sessionCount(u.id, null),
          })),
          next: rows.length > limit ? (page[page.length - 1] as AccountListing).id : null,
        }
      },
    },
    'users.show': {
      run(raw) {
        const u = account(new Args(raw, ['name']).string('name'))
        const ban = d.moderation.banOn(u.identityKey, SERVER_WIDE, now())
        return {
          name: u.username, identityKey: hex(u.identityKey), registeredAt: iso(u.createdAt),
          devices: d.devices.devices(u.id).map((x) => ({ id: hex(x.deviceId), name: x.name, registeredAt: iso(x.registeredAt), lastSeen: iso(x.lastSeen), push: x.hasPushToken })),
          sessions: d.accounts.sessionCount(u.id, null),
          keyPackages: d.keys.packageCount(u.identityKey),
          hybridKey: d.keys.hybrid(u.identityKey) !== undefined,
          queuedMessages: d.delivery.queues(u.identityKey, 10_000).reduce((n, q) => n + q.messages, 0),
          ban: ban === undefined ? null : banShape(ban),
          revoked: d.kt.isRevoked(u.identityKey),
        }
      },
    },
    'users.delete': {
      changes: true,
      run(raw) {
        const u = account(new Args(raw, ['name']).string('name'))
        const deleted = d.purger.purge({ id: u.id, username: u.username, identityKey: u.identityKey })
        if (deleted === null) throw new AdminError('not-found', `no user named ${u.username}`)
        d.hooks.observe('account.deleted', { username: u.username, identityKey: u.identityKey })
        return { deleted: u.username, rows: deleted }
      },
    },
    'sessions.list': {
      run(raw) {
        const a = new Args(raw, ['name', 'limit'])
        const name = a.optionalString('name')
        const limit = a.integer('limit', 1_000, 1, 10_000)
        const rows = d.accounts.sessions(name === null ? null : account(name).id, now(), limit)
        return {
          sessions: rows.map((s) => ({
            id: hex(s.tokenHash.subarray(0, 8)), user: s.username, device: s.deviceId === null ? null : hex(s.deviceId),
            createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt),
          })),
        }
      },
    },
    'sessions.revoke': {
      changes: true,
      run(raw) {
        const a = new Args(raw, ['name', 'device'])
        const u = account(a.string('name'))
        const device = a.optionalHex('device', DEVICE_ID_BYTES)
        const revoked = device === null ? d.sessions.endAccount(u.id) : d.sessions.endDevice(u.id, device)
        return { user: u.username, device: device === null ? null : hex(device), revoked }
      },
    },
    'bans.list': {
      run(raw) {
        const limit = new Args(raw, ['limit']).integer('limit', 1_000, 1, 10_000)
        return { bans: d.moderation.bans(null, now(), 0, limit).map(banShape) }
      },
    },
    'bans.add': {
      changes: true,
      run(raw) {
        const a = new Args(raw, ['name', 'reason', 'durationSecs'])
        const u = account(a.string('name'))
        const reason = a.optionalString('reason') ?? ''
        if (Buffer.byteLength(reason) > REASON_MAX_BYTES) throw new AdminError('usage', `reason must be at most ${REASON_MAX_BYTES} bytes`)
        const secs = a.integer('durationSecs', 0, 0, MAX_BAN_SECS)
        const at = now()
        d.moderation.ban({ key: u.identityKey, channel: SERVER_WIDE, reason, bannedBy: BY_OPERATOR, bannedAt: at, expiresAt: secs === 0 ? 0 : at + secs * 1000 })
        const sessionsEnded = d.sessions.endAccount(u.id)
        return { ban: banShape(d.moderation.banOn(u.identityKey, SERVER_WIDE, at) as NonNullable<ReturnType<ModerationStore['banOn']>>), sessionsEnded }
      },
    },
    'bans.remove': {
      changes: true,
      run(raw) {
        const u = account(new Args(raw, ['name']).string('name'))
        if (!d.moderation.unban(u.identityKey, SERVER_WIDE)) throw new AdminError('not-found', `${u.username} is not banned from this server`)
        return { unbanned: u.username }
      },
    },
    queues: {
      run(raw) {
        const a = new Args(raw, ['name', 'limit'])
        const name = a.optionalString('name')
        const limit = a.integer('limit', 50, 1, 10_000)
        const rows = d.delivery.queues(name === null ? null : account(name).identityKey, limit)
        return {
          totalMessages: d.delivery.totalDepth(),
          queues: rows.map((q) => ({ user: nameOf(q.recipient), identityKey: hex(q.recipient), channel: q.channel.length === 0 ? null : hex(q.channel), messages: q.messages, oldestAt: iso(q.oldestAt) })),
        }
      },
    },
  }
}
