// Protobuf inputs for the fuzzer, from the schemas themselves (proto/qpq/v1/*.proto, loaded with
// protobufjs reflection at test time): valid-shaped messages whose values sit at and around the
// limits (sizes, counts, integers, wrong key lengths, known-good values of the running system),
// written by a wire writer of our own so that anything can be written — then, for some cases,
// raw mutations of those bytes (bit flips, truncation, splices, overlong varints, lengths past
// the end, wrong wire types, unknown fields, deeply nested groups).
import { readdirSync } from 'node:fs'
import path from 'node:path'
import protobuf from 'protobufjs'
import { REPO } from '../daemon-process.js'
import type { Rng } from './rng.js'

// ---------------------------------------------------------------------------------------------
// the schema

/** Every message of qpq.v1, by reflection of the .proto files (names as written: keepCase). */
export function loadSchema(): protobuf.Root {
  const dir = path.join(REPO, 'proto/qpq/v1')
  const root = new protobuf.Root()
  root.loadSync(readdirSync(dir).filter((f) => f.endsWith('.proto')).sort().map((f) => path.join(dir, f)), { keepCase: true })
  root.resolveAll()
  return root
}

export function messageType(root: protobuf.Root, name: string): protobuf.Type {
  return root.lookupType(`qpq.v1.${name}`)
}

// ---------------------------------------------------------------------------------------------
// the wire writer

const WT = { varint: 0, i64: 1, len: 2, sgroup: 3, egroup: 4, i32: 5 } as const
const U64 = (1n << 64n) - 1n

export class Wire {
  private readonly parts: Buffer[] = []
  /** Bytes written so far. */
  length = 0

  varint(v: bigint | number): this {
    let x = BigInt(v) & U64
    const out: number[] = []
    do {
      const b = Number(x & 0x7fn)
      x >>= 7n
      out.push(x > 0n ? b | 0x80 : b)
    } while (x > 0n)
    this.parts.push(Buffer.from(out))
    this.length += out.length
    return this
  }

  tag(field: number, wireType: number): this {
    return this.varint((BigInt(field) << 3n) | BigInt(wireType & 7))
  }

  raw(b: Uint8Array): this {
    this.parts.push(Buffer.from(b))
    this.length += b.length
    return this
  }

  len(field: number, b: Uint8Array): this {
    return this.tag(field, WT.len).varint(b.length).raw(b)
  }

  fixed32(v: number): this {
    const b = Buffer.alloc(4)
    b.writeUInt32LE(v >>> 0)
    return this.raw(b)
  }

  fixed64(v: bigint): this {
    const b = Buffer.alloc(8)
    b.writeBigUInt64LE(BigInt.asUintN(64, v))
    return this.raw(b)
  }

  finish(): Buffer {
    return Buffer.concat(this.parts)
  }
}

// ---------------------------------------------------------------------------------------------
// values at and around the limits

const NOW = Date.now()
/** Sizes of this protocol's fields and limits (keys, ids, signatures, names, caps), and their neighbours. */
const LIMITS = [0, 1, 12, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 128, 192, 255, 256, 1000, 1024, 1088, 1216, 2048, 4096, 16384, 65536]
const SIZES = [...new Set(LIMITS.flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0))].sort((a, b) => a - b)
const UNSIGNED: bigint[] = [
  0n, 1n, 2n, 3n, 7n, 8n, 99n, 100n, 101n, 127n, 128n, 255n, 256n, 999n, 1000n, 1001n, 1023n, 1024n, 1025n, 4096n, 59_999n, 60_000n,
  60_001n, 65_535n, 65_536n, 1n << 20n, (1n << 20n) + 1n, 4_194_304n, 52_428_800n, 52_428_801n, 604_800n, 2_592_000n, (1n << 31n) - 1n,
  1n << 31n, (1n << 32n) - 1n, 1n << 32n, (1n << 53n) - 1n, 1n << 53n, (1n << 53n) + 1n, (1n << 63n) - 1n, 1n << 63n, U64,
  BigInt(NOW), BigInt(NOW - 86_400_000), BigInt(NOW + 3_600_000), BigInt(NOW + 40 * 86_400_000), BigInt(Math.floor(NOW / 1000)),
]
const SIGNED: bigint[] = [-1n, -2n, -(1n << 31n), -(1n << 63n), -BigInt(NOW)]

