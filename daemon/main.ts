#!/usr/bin/env node
// qpqd entry point: read the configuration, start the node, drain and exit on SIGTERM/SIGINT,
// reload the plugins on SIGHUP.
import { UsageError, helpText, parseCommandLine } from './cli/flags.js'
import { ConfigError, loadConfig, redactedConfig, type Config } from './config/config.js'
import { createLogger } from './observability/logger.js'
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
let config: Config
try {
  config = loadConfig(cmd.flags, process.env)
} catch (err) {
  if (err instanceof ConfigError) fail(err.message, 2)
  throw err
}

if (cmd.command === 'check-config') {
  process.stdout.write(`${JSON.stringify(redactedConfig(config), null, 2)}\n`)
  process.exit(0)
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
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.on(sig, () => {
    if (stopping) {
      log.warn({ signal: sig }, 'second signal: exiting without finishing the drain')
      exitAfterFlush(1)
      return
    }
    void shutdown(sig, 0)
  })
}

process.on('SIGHUP', () => {
  if (node === null || stopping) return
  log.info('SIGHUP: reloading the plugins')
  void node.plugins.reload().then((outcomes) => {
    const failed = outcomes.filter((o) => !o.ok).map((o) => o.plugin)
    log.info({ reloaded: outcomes.length - failed.length, failed }, 'plugins reloaded')
  })
})

try {
  node = await startNode(config, log)
} catch (err) {
  log.fatal({ err }, `cannot start: ${(err as Error).message}`)
  process.stderr.write(`qpqd: ${(err as Error).message}\n`)
  exitAfterFlush(1)
}
