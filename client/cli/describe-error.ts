// One line for any error a command can end with: the server's answers with their status name,
// everything else by its message's first line.
import { QpqError, statusName } from '../errors.js'

export function describeError(err: unknown): string {
  if (err instanceof QpqError) return `the server answered ${statusName(err.status)}: ${err.message.replace(/^\S+ \(\d+\): /, '')}`
  if (!(err instanceof Error)) return String(err)
  return err.message.split('\n')[0] || err.name
}
