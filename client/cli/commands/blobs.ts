// qpq blob put / get: files through the server's blob store, encrypted here first.
import { readFileSync, writeFileSync } from 'node:fs'
import type { CommandModule } from 'yargs'
import { getSealed, putSealed } from '../../chat/attachments.js'
import { withChat, type GlobalArgs } from '../context.js'
import { CliError } from '../errors.js'

const put: CommandModule<GlobalArgs, GlobalArgs & { file: string }> = {
  command: 'put <file>',
  describe: 'encrypt a file and store it (at most 50 MiB); prints the reference to send to whoever should read it',
  builder: (y) => y.positional('file', { type: 'string', demandOption: true, describe: 'the file' }),
  handler: async (args) => withChat(args, async (chat) => {
    let data: Buffer
    try {
      data = readFileSync(args.file)
    } catch (err) {
      throw new CliError(`cannot read ${args.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
    }
    process.stdout.write(`${await putSealed(chat.client, data)}\n`)
  }),
}

const get: CommandModule<GlobalArgs, GlobalArgs & { ref: string; out?: string }> = {
  command: 'get <ref>',
  describe: 'fetch and decrypt a file by the reference `blob put` printed',
  builder: (y) => y
    .positional('ref', { type: 'string', demandOption: true, describe: '<blob id>:<key>' })
    .option('out', { alias: 'o', type: 'string', describe: 'write it to this file (default: stdout)' }),
  handler: async (args) => withChat(args, async (chat) => {
    const data = await getSealed(chat.client, args.ref)
    if (args.out === undefined) process.stdout.write(data)
    else writeFileSync(args.out, data)
  }),
}

export const blob: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'blob <command>',
  describe: 'encrypted files: put, get',
  builder: (y) => y.command(put).command(get).demandCommand(1, 'name a blob command'),
  handler: () => {},
}
