// qpq group create / add / remove / list / rotate: named groups.
import type { CommandModule } from 'yargs'
import type { ChatClient } from '../../chat/chat-client.js'
import { withChat, type GlobalArgs } from '../context.js'
import { jsonLine } from '../output.js'

type Named = GlobalArgs & { name: string; usernames: string[] }
type Members = GlobalArgs & { group: string; usernames: string[] }

const create: CommandModule<GlobalArgs, Named> = {
  command: 'create <name> [usernames..]',
  describe: 'create a group (you are its admin), optionally with members',
  builder: (y) => y
    .positional('name', { type: 'string', demandOption: true, describe: 'its name (yours to choose; sent to members encrypted, never to the server)' })
    .positional('usernames', { type: 'string', array: true, default: [], describe: 'users to add' }),
  handler: async (args) => withChat(args, async (chat) => {
    const name = await chat.createGroup(args.name, args.usernames)
    process.stdout.write(`created group ${name}\n`)
  }),
}

const members = (verb: 'add' | 'remove', describe: string, run: (chat: ChatClient, a: Members) => Promise<void>): CommandModule<GlobalArgs, Members> => ({
  command: `${verb} <group> <usernames..>`,
  describe,
  builder: (y) => y
    .positional('group', { type: 'string', demandOption: true, describe: 'one of your groups' })
    .positional('usernames', { type: 'string', array: true, demandOption: true, describe: 'the users' }),
  handler: async (args) => withChat(args, async (chat) => {
    await run(chat, args)
    process.stdout.write(`${verb === 'add' ? 'added' : 'removed'} ${args.usernames.join(', ')} ${verb === 'add' ? 'to' : 'from'} ${args.group}\n`)
  }),
})

const list: CommandModule<GlobalArgs, GlobalArgs & { json: boolean }> = {
  command: 'list',
  describe: 'list your groups and direct conversations with their members',
  builder: (y) => y.option('json', { type: 'boolean', default: false, describe: 'one JSON object a line' }),
  handler: async (args) => withChat(args, async (chat) => {
    for (const c of await chat.conversations()) {
      const line = args.json ? jsonLine(c) : `${c.kind === 'group' ? c.name : `@${c.name}`}\t${c.removed ? '(removed)' : c.members.join(', ')}\tepoch ${c.epoch}`
      process.stdout.write(`${line}\n`)
    }
  }),
}

const rotate: CommandModule<GlobalArgs, GlobalArgs & { group: string }> = {
  command: 'rotate <group>',
  describe: 'rotate your keys in a group (an MLS update: keys you held before open nothing sent after)',
  builder: (y) => y.positional('group', { type: 'string', demandOption: true, describe: 'one of your groups' }),
  handler: async (args) => withChat(args, async (chat) => {
    await chat.rotateKeys(args.group)
    process.stdout.write(`rotated your keys in ${args.group}\n`)
  }),
}

export const group: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'group <command>',
  describe: 'named groups: create, add, remove, list, rotate',
  builder: (y) => y
    .command(create)
    .command(members('add', 'add users to a group (each needs a KeyPackage on the server)', (chat, a) => chat.addMembers(a.group, a.usernames)))
    .command(members('remove', 'remove users from a group (admins): they read nothing sent after', (chat, a) => chat.removeMembers(a.group, a.usernames)))
    .command(list)
    .command(rotate)
    .demandCommand(1, 'name a group command'),
  handler: () => {},
}
