// The SDK's public entry point: `import { QpqClient, ChatClient } from 'quicproquo/client'`.
// QpqClient speaks the protocol (every method, pushes, reconnects); ChatClient builds
// end-to-end-encrypted MLS chat on it with its state in a StateStore. docs/sdk.md shows both.
export { QpqClient, type QpqClientOptions, type Message, type QueueOptions, type RawResponse, type RequestOf, type ResponseOf } from './qpq-client.js'
export { QpqError, Status, statusName, CallTimeoutError, ConnectionClosedError } from './errors.js'
export type { PushFrame } from './rpc-connection.js'
export type { ReconnectOptions, LinkEvent } from './session/link.js'
export { decodePush, type ClientEvent, type ClientEventType, type NewMessageEvent, type TypingEvent, type PresenceEvent, type MembershipEvent, type UnknownPushEvent } from './session/events.js'
export type { KeyStretching } from './opaque.js'
export { KtVerificationError } from './api/kt.js'
export { BlobIntegrityError } from './api/blobs.js'
export type { Device } from './api/devices.js'
export type { Profile } from './api/users.js'

export { ChatClient, type ChatOptions, type OpenOptions, type RegisterOptions, type ConnectionOptions, type ConversationInfo, type ServerAddress } from './chat/chat-client.js'
export type { ChatEvent } from './chat/events.js'
export { ChatError, UnknownUserError, UnknownConversationError, NoKeyPackageError, KeyMismatchError, CommitConflictError } from './chat/errors.js'
export { putSealed, getSealed } from './chat/attachments.js'
export { MemoryStateStore, type StateStore } from './state/store.js'
export { FileStateStore, NoStateError } from './state/file-store.js'
export { WrongPasswordError, StateFileCorruptError, DEFAULT_KDF, type KdfParams } from './state/sealed-file.js'
export { StateLockedError } from './state/lock.js'
export type { ClientData } from './state/model.js'
export { sealHybrid, openHybrid, newHybridKeyPair, EnvelopeError } from './mls/hybrid-envelope.js'
