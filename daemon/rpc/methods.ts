// The method table: each of the protocol's methods (proto/methods.ts) with its request and
// response types and its handler, built once at start. Methods whose service has not landed
// answer 9 Unavailable with a reason — never 11, which is only for ids outside the protocol.
// The federation methods (900–905) answer 3 here: peers call them on the federation listener.
import { qpq } from '../../proto/qpq.js'
import { METHODS, type MethodName } from '../../proto/methods.js'
import { ForbiddenError, UnavailableError } from '../../protocol/errors.js'
import type { AccountService } from '../services/account/handler.js'
import type { AuthService } from '../services/auth/handler.js'
import type { ChannelService } from '../services/channels/handler.js'
import type { BlobService } from '../services/blobs/handler.js'
import type { KeyService } from '../services/keys/handler.js'
import type { KtService } from '../services/kt/handler.js'
import type { EndpointService } from '../services/p2p/handler.js'
import type { ModerationService } from '../services/moderation/handler.js'
import type { UserService } from '../services/users/handler.js'
import type { DeliveryService } from '../services/delivery/handler.js'
import type { DeviceService } from '../services/devices/handler.js'
import { healthHandler, type HealthDeps } from '../services/health/handler.js'
import type { RecoveryService } from '../services/recovery/handler.js'
import type { MeshService } from '../services/mesh/handler.js'
import type { MessageCodec } from '../../protocol/codec.js'
import { methodTable, type Handler, type MethodTable } from './method.js'

export interface Services {
  health: HealthDeps
  /** ConfigurePushes (803): the transport's own method; absent answers 9. */
  configurePushes?: Handler<never, unknown>
  /** Sealed sender: Enqueue and BatchEnqueue need no session (the sender stays unknown to the server). */
  sealedSender?: boolean
  /** Absent in transport-only setups (tests of the RPC layer). */
  auth?: AuthService
  devices?: DeviceService
  recovery?: RecoveryService
  account?: AccountService
  delivery?: DeliveryService
  channels?: ChannelService
  blobs?: BlobService
  keys?: KeyService
  kt?: KtService
  endpoints?: EndpointService
  moderation?: ModerationService
  users?: UserService
  /** The federation relay's client-facing method (federation/), when federation is enabled. */
  federation?: { fetchPeerTreeHeads: Handler<never, unknown> }
  /** The LAN mesh's methods (850–856), when the mesh is on. */
  mesh?: MeshService
}

/** The generated message class `qpq.v1.<name>`. */
function codec(name: string): MessageCodec<unknown> {
  const c = (qpq.v1 as unknown as Record<string, MessageCodec<unknown> | undefined>)[name]
  if (c === undefined) throw new Error(`qpq.v1.${name} is missing from the generated code (npm run proto:gen)`)
  return c
}

function notYet(name: string): Handler<unknown, unknown> {
  return () => {
    throw new UnavailableError(`${name} is not available on this server yet`)
  }
}

const FEDERATION_ONLY: ReadonlySet<MethodName> = new Set(['RelayEnqueue', 'RelayBatchEnqueue', 'ProxyFetchKeyPackage', 'ProxyFetchHybridKey', 'ProxyResolveUser', 'FederationHealth'])

function peersOnly(name: string): Handler<unknown, unknown> {
  return () => {
    throw new ForbiddenError(`${name} is a federation method: peers call it on the federation listener, with mutual TLS`)
  }
}

function federationOff(): never {
  throw new UnavailableError('federation is not enabled on this server')
}

function meshOff(): never {
  throw new UnavailableError('the LAN mesh is not enabled on this server (qpqd --mesh, docs/mesh.md)')
}

export function buildMethodTable(services: Services): MethodTable {
  const { auth: a, devices: d, recovery: r, account, delivery: q, channels: c, blobs: b, keys: k, kt, moderation: mod, users: u, endpoints: e } = services
  const handlers: Partial<Record<MethodName, Handler<never, unknown>>> = {
    Health: healthHandler(services.health),
    ...(services.configurePushes && { ConfigurePushes: services.configurePushes }),
    ...(a && { OpaqueRegisterStart: a.registerStart, OpaqueRegisterFinish: a.registerFinish, OpaqueLoginStart: a.loginStart, OpaqueLoginFinish: a.loginFinish }),
    ...(d && { RegisterDevice: d.registerDevice, ListDevices: d.listDevices, RevokeDevice: d.revokeDevice, RegisterPushToken: d.registerPushToken }),
    ...(r && { StoreRecoveryBundle: r.storeBundle, FetchRecoveryBundle: r.fetchBundle, DeleteRecoveryBundle: r.deleteBundle }),
    ...(account && { DeleteAccount: account.deleteAccount }),
    ...(q && { Enqueue: q.enqueue, Fetch: q.fetch, FetchWait: q.fetchWait, Peek: q.peek, Ack: q.ack, BatchEnqueue: q.batchEnqueue }),
    ...(c && {
      CreateChannel: c.createChannel, SendTyping: c.sendTyping, RemoveMember: c.removeMember, UpdateGroupMetadata: c.updateGroupMetadata,
      ListGroupMembers: c.listGroupMembers, RotateKeys: c.rotateKeys,
    }),
    ...(b && { UploadBlob: b.uploadBlob, DownloadBlob: b.downloadBlob }),
    ...(k && { UploadKeyPackage: k.uploadKeyPackage, FetchKeyPackage: k.fetchKeyPackage, UploadHybridKey: k.uploadHybridKey, FetchHybridKey: k.fetchHybridKey, FetchHybridKeys: k.fetchHybridKeys }),
    ...(kt && { RevokeKey: kt.revokeKey, CheckRevocation: kt.checkRevocation, AuditKeyTransparency: kt.auditKeyTransparency }),
    ...(mod && { ReportMessage: mod.reportMessage, BanUser: mod.banUser, UnbanUser: mod.unbanUser, ListReports: mod.listReports, ListBanned: mod.listBanned }),
    ...(u && { ResolveUser: u.resolveUser, ResolveIdentity: u.resolveIdentity }),
    ...(e && { PublishEndpoint: e.publishEndpoint, ResolveEndpoint: e.resolveEndpoint }),
    FetchPeerTreeHeads: services.federation?.fetchPeerTreeHeads ?? federationOff,
    ...meshHandlers(services.mesh),
  }
  const sealed = services.sealedSender === true
  return methodTable(METHODS.map((m) => ({
    ...m,
    auth: m.auth && !(sealed && (m.name === 'Enqueue' || m.name === 'BatchEnqueue')),
    request: codec(`${m.name}Request`),
    response: codec(`${m.name}Response`),
    handler: FEDERATION_ONLY.has(m.name) ? peersOnly(m.name) : (handlers[m.name] as Handler<unknown, unknown> | undefined) ?? notYet(m.name),
  })))
}

/** The mesh's methods; 9 with the reason when the mesh is off. */
function meshHandlers(m: MeshService | undefined): Partial<Record<MethodName, Handler<never, unknown>>> {
  return {
    MeshSubscribe: m?.meshSubscribe ?? meshOff, MeshUnsubscribe: m?.meshUnsubscribe ?? meshOff, MeshBroadcast: m?.meshBroadcast ?? meshOff,
    MeshPeers: m?.meshPeers ?? meshOff, MeshIdentity: m?.meshIdentity ?? meshOff, MeshSubmit: m?.meshSubmit ?? meshOff, MeshStore: m?.meshStore ?? meshOff,
  }
}
