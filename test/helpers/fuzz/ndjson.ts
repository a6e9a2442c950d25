// Fuzz cases for a newline-delimited JSON protocol with a version field — the admin socket's
// (qpqctl; docs/admin.md "The protocol"): one JSON object per line, `{"v": 1, "id", "token",
// "cmd", "args"}` in, `{"v", "id", "ok", "result" | "error": {"code", "message"}}` out.
// Requests are made valid-shaped with odd values (versions, ids, tokens, commands, arguments of
// every JSON type, prototype keys, deep nesting, long strings), and some are then broken as bytes
// (cut lines, no newline, CRLF, NULs, invalid UTF-8, a line over the limit, several lines in
// one write or one line in many). The target wants a way to send a case's bytes and read the
// answer lines: `ndjsonTarget(options, send)` (admin-target.ts for the daemon's socket); the
// daemon must answer each line it read with a well-formed answer, never `internal`.
import { internal, invariant, type Problem, type Target } from './run.js'
import type { Rng } from './rng.js'

export interface NdjsonOptions {
  /** The protocol version the server speaks, and the name of the field that carries it. */
  version: number
  versionField: string
  /** A valid token (most requests carry it), the commands and the argument names there are. */
  token: string
  commands: string[]
  argNames: string[]
  /** Longest line the server reads (a longer one is refused and the connection closed). */
  maxLineBytes: number
  /** Requests one connection may have waiting (more are refused and the connection closed). */
  maxQueued: number
}

export interface NdjsonCase {
  /** The bytes to write, in these pieces. */
  chunks: Buffer[]
  /** Complete lines among them that are not blank (each must be answered), and whether the
   * server may close before answering them all (a line over the limit, too many waiting). */
  lines: number
  oversize: boolean
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
const ERROR_CODES = new Set(['bad-request', 'unsupported-version', 'too-large', 'unauthorized', 'unknown-command', 'usage', 'not-found', 'exists', 'unavailable', 'failed', 'internal'])

function jsonValue(rng: Rng, depth = 0): unknown {
  return rng.weighted<() => unknown>([
    [20, () => rng.pick(['', 'alice', 'a'.repeat(rng.pick([1, 255, 256, 4096])), '\u0000', '\ud800', '😀', '../../etc/passwd', '/tmp/x', '-1', 'true'])],
    [20, () => rng.pick([0, -1, 1, 1.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e308, -0])],
    [10, () => rng.chance(0.5)],
    [10, () => null],
    [15, () => (depth > 3 ? [] : Array.from({ length: rng.int(4) }, () => jsonValue(rng, depth + 1)))],
    [15, () => (depth > 3 ? {} : Object.fromEntries(Array.from({ length: rng.int(4) }, () => [rng.pick(['a', 'name', ...PROTO_KEYS]), jsonValue(rng, depth + 1)])))],
  ])()
}

/** One request object, valid-shaped: each field right most of the time, else anything. */
function request(rng: Rng, o: NdjsonOptions): Record<string, unknown> {
  const r: Record<string, unknown> = {}
  const field = (name: string, good: () => unknown): void => {
    const w = rng.int(100)
    if (w < 75) r[name] = good()
    else if (w < 90) r[name] = jsonValue(rng)
    // else: the field is missing
  }
  field(o.versionField, () => rng.weighted<unknown>([[85, o.version], [5, o.version + 1], [5, 0], [5, String(o.version)]]))
  field('id', () => rng.pick([1, 2, 0, -1, 2 ** 53, 'x', null]))
  field('token', () => (rng.chance(0.85) ? o.token : o.token.slice(0, rng.int(o.token.length))))
  field('cmd', () => (rng.chance(0.85) ? rng.pick(o.commands) : rng.pick(['', 'users', 'users.', '.list', 'USERS.LIST', ...PROTO_KEYS])))
  field('args', () => Object.fromEntries(Array.from({ length: rng.int(4) }, () => [rng.chance(0.8) ? rng.pick(o.argNames) : rng.pick(PROTO_KEYS), jsonValue(rng)])))
  if (rng.chance(0.1)) r[rng.pick(PROTO_KEYS)] = jsonValue(rng)
  return r
}

/** Nested arrays `depth` deep: a parser that recurses must not fall over. */
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)

