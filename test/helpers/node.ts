// Starts the real daemon (every component) in this process, on 127.0.0.1 and a fresh data dir.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../daemon/config/config.js'
import { openDatabase, type Storage } from '../../daemon/storage/database.js'
import { migrations } from '../../daemon/storage/migrations.js'
import { startNode, type RunningNode } from '../../daemon/node.js'
import { silentLogger, type Logger } from '../../daemon/observability/logger.js'
import { QpqClient, type QpqClientOptions } from '../../client/qpq-client.js'

/** A fresh 32-byte Ed25519 identity public key. */
export function newIdentityKey(): Buffer {
  return Buffer.from(generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })).subarray(12)
}

/** A temporary SQLCipher database with the daemon's migrations (for store-level tests). */
export function tempStorage(): Storage {
  return openDatabase({ file: path.join(mkdtempSync(path.join(tmpdir(), 'qpq-db-')), 'qpq.db'), key: randomBytes(32), durability: 'normal', migrations })
}

/** Cheap password stretching for tests (the default costs ~250 ms per registration and login). */
export const TEST_STRETCHING = { 'argon2id-custom': { iterations: 1, memory: 1024, parallelism: 1 } } as const

/** An account for tests: username, password and its 32-byte identity key. */
export interface TestUser { name: string; password: string; key: Buffer }

export function newUser(name: string): TestUser {
  return { name, password: `${name} password`, key: newIdentityKey() }
}

export interface TestNode {
  node: RunningNode
  dataDir: string
  client(opts?: Partial<QpqClientOptions>): Promise<QpqClient>
  /** Registers the account (on a connection of its own). */
  register(u: TestUser): Promise<void>
  /** A new connection with a new session of the user. */
  session(u: TestUser): Promise<QpqClient>
  stop(): Promise<void>
}

export async function startTestNode(flags: Record<string, unknown> = {}, dataDir = mkdtempSync(path.join(tmpdir(), 'qpq-node-')), log: Logger = silentLogger()): Promise<TestNode> {
  // tests register and log in many users from 127.0.0.1: lift the per-address limits unless a test sets them
  const config = loadConfig({ listen: '127.0.0.1:0', data_dir: dataDir, crypto_workers: '1', rate_limit_auth_per_ip: '100000', rate_limit_per_ip: '100000', rate_limit_per_identity: '100000', ...flags }, {})
  const node = await startNode(config, log)
  const clients: QpqClient[] = []
  const client = async (opts: Partial<QpqClientOptions> = {}): Promise<QpqClient> => {
    const c = await QpqClient.connect({ server: `127.0.0.1:${node.rpcAddress.port}`, caCert: node.tls.certDer, keyStretching: TEST_STRETCHING, ...opts })
    clients.push(c)
    return c
  }
  return {
    node, dataDir, client,
    async register(u) {
      await (await client()).register(u.name, u.password, u.key)
    },
    async session(u) {
      const c = await client()
      await c.login(u.name, u.password, u.key)
      return c
    },
    async stop() {
      for (const c of clients) c.close()
      await node.stop()
    },
  }
}

/** A registered user with a logged-in client of its own. */
export type LoggedInUser = TestUser & { client: QpqClient }

export async function loggedInUser(t: TestNode, name: string): Promise<LoggedInUser> {
  const u = newUser(name)
  await t.register(u)
  return { ...u, client: await t.session(u) }
}
