// The channels and their members (migration 7). A channel is a 16-byte id that scopes delivery
// queues: a direct-message channel between two identity keys, or the channel of an MLS group
// (group_id set). Members are identity keys; the server keeps what clients tell it about a
// group (members, admins, metadata, the epoch recorded by RotateKeys) and never MLS state.
import type Database from 'better-sqlite3-multiple-ciphers'

export interface ChannelRow {
  id: Buffer
  /** The MLS group id (32 B); null for a direct-message channel. */
  groupId: Buffer | null
  createdAt: number
  metadata: GroupMetadata
  metadataUpdatedAt: number
  epoch: number
  /** The message_id of the RotateKeys that recorded `epoch` (for idempotent retries). */
  epochMessageId: Buffer | null
}

export interface GroupMetadata { name: string; description: string; avatarBlobId: Buffer; settings: Buffer }

export interface MemberRow { key: Buffer; admin: boolean; joinedAt: number; username: string; cursor: number }

type ChannelDbRow = {
  id: Buffer; group_id: Buffer | null; created_at: number; name: string; description: string; avatar_blob_id: Buffer
  settings: Buffer; metadata_updated_at: number; epoch: number; epoch_message_id: Buffer | null
}

const toChannel = (r: ChannelDbRow): ChannelRow => ({
  id: r.id, groupId: r.group_id, createdAt: r.created_at,
  metadata: { name: r.name, description: r.description, avatarBlobId: r.avatar_blob_id, settings: r.settings },
  metadataUpdatedAt: r.metadata_updated_at, epoch: r.epoch, epochMessageId: r.epoch_message_id,
})

export class ChannelStore {
  private readonly byId: Database.Statement<[Buffer], ChannelDbRow>
  private readonly byGroup: Database.Statement<[Buffer], ChannelDbRow>
  private readonly insertChannel: Database.Statement<[Buffer, Buffer | null, number]>
  private readonly insertMember: Database.Statement<[Buffer, Buffer, number, number]>
  private readonly deleteMember: Database.Statement<[Buffer, Buffer]>
  private readonly memberOf: Database.Statement<[Buffer, Buffer], { admin: number }>
  private readonly countMembers: Database.Statement<[Buffer], { n: number }>
  private readonly memberKeys: Database.Statement<[Buffer], { member: Buffer }>
  private readonly page: Database.Statement<[Buffer, number, number], { member: Buffer; admin: number; joined_at: number; username: string | null; cursor: number }>
  private readonly setMetadata: Database.Statement<[string, string, Buffer, Buffer, number, Buffer]>
  private readonly setEpoch: Database.Statement<[number, Buffer | null, Buffer, number]>
  private readonly contacts: Database.Statement<[Buffer, Buffer], { member: Buffer }>
  private readonly shared: Database.Statement<[Buffer, Buffer], { one: number }>
  private readonly channelsOfMember: Database.Statement<[Buffer], { channel: Buffer }>
  private readonly deleteEmpty: Database.Statement<[Buffer]>

