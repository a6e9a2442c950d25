// The protobuf schema (proto/qpq/v1/*.proto) and its generated code (proto/gen): the generated
// files are up to date, every method id of spec part-06 §4.2 has its messages, and the
// published messages keep the original's field numbers.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { qpq } from '../proto/qpq.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// Spec part-06 §4.2, in id order: 49 methods.
const METHODS: ReadonlyArray<readonly [number, string]> = [
  [100, 'OpaqueRegisterStart'], [101, 'OpaqueRegisterFinish'], [102, 'OpaqueLoginStart'], [103, 'OpaqueLoginFinish'],
  [200, 'Enqueue'], [201, 'Fetch'], [202, 'FetchWait'], [203, 'Peek'], [204, 'Ack'], [205, 'BatchEnqueue'],
  [300, 'UploadKeyPackage'], [301, 'FetchKeyPackage'], [302, 'UploadHybridKey'], [303, 'FetchHybridKey'], [304, 'FetchHybridKeys'],
  [400, 'CreateChannel'],
  [410, 'RemoveMember'], [411, 'UpdateGroupMetadata'], [412, 'ListGroupMembers'], [413, 'RotateKeys'],
  [420, 'ReportMessage'], [421, 'BanUser'], [422, 'UnbanUser'], [423, 'ListReports'], [424, 'ListBanned'],
  [500, 'ResolveUser'], [501, 'ResolveIdentity'],
  [510, 'RevokeKey'], [511, 'CheckRevocation'], [520, 'AuditKeyTransparency'],
  [600, 'UploadBlob'], [601, 'DownloadBlob'],
  [700, 'RegisterDevice'], [701, 'ListDevices'], [702, 'RevokeDevice'], [710, 'RegisterPushToken'],
  [750, 'StoreRecoveryBundle'], [751, 'FetchRecoveryBundle'], [752, 'DeleteRecoveryBundle'],
  [800, 'PublishEndpoint'], [801, 'ResolveEndpoint'], [802, 'Health'],
  [900, 'RelayEnqueue'], [901, 'RelayBatchEnqueue'], [902, 'ProxyFetchKeyPackage'], [903, 'ProxyFetchHybridKey'], [904, 'ProxyResolveUser'], [905, 'FederationHealth'],
  [950, 'DeleteAccount'],
]

// This project's extensions, each documented in its .proto file.
const EXTENSIONS: ReadonlyArray<readonly [number, string]> = [
  [401, 'SendTyping'], [530, 'FetchPeerTreeHeads'], [803, 'ConfigurePushes'],
  [850, 'MeshSubscribe'], [851, 'MeshUnsubscribe'], [852, 'MeshBroadcast'], [853, 'MeshPeers'], [854, 'MeshIdentity'], [855, 'MeshSubmit'], [856, 'MeshStore'],
]

// Methods whose request carries no `Auth auth = 15`: they need no session (auth, health, the
// mesh's identity and a client's submission when its own server is unreachable) or are
// authenticated by the federation peer's certificate (900-905).
const NO_SESSION = new Set([100, 101, 102, 103, 802, 803, 854, 855, 900, 901, 902, 903, 904, 905])

interface MessageType {
  encode(m: object): { finish(): Uint8Array }
  decode(b: Uint8Array): object
}

const v1 = qpq.v1 as unknown as Record<string, MessageType | undefined>

function type(name: string): MessageType {
  const t = v1[name]
  assert.ok(t && typeof t.encode === 'function' && typeof t.decode === 'function', `qpq.v1.${name} is missing from proto/gen`)
  return t
}

