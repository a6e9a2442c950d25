// Structured JSON logs (pino) to stdout, where journald and OpenWrt's logread pick them up.
// Components get a child logger named after themselves: logger.child({ component: 'rpc' }).
import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino'

export type Logger = PinoLogger
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Log fields that identify people; `redact_logs` replaces them (services log them under these names). */
export const PERSONAL_FIELDS = ['remote', 'remoteAddress', 'username', 'identity', 'identityKey', 'deviceId']

export function createLogger(level: LogLevel, opts: { redact?: boolean; destination?: DestinationStream } = {}): Logger {
  return pino({
    level,
    base: { service: 'qpqd' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    ...(opts.redact ? { redact: { paths: PERSONAL_FIELDS.flatMap((f) => [f, `*.${f}`]), censor: '[redacted]' } } : {}),
  }, opts.destination ?? pino.destination({ sync: false }))
}

/** A logger that drops everything (tests and library use). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' })
}
