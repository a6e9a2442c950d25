// What a fuzz run's calls were answered, by method and status, with the most common reasons:
// how deep the cases got (a run whose answers are all 1 tests only the decoder). Printed by the
// tests when QPQ_FUZZ_STATS is set, and by the benchmark.
import { qpq } from '../../../proto/qpq.js'

/** The reason in an error payload (qpq.v1.Error), or the bytes when it is not one. */
export function errorText(payload: Uint8Array): string {
  try {
    const e = qpq.v1.Error.decode(payload)
    return `${e.message} (correlation id ${e.correlation_id})`
  } catch {
    return Buffer.from(payload).toString('hex')
  }
}

export class Tally {
  private readonly byMethod = new Map<string, { statuses: Map<number, number>; reasons: Map<string, number> }>()

  note(method: string, status: number, payload: Uint8Array): void {
    let m = this.byMethod.get(method)
    if (m === undefined) this.byMethod.set(method, (m = { statuses: new Map(), reasons: new Map() }))
    m.statuses.set(status, (m.statuses.get(status) ?? 0) + 1)
    if (status === 0) return
    // numbers and correlation ids vary: reasons are counted without them
    const why = `${status} ${errorText(payload).replace(/ \(correlation id.*$/, '').replace(/\d+/g, 'N').slice(0, 100)}`
    m.reasons.set(why, (m.reasons.get(why) ?? 0) + 1)
  }

  /** Statuses of every method, and its most common refusals. */
  lines(reasons = 3): string[] {
    const out: string[] = []
    for (const [name, m] of [...this.byMethod].sort((a, b) => a[0].localeCompare(b[0]))) {
      out.push(`${name}: ${[...m.statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`)
      for (const [why, n] of [...m.reasons].sort((a, b) => b[1] - a[1]).slice(0, reasons)) out.push(`    ${n}× ${why}`)
    }
    return out
  }

  /** Answers with status 0, of all. */
  get okShare(): number {
    let ok = 0
    let all = 0
    for (const m of this.byMethod.values()) for (const [s, n] of m.statuses) { all += n; if (s === 0) ok += n }
    return all === 0 ? 0 : ok / all
  }
}