const STRING_PIECES = ['', 'a', 'alice', 'bob', 'Alice', 'admin', 'root', 'fuzz', '@', 'a@b', 'bob@example.org', 'x@localhost', '..', '/', '\\', '%00', '\0', ' ', '\t\n', 'é', 'ß', 'ǅ', '😀', '\u202e', '\ufeff', '\ud800', 'null', '-1', '1e309', '${x}', '<script>', '"\'']

/** What a bytes field holds, from its name: the running system's values of that kind make requests that get further. */
export type Kind = 'identity' | 'channel' | 'group' | 'device' | 'message' | 'blob' | 'token' | 'other'

export interface Dictionary {
  /** Known values of the running system by kind (identity keys, channel ids, device ids, …). */
  bytes: Partial<Record<Kind, Buffer[]>>
  strings: string[]
  /** Domains to name in *_domain fields (default: a few of no one). */
  domains?: string[]
  /**
   * Valid sub-messages by field name, used for most messages that have the field: the `auth` of
   * a live session, a peer's `federation_auth`. Without them almost every request stops there.
   */
  messages: Record<string, () => Record<string, unknown>>
}

export const emptyDictionary = (): Dictionary => ({ bytes: {}, strings: [], messages: {} })

/** A bytes field's kind and the size a valid value has (0: any), from its name. */
function bytesHint(name: string): { kind: Kind; size: number } {
  if (name === 'hybrid_public_key') return { kind: 'other', size: 1216 }
  if (/(^|_)keys?$/.test(name)) return { kind: 'identity', size: 32 }
  if (name === 'channel_id') return { kind: 'channel', size: 16 }
  if (name === 'group_id') return { kind: 'group', size: 32 }
  if (name === 'device_id') return { kind: 'device', size: 16 }
  if (/^(message|relay|report|upload)_id$/.test(name)) return { kind: 'message', size: 16 }
  if (/^(blob_id|avatar_blob_id|node_id|token_hash|sha256|topic|root|id)$/.test(name)) return { kind: 'blob', size: 32 }
  if (/token$/.test(name)) return { kind: 'token', size: 32 }
  if (name === 'signature') return { kind: 'other', size: 64 }
  if (name === 'upload') return { kind: 'other', size: 192 }
  if (name === 'finalization') return { kind: 'other', size: 64 }
  if (name === 'request') return { kind: 'other', size: 32 }
  return { kind: 'other', size: 0 }
}

/** A plausible string for a field, from its name. */
function plausibleString(rng: Rng, name: string, dict: Dictionary): string {
  if (/domain$/.test(name)) return rng.pick(dict.domains ?? ['localhost', 'example.org', 'b.example', ''])
  if (name === 'platform') return rng.pick(['apns', 'fcm'])
  if (name === 'mime_type') return rng.pick(['text/plain', 'image/png', 'application/octet-stream'])
  if (name === 'relay_url') return rng.pick(['https://relay.example/', 'quic://127.0.0.1:9'])
  if (name === 'direct_addresses') return rng.pick(['127.0.0.1:4000', '[::1]:4000', '10.72.0.1:1'])
  return dict.strings.length > 0 ? rng.pick(dict.strings) : 'alice'
}

function unsigned(rng: Rng): bigint {
  if (rng.chance(0.75)) return rng.pick(UNSIGNED)
  return rng.chance(0.5) ? BigInt(rng.u32()) : (BigInt(rng.u32()) << 32n) | BigInt(rng.u32())
}

/** A small value of the kind a field of this name takes (counts, times, sizes). */
function plausibleNumber(rng: Rng, name: string): number {
  if (/_ms$/.test(name) && name !== 'timeout_ms') return NOW + rng.range(-86_400_000, 86_400_000)
  if (name === 'timeout_ms') return rng.int(200)
  if (name === 'ttl_secs' || name === 'duration_secs') return rng.range(1, 86_400)
  return rng.int(rng.chance(0.5) ? 4 : 1_001)
}

function size(rng: Rng, max = Infinity): number {
  return Math.min(max, rng.weighted([[60, () => rng.pick(SIZES)], [30, () => rng.int(80)], [8, () => rng.int(4096)], [2, () => rng.pick([(1 << 20) - 1, 1 << 20, (1 << 20) + 1, 2 << 20])]] as const)())
}

