// SDK clients in a child process, for tests that run qpqd nodes inside network namespaces
// (`ip netns exec NS node --import tsx test/helpers/client-harness.ts {}`): a client reaches the
// nodes of its namespace's links only, as a device on that LAN would. Driven by JSON lines on
// stdin ({ req, cmd, ... }); answers ({ req, ok, ... }) and events ({ ev, ... }: push, link)
// are JSON lines on stdout. Bytes travel as { $hex: "…" } both ways.
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { QpqClient } from '../../client/qpq-client.js'
import { ChatClient } from '../../client/chat/chat-client.js'
import { MemoryStateStore } from '../../client/state/store.js'
import { discoverNodes } from '../../client/mesh/discover.js'
import type { MethodName } from '../../proto/methods.js'
import { TEST_STRETCHING, newIdentityKey } from './node.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const out = (o: object): void => { process.stdout.write(JSON.stringify(toJson(o)) + '\n') }

/** Uint8Array → { $hex }, Long-like → number. */
function toJson(v: unknown): Json {
  if (v instanceof Uint8Array) return { $hex: Buffer.from(v).toString('hex') }
  if (Array.isArray(v)) return v.map(toJson)
  if (v !== null && typeof v === 'object') {
    if ('low' in v && 'high' in v && typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as unknown as { toNumber(): number }).toNumber()
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]))
  }
  return v as Json
}

function fromJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromJson)
  if (v !== null && typeof v === 'object') {
    if ('$hex' in v) return Buffer.from((v as { $hex: string }).$hex, 'hex')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x)]))
  }
  return v
}

const clients = new Map<string, QpqClient>()
const chats = new Map<string, ChatClient>()
const received = new Map<string, string[]>()

const clientOf = (name: string): QpqClient => {
  const c = clients.get(name) ?? chats.get(name)?.client
  if (c === undefined) throw new Error(`no client ${name}`)
  return c
}

function watch(name: string, c: QpqClient): void {
  c.onPush((p) => out({ ev: 'push', name, eventType: p.eventType, payload: p.payload }))
  c.onConnection((e) => out({ ev: 'link', name, state: e.state }))
}

const commands: Record<string, (m: Record<string, unknown>) => Promise<object> | object> = {
  connect: async (m) => {
    const c = await QpqClient.connect({ server: m.server as string, caCert: readFileSync(m.caCertFile as string), keyStretching: TEST_STRETCHING, reconnect: { initialDelayMs: 100, maxDelayMs: 500 } })
    clients.set(m.name as string, c)
    watch(m.name as string, c)
    return {}
  },
  /** Registers and logs in a new account with a fresh identity key. */
  register: async (m) => {
    const c = clientOf(m.name as string)
    const key = newIdentityKey()
    await c.register(m.user as string, `${m.user as string} password`, key)
    await c.login(m.user as string, `${m.user as string} password`, key)
    return { key }
  },
  request: async (m) => ({ response: await clientOf(m.name as string).request(m.method as MethodName, fromJson(m.message) as never) }),
  /** A raw call: its status and, when not 0, the error's message. */
  call: async (m) => {
    const r = await clientOf(m.name as string).call(m.id as number, fromJson(m.payload) as Buffer)
    return { status: r.status, payload: r.payload }
  },
  fetchWait: async (m) => {
    const c = clientOf(m.name as string)
    const got = await c.fetchWait((m.timeoutMs as number | undefined) ?? 30_000)
    if (got.length > 0) await c.ack(got.at(-1)?.seq ?? 0)
    return { messages: got.map((x) => Buffer.from(x.data).toString('utf8')) }
  },
  chatRegister: async (m) => {
    const name = m.name as string
    const chat = await ChatClient.register({
      username: m.user as string, password: `${m.user as string} password`, keyPackageTarget: 3,
      server: { address: m.server as string, caCert: readFileSync(m.caCertFile as string) },
      connection: { keyStretching: TEST_STRETCHING, reconnect: { initialDelayMs: 100, maxDelayMs: 500 } },
      ...(m.mesh !== undefined && { mesh: m.mesh as { interfaces: string[] } }),
      createStore: async (initial) => new MemoryStateStore(initial),
    })
    chats.set(name, chat)
    received.set(name, [])
    watch(name, chat.client)
    return {}
  },
  chatSend: async (m) => chats.get(m.name as string)?.send(m.to as string, m.text as string) ?? {},
  /** Follows the user's events until a message with this text came; returns every text received so far. */
  chatWait: async (m) => {
    const name = m.name as string
    const chat = chats.get(name) as ChatClient
    const got = received.get(name) as string[]
    if (!got.includes(m.text as string)) {
      const stop = new AbortController()
      const timer = setTimeout(() => stop.abort(), (m.timeoutMs as number | undefined) ?? 60_000)
      for await (const e of chat.follow({ signal: stop.signal, intervalMs: 1_000 })) {
        if (e.type === 'message') got.push(e.text)
        if (got.includes(m.text as string)) break
      }
      clearTimeout(timer)
    }
    return { texts: got }
  },
  /** Reads once more: every text received so far, and those that came now. */
  chatSync: async (m) => {
    const name = m.name as string
    const got = received.get(name) as string[]
    for (const e of await (chats.get(name) as ChatClient).sync()) if (e.type === 'message') got.push(e.text)
    return { texts: got }
  },
  discover: async (m) => ({ nodes: await discoverNodes({ interfaces: m.interfaces as string[], timeoutMs: (m.timeoutMs as number | undefined) ?? 1_500 }) }),
  stop: () => {
    for (const c of clients.values()) c.close()
    for (const c of chats.values()) c.close()
    return {}
  },
}

const rl = createInterface({ input: process.stdin })
rl.on('line', (line) => {
  const m = JSON.parse(line) as Record<string, unknown>
  const cmd = commands[m.cmd as string]
  if (cmd === undefined) return out({ req: m.req, ok: false, error: `unknown command ${String(m.cmd)}` })
  Promise.resolve().then(() => cmd(m)).then(
    (r) => {
      out({ req: m.req, ok: true, ...r })
      if (m.cmd === 'stop') process.exit(0)
    },
    (err: unknown) => out({ req: m.req, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
  )
})
rl.on('close', () => process.exit(0))
out({ ev: 'ready' })
