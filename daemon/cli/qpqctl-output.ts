// How qpqctl shows an answer to a person: aligned tables and "key  value" lines. --json prints the
// daemon's result unchanged instead (docs/admin.md lists its shapes).

type Row = Record<string, unknown>

const cell = (v: unknown): string => (v === null || v === undefined ? '-' : Array.isArray(v) ? v.join(',') : typeof v === 'object' ? JSON.stringify(v) : String(v))

/** Columns are [key, header]; an empty list prints `empty`. */
export function table(rows: readonly Row[], columns: ReadonlyArray<[string, string]>, empty = '(none)'): string {
  if (rows.length === 0) return `${empty}\n`
  const cells = rows.map((r) => columns.map(([k]) => cell(r[k])))
  const widths = columns.map(([, h], i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)))
  const line = (c: string[]): string => c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i] as number))).join('  ').trimEnd()
  return `${[line(columns.map(([, h]) => h)), ...cells.map(line)].join('\n')}\n`
}

/** "key  value" lines, keys aligned; nested objects inline as JSON. */
export function fields(pairs: ReadonlyArray<[string, unknown]>): string {
  const w = Math.max(...pairs.map(([k]) => k.length))
  return `${pairs.map(([k, v]) => `${k.padEnd(w)}  ${cell(v)}`).join('\n')}\n`
}

export const short = (hex: unknown): string => (typeof hex === 'string' && hex.length > 16 ? `${hex.slice(0, 16)}…` : cell(hex))

export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB']
  let v = n
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u] as string}`
}
