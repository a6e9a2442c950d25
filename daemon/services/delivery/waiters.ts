// Long-poll waiters (FetchWait): callers parked on a queue, woken at once when a commit adds a
// message to it.
export class Waiters {
  private readonly byQueue = new Map<string, Set<() => void>>()

  static key(recipient: Buffer, channel: Buffer): string {
    return `${recipient.toString('hex')}|${channel.toString('hex')}`
  }

  /** True when nobody waits at all (commits skip building keys then). */
  get empty(): boolean {
    return this.byQueue.size === 0
  }

  /** Parks `wake` on a queue; returns the function that unparks it. */
  park(key: string, wake: () => void): () => void {
    let set = this.byQueue.get(key)
    if (set === undefined) {
      set = new Set()
      this.byQueue.set(key, set)
    }
    set.add(wake)
    return () => {
      set.delete(wake)
      if (set.size === 0 && this.byQueue.get(key) === set) this.byQueue.delete(key)
    }
  }

  wake(key: string): void {
    const set = this.byQueue.get(key)
    if (set === undefined) return
    this.byQueue.delete(key)
    for (const w of set) w()
  }
}
