// Logins between their two round trips: the OPAQUE server state of each started login, keyed by
// connection and username, taken (once) by the finish. A state not finished within the TTL
// expires; the table is bounded, oldest dropped first.
export interface PendingLogin {
  state: string
  /** null for an unknown username (answered with OPAQUE's fake record). */
  accountId: number | null
  expiresAt: number
}

export class LoginStates {
  private readonly pending = new Map<string, PendingLogin>()

  constructor(private readonly ttlMs: number, private readonly max: number, private readonly now: () => number = Date.now) {}

  put(connectionId: number, username: string, state: string, accountId: number | null): void {
    const key = `${connectionId}\u0000${username}`
    this.pending.delete(key) // a restarted login replaces the old one (and moves to the back)
    while (this.pending.size >= this.max) this.pending.delete(this.pending.keys().next().value as string)
    this.pending.set(key, { state, accountId, expiresAt: this.now() + this.ttlMs })
  }

  /** The started login for this connection and username, removed so it cannot be finished twice. */
  take(connectionId: number, username: string): PendingLogin | null {
    const key = `${connectionId}\u0000${username}`
    const p = this.pending.get(key)
    if (p === undefined) return null
    this.pending.delete(key)
    return p.expiresAt > this.now() ? p : null
  }
}
