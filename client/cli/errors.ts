// The CLI's exit codes (0 ok, 1 an error, 2 bad usage) and its own errors.

export const EXIT_OK = 0
export const EXIT_ERROR = 1
export const EXIT_USAGE = 2

/** A failure to report as one line, exit 1. */
export class CliError extends Error {
  override name = 'CliError'
}

/** The command line itself is wrong: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
