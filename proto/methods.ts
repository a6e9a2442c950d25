// The protocol's 49 methods (spec part-06 §4.2, ruling 3) and this project's extensions,
// SendTyping (401, channel.proto), FetchPeerTreeHeads (530, kt.proto), ConfigurePushes (803, push.proto)
// and the LAN mesh's 850–856 (mesh.proto): id, name (its messages are
// `qpq.v1.<name>Request` / `<name>Response`), whether it needs a session, and its rate class.
// Shared by the daemon's method table, the client and the method reference in docs/.

/** Rate-limit classes: auth methods are throttled harder than the rest. */
export type RateClass = 'auth' | 'default' | 'none'

export interface MethodInfo {
  readonly id: number
  readonly name: string
  /** Needs a session: bound to the connection by a login, or `Auth auth = 15` in the request. */
  readonly auth: boolean
  readonly rateClass: RateClass
}

const m = <N extends string>(id: number, name: N, auth: boolean, rateClass: RateClass = 'default') => ({ id, name, auth, rateClass }) as const

export const METHODS = [
  m(100, 'OpaqueRegisterStart', false, 'auth'),
  m(101, 'OpaqueRegisterFinish', false, 'auth'),
  m(102, 'OpaqueLoginStart', false, 'auth'),
  m(103, 'OpaqueLoginFinish', false, 'auth'),
  m(200, 'Enqueue', true),
  m(201, 'Fetch', true),
  m(202, 'FetchWait', true),
  m(203, 'Peek', true),
  m(204, 'Ack', true),
  m(205, 'BatchEnqueue', true),
  m(300, 'UploadKeyPackage', true),
  m(301, 'FetchKeyPackage', true),
  m(302, 'UploadHybridKey', true),
  m(303, 'FetchHybridKey', true),
  m(304, 'FetchHybridKeys', true),
  m(400, 'CreateChannel', true),
  // this project's extension (channel.proto): raises Typing pushes (1001)
  m(401, 'SendTyping', true),
  m(410, 'RemoveMember', true),
  m(411, 'UpdateGroupMetadata', true),
  m(412, 'ListGroupMembers', true),
  m(413, 'RotateKeys', true),
  m(420, 'ReportMessage', true),
  m(421, 'BanUser', true),
  m(422, 'UnbanUser', true),
  m(423, 'ListReports', true),
  m(424, 'ListBanned', true),
  m(500, 'ResolveUser', true),
  m(501, 'ResolveIdentity', true),
  m(510, 'RevokeKey', true),
  m(511, 'CheckRevocation', true),
  m(520, 'AuditKeyTransparency', true),
  // this project's extension (kt.proto): the heads this server saw of a federation peer's log
  m(530, 'FetchPeerTreeHeads', true),
  m(600, 'UploadBlob', true),
  m(601, 'DownloadBlob', true),
  m(700, 'RegisterDevice', true),
  m(701, 'ListDevices', true),
  m(702, 'RevokeDevice', true),
  m(710, 'RegisterPushToken', true),
  m(750, 'StoreRecoveryBundle', true),
  // the original requires a fresh OPAQUE login before a recovery bundle is handed out
  m(751, 'FetchRecoveryBundle', true, 'auth'),
  m(752, 'DeleteRecoveryBundle', true),
  m(800, 'PublishEndpoint', true),
  m(801, 'ResolveEndpoint', true),
  m(802, 'Health', false, 'none'),
  // this project's extension (push.proto): several push frames per uni stream, for clients that opt in
  m(803, 'ConfigurePushes', false, 'none'),
  // this project's extension (mesh.proto): the LAN mesh; 854 and 855 need no session (855 is for
  // clients whose own server is unreachable, limited per address by mesh_submit_rate)
  m(850, 'MeshSubscribe', true),
  m(851, 'MeshUnsubscribe', true),
  m(852, 'MeshBroadcast', true),
  m(853, 'MeshPeers', true),
  m(854, 'MeshIdentity', false),
  m(855, 'MeshSubmit', false),
  m(856, 'MeshStore', true),
  // federation peers authenticate with mutual TLS on their own port, not with sessions
  m(900, 'RelayEnqueue', false),
  m(901, 'RelayBatchEnqueue', false),
  m(902, 'ProxyFetchKeyPackage', false),
  m(903, 'ProxyFetchHybridKey', false),
  m(904, 'ProxyResolveUser', false),
  m(905, 'FederationHealth', false),
  m(950, 'DeleteAccount', true),
] as const satisfies readonly MethodInfo[]

export type MethodName = (typeof METHODS)[number]['name']

export const METHOD_BY_NAME: ReadonlyMap<MethodName, MethodInfo> = new Map(METHODS.map((x) => [x.name, x]))
