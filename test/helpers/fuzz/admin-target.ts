// The admin socket's fuzz target against a running daemon: each case on a connection of its own,
// its bytes written in the case's pieces, the answer lines read back until every complete line is
// answered or the daemon closes. After each batch a plain `status` must still be answered.
// `drain` and `backup` are left out of the commands: one ends the daemon under test, the other
// writes files wherever a case says (both have tests of their own in admin.test.ts).
import net from 'node:net'
import { ADMIN_PROTOCOL_VERSION, MAX_LINE_BYTES, MAX_QUEUED_REQUESTS } from '../../../daemon/admin/protocol.js'
import { ndjsonTarget, type NdjsonCase, type NdjsonOptions } from './ndjson.js'
import { invariant, type Problem, type Target } from './run.js'

const COMMANDS = [
  'status', 'users.list', 'users.show', 'users.delete', 'sessions.list', 'sessions.revoke', 'bans.list', 'bans.add', 'bans.remove',
  'queues', 'plugins.list', 'plugins.reload', 'plugins.disable', 'plugins.enable', 'mesh.peers', 'mesh.store',
  'federation.destinations', 'federation.reset', 'kt.head', 'check-config',
]
const ARGS = ['name', 'limit', 'after', 'device', 'reason', 'durationSecs', 'domain', 'file']

export function adminOptions(token: string): NdjsonOptions {
  return { version: ADMIN_PROTOCOL_VERSION, versionField: 'v', token, commands: COMMANDS, argNames: ARGS, maxLineBytes: MAX_LINE_BYTES, maxQueued: MAX_QUEUED_REQUESTS }
}

/** Writes the pieces on a new connection; resolves with the answer lines once `expect` came or the daemon closed. */
export function exchangeLines(socket: string, chunks: Buffer[], expect: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const c = net.connect(socket)
    const answers: string[] = []
    let buf = ''
    const done = (): void => { c.destroy(); resolve(answers) }
    c.setEncoding('utf8')
    c.on('connect', () => {
      if (expect === 0) { for (const chunk of chunks) c.write(chunk); c.end(); return }
      for (const chunk of chunks) c.write(chunk)
    })
    c.on('data', (d: string) => {
      buf += d
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        answers.push(buf.slice(0, i))
        buf = buf.slice(i + 1)
      }
      if (answers.length >= expect) done()
    })
    c.on('close', () => resolve(answers))
    c.on('error', (err: NodeJS.ErrnoException) => {
      // the daemon closing on an over-long line while pieces are still being written
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') resolve(answers)
      else reject(err)
    })
  })
}

export function adminTarget(socket: string, token: string): Target<NdjsonCase> {
  const o = adminOptions(token)
  const alive = async (): Promise<Problem | null> => {
    const [line] = await exchangeLines(socket, [Buffer.from(`${JSON.stringify({ v: o.version, id: 1, token, cmd: 'status' })}\n`)], 1)
    return line !== undefined && (JSON.parse(line) as { ok?: unknown }).ok === true ? null : invariant(`status after the batch: ${String(line)}`)
  }
  return ndjsonTarget(o, (chunks, expect) => exchangeLines(socket, chunks, expect), alive)
}
