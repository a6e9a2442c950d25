// Runs asynchronous work one at a time per key, in the order it was asked for: the chunks of one
// upload are appended in turn, and storing a blob never interleaves with deleting the same blob.
// Work on different keys runs concurrently. A key with nothing queued costs nothing.
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>()

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key)
    const mine = (before ?? Promise.resolve()).then(work)
    // what the next caller waits for: this work settling, never its outcome
    const tail = mine.then(() => {}, () => {})
    this.tails.set(key, tail)
    try {
      return await mine
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    }
  }
}
