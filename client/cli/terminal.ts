// The terminal as the password prompt needs it. qpq asks for the password (unless QPQ_PASSWORD is
// set) after loading its modules, and people start typing before the prompt shows: with the
// terminal echoing, what they type would appear on the screen. So echo goes off at once, at start
// (raw mode: keys are read by the prompt, type-ahead included), and back on as soon as the
// password is read; Node restores the terminal on exit whatever happens.

/** Turns the terminal's echo off when a password prompt will come (stdin a terminal, no QPQ_PASSWORD). */
export function quietTerminal(): void {
  const env = process.env.QPQ_PASSWORD
  if (process.stdin.isTTY && (env === undefined || env === '')) process.stdin.setRawMode(true)
}
