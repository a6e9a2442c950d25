// ChatClient: end-to-end-encrypted chat over a qpqd server, for one account. It keeps the
// account's identity and MLS groups in a StateStore, talks to the server through a QpqClient
// (reconnecting on its own), and turns what arrives into ChatEvents. The server relays MLS
// ciphertext and never sees a plaintext, a group's name or who is in a conversation beyond the
// accounts it routes to. The qpq CLI is a thin shell over this class (docs/sdk.md, docs/cli.md).
import { normalizeUsername } from '../../protocol/username.js'
import { CallTimeoutError, ConnectionClosedError, QpqError, Status } from '../errors.js'
import { QpqClient, type QpqClientOptions } from '../qpq-client.js'
import { newHybridKeyPair } from '../mls/hybrid-envelope.js'
import { newIdentity } from '../mls/identity.js'
import { epochOf, loadGroup, members } from '../mls/group.js'
import { sameBytes } from '../mls/suite.js'
import { STATE_VERSION, type ClientData, type Conversation } from '../state/model.js'
import type { StateStore } from '../state/store.js'
import type { ChatContext } from './context.js'
import { channelsToRead, directNamed, directWith, groupNamed } from './conversations.js'
import { keyOf, nameOf } from './directory.js'
import { ChatError, UnknownConversationError } from './errors.js'
import type { ChatEvent } from './events.js'
import { addMembers, createGroup, removeMembers, rotate, settlePending } from './groups.js'
import { read } from './inbox.js'
import { uploadKeyPackages, topUp } from './key-supply.js'
import { openDirect, sendAddresses, sendContent } from './outgoing.js'
import { putSealed } from './attachments.js'
import type { Content } from '../mls/payload.js'
import { MeshFallback, type MeshFallbackOptions } from '../mesh/fallback.js'
import type { Route } from './delivery.js'

/** Connection settings besides the server's address and certificate (those are pinned in the state). */
export type ConnectionOptions = Omit<QpqClientOptions, 'server' | 'caCert' | 'serverName'>

export interface ChatOptions {
  store: StateStore
  /** The account's password: logs in again when the saved session has ended. */
  password: string
  connection?: ConnectionOptions
  /** Seal every payload in the hybrid X25519 + ML-KEM-768 envelope to each recipient (default off). */
  pq?: boolean
  /** KeyPackages to keep on the server (default 10). */
  keyPackageTarget?: number
  /**
   * When the server is unreachable, hand messages to a qpqd mesh node found nearby (mDNS on these
   * interfaces only; docs/mesh.md). Off unless given: it multicasts on the LAN.
   */
  mesh?: MeshFallbackOptions
}

/** Where the server is: its address (HOST:PORT), certificate or CA (DER or PEM), and the name on the certificate. */
export interface ServerAddress { address: string; caCert: Uint8Array; serverName: string }

export interface OpenOptions extends ChatOptions {
  /** Replaces parts of the pinned server; the state keeps them once a connection with them worked. */
  server?: Partial<ServerAddress>
}

export interface RegisterOptions extends Omit<ChatOptions, 'store'> {
  username: string
  server: Omit<ServerAddress, 'serverName'> & { serverName?: string }
  /** Makes the store of the new account's state (e.g. FileStateStore.create), once the server registered it. */
  createStore(initial: ClientData): Promise<StateStore>
}

export interface ConversationInfo {
  name: string
  kind: 'direct' | 'group'
  groupId: Uint8Array
  epoch: number
  members: string[]
  removed: boolean
}

export class ChatClient {
  private closed = false

  private constructor(
    readonly client: QpqClient,
    private readonly store: StateStore,
    private readonly ctx: ChatContext,
    readonly username: string,
    /** The server, HOST:PORT. */
    readonly server: string,
    private readonly password: string,
  ) {
    client.onClose(() => { this.closed = true })
  }

