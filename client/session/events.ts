// Server pushes as typed events: each push frame (event types 1000–1003, ruling 9, and our 1010)
// decoded into a tagged object, so SDK users switch on `type` instead of decoding protobuf themselves.
import { PushEvent } from '../../protocol/push.js'
import { parseEnvelope, verifyEnvelopeSignature } from '../../protocol/mesh/envelope.js'
import { qpq } from '../../proto/qpq.js'
import type { PushFrame } from '../../protocol/rpc-connection.js'

/** 1000: a message was stored in one of this client's queues. */
export interface NewMessageEvent {
  type: 'message'
  recipientKey: Uint8Array
  /** The queue's channel (empty: the default channel). */
  channelId: Uint8Array
  deviceId: Uint8Array
  seq: number
  /** The payload; null when the server left it out (too large for a push): fetch it. */
  data: Uint8Array | null
  messageId: Uint8Array
  enqueuedAtMs: number
  expiresAtMs: number
}

/** 1001: a member of a channel started or stopped typing. */
export interface TypingEvent { type: 'typing'; channelId: Uint8Array; senderKey: Uint8Array; typing: boolean; timestampMs: number }

/** 1002: a contact came online or went offline. */
export interface PresenceEvent { type: 'presence'; identityKey: Uint8Array; online: boolean; lastSeenMs: number }

/** 1003: a group's server-side membership changed. */
export interface MembershipEvent {
  type: 'membership'
  groupId: Uint8Array
  channelId: Uint8Array
  change: 'added' | 'removed' | 'left'
  memberKeys: Uint8Array[]
  actorKey: Uint8Array
  timestampMs: number
}

/**
 * 1010: a LAN mesh broadcast on a topic this connection subscribed to. `payload` is the topic's
 * ciphertext (MeshTopic.open); `verified` says the origin's signature checks out.
 */
export interface MeshBroadcastEvent {
  type: 'mesh-broadcast'
  topicId: Uint8Array
  id: Uint8Array
  /** The node that signed it (or the user, for an envelope a client submitted). */
  originKey: Uint8Array
  payload: Uint8Array
  createdAtMs: number
  hops: number
  verified: boolean
}

/** A push of an event type this SDK does not know (a newer server). */
export interface UnknownPushEvent { type: 'unknown'; eventType: number; payload: Uint8Array }

export type ClientEvent = NewMessageEvent | TypingEvent | PresenceEvent | MembershipEvent | MeshBroadcastEvent | UnknownPushEvent
export type ClientEventType = ClientEvent['type']
export type EventOf<T extends ClientEventType> = Extract<ClientEvent, { type: T }>

const EVENT_CODES: Record<Exclude<ClientEventType, 'unknown'>, number> = {
  message: PushEvent.NewMessage, typing: PushEvent.Typing, presence: PushEvent.Presence, membership: PushEvent.Membership,
  'mesh-broadcast': PushEvent.MeshBroadcast,
}
const KNOWN_CODES = new Set<number>(Object.values(EVENT_CODES))

/** Whether a push of this event type code decodes to an event of this type (checked without decoding). */
export function isPushOf(type: ClientEventType, eventType: number): boolean {
  return type === 'unknown' ? !KNOWN_CODES.has(eventType) : EVENT_CODES[type] === eventType
}

/** Decodes one push frame; a payload that does not decode throws (protobufjs' error). */
export function decodePush(p: PushFrame): ClientEvent {
  switch (p.eventType) {
    case PushEvent.NewMessage: {
      const m = qpq.v1.NewMessage.decode(p.payload)
      return {
        type: 'message', recipientKey: m.recipient_key, channelId: m.channel_id, deviceId: m.device_id,
        seq: Number(m.envelope?.seq ?? 0), data: m.data_omitted ? null : (m.envelope?.data ?? new Uint8Array()),
        messageId: m.message_id, enqueuedAtMs: Number(m.enqueued_at_ms), expiresAtMs: Number(m.expires_at_ms),
      }
    }
    case PushEvent.Typing: {
      const m = qpq.v1.Typing.decode(p.payload)
      return { type: 'typing', channelId: m.channel_id, senderKey: m.sender_key, typing: m.typing, timestampMs: Number(m.timestamp_ms) }
    }
    case PushEvent.Presence: {
      const m = qpq.v1.Presence.decode(p.payload)
      return { type: 'presence', identityKey: m.identity_key, online: m.online, lastSeenMs: Number(m.last_seen_ms) }
    }
    case PushEvent.Membership: {
      const m = qpq.v1.Membership.decode(p.payload)
      return {
        type: 'membership', groupId: m.group_id, channelId: m.channel_id, change: m.change as MembershipEvent['change'],
        memberKeys: m.member_keys, actorKey: m.actor_key, timestampMs: Number(m.timestamp_ms),
      }
    }
    case PushEvent.MeshBroadcast: {
      const e = parseEnvelope(qpq.v1.MeshBroadcastEvent.decode(p.payload).envelope ?? {})
      if (e === null || e.topic === null) throw new Error('a MeshBroadcastEvent without a well-formed broadcast envelope')
      return { type: 'mesh-broadcast', topicId: e.topic, id: e.id, originKey: e.origin, payload: e.payload, createdAtMs: e.createdAtMs, hops: e.hopCount, verified: verifyEnvelopeSignature(e) }
    }
    default:
      return { type: 'unknown', eventType: p.eventType, payload: p.payload }
  }
}
