// qpq send / recv: talking.
import type { CommandModule } from 'yargs'
import type { ChatEvent } from '../../chat/events.js'
import { withChat, type GlobalArgs } from '../context.js'
import { printEvent } from '../output.js'

type SendArgs = GlobalArgs & { to: string; text: string[] }

export const send: CommandModule<GlobalArgs, SendArgs> = {
  command: 'send <to> <text..>',
  describe: 'send a message to a user (opens a direct conversation on first use) or to one of your groups; @name forces a user, #name a group',
  builder: (y) => y
    .positional('to', { type: 'string', demandOption: true, describe: 'a username or a group name' })
    .positional('text', { type: 'string', array: true, demandOption: true, describe: 'the message (several words are joined by spaces)' }),
  handler: async (args) => withChat(args, async (chat) => {
    const r = await chat.send(args.to, args.text.join(' '))
    process.stdout.write(`sent to ${r.conversation} (${r.recipients} recipient${r.recipients === 1 ? '' : 's'})\n`)
  }),
}

type RecvArgs = GlobalArgs & { follow: boolean; 'timeout-ms': number; json: boolean }

export const recv: CommandModule<GlobalArgs, RecvArgs> = {
  command: 'recv',
  describe: 'print received messages, one a line ("alice: hi", "[team] bob: hi"); notices go to stderr',
  builder: (y) => y
    .option('follow', { alias: 'f', type: 'boolean', default: false, describe: 'keep printing messages as they arrive (until Ctrl-C or --timeout-ms)' })
    .option('timeout-ms', { type: 'number', default: 0, describe: 'without --follow: wait up to this long for a first message; with it: stop after this long (0 = never)' })
    .option('json', { type: 'boolean', default: false, describe: 'print every event as a JSON object a line' }),
  handler: async (args) => withChat(args, async (chat) => {
    const stop = new AbortController()
    const onSignal = (): void => stop.abort()
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    const timer = args['timeout-ms'] > 0 ? setTimeout(onSignal, args['timeout-ms']) : null
    const show = (events: ChatEvent[]): boolean => {
      for (const e of events) printEvent(e, args.json)
      return events.some((e) => e.type === 'message')
    }
    try {
      const gotMessage = show(await chat.sync())
      if (!args.follow && (gotMessage || timer === null)) return
      for await (const e of chat.follow({ signal: stop.signal })) {
        if (show([e]) && !args.follow) break
      }
    } finally {
      if (timer !== null) clearTimeout(timer)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }),
}
