// qpq mesh peers | identity | broadcast | subscribe | store (the original's /mesh commands), and
// qpq discover: the LAN mesh of your server (docs/mesh.md). A topic is named by a passphrase that
// its members share: the message is encrypted here with a key made from it, and the nodes see
// only the topic's id (MeshTopic).
import os from 'node:os'
import type { CommandModule } from 'yargs'
import { hex } from '../../chat/conversations.js'
import { MeshTopic } from '../../mesh/topic.js'
import { discoverNodes } from '../../mesh/discover.js'
import type { MeshBroadcastEvent } from '../../session/events.js'
import { withChat, type GlobalArgs } from '../context.js'
import { UsageError } from '../errors.js'
import { jsonLine, printNotice } from '../output.js'

type Json = { json: boolean }
const json = { type: 'boolean', default: false, describe: 'one JSON object a line' } as const

const peers: CommandModule<GlobalArgs, GlobalArgs & Json> = {
  command: 'peers',
  describe: 'the mesh nodes your server is linked to',
  builder: (y) => y.option('json', json),
  handler: async (args) => withChat(args, async (chat) => {
    const list = await chat.client.mesh.peers()
    if (list.length === 0 && !args.json) printNotice('no mesh peers linked')
    for (const p of list) {
      process.stdout.write(args.json ? `${jsonLine(p)}\n` : `${p.peerId}\t${p.addresses.join(' ')}\tsince ${new Date(p.connectedAtMs).toISOString()}\n`)
    }
  }),
}

const identity: CommandModule<GlobalArgs, GlobalArgs & Json> = {
  command: 'identity',
  describe: "your server's mesh identity: node key, peer id and the addresses it listens on (what other nodes put in mesh_peers)",
  builder: (y) => y.option('json', json),
  handler: async (args) => withChat(args, async (chat) => {
    const i = await chat.client.mesh.identity()
    if (args.json) process.stdout.write(`${jsonLine(i)}\n`)
    else process.stdout.write(`node key ${hex(i.nodeKey)}\npeer id ${i.peerId}\n${i.listenAddresses.map((a) => `listening ${a}\n`).join('')}`)
  }),
}

type BroadcastArgs = GlobalArgs & { topic: string; text: string[]; 'max-hops'?: number; ttl?: number }

const broadcast: CommandModule<GlobalArgs, BroadcastArgs> = {
  command: 'broadcast <topic> <text..>',
  describe: 'encrypt a message for a topic and flood it over the mesh (everyone who knows the topic\'s name can read it)',
  builder: (y) => y
    .positional('topic', { type: 'string', demandOption: true, describe: 'the topic\'s name (its passphrase)' })
    .positional('text', { type: 'string', array: true, demandOption: true, describe: 'the message' })
    .option('max-hops', { type: 'number', describe: 'how far it goes (1-7, default 3)' })
    .option('ttl', { type: 'number', describe: 'seconds it is kept for nodes that join later (default a day)' }),
  handler: async (args) => withChat(args, async (chat) => {
    const id = await chat.client.mesh.broadcast(topicOf(args.topic), Buffer.from(args.text.join(' ')), { maxHops: args['max-hops'], ttlSecs: args.ttl })
    process.stdout.write(`broadcast ${hex(id)} on ${args.topic}\n`)
  }),
}

type SubscribeArgs = GlobalArgs & Json & { topic: string; count: number }

