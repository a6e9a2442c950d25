// qpq register / login / whoami: the account and its session.
import type { Argv, CommandModule } from 'yargs'
import { normalizeUsername } from '../../../protocol/username.js'
import { ChatClient } from '../../chat/chat-client.js'
import { hex } from '../../chat/conversations.js'
import { FileStateStore } from '../../state/file-store.js'
import { DEFAULT_KDF } from '../../state/sealed-file.js'
import { DEFAULT_SERVER, envInteger, openChat, readCaCert, storeOptions, withChat, type GlobalArgs } from '../context.js'
import { CliError } from '../errors.js'
import { jsonLine } from '../output.js'
import { password } from '../password.js'

type WithUser = GlobalArgs & { username: string }

const username = (y: Argv<GlobalArgs>): Argv<WithUser> => y.positional('username', { type: 'string', demandOption: true, describe: 'your username (3–32 of a-z 0-9 . _ -)' })

/** scrypt cost of a new state file: QPQ_STATE_SCRYPT_LOGN (tests, slow devices) or the default. */
function kdfCost(): typeof DEFAULT_KDF {
  const logN = envInteger('QPQ_STATE_SCRYPT_LOGN', 10, 22)
  return logN === undefined ? DEFAULT_KDF : { ...DEFAULT_KDF, logN }
}

export const register: CommandModule<GlobalArgs, WithUser> = {
  command: 'register <username>',
  describe: 'create an account on the server and a new encrypted state in --state (needs --ca-cert)',
  builder: username,
  handler: async (args) => {
    if (FileStateStore.exists(args.state)) throw new CliError(`${args.state} already holds an account's state: use another --state directory`)
    if (args['ca-cert'] === undefined) throw new CliError('register needs --ca-cert FILE: the server\'s certificate (data/server-cert.der of the server) or its CA')
    const caCert = readCaCert(args['ca-cert'])
    const kdf = kdfCost()
    const options = storeOptions()
    const secret = await password({ fresh: true })
    const chat = await ChatClient.register({
      username: args.username, password: secret, pq: args.pq,
      server: { address: args.server ?? DEFAULT_SERVER, caCert, serverName: args['server-name'] },
      createStore: (initial) => FileStateStore.create(args.state, secret, initial, kdf, options),
    })
    chat.close()
    process.stdout.write(`registered ${chat.username} (identity key ${hex(chat.identityKey)}); state in ${args.state}\n`)
  },
}

export const login: CommandModule<GlobalArgs, WithUser> = {
  command: 'login <username>',
  describe: 'log in again (a fresh session) with the account in --state',
  builder: username,
  handler: async (args) => {
    const chat = await openChat(args)
    try {
      if (chat.username !== normalizeUsername(args.username)) throw new CliError(`the state in ${args.state} is ${chat.username}'s, not ${args.username}'s`)
      await chat.login()
      process.stdout.write(`logged in as ${chat.username}\n`)
    } finally {
      chat.close()
    }
  },
}

export const whoami: CommandModule<GlobalArgs, GlobalArgs & { json: boolean }> = {
  command: 'whoami',
  describe: 'show the account in --state, its server and KeyPackages',
  builder: (y) => y.option('json', { type: 'boolean', default: false, describe: 'print a JSON object' }),
  handler: async (args) => withChat(args, async (chat) => {
    const keys = await chat.keyStatus()
    const me = { username: chat.username, identityKey: chat.identityKey, server: chat.server, keyPackagesOnServer: keys.onServer }
    process.stdout.write(args.json ? `${jsonLine(me)}\n` : `${me.username}\nidentity key ${hex(me.identityKey)}\nserver ${me.server}\nKeyPackages on the server: ${keys.onServer}\n`)
  }),
}
