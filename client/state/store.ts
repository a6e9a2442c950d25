// Where a client's state lives while it runs. Changes are transactions: `update` hands out a copy,
// and only a function that returns has its copy kept (and, for a file, written). Updates run one
// at a time. MemoryStateStore keeps nothing after the process (tests, benchmarks, embedding apps
// that persist elsewhere); FileStateStore (file-store.ts) is the encrypted file of the CLI.
import type { ClientData } from './model.js'

export interface StateStore {
  /** A copy of the current state. */
  read(): Promise<ClientData>
  /**
   * Runs `fn` on a copy of the state and keeps the copy if `fn` returns. `save()` makes the copy
   * durable mid-way (e.g. before a network call whose effect cannot be undone).
   */
  update<R>(fn: (state: ClientData, save: () => Promise<void>) => Promise<R>): Promise<R>
}

/** Runs async jobs one after the other. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve()

  run<R>(job: () => Promise<R>): Promise<R> {
    const result = this.tail.then(job)
    this.tail = result.catch(() => undefined)
    return result
  }
}

export class MemoryStateStore implements StateStore {
  private readonly serial = new Serial()

  constructor(private data: ClientData) {}

  async read(): Promise<ClientData> {
    return structuredClone(this.data)
  }

  update<R>(fn: (state: ClientData, save: () => Promise<void>) => Promise<R>): Promise<R> {
    return this.serial.run(async () => {
      const draft = structuredClone(this.data)
      const r = await fn(draft, async () => { this.data = structuredClone(draft) })
      this.data = draft
      return r
    })
  }
}