export function ndjsonCase(rng: Rng, o: NdjsonOptions): NdjsonCase {
  const lines: string[] = []
  for (let n = rng.weighted([[60, 1], [30, rng.range(2, 5)], [10, rng.range(6, 70)]] as const); n > 0; n--) {
    lines.push(rng.weighted<() => string>([
      [70, () => JSON.stringify(request(rng, o))],
      [8, () => JSON.stringify(jsonValue(rng))], // not an object
      [5, () => `{"${o.versionField}":${o.version},"args":${nested(rng.pick([100, 10_000]))}}`],
      [7, () => { const s = JSON.stringify(request(rng, o)); return s.slice(0, rng.int(s.length)) }], // cut JSON
      [5, () => rng.pick(['', ' ', '{}', 'null', '{"v":1', '\u0000', '{"v":1}{"v":1}'])],
      [5, () => `{"${o.versionField}":${o.version},"cmd":"${rng.pick(o.commands)}","token":"${o.token}","args":{"name":"${'x'.repeat(o.maxLineBytes)}"}}`],
    ])())
  }
  const eol = rng.weighted([[80, '\n'], [15, '\r\n'], [5, '\n\n']] as const)
  let bytes = Buffer.from(lines.join(eol) + (rng.chance(0.9) ? eol : ''), 'utf8')
  if (rng.chance(0.1)) {
    // invalid UTF-8 or a NUL somewhere
    const at = rng.int(bytes.length + 1)
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(rng.pick([[0xff], [0xc3], [0xed, 0xa0, 0x80], [0x00]])), bytes.subarray(at)])
  }
  const chunks: Buffer[] = []
  for (let at = 0; at < bytes.length;) {
    const n = rng.weighted([[50, bytes.length], [30, rng.range(1, 64)], [20, 1]] as const)
    chunks.push(bytes.subarray(at, at + n))
    at += n
  }
  const complete = bytes.toString('latin1').split('\n').slice(0, -1)
  // the server skips a blank line (whitespace only, after UTF-8 decoding) without an answer
  const answered = complete.filter((l) => Buffer.from(l, 'latin1').toString('utf8').trim() !== '').length
  const oversize = complete.some((l) => Buffer.byteLength(l, 'latin1') > o.maxLineBytes) || answered > o.maxQueued
  return { chunks, lines: answered, oversize }
}

/** Checks a server's answer lines to a case (as read back before the connection ended). */
export function checkAnswers(o: NdjsonOptions, c: NdjsonCase, answers: string[]): Problem | null {
  for (const line of answers) {
    let a: { ok?: unknown; error?: { code?: unknown; message?: unknown } } & Record<string, unknown>
    try {
      a = JSON.parse(line) as typeof a
    } catch {
      return invariant(`an answer that is not JSON: ${line.slice(0, 200)}`)
    }
    if (a[o.versionField] !== o.version || typeof a.ok !== 'boolean' || !('id' in a)) return invariant(`a malformed answer: ${line.slice(0, 200)}`)
    if (a.ok === false) {
      const code = a.error?.code
      if (code === 'internal') return internal(`answered internal: ${line.slice(0, 300)}`)
      if (typeof code !== 'string' || !ERROR_CODES.has(code) || typeof a.error?.message !== 'string') return invariant(`an error without a known code and a message: ${line.slice(0, 200)}`)
    }
  }
  // every complete line is answered, unless one over the limit ended the connection
  if (!c.oversize && answers.length < c.lines) return invariant(`${c.lines} lines, ${answers.length} answers`)
  return null
}

/** A target for a server of this protocol, given a way to `send` a case's chunks and read back (up to `expect`) answer lines. */
export function ndjsonTarget(o: NdjsonOptions, send: (chunks: Buffer[], expect: number) => Promise<string[]>, afterBatch?: () => Promise<Problem | null>): Target<NdjsonCase> {
  return {
    name: 'admin-socket',
    generate: (rng) => ndjsonCase(rng, o),
    check: async (c) => checkAnswers(o, c, await send(c.chunks, c.lines)),
    ...(afterBatch !== undefined ? { afterBatch } : {}),
    describe: (c) => `${c.lines} lines in ${c.chunks.length} pieces: ${Buffer.concat(c.chunks).subarray(0, 200).toString('utf8')}`,
  }
}