/** Random bytes; past 4 KiB a random 4 KiB repeated (cheap to make, still no valid structure). */
function bulk(rng: Rng, n: number): Buffer {
  if (n <= 4096) return rng.bytes(n)
  return Buffer.alloc(n, rng.bytes(4096))
}

/** A bytes value for a field: mostly a valid-looking one of its kind, else anything near a limit. */
export function fuzzBytes(rng: Rng, dict: Dictionary, name = '', max = Infinity): Buffer {
  const hint = bytesHint(name)
  const known = dict.bytes[hint.kind] ?? []
  const all = Object.values(dict.bytes).flat()
  return rng.weighted([
    [35, () => (known.length > 0 ? rng.pick(known) : rng.bytes(hint.size || rng.int(64)))],
    [15, () => rng.bytes(hint.size || rng.int(64))],
    [6, () => (all.length > 0 ? rng.pick(all) : rng.bytes(32))],
    [6, () => {
      // a known value with one byte changed, or cut or grown by one
      const b = Buffer.from(known.length > 0 ? rng.pick(known) : rng.bytes(hint.size || 32))
      const how = rng.int(3)
      if (how === 0 && b.length > 0) flipBit(b, rng)
      return how === 1 ? b.subarray(0, Math.max(0, b.length - 1)) : how === 2 ? Buffer.concat([b, rng.bytes(1)]) : b
    }],
    [25, () => bulk(rng, size(rng, max))],
    [8, () => Buffer.alloc(size(rng, max), rng.pick([0, 0xff]))],
    [5, () => Buffer.alloc(0)],
  ] as const)()
}

export function fuzzString(rng: Rng, dict: Dictionary, name = ''): string {
  return rng.weighted([
    [40, () => plausibleString(rng, name, dict)],
    [25, () => rng.pick(STRING_PIECES)],
    [20, () => Array.from({ length: rng.range(1, 4) }, () => rng.pick([...STRING_PIECES, ...dict.strings])).join('')],
    [20, () => 'a'.repeat(rng.pick(SIZES))],
    [10, () => rng.bytes(rng.int(64)).toString('latin1')],
  ] as const)()
}

/** One field value, written with the field's tag (or, for repeated scalars, possibly packed). */
function writeScalar(w: Wire, rng: Rng, field: protobuf.Field, dict: Dictionary, max: number): void {
  const id = field.id
  switch (field.type) {
    case 'string': w.len(id, Buffer.from(fuzzString(rng, dict, field.name), 'utf8')); return
    case 'bytes': w.len(id, fuzzBytes(rng, dict, field.name, max)); return
    case 'bool': w.tag(id, WT.varint).varint(rng.weighted([[45, 0n], [45, 1n], [10, unsigned(rng)]] as const)); return
    case 'double': case 'fixed64': case 'sfixed64': w.tag(id, WT.i64).fixed64(rng.chance(0.5) ? unsigned(rng) : rng.pick(SIGNED)); return
    case 'float': case 'fixed32': case 'sfixed32': w.tag(id, WT.i32).fixed32(Number(unsigned(rng) & 0xffff_ffffn)); return
    case 'sint32': case 'sint64': {
      const v = rng.chance(0.5) ? unsigned(rng) & ((1n << 63n) - 1n) : rng.pick(SIGNED)
      w.tag(id, WT.varint).varint(v >= 0n ? v << 1n : ((-v) << 1n) - 1n)
      return
    }
    default: {
      // int32, uint32, int64, uint64, and enums (whose value sets are tried, then anything)
      const e = field.resolvedType instanceof protobuf.Enum ? field.resolvedType : null
      const v = e !== null && rng.chance(0.6) ? BigInt(rng.pick(Object.values(e.values)))
        : rng.chance(0.4) ? BigInt(plausibleNumber(rng, field.name))
        : rng.chance(0.85) || !field.type.startsWith('int') ? unsigned(rng) : rng.pick(SIGNED)
      w.tag(id, WT.varint).varint(v)
    }
  }
}

const isPackable = (f: protobuf.Field): boolean => f.resolvedType === null || f.resolvedType instanceof protobuf.Enum ? !['string', 'bytes'].includes(f.type) : false

