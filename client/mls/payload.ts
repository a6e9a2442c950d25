// This client's payload format: the bytes it enqueues (opaque to the server) and the plaintext
// inside its MLS application messages. Documented in docs/sdk.md ("Wire format of the client").
//
// payload  = 0x01 MLSMessage                                  a commit or application message
//          | 0x02 kind(1: direct, 2: group) channel_id(16) MLSMessage(Welcome)   an invitation
//          | 0x03 hybrid envelope (hybrid-envelope.ts) sealing one of the two above
// content  = type(1: text, 2: group name) u64 sent_at_ms UTF-8 body   (big-endian)
//          | type(3: file) u64 sent_at_ms u16 name_len name u64 size u16 ref_len ref UTF-8 caption
//          | type(4: addresses) u64 sent_at_ms { identity_key(32) u16 len name@domain }*

const MLS = 1
const INVITATION = 2
const SEALED = 3
const CHANNEL_ID_BYTES = 16

export type ConversationKind = 'direct' | 'group'

export type Payload =
  | { kind: 'mls'; message: Uint8Array }
  | { kind: 'invitation'; conversation: ConversationKind; channelId: Uint8Array; welcome: Uint8Array }
  | { kind: 'sealed'; envelope: Uint8Array }

export class PayloadError extends Error {
  override name = 'PayloadError'
}

export function encodePayload(p: Payload): Buffer {
  switch (p.kind) {
    case 'mls': return Buffer.concat([Buffer.from([MLS]), p.message])
    case 'invitation': {
      if (p.channelId.length !== CHANNEL_ID_BYTES) throw new PayloadError(`a channel id is ${CHANNEL_ID_BYTES} bytes`)
      return Buffer.concat([Buffer.from([INVITATION, p.conversation === 'direct' ? 1 : 2]), p.channelId, p.welcome])
    }
    case 'sealed': return Buffer.concat([Buffer.from([SEALED]), p.envelope])
  }
}

export function decodePayload(bytes: Uint8Array): Payload {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  switch (b[0]) {
    case MLS: return { kind: 'mls', message: b.subarray(1) }
    case INVITATION: {
      if (b.length <= 2 + CHANNEL_ID_BYTES || (b[1] !== 1 && b[1] !== 2)) throw new PayloadError('a malformed invitation')
      return { kind: 'invitation', conversation: b[1] === 1 ? 'direct' : 'group', channelId: b.subarray(2, 2 + CHANNEL_ID_BYTES), welcome: b.subarray(2 + CHANNEL_ID_BYTES) }
    }
    case SEALED: return { kind: 'sealed', envelope: b.subarray(1) }
    default: throw new PayloadError(`unknown payload kind ${b[0]}`)
  }
}

export type Content =
  | { type: 'text'; text: string; sentAtMs: number }
  /** The group's name, sent by whoever adds members, so names never reach the server. */
  | { type: 'group-name'; name: string; sentAtMs: number }
  /** A file stored as a sealed blob (attachments.ts): its name, size and reference, with an optional caption. */
  | { type: 'file'; file: FileRef; text: string; sentAtMs: number }
  /**
   * The members' addresses (name@domain), sent by whoever changes a group that has members on
   * other domains, so each member's client can look up the others' names on its own server (and
   * check them there: a claim here is only what to look up, never trusted as it is).
   */
  | { type: 'addresses'; entries: AddressEntry[]; sentAtMs: number }

export interface AddressEntry { identityKey: Uint8Array; address: string }

export interface FileRef {
  /** The file's name as its sender had it (no directories). */
  name: string
  size: number
  /** "<blob id hex>:<key>", for getSealed. */
  ref: string
}

const TEXT = 1
const GROUP_NAME = 2
const FILE = 3
const ADDRESSES = 4
const CONTENT_HEADER = 9
const IDENTITY_KEY_BYTES = 32

const CONTENT_TYPE = { text: TEXT, 'group-name': GROUP_NAME, file: FILE, addresses: ADDRESSES } as const

/** u16 length then the UTF-8 bytes. */
function short(s: string): Buffer {
  const b = Buffer.from(s, 'utf8')
  if (b.length > 0xffff) throw new PayloadError('a field over 65535 bytes')
  const len = Buffer.alloc(2)
  len.writeUInt16BE(b.length)
  return Buffer.concat([len, b])
}

export function encodeContent(c: Content): Buffer {
  const head = Buffer.alloc(CONTENT_HEADER)
  head[0] = CONTENT_TYPE[c.type]
  head.writeBigUInt64BE(BigInt(c.sentAtMs), 1)
  switch (c.type) {
    case 'text': return Buffer.concat([head, Buffer.from(c.text, 'utf8')])
    case 'group-name': return Buffer.concat([head, Buffer.from(c.name, 'utf8')])
    case 'file': {
      const size = Buffer.alloc(8)
      size.writeBigUInt64BE(BigInt(c.file.size))
      return Buffer.concat([head, short(c.file.name), size, short(c.file.ref), Buffer.from(c.text, 'utf8')])
    }
    case 'addresses': return Buffer.concat([head, ...c.entries.flatMap((e) => {
      if (e.identityKey.length !== IDENTITY_KEY_BYTES) throw new PayloadError(`an identity key is ${IDENTITY_KEY_BYTES} bytes`)
      return [e.identityKey, short(e.address)]
    })])
  }
}

export function decodeContent(bytes: Uint8Array): Content {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (b.length < CONTENT_HEADER) throw new PayloadError('a truncated message')
  const sentAtMs = Number(b.readBigUInt64BE(1))
  const body = b.subarray(CONTENT_HEADER)
  if (b[0] === TEXT) return { type: 'text', text: body.toString('utf8'), sentAtMs }
  if (b[0] === GROUP_NAME) return { type: 'group-name', name: body.toString('utf8'), sentAtMs }
  if (b[0] === FILE) return { type: 'file', ...decodeFile(body), sentAtMs }
  if (b[0] === ADDRESSES) return { type: 'addresses', entries: decodeAddresses(body), sentAtMs }
  throw new PayloadError(`unknown content type ${b[0]}`)
}

/** Reads a buffer front to back; running past its end is a truncated message. */
function reader(b: Buffer, what: string): { take(n: number): Buffer; rest(): Buffer; done(): boolean } {
  let at = 0
  return {
    take(n) {
      if (at + n > b.length) throw new PayloadError(`a truncated ${what}`)
      at += n
      return b.subarray(at - n, at)
    },
    rest: () => b.subarray(at),
    done: () => at === b.length,
  }
}

function decodeAddresses(b: Buffer): AddressEntry[] {
  const r = reader(b, 'addresses message')
  const entries: AddressEntry[] = []
  while (!r.done()) {
    const identityKey = r.take(IDENTITY_KEY_BYTES)
    entries.push({ identityKey, address: r.take(r.take(2).readUInt16BE(0)).toString('utf8') })
  }
  return entries
}

function decodeFile(b: Buffer): { file: FileRef; text: string } {
  const { take, rest } = reader(b, 'file message')
  const name = take(take(2).readUInt16BE(0)).toString('utf8')
  const size = Number(take(8).readBigUInt64BE(0))
  const ref = take(take(2).readUInt16BE(0)).toString('utf8')
  return { file: { name, size, ref }, text: rest().toString('utf8') }
}
