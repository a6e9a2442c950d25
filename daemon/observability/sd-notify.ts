// sd_notify(3) for a daemon that also runs where there is no systemd: nothing at all happens
// when NOTIFY_SOCKET is unset (OpenWrt's procd, development, tests). When it is set, datagrams go
// from this process through the optional `unix-dgram` addon, so systemd sees the main PID
// (NotifyAccess=main). Without the addon, or for an abstract socket (@name, which it cannot
// address), each message is sent by the `systemd-notify` tool, whose PID is its own: the unit
// then needs NotifyAccess=all (docs/systemd.md). Spike notes §9.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

export interface Notifier {
  /** Sends newline-separated VAR=VALUE assignments; resolves false when they could not be sent. */
  send(state: string): Promise<boolean>
  readonly via: 'unix-dgram' | 'systemd-notify'
}

interface DgramSocket {
  send(buf: Buffer, offset: number, length: number, path: string, callback: (err?: Error) => void): void
  on(event: 'error', listener: (err: Error) => void): void
  close(): void
}
interface UnixDgram { createSocket(type: 'unix_dgram'): DgramSocket }

function loadUnixDgram(): UnixDgram | null {
  try {
    return createRequire(import.meta.url)('unix-dgram') as UnixDgram
  } catch {
    return null
  }
}

/** The notifier NOTIFY_SOCKET asks for, or null when it is unset. `prefer` is for tests. */
export function notifierFromEnv(env: NodeJS.ProcessEnv, prefer: 'auto' | 'systemd-notify' = 'auto'): Notifier | null {
  const socket = env.NOTIFY_SOCKET
  if (socket === undefined || socket === '') return null
  const addon = prefer === 'auto' && !socket.startsWith('@') ? loadUnixDgram() : null
  return addon === null ? toolNotifier(socket) : addonNotifier(addon, socket)
}

function addonNotifier(addon: UnixDgram, socket: string): Notifier {
  return {
    via: 'unix-dgram',
    send(state) {
      return new Promise((resolve) => {
        let s: DgramSocket
        try {
          s = addon.createSocket('unix_dgram')
        } catch {
          resolve(false)
          return
        }
        const b = Buffer.from(state)
        const finish = (ok: boolean): void => {
          try { s.close() } catch { /* already closed */ }
          resolve(ok)
        }
        s.on('error', () => finish(false))
        s.send(b, 0, b.length, socket, (err) => finish(err === undefined || err === null))
      })
    },
  }
}

function toolNotifier(socket: string): Notifier {
  return {
    via: 'systemd-notify',
    send(state) {
      return new Promise((resolve) => {
        const child = spawn('systemd-notify', [`--pid=${process.pid}`, ...state.split('\n').filter((l) => l !== '')], {
          stdio: 'ignore', env: { ...process.env, NOTIFY_SOCKET: socket },
        })
        child.on('error', () => resolve(false))
        child.on('exit', (code) => resolve(code === 0))
      })
    },
  }
}
