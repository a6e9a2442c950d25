// Every qpqd option in one table: its flag, its QPQ_* environment variable, default, type and
// help text. Flags, env and the TOML file are all read through this table; `qpqd --help`,
// `qpqd check-config`, docs/configuration.md and docs/qpq-server.toml follow it (tests check
// the documents against it), so they cannot drift apart.

export type OptionType = 'string' | 'number' | 'boolean' | 'address'

export interface OptionSpec {
  /** snake_case key, as in the TOML file. */
  key: string
  flag: string
  env: string
  type: OptionType
  default: string | number | boolean | null
  description: string
  /** Shown as *** by check-config and in logs. */
  secret?: boolean
  min?: number
  /** Only whole numbers (a fraction is refused, never truncated). */
  integer?: boolean
  choices?: readonly string[]
}

export const OPTIONS = [
  { key: 'config', flag: 'config', env: 'QPQ_CONFIG', type: 'string', default: null, description: 'TOML configuration file (default qpq-server.toml in the working directory, when it exists)' },
  { key: 'production', flag: 'production', env: 'QPQ_PRODUCTION', type: 'boolean', default: false, description: 'Production mode: refuse the development certificate and a missing database key' },
  { key: 'listen', flag: 'listen', env: 'QPQ_LISTEN', type: 'address', default: '0.0.0.0:5001', description: 'QUIC RPC listen address (UDP), HOST:PORT or [V6]:PORT' },
  { key: 'data_dir', flag: 'data-dir', env: 'QPQ_DATA_DIR', type: 'string', default: 'data', description: 'Directory for the database, keys and the development certificate' },
  { key: 'tls_cert', flag: 'tls-cert', env: 'QPQ_TLS_CERT', type: 'string', default: null, description: 'TLS certificate (DER or PEM); default DATA_DIR/server-cert.der, generated self-signed on first start' },
  { key: 'tls_key', flag: 'tls-key', env: 'QPQ_TLS_KEY', type: 'string', default: null, description: 'TLS private key (PKCS#8 DER or PEM); default DATA_DIR/server-key.der' },
  { key: 'db_path', flag: 'db-path', env: 'QPQ_DB_PATH', type: 'string', default: null, description: 'The SQLCipher database file; default DATA_DIR/qpq.db (its salt file sits beside it)' },
  { key: 'db_key', flag: 'db-key', env: 'QPQ_DB_KEY', type: 'string', default: null, secret: true, description: 'Passphrase of the SQLCipher database (stretched with Argon2id); without it a random key file DATA_DIR/db.key is used (development only)' },
  { key: 'durability', flag: 'durability', env: 'QPQ_DURABILITY', type: 'string', default: 'normal', choices: ['normal', 'fsync'], description: 'normal: committed data survives a process crash (WAL, synchronous=NORMAL); fsync: also a power loss (synchronous=FULL)' },
  { key: 'log_level', flag: 'log-level', env: 'QPQ_LOG_LEVEL', type: 'string', default: 'info', description: 'Log level', choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] },
  { key: 'redact_logs', flag: 'redact-logs', env: 'QPQ_REDACT_LOGS', type: 'boolean', default: false, description: 'Leave client addresses, usernames and identity keys out of the logs' },
  { key: 'metrics_enabled', flag: 'metrics-enabled', env: 'QPQ_METRICS_ENABLED', type: 'boolean', default: false, description: 'Serve metrics on 0.0.0.0:9090 when metrics_listen is not set' },
  { key: 'metrics_listen', flag: 'metrics-listen', env: 'QPQ_METRICS_LISTEN', type: 'address', default: null, description: 'Serve Prometheus metrics on http://HOST:PORT/metrics (off when unset)' },
  { key: 'admin_socket', flag: 'admin-socket', env: 'QPQ_ADMIN_SOCKET', type: 'string', default: null, description: 'Unix socket of the local admin interface qpqctl speaks (mode 0600, beside its token file SOCKET.token); default DATA_DIR/admin/qpqd.sock' },
  { key: 'drain_timeout', flag: 'drain-timeout', env: 'QPQ_DRAIN_TIMEOUT', type: 'number', default: 30, min: 0, description: 'Seconds in-flight calls get to finish on SIGTERM/SIGINT' },
  { key: 'rpc_timeout', flag: 'rpc-timeout', env: 'QPQ_RPC_TIMEOUT', type: 'number', default: 30, min: 0.001, description: 'Per-call deadline in seconds (then status 8)' },
  { key: 'read_timeout', flag: 'read-timeout', env: 'QPQ_READ_TIMEOUT', type: 'number', default: 30, min: 0.001, description: 'Seconds a request may take to arrive completely (slow senders get status 8)' },
  { key: 'idle_timeout', flag: 'idle-timeout', env: 'QPQ_IDLE_TIMEOUT', type: 'number', default: 300, min: 1, description: 'QUIC idle timeout in seconds' },
  { key: 'quic_retry', flag: 'quic-retry', env: 'QPQ_QUIC_RETRY', type: 'boolean', default: true, description: 'Validate client addresses with a stateless Retry before any handshake work (--no-quic-retry to skip)' },
  { key: 'max_connections', flag: 'max-connections', env: 'QPQ_MAX_CONNECTIONS', type: 'number', default: 10_000, min: 1, integer: true, description: 'Connections served at once' },
  { key: 'max_connections_per_ip', flag: 'max-connections-per-ip', env: 'QPQ_MAX_CONNECTIONS_PER_IP', type: 'number', default: 256, min: 1, integer: true, description: 'Connections from one source address' },
  { key: 'buffer_budget_mb', flag: 'buffer-budget-mb', env: 'QPQ_BUFFER_BUDGET_MB', type: 'number', default: 64, min: 8, integer: true, description: 'MiB of request bodies, unsent responses and queued pushes held in memory across all connections; when full, the stalest unfinished bodies are dropped' },
  { key: 'buffer_budget_per_ip_mb', flag: 'buffer-budget-per-ip-mb', env: 'QPQ_BUFFER_BUDGET_PER_IP_MB', type: 'number', default: 16, min: 5, integer: true, description: 'MiB that one source address (IPv6: one /64) may hold of it; a quarter of that until one of its connections has a session' },
  { key: 'crypto_workers', flag: 'crypto-workers', env: 'QPQ_CRYPTO_WORKERS', type: 'number', default: null, min: 0, integer: true, description: 'Worker threads for CPU-heavy crypto (OPAQUE; signatures run inline, cheaper than a round trip to a worker); default: the available cores less one (for the event loop); 1 on a small router; 0 runs it on the event loop (benchmarks only). The database key\'s Argon2id runs once at start-up, on the main thread' },
  { key: 'session_ttl', flag: 'session-ttl', env: 'QPQ_SESSION_TTL', type: 'number', default: 2_592_000, min: 60, description: 'Seconds a login session stays valid (default 30 days)' },
  { key: 'max_devices', flag: 'max-devices', env: 'QPQ_MAX_DEVICES', type: 'number', default: 5, min: 1, integer: true, description: 'Devices one account may register' },
  { key: 'rate_limit_per_ip', flag: 'rate-limit-per-ip', env: 'QPQ_RATE_LIMIT_PER_IP', type: 'number', default: 50, min: 1, integer: true, description: 'Requests per second from one source address (sliding window)' },
  { key: 'rate_limit_per_identity', flag: 'rate-limit-per-identity', env: 'QPQ_RATE_LIMIT_PER_IDENTITY', type: 'number', default: 50, min: 1, integer: true, description: 'Requests per second from one account' },
  { key: 'rate_limit_auth_per_ip', flag: 'rate-limit-auth-per-ip', env: 'QPQ_RATE_LIMIT_AUTH_PER_IP', type: 'number', default: 10, min: 1, integer: true, description: 'Registration and login requests per second from one source address (stricter)' },
  { key: 'max_message_bytes', flag: 'max-message-bytes', env: 'QPQ_MAX_MESSAGE_BYTES', type: 'number', default: 1_048_576, min: 1, integer: true, description: 'Largest message payload accepted by Enqueue and BatchEnqueue (bytes)' },
  { key: 'max_queue_depth', flag: 'max-queue-depth', env: 'QPQ_MAX_QUEUE_DEPTH', type: 'number', default: 10_000, min: 1, integer: true, description: 'Messages one queue (recipient and channel) may hold; beyond it enqueues are answered 9' },
  { key: 'default_ttl', flag: 'default-ttl', env: 'QPQ_DEFAULT_TTL', type: 'number', default: 604_800, min: 1, integer: true, description: 'Seconds a message is kept when its sender gives no ttl_secs (7 days); also the message_id dedup window' },
  { key: 'key_package_check', flag: 'key-package-check', env: 'QPQ_KEY_PACKAGE_CHECK', type: 'string', default: 'opaque', choices: ['opaque', 'ciphersuite'], description: 'opaque: KeyPackages are opaque bytes (1 byte to 1 MiB), as the original server keeps them; ciphersuite: also refuse a package that is not an MLS 1.0 KeyPackage of a suite in mls_ciphersuites' },
  { key: 'mls_ciphersuites', flag: 'mls-ciphersuites', env: 'QPQ_MLS_CIPHERSUITES', type: 'string', default: '1', description: 'With key_package_check = ciphersuite: the MLS ciphersuites (RFC 9420 ids, comma-separated) whose KeyPackages are accepted; 1 = MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519' },
  { key: 'admins', flag: 'admins', env: 'QPQ_ADMINS', type: 'string', default: null, description: 'Usernames of the server admins (comma-separated): they see reports and bans and may ban server-wide' },
  { key: 'kt_public_log', flag: 'kt-public-log', env: 'QPQ_KT_PUBLIC_LOG', type: 'boolean', default: false, description: 'Key transparency audits show every leaf (usernames and keys) to every user, so anyone can monitor the log; off: each user sees its own leaves and the hashes of the others' },
  { key: 'presence', flag: 'presence', env: 'QPQ_PRESENCE', type: 'boolean', default: true, description: 'Tell users when the people they share a channel with come online or go offline (Presence pushes); false tells nobody' },
  { key: 'sealed_sender', flag: 'sealed-sender', env: 'QPQ_SEALED_SENDER', type: 'boolean', default: false, description: 'Sealed sender: accept Enqueue and BatchEnqueue without a sender session (limited per source address); the sender is known only inside the ciphertext' },
  { key: 'blob_dir', flag: 'blob-dir', env: 'QPQ_BLOB_DIR', type: 'string', default: null, description: 'Directory of uploaded blobs and unfinished uploads; default DATA_DIR/blobs' },
  { key: 'max_blob_bytes', flag: 'max-blob-bytes', env: 'QPQ_MAX_BLOB_BYTES', type: 'number', default: 52_428_800, min: 0, integer: true, description: 'Largest blob accepted by UploadBlob (bytes); at most the protocol\'s 52428800 (50 MiB)' },
  { key: 'blob_upload_ttl', flag: 'blob-upload-ttl', env: 'QPQ_BLOB_UPLOAD_TTL', type: 'number', default: 86_400, min: 60, description: 'Seconds an unfinished blob upload is kept after it started (24 hours); then its bytes are deleted' },
  { key: 'plugin_dir', flag: 'plugin-dir', env: 'QPQ_PLUGIN_DIR', type: 'string', default: null, description: 'Directory of drop-in plugins, each in a worker of its own; SIGHUP reloads them (docs/plugins.md)' },
  { key: 'federation_enabled', flag: 'federation-enabled', env: 'QPQ_FEDERATION_ENABLED', type: 'boolean', default: false, description: 'Relay messages to and from other domains (the federation relay: docs/federation.md)' },
  { key: 'federation_domain', flag: 'federation-domain', env: 'QPQ_FEDERATION_DOMAIN', type: 'string', default: null, description: 'This server\'s domain, as users are addressed: name@domain' },
  { key: 'federation_listen', flag: 'federation-listen', env: 'QPQ_FEDERATION_LISTEN', type: 'address', default: '0.0.0.0:7001', description: 'Federation relay listen address (UDP, mutual TLS)' },
  { key: 'federation_cert', flag: 'federation-cert', env: 'QPQ_FEDERATION_CERT', type: 'string', default: null, description: 'Certificate this server presents to federation peers (DER or PEM; SAN = federation_domain, EKU clientAuth and serverAuth or none); default DATA_DIR/federation-cert.der, generated self-signed (development only)' },
  { key: 'federation_key', flag: 'federation-key', env: 'QPQ_FEDERATION_KEY', type: 'string', default: null, description: 'Private key of federation_cert' },
  { key: 'federation_ca', flag: 'federation-ca', env: 'QPQ_FEDERATION_CA', type: 'string', default: null, description: 'CA certificate(s) (DER, or PEM with one or more) that federation peers\' certificates must chain to; peers may be pinned instead (pin_sha256 in [[federation.peers]])' },
  { key: 'mesh_enabled', flag: 'mesh', env: 'QPQ_MESH', type: 'boolean', default: false, description: 'Join the LAN mesh: a libp2p node that finds its neighbours with mDNS and carries messages hop by hop (docs/mesh.md); off by default, as it multicasts on the LAN' },
  { key: 'mesh_listen', flag: 'mesh-listen', env: 'QPQ_MESH_LISTEN', type: 'address', default: '0.0.0.0:7001', description: 'Mesh listen address (TCP, IPv4; 0.0.0.0 = every interface)' },
  { key: 'mesh_mdns', flag: 'mesh-mdns', env: 'QPQ_MESH_MDNS', type: 'boolean', default: true, description: 'Find mesh peers with mDNS on every IPv4 interface but loopback (--no-mesh-mdns: only mesh_peers)' },
  { key: 'mesh_peers', flag: 'mesh-peers', env: 'QPQ_MESH_PEERS', type: 'string', default: null, description: 'Mesh peers to dial, for links multicast does not cross: multiaddrs /ip4/A/tcp/P/p2p/ID, comma-separated' },
  { key: 'mesh_store_max_bytes', flag: 'mesh-store-max-bytes', env: 'QPQ_MESH_STORE_MAX_BYTES', type: 'number', default: 67_108_864, min: 65_536, integer: true, description: 'Bytes of envelopes the mesh store holds to carry on (64 MiB, sized for a home router); when full, the stated eviction order applies' },
  { key: 'mesh_store_max_envelopes', flag: 'mesh-store-max-envelopes', env: 'QPQ_MESH_STORE_MAX_ENVELOPES', type: 'number', default: 20_000, min: 1, integer: true, description: 'Envelopes the mesh store holds' },
  { key: 'mesh_max_payload_bytes', flag: 'mesh-max-payload-bytes', env: 'QPQ_MESH_MAX_PAYLOAD_BYTES', type: 'number', default: 262_144, min: 1, integer: true, description: 'Largest envelope payload the node carries (256 KiB; at most 1 MiB); larger ones are refused' },
  { key: 'mesh_max_hops', flag: 'mesh-max-hops', env: 'QPQ_MESH_MAX_HOPS', type: 'number', default: 3, min: 1, integer: true, description: 'Hop limit of what the node originates, and the most a client\'s MeshSubmit may ask for (1-7)' },
  { key: 'mesh_submit_rate', flag: 'mesh-submit-rate', env: 'QPQ_MESH_SUBMIT_RATE', type: 'number', default: 10, min: 1, integer: true, description: 'MeshSubmit calls per second from one source address (envelopes of clients whose own server is unreachable)' },
] as const satisfies readonly OptionSpec[]

export type OptionKey = (typeof OPTIONS)[number]['key']
