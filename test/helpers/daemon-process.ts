// Runs qpqd as a child process, as an operator would, and reads its JSON log lines.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const REPO = fileURLToPath(new URL('../..', import.meta.url))

export interface DaemonProcess {
  child: ChildProcessWithoutNullStreams
  lines: Array<Record<string, unknown>>
  stderr: string[]
  /** Resolves with the first log line whose msg matches. */
  waitForLog(msg: string | RegExp, ms?: number): Promise<Record<string, unknown>>
  /** Resolves once `enough` holds for the log lines so far (checked at each new line). */
  waitForLines(enough: (lines: Array<Record<string, unknown>>) => boolean, what: string, ms?: number): Promise<void>
  /** Resolves with everything written to stderr once it matches. */
  waitForStderr(pattern: RegExp, ms?: number): Promise<string>
  exited: Promise<number | null>
}

/**
 * `viaNpm` runs `npm start -- ARGS` (which builds dist/ first); `processGroup` makes the child
 * lead a process group of its own, so a test can signal the whole group as a terminal does
 * (`process.kill(-child.pid, 'SIGINT')`); `preload` is a module node imports before the daemon.
 */
export function startDaemonProcess(args: string[], opts: { viaNpm?: boolean; env?: NodeJS.ProcessEnv; processGroup?: boolean; netns?: string; preload?: string } = {}): DaemonProcess {
  const options = { cwd: REPO, env: { ...process.env, ...opts.env }, detached: opts.processGroup === true }
  const nodeArgs = ['--import', 'tsx', ...(opts.preload === undefined ? [] : ['--import', opts.preload]), 'daemon/main.ts', ...args]
  const child = opts.viaNpm
    ? spawn('npm', ['start', '--silent', '--', ...args], options)
    : opts.netns === undefined
      ? spawn(process.execPath, nodeArgs, options)
      // in a network namespace the test made (`ip netns exec` execs the daemon: signals reach it)
      : spawn('ip', ['netns', 'exec', opts.netns, process.execPath, ...nodeArgs], options)
  const lines: Array<Record<string, unknown>> = []
  const stderr: string[] = []
  const waiters: Array<() => void> = []
  let buf = ''
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString()
    let i
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i)
      buf = buf.slice(i + 1)
      try { lines.push(JSON.parse(line) as Record<string, unknown>) } catch { lines.push({ msg: line }) }
      for (const w of waiters.splice(0)) w()
    }
  })
  child.stderr.on('data', (d: Buffer) => {
    stderr.push(d.toString())
    for (const w of waiters.splice(0)) w()
  })
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => { for (const w of waiters.splice(0)) w(); r(code) }))
  return {
    child, lines, stderr, exited,
    async waitForLog(msg, ms = 20_000) {
      const end = Date.now() + ms
      for (;;) {
        const hit = lines.find((l) => typeof l.msg === 'string' && (typeof msg === 'string' ? l.msg === msg : msg.test(l.msg)))
        if (hit) return hit
        if (Date.now() > end || child.exitCode !== null) throw new Error(`no log line ${String(msg)}; stderr: ${stderr.join('')}; log: ${JSON.stringify(lines)}`)
        await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 100) })
      }
    },
    async waitForLines(enough, what, ms = 20_000) {
      const end = Date.now() + ms
      while (!enough(lines)) {
        if (Date.now() > end || child.exitCode !== null) throw new Error(`no log lines: ${what}; stderr: ${stderr.join('')}; log: ${JSON.stringify(lines.slice(-20))}`)
        await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 100) })
      }
    },
    async waitForStderr(pattern, ms = 20_000) {
      const end = Date.now() + ms
      for (;;) {
        const text = stderr.join('')
        if (pattern.test(text)) return text
        if (Date.now() > end || child.exitCode !== null) throw new Error(`no ${String(pattern)} on stderr: ${text}`)
        await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 100) })
      }
    },
  }
}
