// Users of two domains talk through the real `qpq` CLI: a.example and b.example are two real
// daemons (every component, in this process) federated over mutual TLS on 127.0.0.1 with
// certificates of a private CA made here. alice@a.example and bob@b.example chat both ways
// (resolve through the home server, the KeyPackage fetched through the proxy, the Enqueues
// relayed), a group with members on both domains talks, and a server without federation — or
// one that does not federate with that domain — refuses name@domain with a sentence.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runQpq, type Run } from './helpers/qpq-cli.js'
import { TestCa, daemonFederation, freePort } from './helpers/federation.js'
import { startTestNode, type TestNode } from './helpers/node.js'

describe('federation through the qpq CLI', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'qpq-fed-cli-'))
  const servers: Record<string, TestNode> = {}
  /** Which server each user registered on. */
  const home: Record<string, string> = {}

  const qpq = (user: string, args: string[]): Promise<Run> =>
    runQpq(user, `127.0.0.1:${(servers[home[user] as string] as TestNode).node.rpcAddress.port}`, path.join(root, user), args)
  const ok = async (user: string, ...args: string[]): Promise<string[]> => {
    const r = await qpq(user, args)
    assert.equal(r.code, 0, `qpq ${args.join(' ')} as ${user}: ${r.stderr}`)
    return r.stdout.split('\n').filter((l) => l !== '')
  }
  const register = async (user: string, server: string): Promise<void> => {
    home[user] = server
    const cert = path.join(root, `${server}.der`)
    writeFileSync(cert, (servers[server] as TestNode).node.tls.certDer)
    await ok(user, '--ca-cert', cert, 'register', user)
  }
  /** Waits for the user's next messages (relayed ones arrive a moment after the sender's Ok). */
  const recv = (user: string): Promise<string[]> => ok(user, 'recv', '--timeout-ms', '60000')
  const line = (label: string): string => `${label} ${randomBytes(4).toString('hex')}`

  before(async () => {
    const ca = new TestCa()
    const [pa, pb] = [await freePort(), await freePort()]
    const dirs = { a: mkdtempSync(path.join(tmpdir(), 'qpq-fed-a-')), b: mkdtempSync(path.join(tmpdir(), 'qpq-fed-b-')), c: mkdtempSync(path.join(tmpdir(), 'qpq-fed-c-')) }
    const fa = daemonFederation(dirs.a, { domain: 'a.example', port: pa, ca, peers: [{ domain: 'b.example', port: pb }] })
    const fb = daemonFederation(dirs.b, { domain: 'b.example', port: pb, ca, peers: [{ domain: 'a.example', port: pa }] })
    servers.a = await startTestNode({ config: fa.configFile }, dirs.a)
    servers.b = await startTestNode({ config: fb.configFile }, dirs.b)
    // c.example has no federation at all
    servers.c = await startTestNode({}, dirs.c)
    await Promise.all([register('alice', 'a'), register('carol', 'a'), register('bob', 'b'), register('dave', 'c')])
  })
  after(async () => {
    await Promise.all(Object.values(servers).map((t) => t.stop()))
  })

  it('lets alice@a.example and bob@b.example chat both ways', async () => {
    const hi = line('hi bob')
    assert.deepEqual(await ok('alice', 'send', 'bob@b.example', hi), ['sent to bob@b.example (1 recipient)'])
    assert.deepEqual(await recv('bob'), [`alice@a.example: ${hi}`])
    const back = line('hi alice')
    await ok('bob', 'send', 'alice@a.example', back)
    assert.deepEqual(await recv('alice'), [`bob@b.example: ${back}`])
    // and on, in the conversation both now know by the other's address
    const again = line('again')
    await ok('alice', 'send', '@bob@b.example', again)
    assert.deepEqual(await recv('bob'), [`alice@a.example: ${again}`])
  })

  it('lets a group with members on both domains talk', async () => {
    assert.deepEqual(await ok('alice', 'group', 'create', 'crew', 'bob@b.example', 'carol'), ['created group crew'])
    const fromAlice = line('alice to the crew')
    await ok('alice', 'send', 'crew', fromAlice)
    const [bob, carol] = await Promise.all([recv('bob'), recv('carol')])
    assert.deepEqual(bob, [`[crew] alice@a.example: ${fromAlice}`])
    assert.deepEqual(carol, [`[crew] alice: ${fromAlice}`])
    // bob's server learnt from his client's lookups where alice and carol are
    const fromBob = line('bob to the crew')
    await ok('bob', 'send', 'crew', fromBob)
    const [a, c] = await Promise.all([recv('alice'), recv('carol')])
    assert.deepEqual(a, [`[crew] bob@b.example: ${fromBob}`])
    assert.deepEqual(c, [`[crew] bob@b.example: ${fromBob}`])
    const fromCarol = line('carol to the crew')
    await ok('carol', 'send', 'crew', fromCarol)
    assert.deepEqual(await recv('bob'), [`[crew] carol@a.example: ${fromCarol}`])
  })

  it('says so when the server has no federation, or does not federate with that domain', async () => {
    const off = await qpq('dave', ['send', 'bob@b.example', 'hi'])
    assert.equal(off.code, 1)
    assert.equal(off.stderr.trim(), 'qpq: bob@b.example is a user of another server (b.example): messages to other servers need federation, which this server does not offer yet')
    const stranger = await qpq('alice', ['send', 'zed@z.example', 'hi'])
    assert.equal(stranger.code, 1)
    assert.equal(stranger.stderr.trim(), 'qpq: zed@z.example is a user of another server (z.example), and this server does not federate with z.example')
    const nobody = await qpq('alice', ['send', 'nobody@b.example', 'hi'])
    assert.equal(nobody.code, 1)
    assert.match(nobody.stderr.trim(), /^qpq: no user nobody on b\.example/)
  })
})
