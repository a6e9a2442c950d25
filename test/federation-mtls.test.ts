// Who may talk to the federation listener: real QUIC and mutual TLS on 127.0.0.1, with a private
// CA and certificates made here. Accepted: a peer whose certificate chains to the CA (or matches
// its pin) and names a configured domain. Refused at the handshake: another CA, an unconfigured
// domain, a serverAuth-only certificate, a wrong pin, a certificate minted by a pinned peer for
// someone else. Refused with 3: an origin_domain the certificate does not name, client methods.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { issueCertificate } from '../daemon/tls/x509.js'
import { RpcConnection } from '../protocol/rpc-connection.js'
import { encodeRequest } from '../protocol/frames.js'
import { toPem } from '../protocol/quic/config.js'
import { Status } from '../protocol/errors.js'
import { qpq } from '../proto/qpq.js'
import { FEDERATION_DEFAULTS } from '../federation/options.js'
import { TestCa, freePort, peer, pinOf, selfSignedIdentity, startFedNode, type FedNode, type Identity } from './helpers/federation.js'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'

type Outcome = { status: number; message: string } | { refused: string }

/** One call to the listener on `port` as a client presenting `id`, trusting `ca` for the server. */
async function callAs(port: number, id: Identity | null, ca: Buffer, methodId: number, payload: Uint8Array): Promise<Outcome> {
  const c = new RpcConnection({
    host: '127.0.0.1', port, serverName: 'b.example', caPem: ca, clientCert: id ?? undefined,
    transport: FEDERATION_DEFAULTS.transport, connectTimeoutMs: 5_000, keepAliveMs: 0, bufferBudget: 1 << 20,
  }, { onPush: () => {}, onClose: () => {} })
  try {
    await c.ready
    const r = await c.send(encodeRequest(methodId, 1, payload), { timeoutMs: 5_000 })
    if (r.kind !== 'response') return { refused: 'stream reset' }
    return { status: r.status, message: r.status === 0 ? '' : qpq.v1.Error.decode(r.payload).message }
  } catch (err) {
    return { refused: (err as Error).message }
  } finally {
    c.close()
  }
}

const health = (origin: string): Uint8Array => qpq.v1.FederationHealthRequest.encode({ federation_auth: { origin_domain: origin } }).finish()

