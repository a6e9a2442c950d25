// The qpq CLI as a child process (node client/cli/main.ts), as people and scripts run it: one user's
// state directory, its password from the environment, cheap state stretching for tests.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { REPO } from './daemon-process.js'

export interface Run { code: number | null; stdout: string; stderr: string }

/** Starts `qpq --server SERVER --state STATE ARGS…` as `user` (password "<user> password"). */
export function spawnQpq(user: string, server: string, state: string, args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'client/cli/main.ts', '--server', server, '--state', state, ...args], {
    cwd: REPO, env: { ...process.env, QPQ_PASSWORD: `${user} password`, QPQ_STATE_SCRYPT_LOGN: '12', ...env },
  })
}

/** What a qpq process printed, once it ended. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<Run> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Runs qpq (as spawnQpq) to its end. */
export function runQpq(user: string, server: string, state: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawnQpq(user, server, state, args, env)
  child.stdin.end()
  return finished(child)
}
