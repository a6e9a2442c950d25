// Usernames are normalised once, here, and stored and compared only in that form: Unicode NFKC,
// lower case, 3–32 characters of a–z, 0–9, ".", "_" and "-", starting with a letter or digit.
import { BadRequestError } from './errors.js'

const VALID = /^[a-z0-9][a-z0-9._-]{2,31}$/

export function normalizeUsername(raw: string): string {
  const u = raw.normalize('NFKC').trim().toLowerCase()
  if (!VALID.test(u)) throw new BadRequestError('username must be 3-32 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit')
  return u
}
