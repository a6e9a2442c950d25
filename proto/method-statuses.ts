// The statuses each method answers beyond the ones every method may (1, 2, 5, 8, 9, 10), with
// what they mean there. Typed over every method name, so a new method cannot be left out; the
// method reference (docs/methods.md) is generated from it with the method table.
import type { MethodName } from './methods.js'

/** 3 Forbidden, 4 NotFound, and 9 Unavailable where it means more than "not here yet". */
export type MethodStatuses = Partial<Record<3 | 4 | 5 | 9, string>>

const QUEUE = { 3: "another identity's queue or another device's session" }
const ENQUEUE = { 3: 'not a member of the registered channel, or a plugin veto', 4: 'no account has the recipient key and no forwarder carries it (or recipient_domain is not a federation peer)', 9: "the recipient's queue is full" }
const REMOTE_KEY = { 9: 'the federation peer of a remote identity is unreachable' }
const MEMBER = { 3: 'not a member (or not an admin) of the group', 4: 'unknown group id' }
const ADMIN = { 3: 'not a server admin' }
const FEDERATION = { 3: 'federation peers call these on the mTLS relay (federation_listen), never on the client port; there, 3 also answers an origin_domain the peer certificate does not name' }

export const METHOD_STATUSES: Readonly<Record<MethodName, MethodStatuses>> = {
  OpaqueRegisterStart: {},
  OpaqueRegisterFinish: {},
  OpaqueLoginStart: {},
  OpaqueLoginFinish: { 3: 'banned server-wide, or a plugin veto' },
  Enqueue: ENQUEUE,
  Fetch: QUEUE,
  FetchWait: QUEUE,
  Peek: QUEUE,
  Ack: QUEUE,
  BatchEnqueue: ENQUEUE,
  UploadKeyPackage: { 3: 'another identity, or 100 packages already waiting' },
  FetchKeyPackage: REMOTE_KEY,
  UploadHybridKey: { 3: 'another identity' },
  FetchHybridKey: REMOTE_KEY,
  FetchHybridKeys: REMOTE_KEY,
  CreateChannel: { 3: 'not a member of the group, or a banned member key', 4: 'no account has the peer or member key, nor is it a user of a federation peer resolved here' },
  SendTyping: { 3: 'not a member of the channel', 4: 'unknown channel id' },
  RemoveMember: MEMBER,
  UpdateGroupMetadata: MEMBER,
  ListGroupMembers: MEMBER,
  RotateKeys: { ...MEMBER, 9: "a member's queue is full" },
  ReportMessage: { 3: '1,000 reports already filed' },
  BanUser: { 3: 'not a server admin (server-wide) or an admin of the channel', 4: 'unknown channel id' },
  UnbanUser: { 3: 'not a server admin (server-wide) or an admin of the channel', 4: 'unknown channel id' },
  ListReports: ADMIN,
  ListBanned: ADMIN,
  ResolveUser: { 4: 'name@domain of a domain that is not a federation peer (or federation is off)', 9: "the peer is unreachable, or its answer fails this server's KT checks" },
  ResolveIdentity: {},
  RevokeKey: { 3: 'another identity\'s key' },
  CheckRevocation: {},
  AuditKeyTransparency: { 4: 'the log has no leaf of identity_key' },
  FetchPeerTreeHeads: { 4: 'domain is not a federation peer of this server', 9: 'federation is not enabled on this server' },
  UploadBlob: { 3: "another account's upload, or a plugin veto", 4: 'unknown or expired upload id', 5: 'too many unfinished uploads', 9: 'out of storage space' },
  DownloadBlob: { 4: 'unknown blob id' },
  RegisterDevice: { 3: "the session is another device's, or the device limit is reached" },
  ListDevices: {},
  RevokeDevice: {},
  RegisterPushToken: { 4: 'no such device of this account' },
  StoreRecoveryBundle: { 3: 'the bundle limit is reached' },
  FetchRecoveryBundle: { 3: 'the login is not fresh' },
  DeleteRecoveryBundle: {},
  PublishEndpoint: {},
  ResolveEndpoint: {},
  Health: {},
  ConfigurePushes: {},
  RelayEnqueue: FEDERATION,
  RelayBatchEnqueue: FEDERATION,
  ProxyFetchKeyPackage: FEDERATION,
  ProxyFetchHybridKey: FEDERATION,
  ProxyResolveUser: FEDERATION,
  FederationHealth: FEDERATION,
  DeleteAccount: { 3: "another account's identity key" },
}