  /** Registers a new account (OPAQUE), logs in, makes its state and uploads its KeyPackages and hybrid key. */
  static async register(opts: RegisterOptions): Promise<ChatClient> {
    const username = normalizeUsername(opts.username)
    const identity = newIdentity()
    const client = await connect({ address: opts.server.address, caCert: opts.server.caCert, serverName: opts.server.serverName ?? 'localhost' }, opts.connection)
    try {
      await client.register(username, opts.password, identity.publicKey)
      const token = await client.login(username, opts.password, identity.publicKey)
      const store = await opts.createStore({
        version: STATE_VERSION, username, identity,
        server: { address: opts.server.address, serverName: opts.server.serverName ?? 'localhost', caCert: opts.server.caCert, ktSignerKey: null },
        session: { token }, keyPackages: [], keyPackagesOnServer: 0, hybrid: newHybridKeyPair(), contacts: {}, conversations: {}, queues: {}, inbox: [],
      })
      const chat = new ChatClient(client, store, context(client, identity, opts, opts.server.address), username, opts.server.address, opts.password)
      await store.update(async (s) => {
        await uploadKeyPackages(chat.ctx, s, chat.ctx.keyPackageTarget)
        if (s.hybrid !== null) await client.keys.uploadHybridKey(s.hybrid.publicKey)
      })
      return chat
    } catch (err) {
      client.close()
      throw err
    }
  }

  /** Opens an account's existing state: connects to its server, resumes its session (or logs in again). */
  static async open(opts: OpenOptions): Promise<ChatClient> {
    const state = await opts.store.read()
    const server = { ...state.server, ...opts.server }
    const client = await connect(server, opts.connection)
    try {
      if (state.server.ktSignerKey !== null) client.kt.pin(state.server.ktSignerKey)
      for (const [domain, key] of Object.entries(state.peerKtKeys ?? {})) client.peerLogs.pin(domain, key)
      const chat = new ChatClient(client, opts.store, context(client, state.identity, opts, server.address), state.username, server.address, opts.password)
      if (state.session === null) await chat.login()
      else await client.resume(state.session.token, state.identity.publicKey).catch(async (err: unknown) => {
        if (!(err instanceof QpqError && err.status === Status.Unauthorized)) throw err
        await chat.login()
      })
      await chat.store.update(async (s, save) => {
        s.server = { ...s.server, address: server.address, caCert: server.caCert, serverName: server.serverName }
        for (const conv of Object.values(s.conversations)) if (conv.pending !== null) await settlePending(chat.ctx, save, conv)
      })
      return chat
    } catch (err) {
      client.close()
      throw err
    }
  }

  get identityKey(): Uint8Array {
    return this.ctx.identity.publicKey
  }

  /** A fresh OPAQUE login; the new session is kept in the state. Rejects with QpqError 2 on a wrong password. */
  async login(): Promise<void> {
    const token = await this.client.login(this.username, this.password, this.ctx.identity.publicKey)
    await this.store.update(async (s) => { s.session = { token } })
  }

  /**
   * Sends a text to a group of ours (`#name` or its name) or to a user (`@name` or the username):
   * the first message to a user opens a direct conversation with them.
   */
  async send(target: string, text: string): Promise<{ conversation: string; recipients: number; via: Route }> {
    return await this.sendTo(target, { type: 'text', text, sentAtMs: Date.now() })
  }

  /**
   * Sends a file like a message (to a group or a user, as send): sealed with a key of its own
   * and stored as a blob (at most 50 MiB), its name (without directories), size and reference
   * in the message, with an optional caption. Readers see a message event with `file`.
   */
  async sendFile(target: string, file: { name: string; data: Uint8Array }, caption = ''): Promise<{ conversation: string; recipients: number; via: Route }> {
    const ref = await putSealed(this.client, file.data)
    const name = file.name.split(/[\\/]/).pop() ?? ''
    return await this.sendTo(target, { type: 'file', file: { name, size: file.data.length, ref }, text: caption, sentAtMs: Date.now() })
  }

