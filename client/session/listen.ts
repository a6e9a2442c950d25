// Turns a listener-style subscription into an async iterator: values are queued until the
// consumer asks for them; the iterator ends when the source says so or the consumer breaks out.

/** `subscribe(emit, end)` starts delivering values and returns the unsubscribe function. */
export async function* listen<T>(subscribe: (emit: (value: T) => void, end: () => void) => () => void): AsyncGenerator<T> {
  const queue: T[] = []
  let ended = false
  let wake: (() => void) | null = null
  const unsubscribe = subscribe(
    (value) => { queue.push(value); wake?.() },
    () => { ended = true; wake?.() },
  )
  try {
    for (;;) {
      const next = queue.shift()
      if (next !== undefined) { yield next; continue }
      if (ended) return
      await new Promise<void>((r) => { wake = r })
      wake = null
    }
  } finally {
    unsubscribe()
  }
}
