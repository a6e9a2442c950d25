// Long-poll waiters (FetchWait): callers parked on a queue, woken at once when a commit adds a
// message to it.
export class Waiters {
  private readonly byQueue = new Map<string, Set<() => void>>()

  static key(recipient: Uint8Array, channel: Uint8Array): string {
    return `${Buffer.from(recipient).toString('hex')}|${Buffer.from(channel).toString('hex')}`
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

  get parked(): number {
    let n = 0
    for (const s of this.byQueue.values()) n += s.size
    return n
  }
}
