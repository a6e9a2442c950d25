// plugins list|reload [NAME]|disable NAME|enable NAME, on the plugin host. A reload that leaves a
// plugin failing answers with the outcome of each one; qpqctl exits 1 when any failed.
import type { PluginHost, ReloadOutcome } from '../../../plugins/host/host.js'
import { Args } from '../args.js'
import { AdminError } from '../protocol.js'
import type { AdminCommands } from '../server.js'

const outcomes = (list: ReloadOutcome[]): { outcomes: ReloadOutcome[]; failed: number } => ({ outcomes: list, failed: list.filter((o) => !o.ok).length })

function single(o: ReloadOutcome): ReloadOutcome {
  if (o.ok) return o
  throw new AdminError(/no plugin named/.test(o.error ?? '') ? 'not-found' : 'failed', `${o.plugin}: ${o.error ?? 'failed'}`)
}

export function pluginCommands(plugins: PluginHost): AdminCommands {
  return {
    'plugins.list': {
      run(raw) {
        new Args(raw, [])
        return { plugins: plugins.status().map((p) => ({ name: p.name, version: p.version, state: p.state, byOperator: p.byOperator === true, hooks: p.hooks, restarts: p.restarts, file: p.file })) }
      },
    },
    'plugins.reload': {
      changes: true,
      async run(raw) {
        return outcomes(await plugins.reload(new Args(raw, ['name']).optionalString('name') ?? undefined))
      },
    },
    'plugins.disable': {
      changes: true,
      async run(raw) {
        return single(await plugins.disable(new Args(raw, ['name']).string('name')))
      },
    },
    'plugins.enable': {
      changes: true,
      async run(raw) {
        return single(await plugins.enable(new Args(raw, ['name']).string('name')))
      },
    },
  }
}
