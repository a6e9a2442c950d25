// Channels and groups (methods 400, 401, 410–413): the server-side record of who may use a
// channel — direct-message channels between two accounts and the channels of MLS groups — with
// membership changes pushed to the members (Membership, 1003) and raised as plugin hooks
// (channel.created, group.join, group.leave), typing signals fanned out (Typing, 1001), and
// server-assisted key rotation (RotateKeys: the commit is enqueued to every other member in the
// same transaction that records the epoch). Delivery asks the channel gate (gate.ts) before
// storing a message on a registered channel: only members send to and receive from it. A member
// may be a user of another domain that this server resolved (federation): MLS does not care which
// server a member uses, and delivery forwards the messages for such members.
import { qpq } from '../../../proto/qpq.js'
import type { HookBus } from '../../../plugins/hooks.js'
import { BadRequestError, ForbiddenError, NotFoundError } from '../../../protocol/errors.js'
import type { CallContext } from '../call-context.js'
import { PushEvent } from '../../../protocol/push.js'
import { sessionOf } from '../auth/sessions.js'
import type { EnqueueResult, NewMessage } from '../delivery/store.js'
import { CHANNEL_ID_BYTES, IDENTITY_KEY_BYTES, MESSAGE_ID_BYTES, sizedBytes } from '../sized-bytes.js'
import { page, pageRequest } from '../paging.js'
import { dmChannelId, uuidV7 } from '../../../protocol/ids.js'
import type { ChannelRow, ChannelStore } from './store.js'

const GROUP_ID_BYTES = 32
const BLOB_ID_BYTES = 32
/** Per CreateChannel call (channel.proto) and per group in all. */
const MAX_KEYS_PER_CALL = 1_000
export const MAX_GROUP_MEMBERS = 10_000
const NAME_MAX_BYTES = 256
const DESCRIPTION_MAX_BYTES = 4_096
const SETTINGS_MAX_BYTES = 16 * 1024
const COMMIT_MAX_BYTES = 1 << 20

export interface ChannelDeps {
  store: ChannelStore
  /** True when an account has this identity key. */
  accountExists(identityKey: Buffer): boolean
  /** True when the key is a user of a federation peer, resolved through it (absent: federation is off). */
  isRemoteUser?(identityKey: Buffer): boolean
  /** Delivery's deposit: stores messages built inside the transaction, then pushes them. */
  deposit(build: () => NewMessage[]): Promise<EnqueueResult[]>
  /** Pushes an event to an identity's live connections; returns how many took it. */
  push(to: Uint8Array, eventType: number, payload: Uint8Array): number
  hooks: HookBus
  /** True when moderation banned this key from the channel (it cannot be added back). */
  isBanned(channel: Buffer, key: Buffer): boolean
  /**
   * The caller accepts these identities as contacts (P2P endpoints), inside the transaction;
   * the returned function runs after the commit.
   */
  accepted?(owner: Buffer, contacts: readonly Buffer[]): () => void
  /** TTL of server-deposited messages (RotateKeys commits). */
  ttlSecs: number
  now?: () => number
}

type V1 = typeof qpq.v1
type Change = 'added' | 'removed' | 'left'

const utf8Max = (s: string, field: string, max: number): void => {
  if (Buffer.byteLength(s, 'utf8') > max) throw new BadRequestError(`${field} must be at most ${max} bytes of UTF-8`)
}

export class ChannelService {
  private readonly now: () => number

  constructor(private readonly d: ChannelDeps) {
    this.now = d.now ?? Date.now
  }

  /** Delivery's gate: on a registered channel, sender (when known) and every recipient must be members. */
  createChannel = async (req: InstanceType<V1['CreateChannelRequest']>, ctx: CallContext): Promise<qpq.v1.CreateChannelResponse.$Properties> => {
    const hasPeer = req.peer_key.length > 0
    if (hasPeer === (req.group_id.length > 0)) throw new BadRequestError('set exactly one of peer_key (a direct-message channel) and group_id (a group channel)')
    return hasPeer ? this.createDm(req, ctx) : this.createGroup(req, ctx)
  }

