// JSON that keeps byte arrays: the client's state holds keys and MLS states as Uint8Array, which
// plain JSON would turn into objects of numbers. They travel as {"$b": "<base64>"}.

const TAG = '$b'

export function encodeJson(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return { [TAG]: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') }
    // Buffer#toJSON runs before the replacer sees the value: catch its output too
    if (typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Buffer' && Array.isArray((v as { data?: unknown }).data)) {
      return { [TAG]: Buffer.from((v as { data: number[] }).data).toString('base64') }
    }
    return v
  }))
}

export function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(Buffer.from(bytes).toString('utf8'), (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[TAG] === 'string' && Object.keys(v).length === 1) {
      return new Uint8Array(Buffer.from((v as Record<string, string>)[TAG] as string, 'base64'))
    }
    return v
  }) as T
}
