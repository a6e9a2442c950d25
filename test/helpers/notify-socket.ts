// A fake systemd notification socket for tests (test/fixtures/notify-listener.py): the datagrams
// it received, with their senders' pids, and a wait for one that matches.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO } from './daemon-process.js'

export interface Datagram { message: string; pid: number | null }

export interface NotifySocket {
  path: string
  received: Datagram[]
  /** Resolves with the first datagram (from index `from` on) that matches. */
  waitFor(match: (d: Datagram) => boolean, from?: number, ms?: number): Promise<Datagram>
  close(): void
}

/** null (with the reason) when python3 cannot run here. */
export function pythonMissing(): string | null {
  return spawnSync('python3', ['-c', 'import socket; socket.AF_UNIX']).status === 0 ? null : 'python3 is needed for the fake NOTIFY_SOCKET listener (Node has no Unix datagram sockets)'
}

export async function startNotifySocket(): Promise<NotifySocket> {
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-notify-')), 'notify.sock')
  const child: ChildProcessWithoutNullStreams = spawn('python3', [path.join(REPO, 'test/fixtures/notify-listener.py'), p])
  const received: Datagram[] = []
  const waiters = new Set<() => void>()
  let buf = ''
  let listening: () => void = () => {}
  const ready = new Promise<void>((r) => { listening = r })
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (d: string) => {
    buf += d
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i)
      buf = buf.slice(i + 1)
      if (line === 'listening') listening()
      else received.push(JSON.parse(line) as Datagram)
    }
    for (const w of waiters) w()
  })
  await ready
  return {
    path: p, received,
    waitFor(match, from = 0, ms = 20_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const hit = received.slice(from).find(match)
          if (hit === undefined) return
          waiters.delete(check)
          clearTimeout(timer)
          resolve(hit)
        }
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`no matching datagram; received: ${JSON.stringify(received)}`)) }, ms)
        waiters.add(check)
        check()
      })
    },
    close() { child.kill() },
  }
}
