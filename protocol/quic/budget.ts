// Memory budgets for bytes the QUIC layer and its users hold in JS: request bodies being
// gathered, responses the peer has not taken yet, queued pushes. We read streams eagerly, so
// quiche's flow control alone no longer bounds memory; over budget we stop reading, which lets
// flow control push back on the senders, and resume once bytes are released.

export interface BudgetMember {
  /** Bytes this member holds. */
  readonly held: number
  readonly heldLimit: number
  /** Called (from a macrotask) when the budget has room again after the member was blocked. */
  resumeReading(): void
}

export class ByteBudget {
  used = 0
  peak = 0
  private readonly blocked = new Set<BudgetMember>()
  private resumeScheduled = false

  constructor(readonly limit: number) {}

  hold(n: number): void {
    this.used += n
    if (this.used > this.peak) this.peak = this.used
  }

  release(n: number): void {
    this.used -= n
    if (this.blocked.size > 0 && this.used < this.limit && !this.resumeScheduled) {
      this.resumeScheduled = true
      setImmediate(() => this.resumeBlocked())
    }
  }

  isOver(member: BudgetMember): boolean {
    return this.used >= this.limit || member.held >= member.heldLimit
  }

  /** Remember a member that stopped reading because of the budget. */
  block(member: BudgetMember): void {
    this.blocked.add(member)
  }

  forget(member: BudgetMember): void {
    this.blocked.delete(member)
  }

  get blockedCount(): number {
    return this.blocked.size
  }

  private resumeBlocked(): void {
    this.resumeScheduled = false
    for (const m of this.blocked) {
      if (this.used >= this.limit) return
      if (m.held >= m.heldLimit) continue
      this.blocked.delete(m)
      m.resumeReading()
    }
  }
}
