// What a client keeps between runs (one user, one state directory): its identity key, the server
// it pinned, its session, the private halves of its KeyPackages and hybrid key, its contacts, and
// each conversation's MLS group state and queue cursors. All of it is secret; at rest it lives in
// an encrypted file (file-store.ts).
import type { ChatEvent } from '../chat/events.js'

/** Bump when the shape changes incompatibly; a newer file is refused. */
export const STATE_VERSION = 1

/** The account's Ed25519 identity: its public key is the account's key on the server and the MLS signature key. */
export interface Identity { secretKey: Uint8Array; publicKey: Uint8Array }

export interface ServerPin {
  /** HOST:PORT */
  address: string
  serverName: string
  /** The server's certificate or its CA (DER or PEM), as given at registration or by --ca-cert since. */
  caCert: Uint8Array
  /** The key transparency signing key, trusted on first use and pinned from then on. */
  ktSignerKey: Uint8Array | null
}

/** A KeyPackage uploaded and not used yet: its public part and the private keys a Welcome to it needs. */
export interface StoredKeyPackage {
  /** RFC 9420 KeyPackageRef (a Welcome names the package it is encrypted to by this). */
  ref: Uint8Array
  /** The TLS-encoded KeyPackage. */
  keyPackage: Uint8Array
  initPrivateKey: Uint8Array
  hpkePrivateKey: Uint8Array
}

/** X25519 + ML-KEM-768 keys for the hybrid envelope; the public key is published (UploadHybridKey). */
export interface HybridKeyPair { publicKey: Uint8Array; x25519Secret: Uint8Array; mlkemSecret: Uint8Array }

/** A commit handed to the server but not yet known to be accepted (survives a crash in between). */
export interface PendingCommit {
  /** RotateKeys' message_id: retrying with it tells whether this commit won. */
  messageId: Uint8Array
  epoch: number
  commit: Uint8Array
  /** The group state once the commit is accepted. */
  mls: Uint8Array
  /** Members added (their identity keys) and the Welcome for them. */
  added: Uint8Array[]
  welcome: Uint8Array | null
  /** Members removed (identity keys). */
  removed: Uint8Array[]
  /** The server accepted it; what is left is telling the server and the new members. */
  accepted: boolean
}

export interface Conversation {
  groupId: Uint8Array
  /** A direct conversation (two members, on the server's direct channel) or a named group (its own channel). */
  kind: 'direct' | 'group'
  /** Local name: the peer's username, or the group's name (made unique on this client). */
  name: string
  /** False while a joined group still has its placeholder name (until its name message arrives). */
  named: boolean
  channelId: Uint8Array
  /** The other member of a direct conversation. */
  peerKey: Uint8Array | null
  /** encodeGroupState of the MLS group. */
  mls: Uint8Array
  /** This client was removed from the group: nothing more can be read or sent. */
  removed: boolean
  pending: PendingCommit | null
}

/** Where this client is in one of its queues. */
export interface QueueCursor {
  /** Acked up to here: the server has forgotten these. */
  acked: number
  /** Processed but not acked yet, because an earlier message waits (see deferred). */
  done: number[]
  /** Messages that could not be processed yet (a later epoch, a group not joined yet), by seq: how many passes they waited. */
  deferred: Record<string, number>
}

export interface ClientData {
  version: number
  username: string
  identity: Identity
  server: ServerPin
  session: { token: Uint8Array } | null
  keyPackages: StoredKeyPackage[]
  /** How many of our KeyPackages the server held after the last upload. */
  keyPackagesOnServer: number
  hybrid: HybridKeyPair | null
  /** Identity key (hex) → username, or name@domain for a user of another domain. */
  contacts: Record<string, string>
  /** KT signing keys of other domains' logs (federation), by domain, pinned at their first verified answer. */
  peerKtKeys?: Record<string, Uint8Array>
  /** By group id (hex). */
  conversations: Record<string, Conversation>
  /** By channel id (hex; '' is the default channel). */
  queues: Record<string, QueueCursor>
  /** Events processed but not yet read by the user (ChatClient.sync hands them out). */
  inbox: ChatEvent[]
}