  private createDm(req: InstanceType<V1['CreateChannelRequest']>, ctx: CallContext): qpq.v1.CreateChannelResponse.$Properties {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const peer = sizedBytes(req.peer_key, 'peer_key', IDENTITY_KEY_BYTES)
    if (req.member_keys.length > 0) throw new BadRequestError('member_keys is for group channels; a direct-message channel has the caller and peer_key')
    if (!this.isUser(peer)) throw new NotFoundError(`no account has this peer_key${this.remoteHint()}`)
    const id = dmChannelId(me, peer)
    const now = this.now()
    const { store } = this.d
    let remember: (() => void) | undefined
    const created = store.atomically(() => {
      // creating (or re-creating) the channel with the peer makes the peer my contact, not me theirs
      remember = this.d.accepted?.(me, [peer])
      if (store.channel(id) !== undefined) return false
      store.create(id, null, now)
      store.addMember(id, me, false, now)
      store.addMember(id, peer, false, now)
      return true
    })
    remember?.()
    if (created) {
      this.d.hooks.observe('channel.created', { channelId: id, creator: me })
      this.membership(store.members(id), null, id, 'added', [me, peer], me)
    }
    return { channel_id: id, created }
  }

  /** First call: registers the group, the caller as its admin. Later calls by a member add members. */
  private createGroup(req: InstanceType<V1['CreateChannelRequest']>, ctx: CallContext): qpq.v1.CreateChannelResponse.$Properties {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const groupId = sizedBytes(req.group_id, 'group_id', GROUP_ID_BYTES)
    const keys = this.memberKeys(req.member_keys, me)
    const now = this.now()
    const { store } = this.d
    const outcome = store.atomically(() => {
      const existing = store.group(groupId)
      let id: Buffer
      const added: Buffer[] = []
      if (existing === undefined) {
        id = uuidV7(now)
        store.create(id, groupId, now)
        store.addMember(id, me, true, now)
        added.push(me)
      } else {
        id = existing.id
        if (store.membership(id, me) === undefined) throw new ForbiddenError('only members of a group may add members to it')
      }
      for (const k of keys) {
        if (this.d.isBanned(id, k)) throw new ForbiddenError(`${k.toString('hex')} is banned from this group`)
        if (store.addMember(id, k, false, now)) added.push(k)
      }
      if (store.memberCount(id) > MAX_GROUP_MEMBERS) throw new BadRequestError(`a group has at most ${MAX_GROUP_MEMBERS} members`)
      return { id, created: existing === undefined, added, remember: this.d.accepted?.(me, added) }
    })
    const { id, created, added } = outcome
    outcome.remember?.()
    if (created) this.d.hooks.observe('channel.created', { channelId: id, creator: me })
    for (const k of added) this.d.hooks.observe('group.join', { channelId: id, member: k })
    if (added.length > 0) this.membership(store.members(id), groupId, id, 'added', added, me)
    return { channel_id: id, created }
  }

