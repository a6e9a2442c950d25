// The SDK's channels and groups (methods 400, 401, 410–413): `client.channels.*`. A direct
// channel's id is the same for both sides; a group is registered under its MLS group id (32 B)
// and its channel id is where its messages are enqueued. Membership, typing and presence
// arrive as pushes (client.onPush / pushes(); decode with qpq.v1.Membership / Typing / Presence).
import type { qpq } from '../../proto/qpq.js'
import type { Requester } from './requester.js'

export interface GroupPage {
  members: qpq.v1.IGroupMember[]
  /** Pass to the next call; null after the last page. */
  nextCursor: Uint8Array | null
  metadata: qpq.v1.IGroupMetadata | null
  epoch: number
}

export class ChannelsApi {
  constructor(private readonly client: Requester) {}

  /** The direct-message channel with `peerKey` (created on first use by either side). */
  async direct(peerKey: Uint8Array): Promise<{ channelId: Uint8Array; created: boolean }> {
    const r = await this.client.request('CreateChannel', { peer_key: peerKey })
    return { channelId: r.channel_id, created: r.created }
  }

  /** Registers the MLS group `groupId` with the caller as admin, or adds `memberKeys` to it. */
  async group(groupId: Uint8Array, memberKeys: Uint8Array[] = []): Promise<{ channelId: Uint8Array; created: boolean }> {
    const r = await this.client.request('CreateChannel', { group_id: groupId, member_keys: memberKeys })
    return { channelId: r.channel_id, created: r.created }
  }

  /** Removes a member (admins) or the caller itself (leave); false when it was not a member. */
  async removeMember(groupId: Uint8Array, memberKey: Uint8Array): Promise<boolean> {
    return (await this.client.request('RemoveMember', { group_id: groupId, member_key: memberKey })).removed
  }

  /** Replaces the group's metadata (admins). */
  async setMetadata(groupId: Uint8Array, metadata: qpq.v1.IGroupMetadata): Promise<number> {
    return Number((await this.client.request('UpdateGroupMetadata', { group_id: groupId, metadata })).updated_at_ms)
  }

  /** One page of members, oldest first (members only). */
  async members(groupId: Uint8Array, opts: { limit?: number; cursor?: Uint8Array } = {}): Promise<GroupPage> {
    const r = await this.client.request('ListGroupMembers', { group_id: groupId, limit: opts.limit, cursor: opts.cursor })
    return { members: r.members, nextCursor: r.next_cursor.length === 0 ? null : r.next_cursor, metadata: r.metadata ?? null, epoch: Number(r.epoch) }
  }

  /** Hands an MLS commit moving the group to `epoch` to the server, which fans it out unless a concurrent rotation won. */
  async rotateKeys(groupId: Uint8Array, commit: Uint8Array, epoch: number, messageId?: Uint8Array): Promise<{ accepted: boolean; epoch: number; recipients: number }> {
    const r = await this.client.request('RotateKeys', { group_id: groupId, commit, epoch, message_id: messageId })
    return { accepted: r.accepted, epoch: Number(r.epoch), recipients: r.recipient_count }
  }

  /** Tells the channel's other members that the caller started (true) or stopped typing. */
  async typing(channelId: Uint8Array, typing: boolean): Promise<number> {
    return (await this.client.request('SendTyping', { channel_id: channelId, typing })).delivered
  }
}
