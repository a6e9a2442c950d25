// The database schema, as the ordered list of migrations openDatabase applies by user_version.
// To change the schema, append a migration with the next version; never edit, remove or reorder
// one that has shipped: databases in the field have already run it.
//
// Migrations are frozen code: they never import live domain code (a later edit of an encoder
// would silently change what an old migration writes). What one needs is copied into it.
import { createHash } from 'node:crypto'
import type { Migration } from './database.js'

/**
 * FROZEN copy (migration 12) of the KT binding-leaf encoding as it shipped: the protobuf bytes of
 * `KtLeaf { kind = "binding" (1), username (2), identity_key (3), timestamp_ms (5) }`, fields in
 * number order, as protobufjs wrote them then. Never edit: logs in the field hashed these bytes.
 */
function frozenBindingLeafV12(username: string, identityKey: Uint8Array, timestampMs: number): Buffer {
  const varint = (n: number): number[] => {
    const out: number[] = []
    while (n >= 0x80) {
      out.push((n % 0x80) | 0x80)
      n = Math.floor(n / 0x80)
    }
    out.push(n)
    return out
  }
  const field = (tag: number, bytes: Uint8Array): Buffer => Buffer.concat([Buffer.from([tag, ...varint(bytes.length)]), bytes])
  return Buffer.concat([
    field(0x0a, Buffer.from('binding')),
    field(0x12, Buffer.from(username)),
    field(0x1a, identityKey),
    Buffer.from([0x28, ...varint(timestampMs)]),
  ])
}

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
  {
    version: 8,
    name: 'key packages and hybrid keys',
    // single-use MLS KeyPackages, a FIFO per identity (id order); one hybrid public key per identity
    up: (db) => db.exec(`
      CREATE TABLE key_packages (
        id INTEGER PRIMARY KEY,
        identity_key BLOB NOT NULL CHECK (length(identity_key) = 32),
        package BLOB NOT NULL,
        uploaded_at INTEGER NOT NULL
      );
      CREATE INDEX key_packages_by_identity ON key_packages(identity_key, id);
      CREATE TABLE hybrid_keys (
        identity_key BLOB PRIMARY KEY CHECK (length(identity_key) = 32),
        public_key BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `),
  },
  {
    version: 9,
    name: 'p2p endpoints',
    // one published iroh endpoint per identity, until it expires
    up: (db) => db.exec(`
      CREATE TABLE p2p_endpoints (
        identity_key BLOB PRIMARY KEY CHECK (length(identity_key) = 32),
        node_id BLOB NOT NULL CHECK (length(node_id) = 32),
        relay_url TEXT NOT NULL,
        direct_addresses TEXT NOT NULL,
        published_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX p2p_endpoints_by_expiry ON p2p_endpoints(expires_at);
    `),
  },
  {
    version: 10,
    name: 'moderation',
    // reports (rowid order = oldest first, the ListReports cursor) and bans, server-wide
    // (channel '') or per channel; expires_at 0 = permanent
    up: (db) => db.exec(`
      CREATE TABLE reports (
        report_id BLOB NOT NULL UNIQUE CHECK (length(report_id) = 16),
        reporter BLOB NOT NULL CHECK (length(reporter) = 32),
        reported BLOB NOT NULL CHECK (length(reported) = 32),
        channel BLOB NOT NULL,
        seq INTEGER NOT NULL,
        reason TEXT NOT NULL,
        evidence BLOB NOT NULL,
        comment TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX reports_by_reporter ON reports(reporter);
      CREATE TABLE bans (
        identity_key BLOB NOT NULL CHECK (length(identity_key) = 32),
        channel BLOB NOT NULL,
        reason TEXT NOT NULL,
        banned_by BLOB NOT NULL,
        banned_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        UNIQUE (identity_key, channel)
      );
      CREATE INDEX bans_by_channel ON bans(channel);
    `),
  },
  {
    version: 11,
    name: 'blobs',
    // content-addressed blobs (the bytes are files under blob_dir), every account that stored
    // each one (a blob goes when its last owner's account is deleted), and unfinished uploads
    up: (db) => db.exec(`
      CREATE TABLE blobs (
        id BLOB PRIMARY KEY CHECK (length(id) = 32),
        size INTEGER NOT NULL,
        mime_type TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE blob_owners (
        blob_id BLOB NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        stored_at INTEGER NOT NULL,
        PRIMARY KEY (blob_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX blob_owners_by_user ON blob_owners(user_id);
      CREATE TABLE blob_uploads (
        id BLOB PRIMARY KEY CHECK (length(id) = 16),
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        sha256 BLOB NOT NULL CHECK (length(sha256) = 32),
        total_size INTEGER NOT NULL,
        mime_type TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX blob_uploads_by_user ON blob_uploads(user_id, sha256);
      CREATE INDEX blob_uploads_by_expiry ON blob_uploads(expires_at);
    `),
  },
  {
    version: 12,
    name: 'key transparency log',
    // services/kt: the leaves as their exact logged bytes, and the hash of every complete subtree
    // (level 0 = leaf hashes) so proofs read O(log n) rows. The tree is append-only: nodes are never
    // updated or deleted, leaves never updated; a deleted account's leaves are deleted (their
    // hashes stay, so the tree and every proof are unchanged).
    up: (db) => {
      db.exec(`
        CREATE TABLE kt_leaves (
          idx INTEGER PRIMARY KEY CHECK (idx >= 0),
          leaf BLOB NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('binding', 'revocation')),
          identity_key BLOB NOT NULL CHECK (length(identity_key) = 32)
        );
        CREATE INDEX kt_leaves_by_key ON kt_leaves(identity_key, idx);
        CREATE TABLE kt_nodes (
          level INTEGER NOT NULL,
          idx INTEGER NOT NULL,
          hash BLOB NOT NULL CHECK (length(hash) = 32),
          PRIMARY KEY (level, idx)
        ) WITHOUT ROWID;
        CREATE TRIGGER kt_leaves_no_update BEFORE UPDATE ON kt_leaves BEGIN SELECT RAISE(ABORT, 'the KT log is append-only'); END;
        CREATE TRIGGER kt_nodes_no_update BEFORE UPDATE ON kt_nodes BEGIN SELECT RAISE(ABORT, 'the KT log is append-only'); END;
        CREATE TRIGGER kt_nodes_no_delete BEFORE DELETE ON kt_nodes BEGIN SELECT RAISE(ABORT, 'the KT log is append-only'); END;
      `)
      // accounts registered before the log existed get their binding leaves, oldest first (the
      // store hashes them when it opens)
      const insert = db.prepare("INSERT INTO kt_leaves (idx, leaf, kind, identity_key) VALUES (?, ?, 'binding', ?)")
      const users = db.prepare('SELECT username, identity_key, created_at FROM users ORDER BY created_at, id').all() as Array<{ username: string; identity_key: Buffer; created_at: number }>
      users.forEach((u, i) => insert.run(i, frozenBindingLeafV12(u.username, u.identity_key, u.created_at), u.identity_key))
    },
  },
  {
    version: 13,
    name: 'message id payload hashes',
    // a retried Enqueue with a known message_id is compared with the bytes first stored under it,
    // even after that message was acked: the SHA-256 of its payload is kept beside the id. Ids
    // whose message is still queued get theirs now; the others stay NULL (their bytes are gone).
    up: (db) => {
      db.exec('ALTER TABLE message_ids ADD COLUMN payload_sha256 BLOB CHECK (payload_sha256 IS NULL OR length(payload_sha256) = 32)')
      const queued = db.prepare(`SELECT i.recipient, i.channel, i.message_id, m.payload FROM message_ids i
        JOIN messages m ON m.recipient = i.recipient AND m.channel = i.channel AND m.seq = i.seq`).all() as Array<{ recipient: Buffer; channel: Buffer; message_id: Buffer; payload: Buffer }>
      const set = db.prepare('UPDATE message_ids SET payload_sha256 = ? WHERE recipient = ? AND channel = ? AND message_id = ?')
      for (const r of queued) set.run(createHash('sha256').update(r.payload).digest(), r.recipient, r.channel, r.message_id)
    },
  },
  {
    version: 14,
    name: 'federation relay',
    // federation/: the outbound relay queue (one row per message for a user of another domain,
    // oldest first per destination) and each destination's retry state, which survives restarts;
    // the inbound dedup records (a relayed message is stored once per origin, recipient and relay
    // id while it lives); the signed tree heads seen of each peer's key transparency log, the KT
    // key pinned for it on first use and the alerts raised about it; and the remote users this
    // server resolved (identity key -> domain: where an Enqueue to that key is relayed)
    up: (db) => db.exec(`
      CREATE TABLE federation_outbound (
        id INTEGER PRIMARY KEY,
        destination TEXT NOT NULL,
        relay_id BLOB NOT NULL UNIQUE CHECK (length(relay_id) = 16),
        recipient BLOB NOT NULL CHECK (length(recipient) = 32),
        channel BLOB NOT NULL,
        message_id BLOB,
        enqueued_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        -- last: reading the columns before it never walks a large payload's overflow pages
        payload BLOB NOT NULL
      );
      CREATE INDEX federation_outbound_by_destination ON federation_outbound(destination, id);
      CREATE INDEX federation_outbound_by_expiry ON federation_outbound(expires_at);
      CREATE UNIQUE INDEX federation_outbound_by_message_id ON federation_outbound(destination, recipient, channel, message_id) WHERE message_id IS NOT NULL;
      CREATE TABLE federation_destinations (
        domain TEXT PRIMARY KEY,
        last_success_at INTEGER NOT NULL DEFAULT 0,
        last_failure_at INTEGER NOT NULL DEFAULT 0,
        last_failure_reason TEXT NOT NULL DEFAULT '',
        failures INTEGER NOT NULL DEFAULT 0,
        next_retry_at INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
      CREATE TABLE federation_inbound (
        origin TEXT NOT NULL,
        recipient BLOB NOT NULL,
        relay_id BLOB NOT NULL,
        seq INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (origin, recipient, relay_id)
      ) WITHOUT ROWID;
      CREATE INDEX federation_inbound_by_expiry ON federation_inbound(expires_at);
      CREATE TABLE federation_peer_logs (
        domain TEXT PRIMARY KEY,
        signer_key BLOB NOT NULL CHECK (length(signer_key) = 32),
        last_checked_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE federation_peer_heads (
        domain TEXT NOT NULL,
        tree_size INTEGER NOT NULL,
        root_hash BLOB NOT NULL CHECK (length(root_hash) = 32),
        timestamp_ms INTEGER NOT NULL,
        signature BLOB NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (domain, tree_size)
      ) WITHOUT ROWID;
      CREATE TABLE federation_kt_alerts (
        id INTEGER PRIMARY KEY,
        domain TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL,
        earlier BLOB,
        later BLOB,
        raised_at INTEGER NOT NULL
      );
      CREATE INDEX federation_kt_alerts_by_domain ON federation_kt_alerts(domain, id);
      CREATE TABLE federation_remote_users (
        identity_key BLOB PRIMARY KEY CHECK (length(identity_key) = 32),
        domain TEXT NOT NULL,
        username TEXT NOT NULL,
        resolved_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `),
  },
  {
    version: 15,
    name: 'mesh store',
    // mesh/: envelopes held to forward (bounded by bytes and count: mesh/store.ts evicts expired
    // ones, then the oldest of the origin holding the most bytes), the refs of every envelope seen
    // until it expires (dedup that survives a restart; the oldest go past mesh_seen's bound and
    // raise the floor in mesh_state, below which envelopes are refused as too old)
    up: (db) => db.exec(`
      CREATE TABLE mesh_envelopes (
        id INTEGER PRIMARY KEY,
        ref BLOB NOT NULL UNIQUE CHECK (length(ref) = 16),
        origin BLOB NOT NULL CHECK (length(origin) = 32),
        recipient BLOB CHECK (recipient IS NULL OR length(recipient) = 32),
        expires_at INTEGER NOT NULL,
        size INTEGER NOT NULL,
        envelope BLOB NOT NULL
      );
      CREATE INDEX mesh_envelopes_by_expiry ON mesh_envelopes(expires_at);
      CREATE INDEX mesh_envelopes_by_origin ON mesh_envelopes(origin, id);
      CREATE INDEX mesh_envelopes_by_recipient ON mesh_envelopes(recipient) WHERE recipient IS NOT NULL;
      CREATE TABLE mesh_seen (
        ref BLOB PRIMARY KEY CHECK (length(ref) = 16),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX mesh_seen_by_expiry ON mesh_seen(expires_at);
      CREATE INDEX mesh_seen_by_created ON mesh_seen(created_at);
      CREATE TABLE mesh_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    `),
  },
  {
    version: 16,
    name: 'p2p contacts',
    // who may see whose P2P endpoint: an owner accepts a contact by sending it a message (with a
    // session) or by creating a channel with it or adding it to one — never by the contact alone
    up: (db) => db.exec(`
      CREATE TABLE p2p_contacts (
        owner BLOB NOT NULL CHECK (length(owner) = 32),
        contact BLOB NOT NULL CHECK (length(contact) = 32),
        since INTEGER NOT NULL,
        PRIMARY KEY (owner, contact)
      ) WITHOUT ROWID;
      CREATE INDEX p2p_contacts_by_contact ON p2p_contacts(contact);
    `),
  },
]
