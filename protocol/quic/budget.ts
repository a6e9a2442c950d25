// Memory budgets for the bytes the QUIC layer and its users hold in JS: request bodies being
// gathered, responses the peer has not taken yet, queued pushes. We read streams eagerly, so
// quiche's flow control alone no longer bounds memory; the budget does, at three levels: each
// connection, each source address (by its limits key: IPv4 address or IPv6 /64), with a smaller
// share while none of that address's connections carries a session, and the whole listener.
//
// A connection over its own share or its address's stops being read — flow control then pushes
// back on that peer alone — and resumes once bytes are released. When the total is reached, only
// the addresses holding more than a fair part of it (the total divided among the addresses
// holding bytes) stop; every other connection keeps being read, and the owner is told
// (onPressure) so that it can drop the stalest unfinished request bodies. A full budget therefore
// never stops the daemon reading a connection that holds little.

export interface BudgetLimits {
  /** All connections together. */
  total: number
  /** One source address whose connections include one with a session. */
  perAddress: number
  /** One source address none of whose connections has a session yet. */
  perAddressUnauthenticated: number
  /** One connection. */
  perConnection: number
}

/** One address's part of the budget. */
export interface AddressShare {
  readonly key: string
  held: number
  members: number
  /** Members that carry a session. */
  authenticated: number
}

export interface BudgetMember {
  /** Bytes this member holds (it keeps the count; the budget keeps its address's and the total). */
  readonly held: number
  readonly share: AddressShare
  /** Called (from a macrotask) once the budget has room again for a member that was blocked. */
  resumeReading(): void
}

export class ByteBudget {
  used = 0
  peak = 0
  private readonly shares = new Map<string, AddressShare>()
  /** Addresses holding any bytes (the fair part of the total is divided among them). */
  private holding = 0
  private readonly blocked = new Set<BudgetMember>()
  private resumeScheduled = false
  private pressureScheduled = false

  constructor(readonly limits: BudgetLimits, private readonly onPressure: (() => void) | null = null) {}

  /** The share of a new member's address (counted until leave()). */
  join(addressKey: string): AddressShare {
    let share = this.shares.get(addressKey)
    if (share === undefined) {
      share = { key: addressKey, held: 0, members: 0, authenticated: 0 }
      this.shares.set(addressKey, share)
    }
    share.members++
    return share
  }

  /** A member is gone (it released what it held first). */
  leave(member: BudgetMember, authenticated: boolean): void {
    this.blocked.delete(member)
    const share = member.share
    share.members--
    if (authenticated) share.authenticated--
    if (share.members <= 0 && share.held <= 0) this.shares.delete(share.key)
  }

  /** A member's connection now carries a session: its address gets the larger share. */
  markAuthenticated(member: BudgetMember): void {
    member.share.authenticated++
    this.scheduleResume()
  }

  hold(member: BudgetMember, n: number): void {
    const share = member.share
    if (share.held === 0 && n > 0) this.holding++
    share.held += n
    this.used += n
    if (this.used > this.peak) this.peak = this.used
    if (this.used >= this.limits.total && this.onPressure !== null && !this.pressureScheduled) {
      this.pressureScheduled = true
      setImmediate(() => {
        this.pressureScheduled = false
        if (this.used >= this.limits.total) this.onPressure?.()
      })
    }
  }

  release(member: BudgetMember, n: number): void {
    const share = member.share
    share.held -= n
    if (share.held <= 0 && n > 0) {
      share.held = 0
      this.holding--
      if (share.members <= 0) this.shares.delete(share.key)
    }
    this.used -= n
    if (this.blocked.size > 0) this.scheduleResume()
  }

  /** The share one address may hold now. */
  addressLimit(share: AddressShare): number {
    return share.authenticated > 0 ? this.limits.perAddress : this.limits.perAddressUnauthenticated
  }

  /** True when this member should stop gathering bytes. */
  isOver(member: BudgetMember): boolean {
    if (member.held >= this.limits.perConnection) return true
    const share = member.share
    if (share.held >= this.addressLimit(share)) return true
    return this.used >= this.limits.total && share.held >= this.limits.total / Math.max(1, this.holding)
  }

  /** Remember a member that stopped reading because of the budget. */
  block(member: BudgetMember): void {
    this.blocked.add(member)
  }

  get blockedCount(): number {
    return this.blocked.size
  }

  private scheduleResume(): void {
    if (this.resumeScheduled || this.blocked.size === 0) return
    this.resumeScheduled = true
    setImmediate(() => this.resumeBlocked())
  }

  private resumeBlocked(): void {
    this.resumeScheduled = false
    for (const m of this.blocked) {
      if (this.isOver(m)) continue
      this.blocked.delete(m)
      m.resumeReading()
    }
  }
}