  removeMember = (req: InstanceType<V1['RemoveMemberRequest']>, ctx: CallContext): qpq.v1.RemoveMemberResponse.$Properties => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const target = sizedBytes(req.member_key, 'member_key', IDENTITY_KEY_BYTES)
    const { store } = this.d
    const group = this.groupOf(req.group_id)
    const caller = store.membership(group.id, me)
    if (caller === undefined) throw new ForbiddenError('you are not a member of this group')
    const leaving = target.equals(me)
    if (!leaving && !caller.admin) throw new ForbiddenError('only a group admin may remove other members')
    return { removed: this.remove(group, target, me) }
  }

  /** Moderation banned a key from a channel: it leaves it at once. */
  expel(channel: Buffer, key: Buffer, actor: Buffer): void {
    const row = this.d.store.channel(channel)
    if (row !== undefined) this.remove(row, key, actor)
  }

  updateGroupMetadata = (req: InstanceType<V1['UpdateGroupMetadataRequest']>, ctx: CallContext): qpq.v1.UpdateGroupMetadataResponse.$Properties => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const group = this.groupOf(req.group_id)
    if (!this.d.store.membership(group.id, me)?.admin) throw new ForbiddenError('only a group admin may change its metadata')
    // decoded nested messages carry every field (defaults on the prototype)
    const m = req.metadata as qpq.v1.GroupMetadata | null | undefined
    if (m === null || m === undefined) throw new BadRequestError('metadata is missing (send every field: it replaces the old metadata)')
    utf8Max(m.name, 'metadata.name', NAME_MAX_BYTES)
    utf8Max(m.description, 'metadata.description', DESCRIPTION_MAX_BYTES)
    const avatarBlobId = sizedBytes(m.avatar_blob_id, 'metadata.avatar_blob_id', 0, BLOB_ID_BYTES)
    if (m.settings.length > SETTINGS_MAX_BYTES) throw new BadRequestError(`metadata.settings must be at most ${SETTINGS_MAX_BYTES} bytes`)
    const now = this.now()
    this.d.store.updateMetadata(group.id, { name: m.name, description: m.description, avatarBlobId, settings: Buffer.from(m.settings) }, now)
    return { updated_at_ms: now }
  }

  listGroupMembers = (req: InstanceType<V1['ListGroupMembersRequest']>, ctx: CallContext): qpq.v1.ListGroupMembersResponse.$Properties => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const group = this.groupOf(req.group_id)
    if (this.d.store.membership(group.id, me) === undefined) throw new ForbiddenError('you are not a member of this group')
    const { after, limit } = pageRequest(req.limit, req.cursor)
    const { rows, next } = page(this.d.store.memberPage(group.id, after, limit + 1), limit)
    const { metadata: md } = group
    return {
      members: rows.map((r) => ({ identity_key: r.key, username: r.username, admin: r.admin, joined_at_ms: r.joinedAt })),
      next_cursor: next,
      metadata: { name: md.name, description: md.description, avatar_blob_id: md.avatarBlobId, settings: md.settings },
      metadata_updated_at_ms: group.metadataUpdatedAt,
      epoch: group.epoch,
    }
  }

  /** Records the epoch and enqueues the commit to every other member, atomically. */
  rotateKeys = async (req: InstanceType<V1['RotateKeysRequest']>, ctx: CallContext): Promise<qpq.v1.RotateKeysResponse.$Properties> => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const group = this.groupOf(req.group_id)
    if (this.d.store.membership(group.id, me) === undefined) throw new ForbiddenError('you are not a member of this group')
    if (req.commit.length === 0 || req.commit.length > COMMIT_MAX_BYTES) throw new BadRequestError(`commit must be 1 to ${COMMIT_MAX_BYTES} bytes`)
    if (req.epoch === 0) throw new BadRequestError('epoch must be greater than 0')
    const messageId = req.message_id.length === 0 ? null : sizedBytes(req.message_id, 'message_id', MESSAGE_ID_BYTES)
    const payload = Buffer.from(req.commit)
    const { store } = this.d
    let accepted = false
    const results = await this.d.deposit(() => {
      const current = store.channel(group.id)
      if (current === undefined) throw new NotFoundError('no group has this group_id')
      // a retry of the rotation that won (same message_id) fans out again: delivery deduplicates it
      const retry = messageId !== null && current.epoch === req.epoch && current.epochMessageId?.equals(messageId) === true
      accepted = retry || store.advanceEpoch(group.id, req.epoch, messageId)
      if (!accepted) return []
      const expiresAt = this.now() + this.d.ttlSecs * 1000
      return store.members(group.id).filter((k) => !k.equals(me)).map((recipient) => ({ recipient, channel: group.id, payload, messageId, expiresAt }))
    })
    return { accepted, epoch: accepted ? req.epoch : store.channel(group.id)?.epoch ?? 0, recipient_count: results.length }
  }

  /** Ephemeral: pushed to the other members' live connections, never stored. */
  sendTyping = (req: InstanceType<V1['SendTypingRequest']>, ctx: CallContext): qpq.v1.SendTypingResponse.$Properties => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const channel = sizedBytes(req.channel_id, 'channel_id', CHANNEL_ID_BYTES)
    const { store } = this.d
    if (store.membership(channel, me) === undefined) {
      if (store.channel(channel) === undefined) throw new NotFoundError('no channel has this channel_id')
      throw new ForbiddenError('you are not a member of this channel')
    }
    const event = qpq.v1.Typing.encode({ channel_id: channel, sender_key: me, typing: req.typing, timestamp_ms: this.now() }).finish()
    let delivered = 0
    for (const k of store.members(channel)) if (!k.equals(me)) delivered += this.d.push(k, PushEvent.Typing, event)
    return { delivered }
  }

  /** Account deletion: leaves every channel (inside the purge); returns the pushes to send after it commits. */
  purgeMember(key: Buffer): () => void {
    const { store } = this.d
    const left: ChannelRow[] = []
    for (const id of store.channelsOf(key)) {
      const row = store.channel(id)
      store.removeMember(id, key)
      store.dropIfEmpty(id)
      if (row !== undefined) left.push(row)
    }
    return () => {
      for (const row of left) {
        if (row.groupId !== null) this.d.hooks.observe('group.leave', { channelId: row.id, member: key })
        this.membership(store.members(row.id), row.groupId, row.id, 'left', [key], key)
      }
    }
  }

  /** Removes a member, then tells the members and the hooks; false when it was not one. */
  private remove(channel: ChannelRow, target: Buffer, actor: Buffer): boolean {
    const { store } = this.d
    const removed = store.atomically(() => {
      const r = store.removeMember(channel.id, target)
      store.dropIfEmpty(channel.id)
      return r
    })
    if (removed) {
      if (channel.groupId !== null) this.d.hooks.observe('group.leave', { channelId: channel.id, member: target })
      this.membership([...store.members(channel.id), target], channel.groupId, channel.id, target.equals(actor) ? 'left' : 'removed', [target], actor)
    }
    return removed
  }

  private groupOf(groupIdBytes: Uint8Array): ChannelRow {
    const group = this.d.store.group(sizedBytes(groupIdBytes, 'group_id', GROUP_ID_BYTES))
    if (group === undefined) throw new NotFoundError('no group has this group_id')
    return group
  }

  /** An account here, or a user of another domain resolved through the federation relay. */
  private isUser(key: Buffer): boolean {
    return this.d.accountExists(key) || this.d.isRemoteUser?.(key) === true
  }

  private remoteHint(): string {
    return this.d.isRemoteUser === undefined ? '' : ' (a user of another domain is known here once resolved: ResolveUser name@domain first)'
  }

  /** Validated, deduplicated member keys of accounts on this server or users resolved on peer domains, without the caller. */
  private memberKeys(list: Uint8Array[], me: Buffer): Buffer[] {
    if (list.length > MAX_KEYS_PER_CALL) throw new BadRequestError(`at most ${MAX_KEYS_PER_CALL} member_keys per call`)
    const seen = new Set<string>()
    const keys: Buffer[] = []
    list.forEach((k, i) => {
      const key = sizedBytes(k, `member_keys[${i}]`, IDENTITY_KEY_BYTES)
      if (!this.isUser(key)) throw new NotFoundError(`member_keys[${i}]: no account has this identity key${this.remoteHint()}`)
      const hex = key.toString('hex')
      if (key.equals(me) || seen.has(hex)) return
      seen.add(hex)
      keys.push(key)
    })
    return keys
  }

  /** Pushes a Membership event to each of `to`. */
  private membership(to: Buffer[], groupId: Buffer | null, channel: Buffer, change: Change, members: Buffer[], actor: Buffer): void {
    const event = qpq.v1.Membership.encode({
      group_id: groupId ?? Buffer.alloc(0), channel_id: channel, change, member_keys: members, actor_key: actor, timestamp_ms: this.now(),
    }).finish()
    for (const k of to) this.d.push(k, PushEvent.Membership, event)
  }
}