function count(rng: Rng): number {
  return rng.weighted([[30, 0], [30, 1], [25, rng.range(2, 6)], [10, rng.pick([16, 17, 32, 100, 101])], [5, rng.pick([999, 1000, 1001])]] as const)
}

/** Bytes a generated message may take: most stay small, a few come near the 4 MiB frame limit. */
function sizeBudget(rng: Rng): { left: number } {
  return { left: rng.chance(0.02) ? rng.range(1 << 20, (4 << 20) - 64) : 64 << 10 }
}

/**
 * A message of `type` in wire bytes, each field present or not, values chosen near the limits;
 * field order and repetition vary as a real encoder's never would (decoders must take both).
 * Nested messages share the budget, so repeated messages of repeated messages stay bounded.
 */
export function genMessage(rng: Rng, type: protobuf.Type, dict: Dictionary, depth = 0, budget = sizeBudget(rng)): Buffer {
  const w = new Wire()
  const fields = [...type.fieldsArray]
  if (rng.chance(0.1)) fields.reverse()
  for (const f of fields) {
    if (budget.left <= 0) break
    if (f.partOf !== null && rng.chance(0.5)) continue // at most about half of a oneof's members
    const known = dict.messages[f.name]
    if (!rng.chance(known !== undefined ? 0.9 : 0.8)) continue
    const times = f.repeated ? count(rng) : rng.chance(0.05) ? 2 : 1
    if (f.repeated && times > 0 && isPackable(f) && rng.chance(0.5)) {
      const inner = new Wire()
      for (let i = 0; i < times; i++) inner.varint(unsigned(rng))
      w.len(f.id, inner.finish())
      continue
    }
    for (let i = 0; i < times && budget.left > 0; i++) {
      const before = w.length
      if (f.resolvedType instanceof protobuf.Type) {
        const body = known !== undefined && rng.chance(0.85) ? f.resolvedType.encode(known()).finish()
          : depth < 4 ? genMessage(rng, f.resolvedType, dict, depth + 1, budget) : Buffer.alloc(0)
        w.len(f.id, body)
        budget.left -= w.length - before - body.length // the nested message charged its own bytes
      } else {
        writeScalar(w, rng, f, dict, budget.left)
        budget.left -= w.length - before
      }
    }
  }
  if (rng.chance(0.05)) w.raw(unknownField(rng))
  return w.finish()
}

// ---------------------------------------------------------------------------------------------
// raw mutations

function flipBit(b: Buffer, rng: Rng): void {
  const i = rng.int(b.length)
  b[i] = (b[i] as number) ^ (1 << rng.int(8))
}

function unknownField(rng: Rng): Buffer {
  const w = new Wire()
  const field = rng.pick([0, 14, 17, 99, 1000, 19_000, 19_999, (1 << 29) - 1, rng.range(1, 1 << 29)])
  const wt = rng.int(8)
  w.tag(field, wt)
  if (wt === WT.varint) w.varint(unsigned(rng))
  else if (wt === WT.i64) w.raw(rng.bytes(8))
  else if (wt === WT.len) w.varint(rng.int(40)).raw(rng.bytes(rng.int(40)))
  else if (wt === WT.i32) w.raw(rng.bytes(4))
  else w.raw(rng.bytes(rng.int(8))) // groups (3, 4) and the invalid wire types 6 and 7
  return w.finish()
}

/** Groups opened `depth` deep (and closed, or not): decoders skip unknown groups recursively. */
export function nestedGroups(depth: number, closed: boolean): Buffer {
  const open = new Wire().tag(1, WT.sgroup).finish()
  const close = new Wire().tag(1, WT.egroup).finish()
  return Buffer.concat([Buffer.alloc(depth * open.length, open), closed ? Buffer.alloc(depth * close.length, close) : Buffer.alloc(0)])
}

export type Mutation = 'flip' | 'interesting-byte' | 'truncate' | 'insert' | 'delete' | 'duplicate' | 'splice' | 'unknown-field'
  | 'overlong-varint' | 'length-past-end' | 'wrong-wire-type' | 'nested-groups' | 'random'

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x12, 0x7a, 0x78]

