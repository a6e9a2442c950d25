// How the admin answers write values, so every command's JSON looks alike: times as ISO 8601
// (null for never or unset), byte strings as lowercase hex.

/** 0 (never) → null. */
export const iso = (ms: number): string | null => (ms === 0 ? null : new Date(ms).toISOString())

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
