// TLS identity: the development certificate generated on first start, and clear refusals of
// certificate files that cannot be used.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { TlsSetupError, loadServerTls } from '../daemon/tls/server-identity.js'
import { issueCertificate, selfSigned } from '../daemon/tls/x509.js'

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'qpq-tls-'))

describe('X.509 issuing', () => {
  it('makes a self-signed certificate naming localhost and the loopback addresses', () => {
    const { certDer } = selfSigned('localhost', ['localhost', '127.0.0.1', '::1'], 30)
    const c = new X509Certificate(certDer)
    assert.equal(c.subject, 'CN=localhost')
    assert.equal(c.subjectAltName, 'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1')
    assert.ok(c.verify(c.publicKey))
    assert.ok(c.checkHost('localhost'))
    assert.equal(c.ca, false)
  })

  it('issues a leaf from a CA that verifies against it', () => {
    const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const caCert = new X509Certificate(issueCertificate({ commonName: 'Test CA', publicKey: ca.publicKey, signingKey: ca.privateKey, validDays: 1, isCA: true }))
    const leaf = generateKeyPairSync('ed25519')
    const cert = new X509Certificate(issueCertificate({
      commonName: 'peer.example', altNames: ['peer.example'], publicKey: leaf.publicKey,
      issuer: { commonName: 'Test CA', publicKey: ca.publicKey }, signingKey: ca.privateKey, validDays: 1, usages: ['clientAuth'],
    }))
    assert.ok(caCert.ca)
    assert.ok(cert.checkIssued(caCert))
    assert.ok(cert.verify(caCert.publicKey))
    assert.deepEqual(cert.keyUsage, ['1.3.6.1.5.5.7.3.2'])
  })
})

describe('server TLS identity', () => {
  it('generates the development certificate on first start and reuses it after', () => {
    const dir = tmp()
    const paths = { tlsCert: path.join(dir, 'server-cert.der'), tlsKey: path.join(dir, 'server-key.der'), tlsDefaultPaths: true }
    const first = loadServerTls(paths)
    assert.ok(first.generated)
    assert.equal(statSync(paths.tlsKey).mode & 0o777, 0o600)
    const again = loadServerTls(paths)
    assert.ok(!again.generated)
    assert.deepEqual(again.certDer, readFileSync(paths.tlsCert))
  })

  it('refuses missing configured files, garbage, and a key of another certificate', () => {
    const dir = tmp()
    const cert = path.join(dir, 'c.der')
    const key = path.join(dir, 'k.der')
    assert.throws(() => loadServerTls({ tlsCert: cert, tlsKey: key, tlsDefaultPaths: false }), /TLS certificate .*c\.der does not exist/)
    const a = selfSigned('a', ['a'], 1)
    const b = selfSigned('b', ['b'], 1)
    writeFileSync(cert, 'not a certificate')
    writeFileSync(key, a.keyDer)
    assert.throws(() => loadServerTls({ tlsCert: cert, tlsKey: key, tlsDefaultPaths: false }), (e: unknown) => e instanceof TlsSetupError && /cannot read TLS certificate/.test(e.message))
    writeFileSync(cert, b.certDer)
    assert.throws(() => loadServerTls({ tlsCert: cert, tlsKey: key, tlsDefaultPaths: false }), /does not belong to the certificate/)
    writeFileSync(key, 'garbage')
    assert.throws(() => loadServerTls({ tlsCert: cert, tlsKey: key, tlsDefaultPaths: false }), /cannot use TLS key/)
  })

  it('refuses to replace half of a default pair', () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'server-cert.der'), selfSigned('x', ['x'], 1).certDer)
    assert.throws(() => loadServerTls({ tlsCert: path.join(dir, 'server-cert.der'), tlsKey: path.join(dir, 'server-key.der'), tlsDefaultPaths: true }), /found only one of/)
  })
})
