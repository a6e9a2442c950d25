// Federation domains and user addresses: `name@domain` names a user of another server (a
// federation peer); a bare `name` is a user of the server asked. Both ends parse them here.
import { BadRequestError } from './errors.js'
import { normalizeUsername } from './username.js'

/** A DNS name of LDH labels (RFC 1123), at most 253 characters, compared in lower case. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** The domain in canonical form (lower case, no trailing dot), or null when it is not a DNS name. */
export function normalizeDomain(raw: string): string | null {
  const d = raw.trim().toLowerCase().replace(/\.$/, '')
  if (d.length === 0 || d.length > 253) return null
  return d.split('.').every((l) => LABEL.test(l)) ? d : null
}

export interface UserAddress {
  /** The normalised username (protocol/username.ts). */
  name: string
  /** The domain after "@", normalised; null for a bare name. */
  domain: string | null
}

/** Splits `name` or `name@domain`; throws BadRequestError when either part is malformed. */
export function parseUserAddress(raw: string): UserAddress {
  const at = raw.lastIndexOf('@')
  if (at < 0) return { name: normalizeUsername(raw), domain: null }
  const domain = normalizeDomain(raw.slice(at + 1))
  if (domain === null) throw new BadRequestError(`"${raw.slice(at + 1)}" is not a domain name`)
  return { name: normalizeUsername(raw.slice(0, at)), domain }
}
