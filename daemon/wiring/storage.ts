// The storage domain: the SQLCipher database (opened at start, closed at stop), the group commit
// shared by the queues and the plugins' stores, and every service's store. Stores come first so
// that services depend on each other's data, never on each other's wiring order.
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Config } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import { CommitBatcher, DEFAULT_COMMIT_BATCHING } from '../storage/commit-batcher.js'
import { openDatabase, type Storage } from '../storage/database.js'
import { devKeyFileOf, resolveDatabaseKey } from '../storage/key.js'
import { MetaStore } from '../storage/meta.js'
import { migrations } from '../storage/migrations.js'
import { AccountStore } from '../services/auth/store.js'
import { BlobStore } from '../services/blobs/store.js'
import { ChannelStore } from '../services/channels/store.js'
import { DeliveryStore } from '../services/delivery/store.js'
import { DeviceStore } from '../services/devices/store.js'
import { KeyStore } from '../services/keys/store.js'
import { KtStore } from '../services/kt/store.js'
import { ModerationStore } from '../services/moderation/store.js'
import { EndpointStore } from '../services/p2p/store.js'
import { ContactBook } from '../services/p2p/contacts.js'
import { RecoveryStore } from '../services/recovery/store.js'
import type { Startable } from './lifecycle.js'

export interface Stores {
  meta: MetaStore
  accounts: AccountStore
  devices: DeviceStore
  recovery: RecoveryStore
  delivery: DeliveryStore
  channels: ChannelStore
  moderation: ModerationStore
  kt: KtStore
  blobs: BlobStore
  keys: KeyStore
  endpoints: EndpointStore
  contacts: ContactBook
}

export class StorageDomain implements Startable {
  private opened: Storage | null = null
  private parts: { batcher: CommitBatcher; stores: Stores } | null = null

  constructor(private readonly config: Config, private readonly log: Logger, private readonly metrics: Metrics) {}

  start(): void {
    const { config, log } = this
    const dbKey = resolveDatabaseKey({ database: config.dbPath, passphrase: config.dbKey })
    if (dbKey.source === 'dev-key-file') log.warn({ keyFile: devKeyFileOf(config.dbPath) }, 'database key from a generated key file (development); set db_key in production')
    const storage = openDatabase({ file: config.dbPath, key: dbKey.key, durability: config.durability, migrations })
    log.info({ file: storage.file, migrationsApplied: storage.applied, durability: config.durability }, 'database open')
    this.opened = storage
    this.parts = { batcher: new CommitBatcher(storage.db, { ...DEFAULT_COMMIT_BATCHING, onCommit: this.metrics.commitObserver() }), stores: openStores(storage.db) }
  }

  stop(): void {
    // writes still queued (a call that outlived the drain) commit now, and later ones are refused
    this.parts?.batcher.close()
    this.opened?.close()
    this.opened = null
  }

  get storage(): Storage {
    return this.started().storage
  }

  /** One group commit serves the queues and the plugins' stores. */
  get batcher(): CommitBatcher {
    return this.started().batcher
  }

  get stores(): Stores {
    return this.started().stores
  }

  private started(): { storage: Storage; batcher: CommitBatcher; stores: Stores } {
    if (this.opened === null || this.parts === null) throw new Error('storage is not open')
    return { storage: this.opened, ...this.parts }
  }
}

function openStores(db: Database.Database): Stores {
  return {
    meta: new MetaStore(db),
    accounts: new AccountStore(db),
    devices: new DeviceStore(db),
    recovery: new RecoveryStore(db),
    delivery: new DeliveryStore(db),
    channels: new ChannelStore(db),
    moderation: new ModerationStore(db),
    kt: new KtStore(db),
    blobs: new BlobStore(db),
    keys: new KeyStore(db),
    endpoints: new EndpointStore(db),
    contacts: new ContactBook(db),
  }
}