describe('generated code is in sync with proto/qpq/v1', () => {
  it('proto/gen/qpq.js and qpq.d.ts equal a fresh `sh proto/gen.sh`', () => {
    const out = mkdtempSync(join(tmpdir(), 'qpq-proto-'))
    try {
      execFileSync('sh', ['proto/gen.sh', out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
      for (const file of ['qpq.js', 'qpq.d.ts']) {
        const fresh = readFileSync(join(out, file))
        const committed = readFileSync(join(root, 'proto', 'gen', file))
        assert.ok(committed.equals(fresh), `proto/gen/${file} is stale: a .proto was edited without regenerating — run npm run proto:gen`)
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})

describe('schema coverage', () => {
  it('lists 49 distinct method ids', () => {
    assert.equal(METHODS.length, 49)
    assert.equal(new Set(METHODS.map(([id]) => id)).size, 49)
  })

  for (const [id, name] of [...METHODS, ...EXTENSIONS]) {
    it(`${id} ${name}: ${name}Request and ${name}Response exist`, () => {
      type(`${name}Request`)
      type(`${name}Response`)
    })
  }

  for (const name of ['NewMessage', 'Typing', 'Presence', 'Membership', 'MeshBroadcastEvent']) {
    it(`push event ${name} exists`, () => { type(name) })
  }

  it('every request of a method that needs a session carries Auth auth = 15 (ruling 6)', () => {
    const auth = { access_token: Uint8Array.of(7), device_id: new Uint8Array(0) }
    for (const [id, name] of [...METHODS, ...EXTENSIONS]) {
      const bytes = type(`${name}Request`).encode({ auth }).finish()
      if (NO_SESSION.has(id)) {
        // The field is unknown to the message: nothing is encoded.
        assert.equal(bytes.length, 0, `${name}Request (${id}) should have no auth field`)
      } else {
        // Tag (15 << 3) | 2 = 0x7a, length 3, then Auth { access_token (1) = [7] }.
        assert.deepEqual([...bytes], [0x7a, 3, 0x0a, 1, 7], `${name}Request (${id}) lacks Auth auth = 15`)
      }
    }
  })
})

describe('published messages keep the original field numbers', () => {
  const key = new Uint8Array(32).fill(0xab)

  it('OpaqueLoginFinishRequest: username = 1, finalization = 2, identity_key = 3', () => {
    const bytes = Uint8Array.from([
      0x0a, 5, ...Buffer.from('alice'), // field 1, length-delimited
      0x12, 3, 1, 2, 3, // field 2
      0x1a, 32, ...key, // field 3
    ])
    const m = qpq.v1.OpaqueLoginFinishRequest.decode(bytes)
    assert.equal(m.username, 'alice')
    assert.deepEqual([...m.finalization], [1, 2, 3])
    assert.deepEqual([...m.identity_key], [...key])
    assert.deepEqual([...qpq.v1.OpaqueLoginFinishRequest.encode(m).finish()], [...bytes])
  })

  it('FetchWaitRequest: timeout_ms = 3 and limit = 4 (unlike Fetch), device_id = 5, auth = 15', () => {
    const bytes = Uint8Array.from([
      0x0a, 32, ...key, // recipient_key = 1
      0x18, 0xb0, 0xea, 0x01, // timeout_ms = 3: varint 30000
      0x20, 50, // limit = 4
      0x2a, 2, 9, 9, // device_id = 5
      0x7a, 4, 0x0a, 2, 0xee, 0xff, // auth = 15 { access_token = 1 }
    ])
    const m = qpq.v1.FetchWaitRequest.decode(bytes)
    assert.equal(m.timeout_ms, 30000) // a JS number, not a Long (proto/qpq.ts)
    assert.equal(m.limit, 50)
    assert.deepEqual([...m.device_id], [9, 9])
    assert.deepEqual([...(m.auth?.access_token ?? [])], [0xee, 0xff])
    assert.equal(m.channel_id.length, 0)
  })

  it('EnqueueResponse: seq = 1 (uint64), delivery_proof = 2, duplicate = 3', () => {
    const bytes = qpq.v1.EnqueueResponse.encode({ seq: 2 ** 40, delivery_proof: Uint8Array.of(5), duplicate: true }).finish()
    assert.deepEqual([...bytes], [0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0x12, 1, 5, 0x18, 1])
    assert.equal(qpq.v1.EnqueueResponse.decode(bytes).seq, 2 ** 40)
  })
})