  private async sendTo(target: string, content: Content): Promise<{ conversation: string; recipients: number; via: Route }> {
    return await this.store.update(async (s, save) => {
      const conv = await this.target(s, save, target)
      const sent = await sendContent(this.ctx, save, conv, content)
      return { conversation: conv.name, ...sent }
    })
  }

  private async target(s: ClientData, save: () => Promise<void>, target: string): Promise<Conversation> {
    const forced = target.startsWith('@') ? 'user' : target.startsWith('#') ? 'group' : null
    const name = forced === null ? target : target.slice(1)
    // with the mesh fallback, a server that stays unreachable is not waited for: what is known is used
    const online = this.ctx.mesh === null || await this.client.waitConnected(this.ctx.mesh.waitMs)
    if (forced !== 'user') {
      let g = groupNamed(s, name)
      if (g === null && online) {
        // perhaps a group we were just added to: read our queues (what arrives waits in the inbox)
        await this.readAll(s, save)
        g = groupNamed(s, name)
      }
      if (g !== null) return g
      if (forced === 'group') throw new UnknownConversationError(`you have no group named ${name}`)
    }
    const key = await keyOf(this.ctx, s, name)
    if (sameBytes(key, this.ctx.identity.publicKey)) throw new ChatError('that is you: messages to yourself are not sent')
    let conv = directWith(s, key)
    if (conv === null && forced === 'user' && online) {
      // they may have opened one with us already: read our invitations before opening another
      await read(this.ctx, s, save, null)
      conv = directWith(s, key)
    }
    return conv ?? await openDirect(this.ctx, s, save, await nameOf(this.ctx, s, key), key)
  }

