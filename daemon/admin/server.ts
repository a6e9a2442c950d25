// The admin socket: a Unix stream socket speaking the line protocol of protocol.ts. Requests of
// one connection run one after the other; any number of connections (up to a small cap) may be
// open. Bad input — not JSON, an unknown command or version, a line over the limit, a wrong
// token — gets an error answer and never reaches a command; a command that throws unexpectedly
// answers `internal` with the error logged. Nothing here can take the daemon down.
import { chmodSync, rmSync } from 'node:fs'
import net from 'node:net'
import type { Logger } from '../observability/logger.js'
import type { Startable } from '../wiring/lifecycle.js'
import { AdminError, MAX_LINE_BYTES, MAX_QUEUED_REQUESTS, answer, parseRequest, refusal, type AdminRequest, type RequestId } from './protocol.js'
import { AdminSocketError, existingAt, prepareSocketDir, tokenFileOf, tokenMatches, writeToken } from './socket-files.js'

/** One command: its arguments in, its JSON-able result out (or an AdminError). */
export interface AdminCommand {
  run(args: Record<string, unknown>): unknown
  /** Logged at info (it changes something); the others at debug. */
  changes?: boolean
}

export type AdminCommands = Readonly<Record<string, AdminCommand>>

export interface AdminServerOptions {
  socket: string
  commands: AdminCommands
  log: Logger
  maxConnections?: number
  /** A connection idle this long is closed. */
  idleTimeoutMs?: number
}

const DEFAULT_MAX_CONNECTIONS = 16
const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000

export class AdminServer implements Startable {
  private server: net.Server | null = null
  private token: Buffer | null = null
  private readonly sockets = new Set<net.Socket>()
  private readonly log: Logger

  constructor(private readonly o: AdminServerOptions) {
    this.log = o.log
  }

  get path(): string {
    return this.o.socket
  }

  async start(): Promise<void> {
    const { socket } = this.o
    prepareSocketDir(socket)
    await this.removeStale(socket)
    this.token = writeToken(socket)
    const server = net.createServer((s) => this.serve(s))
    server.maxConnections = this.o.maxConnections ?? DEFAULT_MAX_CONNECTIONS
    // the socket is created by bind() inside listen(): with this umask it is never, even for an
    // instant, connectable by others; the chmod below makes its mode explicit
    const umask = process.umask(0o177)
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(socket, () => { server.off('error', reject); resolve() })
      })
    } finally {
      process.umask(umask)
    }
    chmodSync(socket, 0o600)
    server.on('error', (err) => this.log.error({ err }, 'admin socket error'))
    this.server = server
    this.log.info({ socket, token: tokenFileOf(socket) }, 'admin socket listening')
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server !== null) {
      const closed = new Promise<void>((r) => server.close(() => r()))
      // end() lets an answer being written (drain's) go out first
      for (const s of this.sockets) s.end()
      const force = setTimeout(() => { for (const s of this.sockets) s.destroy() }, 1_000)
      await closed
      clearTimeout(force)
    }
    if (this.token !== null) {
      rmSync(this.o.socket, { force: true })
      rmSync(tokenFileOf(this.o.socket), { force: true })
      this.token = null
    }
  }

  /** A socket left by a daemon that did not stop cleanly is removed; a live one means another daemon serves it. */
  private async removeStale(socket: string): Promise<void> {
    const found = existingAt(socket)
    if (found === 'none') return
    if (found === 'other') throw new AdminSocketError(`${socket} exists and is not a socket: remove it, or set admin_socket (--admin-socket) to another path`)
    const live = await new Promise<boolean>((resolve) => {
      const c = net.connect(socket)
      c.once('connect', () => { c.destroy(); resolve(true) })
      c.once('error', () => resolve(false))
    })
    if (live) throw new AdminSocketError(`another process serves the admin socket ${socket} — is another qpqd running with it? Stop it, or set admin_socket (--admin-socket) to another path`)
    rmSync(socket, { force: true })
  }

  private serve(s: net.Socket): void {
    this.sockets.add(s)
    s.setTimeout(this.o.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, () => s.destroy())
    s.on('close', () => this.sockets.delete(s))
    // a client that hangs up before its answer (EPIPE, ECONNRESET) is no fault: its code is enough, not a stack
    s.on('error', (err: NodeJS.ErrnoException) => this.log.debug({ code: err.code ?? err.message }, 'admin connection error'))
    let pending: Buffer = Buffer.alloc(0)
    let queue: Promise<void> = Promise.resolve()
    let closing = false
    let queued = 0
    const send = (text: string): void => { if (!s.destroyed && s.writable) s.write(text) }
    const refuseAndClose = (id: RequestId | null, err: AdminError): void => {
      closing = true
      queue = queue.then(() => {
        send(refusal(id, err))
        s.end()
      })
    }
    s.on('data', (chunk: Buffer) => {
      if (closing) return
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
      for (let i = pending.indexOf(10); i >= 0 && !closing; i = pending.indexOf(10)) {
        const line = pending.subarray(0, i)
        pending = pending.subarray(i + 1)
        if (line.length > MAX_LINE_BYTES) return refuseAndClose(null, tooLarge())
        const text = line.toString('utf8').trim()
        if (text === '') continue
        if (++queued > MAX_QUEUED_REQUESTS) return refuseAndClose(null, new AdminError('too-large', `more than ${MAX_QUEUED_REQUESTS} requests waiting on one connection: connection closed`))
        queue = queue.then(() => this.handle(text).then(send, (err: unknown) => {
          this.log.error({ err }, 'admin request failed unexpectedly')
          send(refusal(null, new AdminError('internal', 'internal error (logged by the daemon)')))
        })).finally(() => { queued-- })
      }
      if (pending.length > MAX_LINE_BYTES) refuseAndClose(null, tooLarge())
    })
  }

  /** One request line → one answer line. */
  private async handle(line: string): Promise<string> {
    const parsed = parseRequest(line)
    if ('error' in parsed) return refusal(parsed.id, parsed.error)
    const req: AdminRequest = parsed
    if (this.token === null || !tokenMatches(this.token, req.token)) {
      this.log.warn({ cmd: req.cmd }, 'admin request with a wrong token refused')
      return refusal(req.id, new AdminError('unauthorized', `wrong token: send the content of ${tokenFileOf(this.o.socket)} (it changes at every start)`))
    }
    const command = Object.hasOwn(this.o.commands, req.cmd) ? this.o.commands[req.cmd] : undefined
    if (command === undefined) return refusal(req.id, new AdminError('unknown-command', `unknown command ${JSON.stringify(req.cmd)} (commands: ${Object.keys(this.o.commands).join(', ')})`))
    this.log[command.changes === true ? 'info' : 'debug']({ cmd: req.cmd }, 'admin command')
    try {
      return answer(req.id, (await command.run(req.args)) ?? null)
    } catch (err) {
      if (err instanceof AdminError) return refusal(req.id, err)
      this.log.error({ err, cmd: req.cmd }, 'admin command failed')
      return refusal(req.id, new AdminError('internal', `${req.cmd} failed: ${(err as Error).message}`))
    }
  }
}

const tooLarge = (): AdminError => new AdminError('too-large', `the request line is longer than ${MAX_LINE_BYTES} bytes: connection closed`)
