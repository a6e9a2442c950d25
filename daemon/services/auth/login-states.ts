// Started OPAQUE exchanges between their two round trips — logins (the server state a finish
// needs) and registrations (a finish is accepted only after its start) — keyed by connection and
// username and taken once by the finish. A start not finished within the TTL expires.
//
// The table is bounded, and fair between source addresses: each address (its limits key) keeps
// at most `perAddress` starts, dropping its own oldest; when the whole table is full, the start
// that makes room is the oldest of an address holding more than its fair part (the total divided
// among the addresses present) — normally the flooding address itself. So unfinished starts from
// a few addresses cannot push out another user's pending login.
export interface PendingStart<T> {
  value: T
  address: string
  expiresAt: number
}

export interface PendingStartLimits {
  ttlMs: number
  max: number
  perAddress: number
}

export class PendingStarts<T> {
  private readonly pending = new Map<string, PendingStart<T>>()
  /** Each address's keys, oldest first. */
  private readonly byAddress = new Map<string, Set<string>>()

  constructor(private readonly limits: PendingStartLimits, private readonly now: () => number = Date.now) {}

  get size(): number {
    return this.pending.size
  }

  put(connectionId: number, username: string, address: string, value: T): void {
    const key = `${connectionId}\u0000${username}`
    this.remove(key) // a restarted exchange replaces the old one (and moves to the back)
    let own = this.byAddress.get(address)
    if (own !== undefined && own.size >= this.limits.perAddress) this.remove(own.values().next().value as string)
    if (this.pending.size >= this.limits.max) this.makeRoom(address)
    own = this.byAddress.get(address)
    if (own === undefined) this.byAddress.set(address, (own = new Set()))
    own.add(key)
    this.pending.set(key, { value, address, expiresAt: this.now() + this.limits.ttlMs })
  }

  /** The start for this connection and username, removed so it cannot be finished twice; null when none or expired. */
  take(connectionId: number, username: string): T | null {
    const key = `${connectionId}\u0000${username}`
    const p = this.pending.get(key)
    if (p === undefined) return null
    this.remove(key)
    return p.expiresAt > this.now() ? p.value : null
  }

  /** Drops the oldest start of an address over its fair part, preferring the one asking. */
  private makeRoom(asking: string): void {
    const fair = this.limits.max / Math.max(1, this.byAddress.size)
    let victim = this.byAddress.get(asking)
    if (victim === undefined || victim.size < fair) {
      // an address with room to spare asks: the fullest address gives way (expired starts first)
      const oldest = this.pending.entries().next().value
      if (oldest !== undefined && oldest[1].expiresAt <= this.now()) return this.remove(oldest[0])
      let largest = 0
      for (const keys of this.byAddress.values()) if (keys.size > largest) { largest = keys.size; victim = keys }
    }
    const oldest = victim?.values().next().value
    if (oldest !== undefined) this.remove(oldest)
  }

  private remove(key: string): void {
    const p = this.pending.get(key)
    if (p === undefined) return
    this.pending.delete(key)
    const own = this.byAddress.get(p.address)
    own?.delete(key)
    if (own?.size === 0) this.byAddress.delete(p.address)
  }
}

/** The OPAQUE server state of a started login. */
export interface PendingLogin {
  state: string
  /** null for an unknown username (answered with OPAQUE's fake record). */
  accountId: number | null
}
