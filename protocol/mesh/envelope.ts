// Mesh envelopes (proto/qpq/v1/mesh.proto, docs/mesh.md): their limits, the fixed byte string the
// origin signs (never protobuf bytes, whose encoding is not canonical), signing, checking a wire
// envelope into a trusted one, and the ref that identifies an envelope in dedup and anti-entropy.
// Shared by mesh nodes and the SDK (a client whose server is down signs envelopes itself).
import { createHash, sign, type KeyObject } from 'node:crypto'
import { verifyEd25519 } from '../ed25519.js'

export const MESH_ID_BYTES = 16
export const MESH_KEY_BYTES = 32
export const MESH_TOPIC_BYTES = 32
export const MESH_CHANNEL_MAX_BYTES = 16
export const MESH_REF_BYTES = 16
export const MESH_SIGNATURE_BYTES = 64
/** Meshtastic's defaults: 3 hops unless the origin asks for more, never more than 7. */
export const DEFAULT_MAX_HOPS = 3
export const MAX_HOPS_LIMIT = 7
/** lxmd's default expiry: no envelope may ask to live longer. */
export const MAX_TTL_SECS = 30 * 86_400
/** How far in the future a created_at may lie (clocks of LAN nodes disagree). */
export const CLOCK_SKEW_MS = 10 * 60_000

const ENVELOPE_TAG = Buffer.from('qpq-mesh-envelope-v1\0')
const REF_TAG = Buffer.from('qpq-mesh-ref-v1\0')
const MESSAGE_ID_TAG = Buffer.from('qpq-mesh-message-id-v1\0')
const KIND_UNICAST = 1
const KIND_BROADCAST = 2

/** A checked envelope: sizes and shape are right (the signature is checked separately). */
export interface MeshEnvelope {
  id: Buffer
  origin: Buffer
  /** Unicast: the recipient's identity key; null for a broadcast. */
  recipient: Buffer | null
  /** Broadcast: the topic; null for unicast. */
  topic: Buffer | null
  /** Unicast: the recipient queue's channel (0-16 B); empty for a broadcast. */
  channel: Buffer
  createdAtMs: number
  ttlSecs: number
  hopCount: number
  maxHops: number
  payload: Buffer
  signature: Buffer
}

export type UnsignedEnvelope = Omit<MeshEnvelope, 'signature' | 'origin' | 'hopCount'>

/** The wire shape (qpq.v1.MeshEnvelope): what protobufjs decodes. */
export interface WireEnvelope {
  id?: Uint8Array | null
  origin_key?: Uint8Array | null
  recipient_key?: Uint8Array | null
  topic?: Uint8Array | null
  channel_id?: Uint8Array | null
  created_at_ms?: number | null
  ttl_secs?: number | null
  hop_count?: number | null
  max_hops?: number | null
  payload?: Uint8Array | null
  signature?: Uint8Array | null
}

/**
 * The signed string: TAG "qpq-mesh-envelope-v1\0" | id (16) | origin (32) | u8 kind (1 unicast,
 * 2 broadcast) | recipient or topic (32) | u8 channel length | channel | u64 created_at_ms |
 * u32 ttl_secs | u8 max_hops | SHA-256(payload) (32), integers big-endian. hop_count is not in
 * it: every node changes it.
 */
export function envelopeSignedBytes(e: Omit<MeshEnvelope, 'signature' | 'hopCount'>): Buffer {
  const dest = e.recipient ?? e.topic
  if (dest === null) throw new RangeError('an envelope has a recipient or a topic')
  const head = Buffer.alloc(2)
  head[0] = e.recipient !== null ? KIND_UNICAST : KIND_BROADCAST
  head[1] = e.channel.length
  const tail = Buffer.alloc(8 + 4 + 1)
  tail.writeBigUInt64BE(BigInt(e.createdAtMs), 0)
  tail.writeUInt32BE(e.ttlSecs, 8)
  tail[12] = e.maxHops
  return Buffer.concat([ENVELOPE_TAG, e.id, e.origin, head.subarray(0, 1), dest, head.subarray(1), e.channel, tail, createHash('sha256').update(e.payload).digest()])
}