describe('the federation listener authenticates peers', () => {
  const ca = new TestCa()
  const otherCa = new TestCa('Other CA')
  const cIdentity = ca.issue('c.example')
  const pinned = selfSignedIdentity('p.example')
  let b: FedNode

  before(async () => {
    const port = await freePort()
    b = await startFedNode({
      domain: 'b.example', port, identity: ca.issue('b.example'), caPem: ca.caPem,
      peers: [
        peer('a.example', 1),
        peer('c.example', 2, { pinSha256: pinOf(cIdentity.certPem) }),
        peer('p.example', 3, { pinSha256: pinOf(pinned.certPem), certPem: pinned.certPem }),
      ],
    })
  })
  after(async () => { await b.stop() })

  const call = (id: Identity | null, origin: string, methodId = 905): Promise<Outcome> => callAs(b.fed.address.port, id, ca.caPem, methodId, health(origin))

  it('accepts a certificate of the CA that names a configured peer', async () => {
    const r = await call(ca.issue('a.example'), 'a.example')
    assert.deepEqual(r, { status: Status.Ok, message: '' })
  })

  it('refuses a certificate of another CA (TLS alert 48 unknown_ca)', async () => {
    const r = await call(otherCa.issue('a.example'), 'a.example')
    assert.ok('refused' in r && /transport error 304\b/.test(r.refused), JSON.stringify(r))
  })

  it('refuses no certificate at all (alert 116 certificate_required)', async () => {
    const r = await call(null, 'a.example')
    assert.ok('refused' in r && /transport error 372\b/.test(r.refused), JSON.stringify(r))
  })

  it('refuses a certificate for a domain that is not a configured peer', async () => {
    const r = await call(ca.issue('z.example'), 'z.example')
    assert.ok('refused' in r && /names no federation peer of this server \(SAN: z.example\)/.test(r.refused), JSON.stringify(r))
  })

  it('refuses a serverAuth-only certificate (alert 43 unsupported_certificate)', async () => {
    const r = await call(ca.issue('a.example', { usages: ['serverAuth'] }), 'a.example')
    assert.ok('refused' in r && /transport error 299\b/.test(r.refused), JSON.stringify(r))
  })

  it('answers 3 to an origin_domain the certificate does not name', async () => {
    const r = await call(ca.issue('a.example'), 'c.example')
    assert.ok('status' in r && r.status === Status.Forbidden && /origin_domain "c.example" is not a domain this connection's certificate speaks for \(a.example\)/.test(r.message), JSON.stringify(r))
  })

  it('checks a pin besides the CA: the right key is accepted, a CA certificate with another key refused', async () => {
    assert.deepEqual(await call(cIdentity, 'c.example'), { status: Status.Ok, message: '' })
    const r = await call(ca.issue('c.example'), 'c.example')
    assert.ok('refused' in r && /c.example: its key does not match pin_sha256/.test(r.refused), JSON.stringify(r))
  })

  it('accepts a peer pinned without the CA by its own certificate, and refuses another key for its domain', async () => {
    assert.deepEqual(await call(pinned, 'p.example'), { status: Status.Ok, message: '' })
    const r = await call(selfSignedIdentity('p.example'), 'p.example')
    assert.ok('refused' in r && /transport error 304\b/.test(r.refused), JSON.stringify(r))
  })

  it('refuses a certificate a pinned peer minted for another domain (its own certificate is a trust anchor here)', async () => {
    // BoringSSL accepts a leaf issued by any certificate in the trust store, even a self-signed
    // end-entity one: the chain to federation_ca is checked again after the handshake
    const k = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const der = issueCertificate({ commonName: 'a.example', altNames: ['a.example'], publicKey: k.publicKey, issuer: { commonName: 'p.example', publicKey: pinned.publicKey }, signingKey: pinned.key, validDays: 1 })
    const forged = { certPem: toPem(der, 'CERTIFICATE'), keyPem: Buffer.from(k.privateKey.export({ type: 'pkcs8', format: 'pem' })) }
    const r = await call(forged, 'a.example')
    assert.ok('refused' in r && /a.example: not issued by federation_ca/.test(r.refused), JSON.stringify(r))
  })

  it('refuses a pinned key in a certificate that does not chain to the CA, when the peer is pinned besides the CA', async () => {
    // c.example's own key, certified by the pinned p.example instead of the CA
    const der = issueCertificate({ commonName: 'c.example', altNames: ['c.example'], publicKey: createPublicKey(cIdentity.certPem), issuer: { commonName: 'p.example', publicKey: pinned.publicKey }, signingKey: pinned.key, validDays: 1 })
    const r = await call({ certPem: toPem(der, 'CERTIFICATE'), keyPem: cIdentity.keyPem }, 'c.example')
    assert.ok('refused' in r && /c.example: not issued by federation_ca/.test(r.refused), JSON.stringify(r))
  })

  it('serves only 900-905: the client methods answer 3, ids outside the protocol 11', async () => {
    const id = ca.issue('a.example')
    const h = await call(id, 'a.example', 802)
    assert.ok('status' in h && h.status === Status.Forbidden && /served on the client port/.test(h.message), JSON.stringify(h))
    const u = await call(id, 'a.example', 7001)
    assert.ok('status' in u && u.status === Status.UnknownMethod, JSON.stringify(u))
  })

  it('counts the peers it refused after the handshake', async () => {
    const text = await b.registry.getSingleMetricAsString('federation_peer_refused_total')
    assert.match(text, /federation_peer_refused_total [1-9]/)
  })
})

describe('the outbound link checks the server it dialled', () => {
  it('refuses a server whose certificate is for another domain, and accepts one pinned without a CA', async () => {
    const ca = new TestCa()
    const pinned = selfSignedIdentity('p.example')
    const [pa, pc, pp] = [await freePort(), await freePort(), await freePort()]
    // c.example listens where a.example expects b.example
    const c = await startFedNode({ domain: 'c.example', port: pc, identity: ca.issue('c.example'), caPem: ca.caPem, peers: [peer('a.example', pa)] })
    const p = await startFedNode({ domain: 'p.example', port: pp, identity: pinned, caPem: ca.caPem, peers: [peer('a.example', pa)] })
    const a = await startFedNode({
      domain: 'a.example', port: pa, identity: ca.issue('a.example'), caPem: ca.caPem,
      peers: [peer('b.example', pc), peer('p.example', pp, { pinSha256: pinOf(pinned.certPem), certPem: pinned.certPem })],
    })
    try {
      const wrong = await a.fed.linkHealth('b.example')
      assert.equal(wrong.reachable, false)
      // TLS alert 42 bad_certificate (local transport error 298), said as what it means: the name does not match
      assert.match(wrong.error ?? '', /cannot reach b.example .*is not for the name "b.example" \(it is for c.example\)/)
      const right = await a.fed.linkHealth('p.example')
      assert.equal(right.reachable, true, right.error ?? '')
      assert.equal(right.remote?.domain, 'p.example')
    } finally {
      await Promise.all([a.stop(), c.stop(), p.stop()])
    }
  })
})
