// Federated key transparency: a.example keeps the signed tree heads of b.example's log, checks
// each new one against the last (consistency proof), and raises an alert — logged, counted,
// stored, and readable by clients (FetchPeerTreeHeads, ResolveUserResponse.peer_alerts) — when
// b's log forks, contradicts itself, shrinks, changes its key, or an answer's proof is wrong.
// b's "bad" logs are real KT logs in databases of their own, signed with b's key.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { newEd25519PrivateKeyDer } from '../daemon/crypto/ed25519.js'
import { createLogger } from '../daemon/observability/logger.js'
import type { CallContext } from '../daemon/services/call-context.js'
import { qpq } from '../proto/qpq.js'
import { Status } from '../protocol/errors.js'
import { PeerLogError } from '../federation/kt-audit.js'
import { TestCa, freePort, newKey, peer, startFedNode, type FedNode } from './helpers/federation.js'

const ctx = {} as CallContext

describe('auditing a peer\'s key transparency log', () => {
  const ca = new TestCa()
  const logLines: Array<Record<string, unknown>> = []
  let a: FedNode
  let b: FedNode
  let users: Array<[string, Buffer]>
  const heads = (): qpq.v1.IFetchPeerTreeHeadsResponse => a.fed.fetchPeerTreeHeads(qpq.v1.FetchPeerTreeHeadsRequest.create({ domain: 'b.example' }), ctx)
  const kinds = (): string[] => (heads().alerts ?? []).map((x) => x.kind as string)
  const honest = (): void => b.setResolver(b.ownResolver)

  before(async () => {
    const [pa, pb] = [await freePort(), await freePort()]
    const sink = new Writable({ write(chunk: Buffer, _e, done) { for (const l of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(l) as Record<string, unknown>); done() } })
    a = await startFedNode({ domain: 'a.example', port: pa, identity: ca.issue('a.example'), caPem: ca.caPem, peers: [peer('b.example', pb)], log: createLogger('warn', { destination: sink }) })
    b = await startFedNode({ domain: 'b.example', port: pb, identity: ca.issue('b.example'), caPem: ca.caPem, peers: [peer('a.example', pa)] })
    users = [['bob', b.addUser('bob')], ['carol', b.addUser('carol')], ['dave', b.addUser('dave')]]
  })
  after(async () => { await Promise.all([a.stop(), b.stop()]) })

  it('pins the peer\'s KT key on first use and keeps the heads it verified, newest first', async () => {
    assert.equal(heads().heads?.length, 0)
    await a.fed.auditPeer('b.example')
    b.addUser('erin')
    await a.fed.resolveUser('erin', 'b.example')
    const h = heads()
    assert.deepEqual(h.heads?.map((x) => Number(x.tree_size)), [4, 3])
    assert.equal(h.signer_key?.length, 32)
    assert.ok(Number(h.last_checked_ms) > 0)
    assert.deepEqual(h.alerts, [])
    users.push(['erin', (await a.fed.resolveUser('erin', 'b.example')).identity_key as Buffer])
  })

  it('raises a fork: two heads of one size with different roots', async () => {
    // the same number of leaves, another history
    b.setResolver(b.forkedResolver([['mallory', newKey()], ['bob', newKey()], ['carol', newKey()], ['dave', newKey()]]))
    await assert.rejects(a.fed.auditPeer('b.example'), (e: unknown) => e instanceof PeerLogError && e.kind === 'fork')
    const alert = heads().alerts?.find((x) => x.kind === 'fork')
    assert.ok(alert !== undefined)
    assert.equal(Number(alert.earlier?.tree_size), 4)
    assert.equal(Number(alert.later?.tree_size), 4)
    assert.notDeepEqual(Buffer.from(alert.earlier?.root_hash ?? []), Buffer.from(alert.later?.root_hash ?? []))
    // the forked view is not used: resolving through it fails, and the alert is raised once
    await assert.rejects(a.fed.resolveUser('mallory', 'b.example'), (e: unknown) => (e as { status?: number }).status === Status.Unavailable && /key transparency alert \(fork\)/.test((e as Error).message))
    assert.deepEqual(kinds(), ['fork'])
    assert.match(await a.registry.getSingleMetricAsString('federation_kt_alerts_total'), /domain="b.example",kind="fork"\} 1/)
    assert.ok(logLines.some((l) => l.msg === 'key transparency alert about a federation peer' && l.kind === 'fork' && l.domain === 'b.example'))
  })

  it('tells clients about the alert in later answers that check out', async () => {
    honest()
    const r = await a.fed.resolveUser('bob', 'b.example')
    assert.deepEqual(Buffer.from(r.identity_key ?? []), users[0]?.[1])
    assert.deepEqual(r.peer_alerts?.map((x) => x.kind), ['fork'])
  })

  it('raises an inconsistent head: a larger tree that does not extend the last one', async () => {
    b.setResolver(b.forkedResolver([...users.slice(1), ['zed', newKey()], ['yan', newKey()]]))
    await assert.rejects(a.fed.auditPeer('b.example'), (e: unknown) => e instanceof PeerLogError && e.kind === 'inconsistent')
    assert.ok(kinds().includes('inconsistent'))
  })

  it('raises a rollback: the peer\'s log is smaller than a head it signed', async () => {
    b.setResolver(b.forkedResolver(users.slice(0, 2)))
    await assert.rejects(a.fed.auditPeer('b.example'), (e: unknown) => e instanceof PeerLogError && e.kind === 'rollback')
    assert.ok(kinds().includes('rollback'))
  })

  it('raises a change of the peer\'s KT key', async () => {
    b.setResolver(b.forkedResolver([...users, ['new', newKey()]], newEd25519PrivateKeyDer()))
    await assert.rejects(a.fed.auditPeer('b.example'), (e: unknown) => e instanceof PeerLogError && e.kind === 'signer_changed')
    assert.ok(kinds().includes('signer_changed'))
  })

  it('refuses an answer whose leaf does not bind the user to the key it names (bad_proof)', async () => {
    honest()
    const fake = newKey()
    b.setResolver(async (req) => {
      const r = await b.ownResolver(req)
      return req.username === 'bob' ? { ...r, identity_key: fake } : r
    })
    await assert.rejects(a.fed.resolveUser('bob', 'b.example'), /bad_proof.*does not bind bob/)
    assert.ok(kinds().includes('bad_proof'))
    // nothing of the lie was remembered
    assert.equal(a.fed.domainOfKey(fake), null)
  })

  it('starts over when the operator resets the peer\'s log', async () => {
    honest()
    a.fed.resetPeerLog('b.example')
    assert.deepEqual(heads().alerts, [])
    await a.fed.auditPeer('b.example')
    assert.equal(heads().heads?.length, 1)
  })

  it('answers FetchPeerTreeHeads only for peers', () => {
    assert.throws(() => a.fed.fetchPeerTreeHeads(qpq.v1.FetchPeerTreeHeadsRequest.create({ domain: 'c.example' }), ctx), (e: unknown) => (e as { status?: number }).status === Status.NotFound)
  })
})