  constructor(private readonly db: Database.Database) {
    const cols = 'id, group_id, created_at, name, description, avatar_blob_id, settings, metadata_updated_at, epoch, epoch_message_id'
    this.byId = db.prepare(`SELECT ${cols} FROM channels WHERE id = ?`)
    this.byGroup = db.prepare(`SELECT ${cols} FROM channels WHERE group_id = ?`)
    this.insertChannel = db.prepare('INSERT INTO channels (id, group_id, created_at) VALUES (?, ?, ?)')
    this.insertMember = db.prepare('INSERT OR IGNORE INTO channel_members (channel, member, admin, joined_at) VALUES (?, ?, ?, ?)')
    this.deleteMember = db.prepare('DELETE FROM channel_members WHERE channel = ? AND member = ?')
    this.memberOf = db.prepare('SELECT admin FROM channel_members WHERE channel = ? AND member = ?')
    this.countMembers = db.prepare('SELECT count(*) AS n FROM channel_members WHERE channel = ?')
    this.memberKeys = db.prepare('SELECT member FROM channel_members WHERE channel = ? ORDER BY rowid')
    // oldest first; the cursor is the member row's rowid (members are only ever appended)
    this.page = db.prepare(`SELECT m.member, m.admin, m.joined_at, u.username, m.rowid AS cursor FROM channel_members m
      LEFT JOIN users u ON u.identity_key = m.member WHERE m.channel = ? AND m.rowid > ? ORDER BY m.rowid LIMIT ?`)
    this.setMetadata = db.prepare('UPDATE channels SET name = ?, description = ?, avatar_blob_id = ?, settings = ?, metadata_updated_at = ? WHERE id = ?')
    this.setEpoch = db.prepare('UPDATE channels SET epoch = ?, epoch_message_id = ? WHERE id = ? AND epoch < ?')
    this.contacts = db.prepare(`SELECT DISTINCT o.member FROM channel_members m JOIN channel_members o ON o.channel = m.channel
      WHERE m.member = ? AND o.member != ?`)
    this.shared = db.prepare('SELECT 1 AS one FROM channel_members m JOIN channel_members o ON o.channel = m.channel WHERE m.member = ? AND o.member = ? LIMIT 1')
    this.channelsOfMember = db.prepare('SELECT channel FROM channel_members WHERE member = ?')
    this.deleteEmpty = db.prepare('DELETE FROM channels WHERE id = ? AND NOT EXISTS (SELECT 1 FROM channel_members WHERE channel = channels.id)')
  }

  /** Runs `work` in one transaction (nested calls become savepoints). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)()
  }

  channel(id: Buffer): ChannelRow | undefined {
    const r = this.byId.get(id)
    return r === undefined ? undefined : toChannel(r)
  }

  group(groupId: Buffer): ChannelRow | undefined {
    const r = this.byGroup.get(groupId)
    return r === undefined ? undefined : toChannel(r)
  }

  create(id: Buffer, groupId: Buffer | null, now: number): void {
    this.insertChannel.run(id, groupId, now)
  }

  /** Adds a member; false when it already was one. */
  addMember(channel: Buffer, key: Buffer, admin: boolean, now: number): boolean {
    return this.insertMember.run(channel, key, admin ? 1 : 0, now).changes === 1
  }

  /** Removes a member; false when it was not one. */
  removeMember(channel: Buffer, key: Buffer): boolean {
    return this.deleteMember.run(channel, key).changes === 1
  }

  /** undefined: not a member. */
  membership(channel: Buffer, key: Buffer): { admin: boolean } | undefined {
    const r = this.memberOf.get(channel, key)
    return r === undefined ? undefined : { admin: r.admin === 1 }
  }

  memberCount(channel: Buffer): number {
    return (this.countMembers.get(channel) as { n: number }).n
  }

  members(channel: Buffer): Buffer[] {
    return this.memberKeys.all(channel).map((r) => r.member)
  }

  /** Members after `cursor` (0 = from the start), oldest first. */
  memberPage(channel: Buffer, cursor: number, limit: number): MemberRow[] {
    return this.page.all(channel, cursor, limit).map((r) => ({ key: r.member, admin: r.admin === 1, joinedAt: r.joined_at, username: r.username ?? '', cursor: r.cursor }))
  }

  updateMetadata(channel: Buffer, m: GroupMetadata, now: number): void {
    this.setMetadata.run(m.name, m.description, m.avatarBlobId, m.settings, now, channel)
  }

  /** Records a higher epoch; false when the recorded one is already >= epoch. */
  advanceEpoch(channel: Buffer, epoch: number, messageId: Buffer | null): boolean {
    return this.setEpoch.run(epoch, messageId, channel, epoch).changes === 1
  }

  /** Everyone sharing a channel with this identity (presence goes to them). */
  contactsOf(key: Buffer): Buffer[] {
    return this.contacts.all(key, key).map((r) => r.member)
  }

  /** True when a and b are members of one channel (or a is b). */
  shareChannel(a: Buffer, b: Buffer): boolean {
    return a.equals(b) || this.shared.get(a, b) !== undefined
  }

  channelsOf(key: Buffer): Buffer[] {
    return this.channelsOfMember.all(key).map((r) => r.channel)
  }

  /** Deletes the channel if it has no member left. */
  dropIfEmpty(channel: Buffer): void {
    this.deleteEmpty.run(channel)
  }
}
