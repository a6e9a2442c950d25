// A federation node in a child process, for the crash tests: started from a JSON description in
// QPQ_FED_CHILD (what startFedNode takes, with bytes in base64/hex), optionally relaying `count`
// messages to a user of a peer. It prints READY once listening and QUEUED once the messages are
// committed in its outbound queue, then runs until it is killed.
import { startFedNode, peer } from './federation.js'

export interface ChildSpec {
  domain: string
  port: number
  certPem: string
  keyPem: string
  caPem: string
  peers: Array<{ domain: string; port: number }>
  db: { file: string; key: string }
  ktKey: string
  users: Array<[string, string]>
  relay?: { to: string; recipient: string; count: number; prefix: string }
}

const b64 = (s: string): Buffer => Buffer.from(s, 'base64')

const spec = JSON.parse(process.env.QPQ_FED_CHILD ?? '{}') as ChildSpec
const node = await startFedNode({
  domain: spec.domain, port: spec.port, identity: { certPem: b64(spec.certPem), keyPem: b64(spec.keyPem) }, caPem: b64(spec.caPem),
  peers: spec.peers.map((p) => peer(p.domain, p.port)), db: { file: spec.db.file, key: Buffer.from(spec.db.key, 'hex') },
  ktKey: Buffer.from(spec.ktKey, 'hex'), relay: { minBackoffMs: 50, maxBackoffMs: 400 }, connectTimeoutMs: 500,
})
for (const [name, key] of spec.users) node.addUser(name, Buffer.from(key, 'hex'))
process.stdout.write('READY\n')
if (spec.relay !== undefined) {
  const r = spec.relay
  const recipient = Buffer.from(r.recipient, 'hex')
  const messages = Array.from({ length: r.count }, (_, i) => ({
    recipient, channel: Buffer.alloc(0), payload: Buffer.from(`${r.prefix}${i}`), messageId: null, expiresAt: Date.now() + 3_600_000,
  }))
  await node.fed.relayTo(r.to, messages)
  process.stdout.write(`QUEUED ${r.count}\n`)
}
setInterval(() => {}, 1 << 30)
