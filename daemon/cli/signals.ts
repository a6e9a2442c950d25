// How qpqd hears SIGTERM and SIGINT. The first one starts the drain. The same signal again within
// a second is the same request delivered twice — Ctrl-C under `npm start` reaches node from the
// terminal and once more from npm, which forwards it — and counts once. One that comes later is
// someone insisting: it ends the process without waiting for the drain.

export type StopSignal = 'SIGTERM' | 'SIGINT'

export interface StopHandlers {
  /** The first stop signal: drain and exit. */
  stop(signal: StopSignal): void
  /** A second request to stop, while draining: exit now. */
  force(signal: StopSignal): void
  /** The first signal again within the window (counted once). */
  repeated(signal: StopSignal): void
}

export interface SignalSource { on(signal: StopSignal, listener: () => void): unknown }

/** A repeat of the first signal within this long is the same request. */
const REPEAT_WINDOW_MS = 1_000

export function onStopSignals(handlers: StopHandlers, opts: { source?: SignalSource; now?: () => number; repeatWindowMs?: number } = {}): void {
  const { source = process, now: clock = () => performance.now(), repeatWindowMs = REPEAT_WINDOW_MS } = opts
  let first: { signal: StopSignal; at: number } | null = null
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    source.on(signal, () => {
      const now = clock()
      if (first === null) {
        first = { signal, at: now }
        handlers.stop(signal)
      } else if (signal === first.signal && now - first.at < repeatWindowMs) {
        handlers.repeated(signal)
      } else {
        handlers.force(signal)
      }
    })
  }
}