/** One raw change to `b`; `other` is another valid encoding to splice with, `type` the message's own. */
export function mutate(rng: Rng, b: Buffer, other: Buffer, type: protobuf.Type | null): { bytes: Buffer; how: Mutation } {
  const how = rng.weighted<Mutation>([
    [12, 'flip'], [8, 'interesting-byte'], [10, 'truncate'], [6, 'insert'], [6, 'delete'], [4, 'duplicate'], [8, 'splice'],
    [8, 'unknown-field'], [8, 'overlong-varint'], [8, 'length-past-end'], [10, 'wrong-wire-type'], [3, 'nested-groups'], [4, 'random'],
  ])
  const at = (n = b.length): number => rng.int(n + 1)
  const field = (): number => (type !== null && type.fieldsArray.length > 0 ? rng.pick(type.fieldsArray).id : rng.range(1, 20))
  switch (how) {
    case 'flip': {
      const out = Buffer.from(b.length > 0 ? b : Buffer.alloc(1))
      for (let n = rng.range(1, 8); n > 0; n--) flipBit(out, rng)
      return { bytes: out, how }
    }
    case 'interesting-byte': {
      const out = Buffer.from(b.length > 0 ? b : Buffer.alloc(1))
      out[rng.int(out.length)] = rng.pick(INTERESTING_BYTES)
      return { bytes: out, how }
    }
    case 'truncate': return { bytes: b.subarray(0, b.length === 0 ? 0 : rng.int(b.length)), how }
    case 'insert': {
      const i = at()
      return { bytes: Buffer.concat([b.subarray(0, i), rng.bytes(rng.range(1, 16)), b.subarray(i)]), how }
    }
    case 'delete': {
      const i = at()
      return { bytes: Buffer.concat([b.subarray(0, i), b.subarray(Math.min(b.length, i + rng.range(1, 16)))]), how }
    }
    case 'duplicate': {
      const i = at()
      const j = Math.min(b.length, i + rng.range(1, 64))
      return { bytes: Buffer.concat([b.subarray(0, j), b.subarray(i, j), b.subarray(j)]), how }
    }
    case 'splice': return { bytes: Buffer.concat([b.subarray(0, at()), other.subarray(rng.int(other.length + 1))]), how }
    case 'unknown-field': {
      const i = rng.chance(0.5) ? b.length : at()
      return { bytes: Buffer.concat([b.subarray(0, i), unknownField(rng), b.subarray(i)]), how }
    }
    case 'overlong-varint': {
      // a known field's varint of 11+ bytes (past the 10 a 64-bit value may take), or a tag that never ends
      const w = new Wire().tag(field(), rng.chance(0.5) ? WT.varint : WT.len)
      const tail = rng.chance(0.5) ? Buffer.concat([Buffer.alloc(rng.range(10, 20), 0xff), Buffer.from([0x01])]) : Buffer.alloc(rng.range(10, 20), 0x80)
      return { bytes: Buffer.concat([b, w.finish(), tail]), how }
    }
    case 'length-past-end': {
      const w = new Wire().tag(field(), WT.len).varint(rng.pick([b.length + 1, 0x7fff_ffff, 0xffff_ffff, 1n << 40n, U64]))
      return { bytes: Buffer.concat([b, w.finish(), rng.bytes(rng.int(8))]), how }
    }
    case 'wrong-wire-type': {
      const f = type !== null && type.fieldsArray.length > 0 ? rng.pick(type.fieldsArray) : null
      const right = f === null ? -1 : f.resolvedType instanceof protobuf.Type || ['string', 'bytes'].includes(f.type) ? WT.len : WT.varint
      let wt = rng.int(8)
      if (wt === right) wt = (wt + 1) % 8
      const w = new Wire().tag(f?.id ?? field(), wt)
      w.raw(wt === WT.i64 ? rng.bytes(8) : wt === WT.i32 ? rng.bytes(4) : wt === WT.len ? Buffer.from([rng.int(4)]) : Buffer.from([rng.int(128)]))
      return { bytes: Buffer.concat([b, w.finish()]), how }
    }
    case 'nested-groups': return { bytes: Buffer.concat([b, nestedGroups(rng.pick([10, 100, 101, 1000, 50_000]), rng.chance(0.5))]), how }
    case 'random': return { bytes: rng.bytes(rng.pick([0, 1, 2, 5, 10, 50, 200, 1000])), how }
  }
}
