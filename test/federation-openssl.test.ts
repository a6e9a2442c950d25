// docs/federation.md works as written: its openssl commands (run here, from the page) make a CA,
// certificates for a.example and b.example, a pin and a self-signed c.example; its TOML for both
// sides (paths and addresses moved to a temp dir and 127.0.0.1) passes the daemon's config
// checks and the federation's own; and the relays then talk, by CA and by pin.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfig } from '../daemon/config/config.js'
import { parsePin } from '../daemon/config/federation.js'
import { federationOptions } from '../federation/settings.js'
import { REPO } from './helpers/daemon-process.js'
import { freePort, newKey, pinOf, startFedNode, type FedNode } from './helpers/federation.js'
import { waitFor } from './helpers/rpc-harness.js'

const doc = readFileSync(path.join(REPO, 'docs/federation.md'), 'utf8')
const haveOpenssl = spawnSync('openssl', ['version']).status === 0

const blocks = (text: string, lang: string): string[] => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] as string)

describe('docs/federation.md, step by step', { skip: haveOpenssl ? false : 'openssl is not installed (apt-get install -y openssl)' }, () => {
  it('sets up a.example, b.example and a pinned c.example that relay to each other', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-fed-doc-'))
    const setup = doc.slice(doc.indexOf('<!-- federation-setup:begin -->'), doc.indexOf('<!-- federation-setup:end -->'))
    execFileSync('sh', ['-e', '-c', blocks(setup, 'sh').join('\n')], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
    const file = (n: string): string => path.join(dir, n)
    // the pin the page computes is SHA-256(SPKI), as qpqd computes it
    assert.deepEqual(parsePin(readFileSync(file('b.example.pin'), 'utf8').trim()), pinOf(readFileSync(file('b.example.pem'))))

    const [pa, pb, pc] = [await freePort(), await freePort(), await freePort()]
    const ports: Record<string, number> = { 'a.example': pa, 'b.example': pb, 'c.example': pc }
    const [aToml, bToml] = blocks(doc, 'toml').filter((t) => t.includes('[federation]') && t.includes('federation_ca')) as [string, string]
    const localise = (toml: string, own: string): string => toml
      .replaceAll('/etc/qpqd/', `${dir}/`)
      .replace('"0.0.0.0:7001"', `"127.0.0.1:${ports[own]}"`)
      .replace(/address = "([a-z.]+):7001"/g, (_m, d: string) => `address = "127.0.0.1:${ports[d]}"`)
    // a.example also pins c.example, which has no CA certificate of its own
    const cPin = pinOf(readFileSync(file('c.example.pem'))).toString('hex')
    const configs = {
      'a.example': localise(aToml, 'a.example') + `\n[[federation.peers]]\ndomain = "c.example"\naddress = "127.0.0.1:${pc}"\npin_sha256 = "${cPin}"\ncert = "${file('c.example.pem')}"\n`,
      'b.example': localise(bToml, 'b.example'),
      'c.example': `[federation]\nenabled = true\ndomain = "c.example"\nlisten = "127.0.0.1:${pc}"\nfederation_cert = "${file('c.example.pem')}"\nfederation_key = "${file('c.example.key')}"\nfederation_ca = "${file('federation-ca.pem')}"\n\n[[federation.peers]]\ndomain = "a.example"\naddress = "127.0.0.1:${pa}"\n`,
    }
    const nodes: FedNode[] = []
    try {
      for (const [domain, toml] of Object.entries(configs)) {
        writeFileSync(file(`${domain}.toml`), toml)
        const config = loadConfig({ config: file(`${domain}.toml`), data_dir: path.join(dir, domain) }, {})
        const o = federationOptions({ federation: config.federation, dataDir: config.dataDir, production: false, secret: Buffer.alloc(32, 1) })
        assert.equal(o.generatedCertificate, false)
        nodes.push(await startFedNode({ domain, port: o.listen.port, identity: { certPem: o.certPem, keyPem: o.keyPem }, caPem: o.caPem, peers: o.peers }))
      }
      const [a, b, c] = nodes as [FedNode, FedNode, FedNode]
      const bob = b.addUser('bob')
      const alice = a.addUser('alice')
      const resolved = await a.fed.resolveUser('bob', 'b.example')
      assert.deepEqual(Buffer.from(resolved.identity_key ?? []), bob)
      await a.fed.relayTo('b.example', [{ recipient: bob, channel: Buffer.alloc(0), payload: Buffer.from('hi bob'), messageId: null, expiresAt: Date.now() + 60_000 }])
      await b.fed.relayTo('a.example', [{ recipient: alice, channel: Buffer.alloc(0), payload: Buffer.from('hi alice'), messageId: null, expiresAt: Date.now() + 60_000 }])
      await waitFor(() => b.queue(bob).length === 1 && a.queue(alice).length === 1, 10_000, 'both ways')
      for (const [from, to] of [[a, 'c.example'], [c, 'a.example'], [b, 'a.example']] as const) {
        const h = await from.fed.linkHealth(to)
        assert.equal(h.reachable, true, `${from.domain} -> ${to}: ${h.error ?? ''}`)
      }
      assert.equal(c.fed.isPeer('b.example'), false)
      assert.equal(a.fed.domainOfKey(newKey()), null)
    } finally {
      await Promise.all(nodes.map((n) => n.stop()))
    }
  })
})
