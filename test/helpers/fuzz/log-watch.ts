// Reads a daemon's JSON log lines as they come and keeps what a fuzz run must not cause: an error
// or fatal line (a fault of the server), or a stack trace on any other line (a client's bad input
// logged as if it were a fault — an attacker could fill the log with them).

export class LogWatch {
  lines = 0
  private readonly bad: string[] = []
  private badCount = 0
  private partial = ''

  /** One parsed log line. */
  line(l: Record<string, unknown>): void {
    this.lines++
    const level = l.level
    const err = l.err as { stack?: unknown } | undefined
    const faulty = level === 'error' || level === 'fatal' || (typeof level === 'number' && level >= 50)
    if (faulty || typeof err?.stack === 'string') {
      this.badCount++
      if (this.bad.length < 5) this.bad.push(JSON.stringify(l).slice(0, 1_500))
    }
  }

  /** Raw stdout text of a daemon process (lines that are not JSON are ignored). */
  text(chunk: string): void {
    this.partial += chunk
    let i
    while ((i = this.partial.indexOf('\n')) >= 0) {
      const s = this.partial.slice(0, i)
      this.partial = this.partial.slice(i + 1)
      try {
        this.line(JSON.parse(s) as Record<string, unknown>)
      } catch {
        // not a log line
      }
    }
  }

  /** A pino destination that feeds this watch. */
  get destination(): { write(s: string): void } {
    return { write: (s: string) => this.text(s) }
  }

  /** What went wrong since the last call (and forgets it). */
  take(): string | null {
    if (this.badCount === 0) return null
    const text = `${this.badCount} log line(s) with an error level or a stack trace, e.g.:\n${this.bad.join('\n')}`
    this.bad.length = 0
    this.badCount = 0
    return text
  }
}