const subscribe: CommandModule<GlobalArgs, SubscribeArgs> = {
  command: 'subscribe <topic>',
  describe: 'print the messages broadcast on a topic as they arrive ("[topic] <node>: text"), until Ctrl-C',
  builder: (y) => y
    .positional('topic', { type: 'string', demandOption: true, describe: 'the topic\'s name (its passphrase)' })
    .option('count', { type: 'number', default: 0, describe: 'stop after this many messages (0 = never)' })
    .option('json', json),
  handler: async (args) => withChat(args, async (chat) => {
    const topic = topicOf(args.topic)
    let seen = 0
    await new Promise<void>((resolve, reject) => {
      const stop = (): void => { offs.forEach((off) => off()); process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve() }
      const show = (e: MeshBroadcastEvent): void => {
        if (!topic.id.equals(e.topicId)) return
        const text = topic.open(e.payload)
        if (text === null || !e.verified) return printNotice(`dropped a broadcast on ${args.topic} that does not open with its key or is not signed by its origin`)
        process.stdout.write(args.json ? `${jsonLine({ topic: args.topic, id: e.id, origin: e.originKey, hops: e.hops, createdAtMs: e.createdAtMs, text: text.toString('utf8') })}\n`
          : `[${args.topic}] ${hex(e.originKey).slice(0, 16)}: ${text.toString('utf8').replace(/\n/g, '\\n')}\n`)
        if (args.count > 0 && ++seen >= args.count) stop()
      }
      // a subscription is the connection's: taken again on every new one
      const again = (e: { state: string }): void => { if (e.state === 'open') chat.client.mesh.subscribe(topic).catch(() => {}) }
      const offs = [chat.client.on('mesh-broadcast', show), chat.client.onConnection(again), chat.client.onClose((why) => reject(new Error(`lost the server for good: ${why}`)))]
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      chat.client.mesh.subscribe(topic).then(() => printNotice(`subscribed to ${args.topic} (Ctrl-C to stop)`, args.json, { event: 'subscribed', topic: args.topic }), reject)
    })
  }),
}

const store: CommandModule<GlobalArgs, GlobalArgs & Json> = {
  command: 'store',
  describe: "what your server's mesh store holds for others, and its bounds",
  builder: (y) => y.option('json', json),
  handler: async (args) => withChat(args, async (chat) => {
    const s = await chat.client.mesh.store()
    const mib = (n: number): string => `${(n / 1048576).toFixed(1)} MiB`
    if (args.json) process.stdout.write(`${jsonLine(s)}\n`)
    else process.stdout.write(`${s.envelopes} of ${s.maxEnvelopes} envelopes, ${mib(s.bytes)} of ${mib(s.maxBytes)}; ${s.seen} ids remembered\n`)
  }),
}

export const mesh: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'mesh <command>',
  describe: "your server's LAN mesh: peers, identity, broadcast, subscribe, store",
  builder: (y) => y.command(peers).command(identity).command(broadcast).command(subscribe).command(store).demandCommand(1, 'name a mesh command'),
  handler: () => {},
}

type DiscoverArgs = GlobalArgs & Json & { interface?: string[]; 'timeout-ms': number }

export const discover: CommandModule<GlobalArgs, DiscoverArgs> = {
  command: 'discover',
  describe: 'find qpqd mesh nodes on the LAN (mDNS, _quicproquo._udp.local); needs no account',
  builder: (y) => y
    .option('interface', { alias: 'i', type: 'string', array: true, describe: 'ask on this interface (name or IPv4 address; repeatable); default: every IPv4 interface but loopback' })
    .option('timeout-ms', { type: 'number', default: 1500, describe: 'how long to listen for answers' })
    .option('json', json),
  handler: async (args) => {
    const interfaces = args.interface ?? Object.entries(os.networkInterfaces()).filter(([, a]) => a?.some((x) => x.family === 'IPv4' && !x.internal)).map(([name]) => name)
    if (interfaces.length === 0) throw new UsageError('no IPv4 interface but loopback here: name one with --interface')
    let nodes
    try {
      nodes = await discoverNodes({ interfaces, timeoutMs: args['timeout-ms'] })
    } catch (err) {
      if (err instanceof RangeError) throw new UsageError(err.message)
      throw err
    }
    if (nodes.length === 0 && !args.json) printNotice(`no mesh node answered within ${args['timeout-ms']} ms on ${interfaces.join(', ')}`)
    for (const n of nodes) {
      process.stdout.write(args.json ? `${jsonLine(n)}\n` : `${n.peerId}\t${n.rpc.length > 0 ? `qpq ${n.rpc.join(' ')}` : 'no client address'}\tvia ${n.via}\n`)
    }
  },
}

function topicOf(name: string): MeshTopic {
  if (name === '') throw new UsageError('a topic has a name')
  return MeshTopic.fromName(name)
}
