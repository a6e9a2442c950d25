#!/usr/bin/env node
// qpqd entry point: read the configuration, check the ports, start the node, drain and exit on
// SIGTERM/SIGINT, reload the plugins on SIGHUP. The first start on a data directory tells the
// person running it, in words, where everything is and how to register the first user.
import { existsSync } from 'node:fs'
import { UsageError, helpText, parseCommandLine } from './cli/flags.js'
import { onStopSignals } from './cli/signals.js'
import { PortError, checkPorts } from './cli/preflight.js'
import { firstStartText } from './cli/first-start.js'
import { RestoreRefused, restoreBackup } from './cli/restore.js'
import { AdminSocketError } from './admin/socket-files.js'
import { checkConfig } from './config/check.js'
import { ConfigError, resolveConfig, type ResolvedConfig } from './config/config.js'
import { createLogger } from './observability/logger.js'
import { VERSION } from './version.js'
import { startNode, type RunningNode } from './node.js'

function fail(message: string, code: number): never {
  process.stderr.write(`qpqd: ${message}\n`)
  process.exit(code)
}

let cmd: ReturnType<typeof parseCommandLine>
try {
  cmd = parseCommandLine(process.argv.slice(2))
} catch (err) {
  if (err instanceof UsageError) fail(`${err.message}\n(see qpqd --help)`, 2)
  throw err
}
if (cmd.command === 'help') {
  process.stdout.write(helpText())
  process.exit(0)
}
if (cmd.command === 'version') {
  process.stdout.write(`qpqd ${VERSION}\n`)
  process.exit(0)
}
if (cmd.command === 'check-config') {
  // the same checks as qpqctl check-config
  const checked = checkConfig(cmd.flags, process.env, VERSION)
  if (!checked.ok) fail(checked.error, 2)
  process.stdout.write(checked.text)
  process.exit(0)
}
let resolved: ResolvedConfig
try {
  resolved = resolveConfig(cmd.flags, process.env)
} catch (err) {
  if (err instanceof ConfigError) fail(err.message, 2)
  throw err
}
const config = resolved.config

if (cmd.command === 'restore') {
  try {
    const r = await restoreBackup(cmd.file as string, config)
    process.stdout.write([
      `qpqd: restored ${cmd.file as string} as ${r.database} (backup schema version ${r.backupSchemaVersion}, now migrated).`,
      ...r.keptAside.map((f) => `  kept the file that was there as ${f}`),
      ...(r.saltInstalled === null ? [] : [`  installed the backup's salt as ${r.saltInstalled}`]),
      `  discarded ${r.keyPackagesDiscarded} KeyPackages (any may have been handed out after the backup); clients upload new ones.`,
      'Start qpqd on this data directory. What changed after the backup was made is not in it (docs/backup.md).',
      '',
    ].join('\n'))
    process.exit(0)
  } catch (err) {
    if (err instanceof RestoreRefused) fail(err.message, 1)
    throw err
  }
}

const log = createLogger(config.logLevel, { redact: config.redactLogs })
let node: RunningNode | null = null
let stopping = false

async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (stopping) return
  stopping = true
  log.info({ reason }, 'shutting down')
  try {
    await node?.stop()
  } catch (err) {
    log.error({ err }, 'error while stopping')
    exitCode = exitCode || 1
  }
  exitAfterFlush(exitCode)
}

/** The log destination is asynchronous: flush it before the process ends. */
function exitAfterFlush(code: number): void {
  log.flush(() => process.exit(code))
  setTimeout(() => process.exit(code), 1_000).unref()
}

process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'))
process.on('uncaughtException', (err) => {
  // every callback of ours is guarded; reaching this is a bug, so stop cleanly and let the supervisor restart us
  log.fatal({ err }, 'uncaught exception')
  void shutdown('uncaught exception', 1)
})
onStopSignals({
  stop: (signal) => void shutdown(signal, 0),
  repeated: (signal) => log.debug({ signal }, 'the same signal again (e.g. forwarded by npm): already draining'),
  force: (signal) => {
    log.warn({ signal }, 'second signal: exiting without finishing the drain')
    exitAfterFlush(1)
  },
})

process.on('SIGHUP', () => {
  if (node === null || stopping) return
  log.info('SIGHUP: reloading the plugins')
  void node.plugins.reload().then((outcomes) => {
    const failed = outcomes.filter((o) => !o.ok).map((o) => o.plugin)
    log.info({ reloaded: outcomes.length - failed.length, failed }, 'plugins reloaded')
  })
})

try {
  await checkPorts([
    { address: config.listen, protocol: 'udp', option: 'listen' },
    ...(config.metricsListen === null ? [] : [{ address: config.metricsListen, protocol: 'tcp' as const, option: 'metrics-listen' }]),
    ...(config.federation.enabled ? [{ address: config.federation.listen, protocol: 'udp' as const, option: 'federation-listen' }] : []),
  ])
  const firstStart = !existsSync(config.dbPath)
  node = await startNode(config, log, {
    checkConfig: () => checkConfig(cmd.flags, process.env, VERSION),
    drain: () => void shutdown('qpqctl drain', 0),
  })
  if (firstStart) {
    log.info({ dataDir: config.dataDir, database: config.dbPath, cert: config.tlsCert }, 'first start on this data directory')
    process.stderr.write(firstStartText({ config, listening: node.rpcAddress, certDer: node.tls.certDer, certGenerated: node.tls.generated }))
  }
} catch (err) {
  const message = (err as Error).message
  // a port we cannot have is the operator's to fix: a sentence, no stack trace
  if (err instanceof PortError || err instanceof AdminSocketError) log.fatal(`cannot start: ${message}`)
  else log.fatal({ err }, `cannot start: ${message}`)
  process.stderr.write(`qpqd: ${message}\n`)
  // a configuration the node refused while starting (the federation's files) is a config error too
  exitAfterFlush(err instanceof ConfigError ? 2 : 1)
}
