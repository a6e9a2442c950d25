// qpq devices: the account's registered devices.
import type { CommandModule } from 'yargs'
import { withChat, type GlobalArgs } from '../context.js'
import { jsonLine } from '../output.js'

export const devices: CommandModule<GlobalArgs, GlobalArgs & { json: boolean }> = {
  command: 'devices',
  describe: 'list the devices registered to your account',
  builder: (y) => y.option('json', { type: 'boolean', default: false, describe: 'one JSON object a line' }),
  handler: async (args) => withChat(args, async (chat) => {
    const list = await chat.client.devices.list()
    if (list.length === 0 && !args.json) process.stdout.write('no devices registered (this account reads as "no device")\n')
    for (const d of list) {
      const when = (ms: number): string => (ms === 0 ? 'never' : new Date(ms).toISOString())
      process.stdout.write(args.json ? `${jsonLine(d)}\n` : `${Buffer.from(d.deviceId).toString('hex')}\t${d.name}${d.current ? ' (this session)' : ''}\tlast seen ${when(d.lastSeen)}\n`)
    }
  }),
}
