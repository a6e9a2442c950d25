// Runs the real qpqctl (daemon/cli/qpqctl.ts, the source of the `qpqctl` bin) as a child process.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { REPO } from './daemon-process.js'

export interface CtlRun { code: number | null; stdout: string; stderr: string; json: any } // eslint-disable-line @typescript-eslint/no-explicit-any

const SCRIPT = path.join(REPO, 'daemon/cli/qpqctl.ts')
const TSX = import.meta.resolve('tsx')

/** `args` go after the script; `json` is stdout parsed when it is JSON, else null. */
export function qpqctl(args: string[], env: NodeJS.ProcessEnv = {}, cwd = REPO): Promise<CtlRun> {
  return new Promise((resolve, reject) => {
    const base = { ...process.env }
    delete base.QPQ_DATA_DIR
    delete base.QPQ_ADMIN_SOCKET
    const child = spawn(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd, env: { ...base, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', (code) => {
      let json = null
      try { json = JSON.parse(stdout) } catch { /* not JSON */ }
      resolve({ code, stdout, stderr, json })
    })
  })
}