/** Signs an envelope as its origin (a node's mesh key, or a user's identity key); hop_count 0. */
export function signEnvelope(u: UnsignedEnvelope, privateKey: KeyObject, originKey: Uint8Array): MeshEnvelope {
  const e = { ...u, origin: Buffer.from(originKey), hopCount: 0 }
  return { ...e, signature: sign(null, envelopeSignedBytes(e), privateKey) }
}

export function verifyEnvelopeSignature(e: MeshEnvelope): boolean {
  return verifyEd25519(e.origin, envelopeSignedBytes(e), e.signature)
}

/** What identifies an envelope in dedup, summaries and wants: SHA-256(TAG | origin | id), 16 B. */
export function envelopeRef(origin: Uint8Array, id: Uint8Array): Buffer {
  return createHash('sha256').update(REF_TAG).update(origin).update(id).digest().subarray(0, MESH_REF_BYTES)
}

/**
 * The id of the envelope that carries a message for one recipient: SHA-256(TAG | message_id |
 * recipient), 16 B. A retry of the message (same message_id) makes the same envelope, and one
 * message_id sent to several recipients (BatchEnqueue) makes distinct envelopes.
 */
export function messageEnvelopeId(messageId: Uint8Array, recipient: Uint8Array): Buffer {
  return createHash('sha256').update(MESSAGE_ID_TAG).update(messageId).update(recipient).digest().subarray(0, MESH_ID_BYTES)
}

export const expiresAtMs = (e: MeshEnvelope): number => e.createdAtMs + e.ttlSecs * 1000

/** A decoded bytes field as a Buffer view (absent: empty). */
export const bytesOf = (b: Uint8Array | null | undefined): Buffer => (b == null ? Buffer.alloc(0) : Buffer.from(b.buffer, b.byteOffset, b.byteLength))

/** Checks the shape of a wire envelope; null when a field has the wrong size or range. */
export function parseEnvelope(w: WireEnvelope): MeshEnvelope | null {
  const id = bytesOf(w.id)
  const origin = bytesOf(w.origin_key)
  const recipient = bytesOf(w.recipient_key)
  const topic = bytesOf(w.topic)
  const channel = bytesOf(w.channel_id)
  const signature = bytesOf(w.signature)
  const maxHops = w.max_hops ?? 0
  const ttlSecs = w.ttl_secs ?? 0
  const createdAtMs = w.created_at_ms ?? 0
  if (id.length !== MESH_ID_BYTES || origin.length !== MESH_KEY_BYTES || signature.length !== MESH_SIGNATURE_BYTES) return null
  const unicast = recipient.length === MESH_KEY_BYTES && topic.length === 0
  const broadcast = topic.length === MESH_TOPIC_BYTES && recipient.length === 0 && channel.length === 0
  if (!unicast && !broadcast) return null
  if (channel.length > MESH_CHANNEL_MAX_BYTES) return null
  // created_at_ms is a uint64 and decodes as a JS number: one past 2^53 is no time of ours, and 2^64 cannot be signed again
  if (maxHops < 1 || maxHops > MAX_HOPS_LIMIT || ttlSecs < 1 || ttlSecs > MAX_TTL_SECS || createdAtMs <= 0 || !Number.isSafeInteger(createdAtMs)) return null
  return {
    id, origin, recipient: unicast ? recipient : null, topic: broadcast ? topic : null, channel, createdAtMs, ttlSecs,
    hopCount: w.hop_count ?? 0, maxHops, payload: bytesOf(w.payload), signature,
  }
}

export function toWireEnvelope(e: MeshEnvelope, hopCount = e.hopCount): WireEnvelope {
  return {
    id: e.id, origin_key: e.origin, recipient_key: e.recipient ?? undefined, topic: e.topic ?? undefined,
    channel_id: e.channel.length > 0 ? e.channel : undefined, created_at_ms: e.createdAtMs, ttl_secs: e.ttlSecs,
    hop_count: hopCount, max_hops: e.maxHops, payload: e.payload, signature: e.signature,
  }
}

/** Why an envelope cannot be taken now, from its times and hops alone (null: it can). */
export function timeAndHopCheck(e: MeshEnvelope, nowMs: number): 'expired' | 'future' | 'over-hop' | null {
  if (e.hopCount > e.maxHops) return 'over-hop'
  if (expiresAtMs(e) <= nowMs) return 'expired'
  if (e.createdAtMs > nowMs + CLOCK_SKEW_MS) return 'future'
  return null
}
