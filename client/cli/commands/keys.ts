// qpq keys upload / status: the KeyPackages that let others add you while you are offline.
import type { CommandModule } from 'yargs'
import { withChat, type GlobalArgs } from '../context.js'
import { UsageError } from '../errors.js'

const upload: CommandModule<GlobalArgs, GlobalArgs & { count: number }> = {
  command: 'upload',
  describe: 'upload more KeyPackages (the server keeps at most 100)',
  builder: (y) => y.option('count', { type: 'number', default: 10, describe: 'how many' })
    // -1 or abc would otherwise upload nothing without a word; a bad value is bad usage (exit 2)
    .check((a) => {
      if (!Number.isInteger(a.count) || a.count <= 0) throw new UsageError(`--count must be a positive integer, not ${String(a.count)}`)
      return true
    }),
  handler: async (args) => withChat(args, async (chat) => {
    const stored = await chat.uploadKeyPackages(args.count)
    process.stdout.write(`the server holds ${stored} of your KeyPackages\n`)
  }),
}

const status: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'status',
  describe: 'how many KeyPackages the server held after the last upload, and how many private halves this state keeps',
  handler: async (args) => withChat(args, async (chat) => {
    const s = await chat.keyStatus()
    process.stdout.write(`on the server (at the last upload): ${s.onServer}\nkept here: ${s.kept}\n`)
  }),
}

export const keys: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'keys <command>',
  describe: 'your KeyPackages: upload, status',
  builder: (y) => y.command(upload).command(status).demandCommand(1, 'name a keys command'),
  handler: () => {},
}
