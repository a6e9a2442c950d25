// A daemon logger whose JSON lines a test can wait for: synchronise on what the daemon says it
// did ("mesh peer linked", …) instead of sleeping.
import { Writable } from 'node:stream'
import { createLogger, type Logger, type LogLevel } from '../../daemon/observability/logger.js'

export type LogLine = Record<string, unknown> & { msg?: string }

export interface LogWatch {
  log: Logger
  lines: LogLine[]
  /** Resolves with the first line from line `since` on (0: all, past or future) that matches; rejects after `ms`. */
  waitFor(match: (l: LogLine) => boolean, what: string, opts?: { ms?: number; since?: number }): Promise<LogLine>
}

export function logWatch(level: LogLevel = 'debug'): LogWatch {
  const lines: LogLine[] = []
  const waiters = new Set<() => void>()
  const stream = new Writable({
    write(chunk, _e, cb) {
      for (const text of String(chunk).split('\n')) {
        if (text === '') continue
        try { lines.push(JSON.parse(text) as LogLine) } catch { lines.push({ msg: text }) }
      }
      for (const w of [...waiters]) w()
      cb()
    },
  })
  return {
    log: createLogger(level, { destination: stream }), lines,
    waitFor(match, what, { ms = 20_000, since = 0 } = {}) {
      return new Promise((resolve, reject) => {
        let cursor = since
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`no log line: ${what}`)) }, ms)
        const check = (): void => {
          while (cursor < lines.length) {
            const l = lines[cursor++] as LogLine
            if (!match(l)) continue
            clearTimeout(timer)
            waiters.delete(check)
            resolve(l)
            return
          }
        }
        waiters.add(check)
        check()
      })
    },
  }
}
