// The arguments of one admin command, checked at the edge: a command names the ones it takes,
// and an unknown or ill-typed argument is a usage error naming it (qpqctl exits 2).
import { AdminError } from './protocol.js'

export class Args {
  constructor(private readonly raw: Record<string, unknown>, known: readonly string[]) {
    const unknown = Object.keys(raw).filter((k) => !known.includes(k))
    if (unknown.length > 0) throw new AdminError('usage', `unknown argument${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}${known.length > 0 ? ` (this command takes ${known.join(', ')})` : ' (this command takes none)'}`)
  }

  string(name: string): string {
    const v = this.optionalString(name)
    if (v === null) throw new AdminError('usage', `${name} is missing`)
    return v
  }

  optionalString(name: string): string | null {
    const v = this.raw[name]
    if (v === undefined || v === null) return null
    if (typeof v !== 'string' || v === '') throw new AdminError('usage', `${name} must be a non-empty string`)
    return v
  }

  /** A whole number within [min, max], or `fallback` when absent. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const v = this.raw[name]
    if (v === undefined || v === null) return fallback
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new AdminError('usage', `${name} must be a whole number from ${min} to ${max}`)
    return v
  }

  /** Hex bytes of an exact length (bytes), or null when absent. */
  optionalHex(name: string, bytes: number): Buffer | null {
    const v = this.optionalString(name)
    if (v === null) return null
    if (!new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(v)) throw new AdminError('usage', `${name} must be ${bytes * 2} hex digits`)
    return Buffer.from(v, 'hex')
  }
}
