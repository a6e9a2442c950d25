// When a failing destination is tried again: exponential backoff from a minimum, doubling per
// failure in a row, capped, with full jitter over the window (so peers that failed together do
// not all come back at once) but never sooner than the minimum.

/** Delay before the next attempt after `failures` (>= 1) failed attempts in a row. */
export function retryDelay(failures: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, minMs * 2 ** Math.min(failures - 1, 52))
  return Math.round(minMs + random() * Math.max(0, ceiling - minMs))
}
