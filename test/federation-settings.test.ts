// Reading the federation's files (federation/settings.ts) and the backoff schedule: each bad
// certificate, key or pin is refused at start with the option named; development generates a
// certificate once; the retry delay grows from the minimum, doubling, capped, jittered.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FederationConfig, FederationPeer } from '../daemon/config/federation.js'
import { federationOptions, FederationSetupError } from '../federation/settings.js'
import { retryDelay } from '../federation/backoff.js'
import { sanDomains } from '../federation/trust.js'
import { TestCa, pinOf, selfSignedIdentity } from './helpers/federation.js'

function files(entries: Record<string, Buffer | string>): (name: string) => string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-fedset-'))
  for (const [n, content] of Object.entries(entries)) writeFileSync(path.join(dir, n), content)
  return (n) => path.join(dir, n)
}

const base = (f: Partial<FederationConfig>): FederationConfig => ({ enabled: true, domain: 'a.example', listen: { host: '127.0.0.1', port: 7001 }, cert: null, key: null, ca: null, peers: [], ...f })
const peerOf = (domain: string, extra: Partial<FederationPeer> = {}): FederationPeer => ({ domain, address: { host: '127.0.0.1', port: 7002 }, pinSha256: null, cert: null, ...extra })
const load = (f: FederationConfig, dataDir = mkdtempSync(path.join(tmpdir(), 'qpq-fedset-data-')), production = false): ReturnType<typeof federationOptions> =>
  federationOptions({ federation: f, dataDir, production, secret: Buffer.alloc(32) })

describe('federation settings', () => {
  const ca = new TestCa()
  const a = ca.issue('a.example')
  const b = selfSignedIdentity('b.example')
  const p = files({
    'a.pem': a.certPem, 'a.key': a.keyPem, 'ca.pem': ca.caPem,
    'a.der': new X509Certificate(a.certPem).raw, 'ca.der': new X509Certificate(ca.caPem).raw,
    'other.pem': ca.issue('z.example').certPem, 'garbage.pem': 'garbage', 'b.pem': b.certPem, 'missing-key.key': selfSignedIdentity('a.example').keyPem,
  })

  it('reads PEM and DER certificates and pins a peer given by its certificate', () => {
    const o = load(base({ cert: p('a.der'), key: p('a.key'), ca: p('ca.der'), peers: [peerOf('b.example', { cert: p('b.pem') })] }))
    assert.equal(o.domain, 'a.example')
    assert.ok(o.certPem.toString().startsWith('-----BEGIN CERTIFICATE-----'))
    assert.ok(o.caPem?.toString().includes('BEGIN CERTIFICATE'))
    assert.deepEqual(o.peers[0]?.pinSha256, pinOf(b.certPem))
    assert.equal(o.generatedCertificate, false)
  })

  it('refuses certificates, keys and pins that cannot work, naming the option', () => {
    const refused = (f: Partial<FederationConfig>, re: RegExp): void => assert.throws(() => load(base({ cert: p('a.pem'), key: p('a.key'), ca: p('ca.pem'), ...f })), (e: unknown) => e instanceof FederationSetupError && re.test(e.message))
    refused({ cert: p('other.pem') }, /federation_cert .* does not name federation_domain a.example in its subjectAltName \(it names z.example\)/)
    refused({ key: p('missing-key.key') }, /cannot use federation_key .*: it does not belong to the certificate \(federation_cert /)
    refused({ ca: p('nothing.pem') }, /cannot read federation_ca .*nothing.pem/)
    refused({ ca: p('garbage.pem') }, /federation_ca .*garbage.pem is not a certificate/)
    refused({ ca: p('a.key') }, /federation_ca .*a.key holds no certificate/)
    refused({ peers: [peerOf('b.example', { cert: p('b.pem'), pinSha256: Buffer.alloc(32) })] }, /cert of \[\[federation.peers\]\] b.example .* does not match its pin_sha256: its key's SHA-256 is [0-9a-f]{64}/)
    refused({ peers: [peerOf('c.example', { cert: p('b.pem') })] }, /cert of \[\[federation.peers\]\] c.example .* does not name c.example/)
    const serverOnly = ca.issue('a.example', { usages: ['serverAuth'] })
    const q = files({ 's.pem': serverOnly.certPem, 's.key': serverOnly.keyPem })
    refused({ cert: q('s.pem'), key: q('s.key') }, /extended key usage lacks clientAuth .*alert 43/)
  })

  it('generates a self-signed development certificate for the domain once, never in production', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'qpq-fedset-dev-'))
    const first = load(base({ ca: p('ca.pem') }), data)
    assert.equal(first.generatedCertificate, true)
    assert.deepEqual(sanDomains(new X509Certificate(first.certPem)), ['a.example'])
    const again = load(base({ ca: p('ca.pem') }), data)
    assert.equal(again.generatedCertificate, false)
    assert.deepEqual(again.certPem, first.certPem)
    // another domain: a new certificate
    assert.equal(load(base({ domain: 'b.example', ca: p('ca.pem') }), data).generatedCertificate, true)
    assert.throws(() => load(base({ ca: p('ca.pem') }), data, true), /production mode refuses a generated federation certificate/)
  })
})

describe('retry backoff', () => {
  it('starts at the minimum, doubles its window per failure, stops at the cap, jitters within the window', () => {
    assert.equal(retryDelay(1, 2_000, 900_000, () => 1), 2_000)
    assert.equal(retryDelay(2, 2_000, 900_000, () => 1), 4_000)
    assert.equal(retryDelay(5, 2_000, 900_000, () => 1), 32_000)
    assert.equal(retryDelay(40, 2_000, 900_000, () => 1), 900_000)
    assert.equal(retryDelay(1_000, 2_000, 900_000, () => 1), 900_000)
    assert.equal(retryDelay(40, 2_000, 900_000, () => 0), 2_000)
    assert.equal(retryDelay(3, 2_000, 900_000, () => 0.5), 5_000)
  })
})
