#!/usr/bin/env node
// qpqctl: the operator's command line for a running qpqd, over its admin socket (docs/admin.md).
// It finds the socket from --admin-socket (QPQ_ADMIN_SOCKET), else DATA_DIR/admin/qpqd.sock with
// --data-dir (QPQ_DATA_DIR, default "data", as qpqd). Every command takes --json (the daemon's
// answer as it is, stable). Exit codes: 0 ok, 1 failed, 2 usage, 3 daemon not reachable.
import path from 'node:path'
import yargs, { type Argv } from 'yargs'
import { hideBin } from 'yargs/helpers'
import { AdminNoAnswer, AdminUnreachable, adminCall } from '../admin/client.js'
import { VERSION } from '../version.js'
import { bytes, fields, short, table } from './qpqctl-output.js'

export const EXIT = { ok: 0, failed: 1, usage: 2, unreachable: 3 } as const

// the daemon's answers, read loosely for display (their shapes: docs/admin.md)
type Result = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
interface Global { 'data-dir': string; 'admin-socket'?: string; json: boolean }

class UsageError extends Error {}

/** One qpqctl command: the admin command and arguments it sends, and how a person sees the answer. */
interface Spec {
  cmd: string
  args?: Record<string, unknown>
  human(r: Result): string
  /** A result that is an answer but still a failure (plugins reload with a plugin failing). */
  failed?(r: Result): boolean
  timeoutMs?: number | null
}

const socketOf = (g: Global): string => path.resolve(g['admin-socket'] ?? path.join(g['data-dir'], 'admin', 'qpqd.sock'))

async function run(g: Global, spec: Spec): Promise<number> {
  let response
  try {
    response = await adminCall(socketOf(g), spec.cmd, spec.args ?? {}, { timeoutMs: spec.timeoutMs })
  } catch (err) {
    const code = err instanceof AdminUnreachable ? EXIT.unreachable : EXIT.failed
    if (g.json) process.stdout.write(`${JSON.stringify({ error: { code: code === EXIT.unreachable ? 'unreachable' : 'no-answer', message: (err as Error).message } })}\n`)
    else process.stderr.write(`qpqctl: ${(err as Error).message}\n`)
    if (!(err instanceof AdminUnreachable) && !(err instanceof AdminNoAnswer)) throw err
    return code
  }
  if (!response.ok) {
    if (g.json) process.stdout.write(`${JSON.stringify({ error: response.error })}\n`)
    else process.stderr.write(`qpqctl: ${response.error.message}\n`)
    return response.error.code === 'usage' || response.error.code === 'unknown-command' ? EXIT.usage : EXIT.failed
  }
  const result = response.result as Result
  process.stdout.write(g.json ? `${JSON.stringify(result, null, 2)}\n` : spec.human(result))
  return spec.failed?.(result) === true ? EXIT.failed : EXIT.ok
}

const time = (v: unknown): string => (typeof v === 'string' ? v.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '-')

function statusText(r: Result): string {
  const loop = r.eventLoop
  return fields([
    ['version', `qpqd ${String(r.version)} (node ${String(r.node)}, pid ${String(r.pid)})`],
    ['state', r.draining ? 'draining' : 'serving'],
    ['up since', `${time(r.startedAt)} (${String(r.uptimeSeconds)} s)`],
    ...Object.entries(r.listeners as Record<string, unknown>).map(([k, v]) => [`listen ${k}`, v ?? 'off'] as [string, unknown]),
    ['connections', `${String(r.connections.open)} open, ${String(r.connections.handshaking)} handshaking, ${String(r.connections.callsInFlight)} calls in flight`],
    ['accounts', r.accounts],
    ['sessions', r.sessions],
    ['queued messages', r.queues.messages],
    ['crypto pool', `${String(r.pool.workers)}/${String(r.pool.maxWorkers)} workers, ${String(r.pool.queued)} tasks waiting`],
    ['plugins', r.plugins.length === 0 ? 'none' : r.plugins.map((p: Result) => `${String(p.name)} ${String(p.version)} (${String(p.state)})`).join(', ')],
    ['mesh', r.mesh === null ? 'off' : `${String(r.mesh.peers)} peers, ${String(r.mesh.store.envelopes)} envelopes held (${bytes(r.mesh.store.bytes)})`],
    ['federation', r.federation === null ? 'off' : `${String(r.federation.destinations)} destinations, ${String(r.federation.pending)} messages waiting${r.federation.failing.length > 0 ? `, failing: ${r.federation.failing.join(', ')}` : ''}`],
    ['event loop', `${String(loop.meanMs)} ms mean, ${String(loop.p99Ms)} ms p99, ${String(loop.maxMs)} ms max (last ${String(loop.windowSeconds)} s)`],
  ])
}

