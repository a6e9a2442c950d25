// qpq send / recv: talking.
import { readFileSync } from 'node:fs'
import type { CommandModule } from 'yargs'
import type { ChatEvent } from '../../chat/events.js'
import type { LinkEvent } from '../../session/link.js'
import { withChat, type GlobalArgs } from '../context.js'
import { CliError, UsageError } from '../errors.js'
import { printEvent, printNotice } from '../output.js'

type SendArgs = GlobalArgs & { to: string; text: string[]; file?: string }

export const send: CommandModule<GlobalArgs, SendArgs> = {
  command: 'send <to> [text..]',
  describe: 'send a message to a user (opens a direct conversation on first use) or to one of your groups; @name forces a user, #name a group',
  builder: (y) => y
    .positional('to', { type: 'string', demandOption: true, describe: 'a username or a group name' })
    .positional('text', { type: 'string', array: true, default: [], describe: 'the message (several words are joined by spaces); with --file, its caption' })
    .option('file', { type: 'string', describe: 'attach this file (encrypted, at most 50 MiB; its name goes with it)' })
    .check((a) => {
      if (a.text.length === 0 && a.file === undefined) throw new UsageError('say something: send <to> <text..>, or send <to> --file PATH')
      return true
    }),
  handler: async (args) => {
    const file = args.file === undefined ? null : { name: args.file, data: readFile(args.file) }
    await withChat(args, async (chat) => {
      const text = args.text.join(' ')
      const r = file === null ? await chat.send(args.to, text) : await chat.sendFile(args.to, file, text)
      process.stdout.write(`sent ${file === null ? '' : `${file.name} `}to ${r.conversation} (${r.recipients} recipient${r.recipients === 1 ? '' : 's'})\n`)
    })
  },
}

function readFile(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
}

type RecvArgs = GlobalArgs & { follow: boolean; 'timeout-ms': number; json: boolean }

export const recv: CommandModule<GlobalArgs, RecvArgs> = {
  command: 'recv',
  describe: 'print received messages, one a line ("alice: hi", "[team] bob: hi"); notices go to stderr',
  builder: (y) => y
    .option('follow', { alias: 'f', type: 'boolean', default: false, describe: 'keep printing messages as they arrive (until Ctrl-C or --timeout-ms); says on stderr when the server is lost and found again' })
    .option('timeout-ms', { type: 'number', default: 0, describe: 'without --follow: wait up to this long for a first message; with it: stop after this long (0 = never)' })
    .option('json', { type: 'boolean', default: false, describe: 'print every event as a JSON object a line' })
    // -5 would otherwise mean "never" without a word; a bad value is bad usage (exit 2)
    .check((a) => {
      const ms = a['timeout-ms']
      if (!Number.isInteger(ms) || ms < 0) throw new UsageError(`--timeout-ms must be 0 (never) or a positive whole number of milliseconds, not ${String(ms)}`)
      return true
    }),
  handler: async (args) => withChat(args, async (chat) => {
    const stop = new AbortController()
    const onSignal = (): void => stop.abort()
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    const timer = args['timeout-ms'] > 0 ? setTimeout(onSignal, args['timeout-ms']) : null
    let messages = 0
    const show = (events: ChatEvent[]): boolean => {
      for (const e of events) printEvent(e, args.json)
      const got = events.filter((e) => e.type === 'message').length
      messages += got
      return got > 0
    }
    let ended: string | null = null
    const offLink = chat.client.onConnection((e) => {
      if (e.state === 'closed') ended = e.reason
      else if (args.follow) linkNotice(e, args.json)
    })
    try {
      const gotMessage = show(await chat.sync())
      if (args.follow || (!gotMessage && timer !== null)) {
        for await (const e of chat.follow({ signal: stop.signal })) {
          if (show([e]) && !args.follow) break
        }
      }
    } finally {
      offLink()
      if (timer !== null) clearTimeout(timer)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
    if (ended !== null && !stop.signal.aborted) throw new CliError(`lost the server for good: ${ended}`)
    if (messages === 0 && !args.json) {
      printNotice(timer === null || args.follow ? 'no new messages' : `no new messages within ${args['timeout-ms']} ms`)
    }
  }),
}

/** While following: the connection lost (at its first reconnect attempt) and back. */
function linkNotice(e: Exclude<LinkEvent, { state: 'closed' }>, json: boolean): void {
  if (e.state === 'reconnecting' && e.attempt === 1) printNotice(`lost the server (${e.reason}); reconnecting…`, json, { event: 'connection', state: 'lost', reason: e.reason })
  if (e.state === 'open') printNotice(`connected to the server again (after ${e.attempt} attempt${e.attempt === 1 ? '' : 's'})`, json, { event: 'connection', state: 'open' })
}
