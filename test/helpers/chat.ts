// Chat accounts for tests: each a ChatClient with its encrypted state in a directory of its own
// (cheap key derivation and password stretching), on a test node.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ChatClient } from '../../client/chat/chat-client.js'
import type { ChatEvent } from '../../client/chat/events.js'
import { FileStateStore } from '../../client/state/file-store.js'
import { TEST_STRETCHING, type TestNode } from './node.js'

/** scrypt 2^12 instead of 2^17 for test state files. */
export const TEST_KDF = { logN: 12, r: 8, p: 1 }

export interface ChatUser { name: string; password: string; dir: string; chat: ChatClient }

export const serverOf = (t: TestNode): { address: string; caCert: Uint8Array } =>
  ({ address: `127.0.0.1:${t.node.rpcAddress.port}`, caCert: t.node.tls.certDer })

export async function registerChat(t: TestNode, name: string, opts: { pq?: boolean } = {}): Promise<ChatUser> {
  const password = `${name} password`
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-chat-')), name)
  const chat = await ChatClient.register({
    username: name, password, server: serverOf(t), pq: opts.pq, keyPackageTarget: 3,
    connection: { keyStretching: TEST_STRETCHING },
    createStore: (initial) => FileStateStore.create(dir, password, initial, TEST_KDF),
  })
  return { name, password, dir, chat }
}

/** The user's state opened again, by a new ChatClient (a restart of the app). */
export async function reopen(u: ChatUser, opts: { pq?: boolean } = {}): Promise<ChatClient> {
  return await ChatClient.open({ store: await FileStateStore.open(u.dir, u.password), password: u.password, pq: opts.pq, connection: { keyStretching: TEST_STRETCHING } })
}

/** "from: text" of each message event. */
export const texts = (events: ChatEvent[]): string[] => events.flatMap((e) => (e.type === 'message' ? [`${e.from}: ${e.text}`] : []))
