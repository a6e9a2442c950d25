// The database schema, as the ordered list of migrations openDatabase applies by user_version.
// To change the schema, append a migration with the next version; never edit, remove or reorder
// one that has shipped: databases in the field have already run it.
import type { Migration } from './database.js'

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'server_meta',
    // server-wide secrets and settings, one row each (OPAQUE server setup, delivery-proof signing key, …)
    up: (db) => db.exec('CREATE TABLE server_meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)'),
  },
  {
    version: 2,
    name: 'accounts and sessions',
    up: (db) => db.exec(`
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        identity_key BLOB NOT NULL UNIQUE CHECK (length(identity_key) = 32),
        opaque_record BLOB NOT NULL,
        created_at INTEGER NOT NULL
      );
      -- only a hash of each session token is kept: a copy of the database logs nobody in
      CREATE TABLE sessions (
        token_hash BLOB PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device_id BLOB,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions(user_id);
      CREATE INDEX sessions_by_expiry ON sessions(expires_at);
    `),
  },
  {
    version: 3,
    name: 'devices and push tokens',
    // a device id is chosen by its client: unique within its account only. At most one push
    // token per device, kept in the device's row (revoking the device drops it).
    up: (db) => db.exec(`
      CREATE TABLE devices (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device_id BLOB NOT NULL CHECK (length(device_id) = 16),
        device_name TEXT NOT NULL,
        device_key BLOB NOT NULL CHECK (length(device_key) = 32),
        registered_at INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        push_platform TEXT,
        push_token BLOB,
        PRIMARY KEY (user_id, device_id),
        CHECK ((push_platform IS NULL) = (push_token IS NULL))
      );
    `),
  },
  {
    version: 4,
    name: 'recovery bundles',
    // opaque encrypted bundles, each under SHA-256 of its recovery token, scoped to the account
    up: (db) => db.exec(`
      CREATE TABLE recovery_bundles (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash BLOB NOT NULL CHECK (length(token_hash) = 32),
        bundle BLOB NOT NULL,
        stored_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, token_hash)
      );
    `),
  },
  {
    version: 5,
    name: 'delivery queues',
    // one row per queued message; a queue is (recipient identity key, channel id); each device of
    // the recipient reads it through its own ack cursor ('' = no device)
    up: (db) => db.exec(`
      -- a rowid table: payloads are large rows, which WITHOUT ROWID b-trees handle badly
      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        recipient BLOB NOT NULL CHECK (length(recipient) = 32),
        channel BLOB NOT NULL,
        seq INTEGER NOT NULL,
        payload BLOB NOT NULL,
        enqueued_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX messages_by_queue ON messages(recipient, channel, seq);
      CREATE INDEX messages_by_expiry ON messages(expires_at);
      CREATE TABLE queue_heads (
        recipient BLOB NOT NULL,
        channel BLOB NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (recipient, channel)
      ) WITHOUT ROWID;
      CREATE TABLE queue_cursors (
        recipient BLOB NOT NULL,
        channel BLOB NOT NULL,
        device BLOB NOT NULL,
        acked_seq INTEGER NOT NULL,
        PRIMARY KEY (recipient, channel, device)
      ) WITHOUT ROWID;
      -- message_id idempotency, kept for the message's TTL even after it was acked
      CREATE TABLE message_ids (
        recipient BLOB NOT NULL,
        channel BLOB NOT NULL,
        message_id BLOB NOT NULL,
        seq INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (recipient, channel, message_id)
      ) WITHOUT ROWID;
      CREATE INDEX message_ids_by_expiry ON message_ids(expires_at);
    `),
  },
  {
    version: 6,
    name: 'plugin key-value stores',
    // each plugin's own key-value store (plugins/host): nothing else of the daemon is a plugin's
    up: (db) => db.exec(`
      CREATE TABLE plugin_kv (
        plugin TEXT NOT NULL,
        key TEXT NOT NULL,
        value BLOB NOT NULL,
        PRIMARY KEY (plugin, key)
      ) WITHOUT ROWID;
    `),
  },
  {
    version: 7,
    name: 'channels and groups',
    // a channel scopes delivery queues: a direct-message channel (group_id NULL) or an MLS
    // group's; members are identity keys (an account's, or later a federated user's)
    up: (db) => db.exec(`
      CREATE TABLE channels (
        id BLOB PRIMARY KEY CHECK (length(id) = 16),
        group_id BLOB UNIQUE CHECK (group_id IS NULL OR length(group_id) = 32),
        created_at INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        avatar_blob_id BLOB NOT NULL DEFAULT x'',
        settings BLOB NOT NULL DEFAULT x'',
        metadata_updated_at INTEGER NOT NULL DEFAULT 0,
        epoch INTEGER NOT NULL DEFAULT 0,
        epoch_message_id BLOB
      );
      -- a rowid table: members are listed in the order they joined (rowid), 'cursor' of ListGroupMembers
      CREATE TABLE channel_members (
        channel BLOB NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        member BLOB NOT NULL CHECK (length(member) = 32),
        admin INTEGER NOT NULL DEFAULT 0,
        joined_at INTEGER NOT NULL,
        UNIQUE (channel, member)
      );
      CREATE INDEX channel_members_by_member ON channel_members(member);
    `),
  },
]
