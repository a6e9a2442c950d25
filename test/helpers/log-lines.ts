// A real logger (the daemon's pino setup) whose JSON lines a test collects and reads.
import { createLogger, type LogLevel, type Logger } from '../../daemon/observability/logger.js'

export type LogLine = Record<string, unknown> & { msg?: string; level?: string }

export function collectingLogger(level: LogLevel = 'debug'): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = []
  return { lines, log: createLogger(level, { destination: { write: (l: string) => { lines.push(JSON.parse(l) as LogLine) } } }) }
}
