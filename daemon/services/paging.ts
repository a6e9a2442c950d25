// One way to page a list (ListGroupMembers, ListReports, ListBanned): rows in rowid order, the
// opaque cursor is the last row's rowid as 8 bytes, `limit` 0 → 100 and at most 1,000. Callers
// read limit + 1 rows to learn whether a next page exists.
import { BadRequestError } from '../../protocol/errors.js'

export const PAGE_DEFAULT = 100
export const PAGE_MAX = 1_000

export interface PageRequest { after: number; limit: number }

/** Validates a request's limit and cursor. */
export function pageRequest(limit: number, cursor: Uint8Array): PageRequest {
  if (cursor.length !== 0 && cursor.length !== 8) throw new BadRequestError('cursor must be empty or a next_cursor from a previous response')
  return {
    after: cursor.length === 0 ? 0 : Number(Buffer.from(cursor.buffer, cursor.byteOffset, 8).readBigUInt64BE()),
    limit: limit === 0 ? PAGE_DEFAULT : Math.min(limit, PAGE_MAX),
  }
}

/** Splits `rows` (read with limit + 1) into the page and the next cursor (empty after the last page). */
export function page<T extends { cursor: number }>(rows: T[], limit: number): { rows: T[]; next: Buffer } {
  const taken = rows.slice(0, limit)
  const last = taken.at(-1)
  if (rows.length <= limit || last === undefined) return { rows: taken, next: Buffer.alloc(0) }
  const next = Buffer.alloc(8)
  next.writeBigUInt64BE(BigInt(last.cursor))
  return { rows: taken, next }
}