  /** A group of ours by name (or #name); a direct conversation (name or @name) too, for the group operations to refuse by name. */
  private group(s: ClientData, name: string): Conversation {
    const bare = name.replace(/^[#@]/, '')
    const g = (name.startsWith('@') ? null : groupNamed(s, bare)) ?? (name.startsWith('#') ? null : directNamed(s, bare))
    if (g === null) throw new UnknownConversationError(`you have no group named ${name}`)
    return g
  }

  /** Creates a group (we are its admin) and adds `usernames`; returns its name (made unique among ours). */
  async createGroup(name: string, usernames: string[] = []): Promise<string> {
    return await this.store.update(async (s, save) => {
      const conv = await createGroup(this.ctx, s, name)
      await save()
      if (usernames.length > 0) await this.grow(s, save, conv, usernames)
      return conv.name
    })
  }

  /** Adds users to a group: one commit, a Welcome to each, and the group's name sent to everyone. */
  async addMembers(group: string, usernames: string[]): Promise<void> {
    await this.store.update(async (s, save) => this.grow(s, save, this.group(s, group), usernames))
  }

  private async grow(s: ClientData, save: () => Promise<void>, conv: Conversation, usernames: string[]): Promise<void> {
    await addMembers(this.ctx, s, save, conv, usernames)
    await sendAddresses(this.ctx, s, save, conv)
    await sendContent(this.ctx, save, conv, { type: 'group-name', name: conv.name, sentAtMs: Date.now() })
  }

  /** Removes users from a group (admins only): they can read nothing sent after it. */
  async removeMembers(group: string, usernames: string[]): Promise<void> {
    await this.store.update(async (s, save) => removeMembers(this.ctx, s, save, this.group(s, group), usernames))
  }

  /** Rotates our keys in a group (an MLS update commit): past keys no longer open new messages. */
  async rotateKeys(group: string): Promise<void> {
    await this.store.update(async (s, save) => rotate(this.ctx, s, save, this.group(s, group)))
  }

  async conversations(): Promise<ConversationInfo[]> {
    return await this.store.update(async (s) => Promise.all(Object.values(s.conversations).map(async (c) => {
      const g = loadGroup(c.mls)
      return { name: c.name, kind: c.kind, groupId: c.groupId, epoch: epochOf(g), removed: c.removed, members: await Promise.all(members(g).map((m) => nameOf(this.ctx, s, m.identityKey))) }
    })))
  }

  /**
   * Reads every queue once (invitations first, then each conversation's channel), processes what
   * arrived, and hands out every event not read yet — including those processed by another
   * process of this account (e.g. `qpq send` while `qpq recv --follow` runs).
   */
  async sync(): Promise<ChatEvent[]> {
    return await this.store.update(async (s, save) => {
      await this.readAll(s, save)
      return s.inbox.splice(0)
    })
  }

  /** Reads every queue into the inbox; replaces the KeyPackages that invitations used. */
  private async readAll(s: ClientData, save: () => Promise<void>): Promise<void> {
    const before = s.keyPackages.length
    await read(this.ctx, s, save, null)
    for (const channel of channelsToRead(s)) await read(this.ctx, s, save, channel)
    if (s.keyPackages.length < before) await topUp(this.ctx, s)
  }

  /**
   * Events as they come, until `signal` aborts or the client closes: a sync on every push of a new
   * message or membership change, after every reconnect, and every `intervalMs` (pushes are best
   * effort). A sync that fails on a lost connection is retried once the client has reconnected.
   */
  async *follow(opts: { signal?: AbortSignal; intervalMs?: number } = {}): AsyncGenerator<ChatEvent> {
    let due = true
    let wake: (() => void) | null = null
    const poke = (): void => { due = true; wake?.() }
    const offs = [
      this.client.on('message', poke),
      this.client.on('membership', poke),
      this.client.onConnection((e) => { if (e.state !== 'reconnecting') poke() }),
    ]
    opts.signal?.addEventListener('abort', poke)
    try {
      while (opts.signal?.aborted !== true && !this.closed) {
        if (!due) {
          await new Promise<void>((r) => {
            const timer = setTimeout(r, opts.intervalMs ?? 10_000)
            wake = () => { clearTimeout(timer); r() }
          })
          wake = null
          continue
        }
        due = false
        let events: ChatEvent[]
        try {
          events = await this.sync()
        } catch (err) {
          if (this.closed || !isConnectionLoss(err)) throw err
          continue // the link is reconnecting; its 'open' event pokes us
        }
        for (const e of events) yield e
      }
    } finally {
      for (const off of offs) off()
      opts.signal?.removeEventListener('abort', poke)
    }
  }

  /** Uploads `count` more KeyPackages; returns how many the server now holds. */
  async uploadKeyPackages(count: number): Promise<number> {
    return await this.store.update(async (s) => uploadKeyPackages(this.ctx, s, count))
  }

  /** KeyPackages on the server (as of the last upload) and private halves kept for them. */
  async keyStatus(): Promise<{ onServer: number; kept: number }> {
    const s = await this.store.read()
    return { onServer: s.keyPackagesOnServer, kept: s.keyPackages.length }
  }

  close(): void {
    this.ctx.mesh?.close()
    this.client.close()
  }
}

const isConnectionLoss = (err: unknown): boolean => err instanceof ConnectionClosedError || err instanceof CallTimeoutError

function context(client: QpqClient, identity: ClientData['identity'], opts: Omit<ChatOptions, 'store'>, server: string): ChatContext {
  let home: Promise<string | null> | null = null
  const homeDomain = (): Promise<string | null> => {
    home ??= client.health().then((h) => h.federation_domain || null)
    home.catch(() => { home = null }) // asked again next time
    return home
  }
  const mesh = opts.mesh === undefined ? null : new MeshFallback(opts.mesh, identity, () => server)
  return { client, identity, pq: opts.pq ?? false, keyPackageTarget: opts.keyPackageTarget ?? 10, homeDomain, mesh }
}

async function connect(server: ServerAddress, opts: ConnectionOptions = {}): Promise<QpqClient> {
  return await QpqClient.connect({ reconnect: true, ...opts, server: server.address, caCert: server.caCert, serverName: server.serverName })
}