const destinationColumns: Array<[string, string]> = [['domain', 'DOMAIN'], ['pending', 'PENDING'], ['oldestAgeSeconds', 'OLDEST (s)'], ['failures', 'FAILURES'], ['lastSuccessAt', 'LAST SUCCESS'], ['nextRetryAt', 'NEXT RETRY'], ['lastFailureReason', 'LAST FAILURE']]

/** A yargs command whose handler sends `spec(argv)`. */
function command<A>(name: string, describe: string, builder: (y: Argv) => Argv<A>, spec: (a: A) => Spec): (y: Argv) => Argv {
  return (y) => y.command(name, describe, builder as (y: Argv) => Argv, async (a) => {
    const g = a as unknown as Global
    process.exitCode = await run(g, spec(a as unknown as A))
  })
}

const none = (y: Argv): Argv => y
const nameArg = (y: Argv): Argv<{ name: string }> => y.positional('name', { type: 'string', demandOption: true, describe: 'the username' }) as Argv<{ name: string }>

export function buildCli(argv: string[]): Argv {
  const group = (name: string, describe: string, subs: Array<(y: Argv) => Argv>): ((y: Argv) => Argv) =>
    (y) => y.command(name, describe, (g) => subs.reduce((acc, s) => s(acc), g).demandCommand(1, `name a ${name} command`))
  const all: Array<(y: Argv) => Argv> = [
    command('status', 'what the daemon is doing: version, uptime, listeners, connections, sessions, queues, pool, plugins, mesh, federation, event-loop lag', none, () => ({ cmd: 'status', human: statusText })),
    group('users', 'accounts: list, show NAME, delete NAME', [
      command('list', 'every account, by registration', (y) => y.option('limit', { type: 'number', describe: 'at most this many (1-1000, default 100)' }).option('after', { type: 'number', describe: 'the "next" cursor of the previous page' }),
        (a: { limit?: number; after?: number }) => ({ cmd: 'users.list', args: { limit: a.limit, after: a.after }, human: (r) => table(r.users, [['name', 'NAME'], ['registeredAt', 'REGISTERED'], ['devices', 'DEVICES'], ['sessions', 'SESSIONS'], ['identityKey', 'IDENTITY KEY']]) + (r.next === null ? '' : `more: --after ${String(r.next)}\n`) })),
      command('show <name>', 'one account: devices, sessions, KeyPackages, queue, ban', nameArg, (a) => ({
        cmd: 'users.show', args: { name: a.name },
        human: (r) => fields([['name', r.name], ['identity key', r.identityKey], ['registered', time(r.registeredAt)], ['sessions', r.sessions], ['KeyPackages', r.keyPackages], ['hybrid key', r.hybridKey ? 'yes' : 'no'], ['queued messages', r.queuedMessages], ['banned', r.ban === null ? 'no' : `${String(r.ban.reason || 'yes')} (until ${r.ban.expiresAt === null ? 'lifted' : time(r.ban.expiresAt)})`], ['key revoked', r.revoked ? 'yes' : 'no']])
          + `\n${table(r.devices, [['id', 'DEVICE'], ['name', 'NAME'], ['registeredAt', 'REGISTERED'], ['lastSeen', 'LAST SEEN']], '(no devices)')}`,
      })),
      command('delete <name>', 'delete an account and everything of it (as its own DeleteAccount would); needs --yes', (y) => nameArg(y).option('yes', { type: 'boolean', default: false, describe: 'really delete' }), (a) => {
        if (!a.yes) throw new UsageError(`users delete ${a.name} deletes the account and all its data for good: add --yes`)
        return { cmd: 'users.delete', args: { name: a.name }, human: (r) => `deleted ${String(r.deleted)}\n` }
      }),
    ]),
    group('sessions', 'login sessions: list [NAME], revoke NAME', [
      command('list [name]', 'unexpired sessions, newest first (of one user when named)', (y) => y.positional('name', { type: 'string' }), (a: { name?: string }) => ({
        cmd: 'sessions.list', args: { name: a.name }, human: (r) => table(r.sessions, [['id', 'ID'], ['user', 'USER'], ['device', 'DEVICE'], ['createdAt', 'CREATED'], ['expiresAt', 'EXPIRES']]),
      })),
      command('revoke <name>', 'end every session of a user (or of one device): they must log in again', (y) => nameArg(y).option('device', { type: 'string', describe: 'only this device (hex id, from users show)' }), (a: { name: string; device?: string }) => ({
        cmd: 'sessions.revoke', args: { name: a.name, device: a.device }, human: (r) => `revoked ${String(r.revoked)} session(s) of ${String(r.user)}\n`,
      })),
    ]),
    group('bans', 'server-wide bans: list, add NAME, remove NAME', [
      command('list', 'bans in force (server-wide and per channel)', none, () => ({ cmd: 'bans.list', human: (r) => table(r.bans, [['user', 'USER'], ['channel', 'CHANNEL'], ['reason', 'REASON'], ['bannedBy', 'BY'], ['bannedAt', 'SINCE'], ['expiresAt', 'UNTIL']]) })),
      command('add <name>', 'ban a user from this server: its sessions end and it cannot log in', (y) => nameArg(y).option('reason', { type: 'string' }).option('duration', { type: 'number', describe: 'seconds (default: until removed)' }), (a: { name: string; reason?: string; duration?: number }) => ({
        cmd: 'bans.add', args: { name: a.name, reason: a.reason, durationSecs: a.duration }, human: (r) => `banned ${String(r.ban.user)}${r.ban.expiresAt === null ? '' : ` until ${time(r.ban.expiresAt)}`}; ${String(r.sessionsEnded)} session(s) ended\n`,
      })),
      command('remove <name>', 'lift a server-wide ban', nameArg, (a) => ({ cmd: 'bans.remove', args: { name: a.name }, human: (r) => `unbanned ${String(r.unbanned)}\n` })),
    ]),
    command('queues [name]', 'the fullest delivery queues (of one user when named)', (y) => y.positional('name', { type: 'string' }).option('limit', { type: 'number' }), (a: { name?: string; limit?: number }) => ({
      cmd: 'queues', args: { name: a.name, limit: a.limit },
      human: (r) => `${String(r.totalMessages)} messages queued\n${table(r.queues, [['user', 'USER'], ['channel', 'CHANNEL'], ['messages', 'MESSAGES'], ['oldestAt', 'OLDEST']], '(no queued messages)')}`,
    })),
    group('plugins', 'plugins: list, reload [NAME], disable NAME, enable NAME', [
      command('list', 'loaded plugins and their state', none, () => ({ cmd: 'plugins.list', human: (r) => table(r.plugins, [['name', 'NAME'], ['version', 'VERSION'], ['state', 'STATE'], ['restarts', 'RESTARTS'], ['hooks', 'HOOKS']]) })),
      command('reload [name]', 'reload one plugin, or rescan plugin_dir (as SIGHUP)', (y) => y.positional('name', { type: 'string' }), (a: { name?: string }) => ({
        cmd: 'plugins.reload', args: { name: a.name }, failed: (r) => r.failed > 0,
        human: (r) => (r.outcomes.length === 0 ? 'no plugins\n' : r.outcomes.map((o: Result) => `${String(o.plugin)}: ${o.ok ? 'reloaded' : `failed: ${String(o.error)}`}\n`).join('')),
      })),
      command('disable <name>', 'stop a plugin until enabled again (or the daemon restarts)', (y) => y.positional('name', { type: 'string', demandOption: true }), (a: { name: string }) => ({ cmd: 'plugins.disable', args: { name: a.name }, human: () => `disabled ${a.name}\n` })),
      command('enable <name>', 'start a plugin disabled with plugins disable', (y) => y.positional('name', { type: 'string', demandOption: true }), (a: { name: string }) => ({ cmd: 'plugins.enable', args: { name: a.name }, human: () => `enabled ${a.name}\n` })),
    ]),
    group('mesh', 'the LAN mesh: peers, store', [
      command('peers', 'mesh peers linked now', none, () => ({ cmd: 'mesh.peers', human: (r) => table(r.peers.map((p: Result) => ({ ...p, key: short(p.key) })), [['key', 'NODE KEY'], ['peerId', 'PEER ID'], ['connectedAt', 'SINCE'], ['addresses', 'ADDRESSES']]) })),
      command('store', 'envelopes held for forwarding', none, () => ({ cmd: 'mesh.store', human: (r) => fields([['envelopes', `${String(r.envelopes)} of ${String(r.maxEnvelopes)}`], ['bytes', `${bytes(r.bytes)} of ${bytes(r.maxBytes)}`], ['seen refs', r.seen]]) })),
    ]),
    group('federation', 'relaying to other domains: destinations, reset DOMAIN', [
      command('destinations', 'each destination domain: queue and retry state', none, () => ({ cmd: 'federation.destinations', human: (r) => table(r.destinations, destinationColumns) })),
      command('reset <domain>', 'forget a destination\'s failures and try it now', (y) => y.positional('domain', { type: 'string', demandOption: true }), (a: { domain: string }) => ({ cmd: 'federation.reset', args: { domain: a.domain }, human: (r) => `reset ${String(r.reset)}: retrying now\n` })),
    ]),
    group('kt', 'key transparency: head', [
      command('head', 'the signed head of the key transparency log', none, () => ({ cmd: 'kt.head', human: (r) => fields([['tree size', r.treeSize], ['root hash', r.rootHash], ['timestamp', time(r.timestamp)], ['signature', r.signature], ['signer key', r.signerKey]]) })),
    ]),
    command('backup <file>', 'write a consistent, encrypted copy of the database to FILE (never over an existing file)', (y) => y.positional('file', { type: 'string', demandOption: true }), (a: { file: string }) => ({
      cmd: 'backup', args: { file: path.resolve(a.file) }, timeoutMs: null,
      human: (r) => `wrote ${String(r.file)} (${bytes(r.bytes)} in ${String(r.seconds)} s)${r.saltFile === null ? '' : ` and ${String(r.saltFile)}`}\nkeep: ${String(r.keep)}\n`,
    })),
    command('drain', 'stop the daemon gracefully, as SIGTERM does (calls in flight finish first)', none, () => ({ cmd: 'drain', human: (r) => (r.already ? 'already draining\n' : 'draining: the daemon finishes the calls in flight and exits\n') })),
    command('check-config', 'validate the configuration the daemon would start with now, as qpqd check-config does', none, () => ({ cmd: 'check-config', human: (r) => String(r.text) })),
  ]
  const base: Argv = yargs(argv)
    .scriptName('qpqctl')
    .usage('$0 [--data-dir DIR | --admin-socket PATH] [--json] <command>\n\nManage a running qpqd over its admin socket (docs/admin.md).')
    .option('data-dir', { type: 'string', default: process.env.QPQ_DATA_DIR ?? 'data', describe: 'the daemon\'s data directory (env QPQ_DATA_DIR); the socket is DATA_DIR/admin/qpqd.sock' })
    .option('admin-socket', { type: 'string', default: process.env.QPQ_ADMIN_SOCKET, describe: 'the admin socket, when qpqd was given admin_socket (env QPQ_ADMIN_SOCKET)' })
    .option('json', { type: 'boolean', default: false, describe: 'print the answer as JSON (stable; docs/admin.md)' }) as unknown as Argv
  return all.reduce((y, c) => c(y), base)
    .demandCommand(1, 'name a command')
    .recommendCommands()
    .strict()
    .epilogue('Exit codes: 0 ok, 1 failed, 2 usage, 3 daemon not reachable.')
    .help()
    .version(`qpqctl ${VERSION}`)
    .alias('version', 'V')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((msg: string, err: Error | undefined) => { throw err ?? new UsageError(msg) })
}

async function main(argv: string[]): Promise<number> {
  const cli = buildCli(argv)
  try {
    await cli.parseAsync()
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${await cli.getHelp()}\n\nqpqctl: ${err.message}\n`)
      return EXIT.usage
    }
    process.stderr.write(`qpqctl: ${(err as Error).message}\n`)
    return EXIT.failed
  }
}

const code = await main(hideBin(process.argv))
process.stdout.write('', () => process.exit(code))
