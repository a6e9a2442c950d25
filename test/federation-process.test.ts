// The relay in a real qpqd process: kill -9 of a.example's daemon while its outbound queue to
// b.example holds messages (b.example is down, so nothing could leave) loses none of them — they
// reach bob once both run again, each once. And the daemon applies the federation's production
// rule as a configuration error: exit 2 with a sentence naming the options.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { QpqClient } from '../client/qpq-client.js'
import { startDaemonProcess, type DaemonProcess } from './helpers/daemon-process.js'
import { TestCa, daemonFederation, freePort } from './helpers/federation.js'
import { TEST_STRETCHING, loggedInUser, newUser, startTestNode, type TestNode } from './helpers/node.js'

const COUNT = 20

describe('federation in a qpqd process', () => {
  const daemons: DaemonProcess[] = []
  const clients: QpqClient[] = []
  let B: TestNode | null = null
  after(async () => {
    for (const c of clients) c.close()
    for (const d of daemons) if (d.child.exitCode === null && d.child.signalCode === null) d.child.kill('SIGKILL')
    await B?.stop()
  })

  it('delivers what a.example had queued when it was killed with SIGKILL, once it runs again', async () => {
    const ca = new TestCa()
    const [pa, pb] = [await freePort(), await freePort()]
    const dirs = { a: mkdtempSync(path.join(tmpdir(), 'qpq-fp-a-')), b: mkdtempSync(path.join(tmpdir(), 'qpq-fp-b-')) }
    const fa = daemonFederation(dirs.a, { domain: 'a.example', port: pa, ca, peers: [{ domain: 'b.example', port: pb }] })
    const fb = daemonFederation(dirs.b, { domain: 'b.example', port: pb, ca, peers: [{ domain: 'a.example', port: pa }] })
    const args = ['--config', fa.configFile, '--listen', '127.0.0.1:0', '--data-dir', dirs.a, '--crypto-workers', '1', '--rate-limit-auth-per-ip', '100000']
    const startA = async (): Promise<QpqClient> => {
      const d = startDaemonProcess(args)
      daemons.push(d)
      const listening = await d.waitForLog('qpqd listening')
      const relay = await d.waitForLog('federation relay listening')
      assert.equal(relay.listen, `127.0.0.1:${pa}`)
      const c = await QpqClient.connect({ server: String(listening.listen), caCert: readFileSync(path.join(dirs.a, 'server-cert.der')), keyStretching: TEST_STRETCHING })
      clients.push(c)
      return c
    }

    B = await startTestNode({ config: fb.configFile }, dirs.b)
    const bob = await loggedInUser(B, 'bob')
    const alice = newUser('alice')
    let a = await startA()
    await a.register(alice.name, alice.password, alice.key)
    await a.login(alice.name, alice.password, alice.key)
    assert.deepEqual(Buffer.from(await a.users.resolve('bob@b.example') ?? []), bob.key)

    await B.stop()
    B = null
    const sent = Array.from({ length: COUNT }, (_, i) => `queued at a.example ${i}`)
    for (const p of sent) assert.equal((await a.send(bob.key, Buffer.from(p))).forwardedVia, 'federation:b.example')
    const victim = daemons.at(-1) as DaemonProcess
    victim.child.kill('SIGKILL')
    assert.equal(await victim.exited, null, 'a.example died of SIGKILL')

    B = await startTestNode({ config: fb.configFile }, dirs.b)
    a = await startA()
    const reader = await B.session(bob)
    const got: string[] = []
    const deadline = Date.now() + 120_000
    while (got.length < COUNT && Date.now() < deadline) {
      const page = await reader.fetchWait(10_000, { limit: 1_000 })
      got.push(...page.map((m) => Buffer.from(m.data).toString()))
      if (page.length > 0) await reader.ack((page.at(-1) as { seq: number }).seq)
    }
    assert.deepEqual([...got].sort(), [...sent].sort(), 'each queued message arrived, once')
  })

  it('refuses, in production mode, a federation with neither a CA nor pins: exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-fp-prod-'))
    const ca = new TestCa()
    const tls = ca.issue('localhost')
    const fed = ca.issue('a.example')
    const file = (name: string, bytes: Buffer | string): string => {
      const f = path.join(dir, name)
      writeFileSync(f, bytes)
      return f
    }
    const config = file('qpq-server.toml', [
      `tls_cert = "${file('tls.pem', tls.certPem)}"`, `tls_key = "${file('tls.key', tls.keyPem)}"`, '',
      '[federation]', 'enabled = true', 'domain = "a.example"', 'listen = "127.0.0.1:0"',
      `federation_cert = "${file('a.pem', fed.certPem)}"`, `federation_key = "${file('a.key', fed.keyPem)}"`, '',
      '[[federation.peers]]', 'domain = "b.example"', 'address = "127.0.0.1:9"', '',
    ].join('\n'))
    const d = startDaemonProcess(['--production', '--config', config, '--data-dir', dir, '--listen', '127.0.0.1:0'], { env: { QPQ_DB_KEY: 'a passphrase for the test database' } })
    daemons.push(d)
    assert.equal(await d.exited, 2)
    assert.match(d.stderr.join(''), /^qpqd: production mode refuses a federation without a CA or pins: set federation_ca \(QPQ_FEDERATION_CA\) or pin_sha256 of each \[\[federation\.peers\]\]\n$/)
  })
})
