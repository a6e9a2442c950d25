// What a ChatClient reports as it reads its queues: decrypted messages and changes to its
// conversations. Kept in the client's (encrypted) state until read, so nothing processed is lost
// between the process that read it from the server and the one that shows it.
import type { ConversationKind, FileRef } from '../mls/payload.js'

export type ChatEvent =
  | {
    type: 'message'
    /** The conversation's local name: the peer's username, or the group's name. */
    conversation: string
    kind: ConversationKind
    groupId: Uint8Array
    /** The sender's username (its identity key in hex when the server does not know it). */
    from: string
    fromKey: Uint8Array
    text: string
    /** A file sent with the message (`text` is then its caption, perhaps empty): fetch it with getSealed(client, file.ref). */
    file?: FileRef
    /** The sender's clock when it sent the message; the server's when it stored it. */
    sentAtMs: number
    receivedAtMs: number
  }
  /** This client joined a conversation (someone added it with a Welcome). */
  | { type: 'joined'; conversation: string; kind: ConversationKind; groupId: Uint8Array; members: string[] }
  /** Members of a conversation changed (someone else's commit). */
  | { type: 'members'; conversation: string; groupId: Uint8Array; added: string[]; removed: string[]; by: string | null }
  /** This client was removed from a group: it can read nothing more of it. */
  | { type: 'removed'; conversation: string; groupId: Uint8Array; by: string | null }
  /** A group got its name (from the member who added us). */
  | { type: 'renamed'; conversation: string; groupId: Uint8Array; from: string }
  /** A message that could not be processed and was dropped. */
  | { type: 'dropped'; channelId: Uint8Array; seq: number; reason: string }
