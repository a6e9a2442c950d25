// Our QUIC layer's door: Retry address validation, Version Negotiation, stateless resets,
// garbage datagrams, half-open and idle connections, refusals over a cap told in a
// CONNECTION_CLOSE, and failed connects said in words — with real UDP on 127.0.0.1.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import dgram from 'node:dgram'
import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CID_LEN, ListenerSecrets } from '../protocol/quic/tokens.js'
import { acceptConnection, connectConnection } from '../protocol/quic/native.js'
import { buildConfig, DEFAULT_TRANSPORT, toPem } from '../protocol/quic/config.js'
import { selfSigned } from '../daemon/tls/x509.js'
import { startHarness, waitFor } from './helpers/rpc-harness.js'
import { capturingLogger } from './helpers/plaintext.js'
import { ConnectError } from '../protocol/quic/connect-error.js'

/** Sends one datagram from a fresh socket and resolves with the first answer that comes back (a guard fails a server that never answers). */
async function exchange(port: number, packet: Buffer, guardMs = 10_000): Promise<Buffer> {
  const sock = dgram.createSocket('udp4')
  try {
    const answer = new Promise<Buffer>((resolve, reject) => {
      sock.once('message', resolve)
      setTimeout(() => reject(new Error(`no answer within ${guardMs} ms`)), guardMs).unref()
    })
    await new Promise<void>((r) => sock.bind(0, '127.0.0.1', r))
    sock.send(packet, port, '127.0.0.1')
    return await answer
  } finally {
    sock.close()
  }
}

/**
 * Sends one datagram and collects what comes back within `ms`, for packets that must get no
 * answer (silence cannot be an event; a slow machine can only make this pass, never fail).
 */
async function unanswered(port: number, packet: Buffer, ms: number): Promise<Buffer[]> {
  const sock = dgram.createSocket('udp4')
  const got: Buffer[] = []
  sock.on('message', (m) => got.push(m))
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', r))
  sock.send(packet, port, '127.0.0.1')
  await new Promise((r) => setTimeout(r, ms))
  sock.close()
  return got
}

describe('Retry tokens', () => {
  const s = new ListenerSecrets(randomBytes(32))
  const odcid = randomBytes(16)

  it('round-trip the original DCID for the same address and port', () => {
    const t = s.mintRetryToken('127.0.0.1', 4000, odcid, 10_000)
    assert.deepEqual(s.verifyRetryToken(t, '127.0.0.1', 4000), odcid)
  })

  it('are refused for another address or port, after expiry, or when altered', () => {
    const t = s.mintRetryToken('127.0.0.1', 4000, odcid, 10_000)
    assert.equal(s.verifyRetryToken(t, '127.0.0.2', 4000), null)
    assert.equal(s.verifyRetryToken(t, '127.0.0.1', 4001), null)
    assert.equal(s.verifyRetryToken(t, '127.0.0.1', 4000, Date.now() + 20_000), null)
    for (let i = 0; i < t.length; i++) {
      const bad = Buffer.from(t)
      bad[i] = (bad[i] as number) ^ 1
      assert.equal(s.verifyRetryToken(bad, '127.0.0.1', 4000), null, `flipped byte ${i}`)
    }
    assert.equal(s.verifyRetryToken(Buffer.alloc(3), '127.0.0.1', 4000), null)
    assert.equal(new ListenerSecrets(randomBytes(32)).verifyRetryToken(t, '127.0.0.1', 4000), null)
  })
})

describe('quiche binding limits', () => {
  it('accepts a Retry-validated connection with a 20-byte original DCID and a reset token', () => {
    // quiche 0.18 encodes server transport parameters into 128 bytes: our CID length must leave room
    const { keyDer, certDer } = selfSigned('localhost', ['localhost'], 1)
    const cfg = buildConfig(DEFAULT_TRANSPORT, { caPem: null, keyPem: toPem(keyDer, 'PRIVATE KEY'), certChainPem: toPem(certDer, 'CERTIFICATE') })
    const s = new ListenerSecrets(randomBytes(32))
    const scid = s.newConnectionId()
    assert.equal(scid.length, CID_LEN)
    cfg.setStatelessResetToken(s.resetTokenBigInt(Buffer.alloc(CID_LEN, 0xff)))
    assert.doesNotThrow(() => acceptConnection(scid, randomBytes(20), { host: '127.0.0.1', port: 1 }, { host: '127.0.0.1', port: 2 }, cfg))
  })
})

describe('QUIC listener door', () => {
  it('puts every new connection through a stateless Retry', async () => {
    const h = await startHarness()
    try {
      const before = h.server.stats.retriesSent
      await (await h.client()).health()
      await (await h.client()).health()
      assert.equal(h.server.stats.retriesSent - before, 2)
      assert.equal(h.server.stats.invalidTokens, 0)
    } finally {
      await h.close()
    }
  })

  it('keeps no state for an Initial that never answers the Retry, and reaps a half-open connection without Retry', async () => {
    for (const retry of ['always', 'never'] as const) {
      const h = await startHarness({ quic: { retry, handshakeTimeoutMs: 300 } })
      try {
        const { keyDer, certDer } = selfSigned('localhost', ['localhost'], 1)
        void keyDer
        const cfg = buildConfig({ ...DEFAULT_TRANSPORT, alpn: ['qpq'] }, { caPem: toPem(certDer, 'CERTIFICATE'), keyPem: null, certChainPem: null })
        const q = connectConnection('localhost', randomBytes(16), { host: '127.0.0.1', port: 1 }, { host: '127.0.0.1', port: h.port }, cfg)
        const out = Buffer.alloc(1500)
        const r = q.send(out)
        assert.ok(r !== null)
        await exchange(h.port, out.subarray(0, r[0]))
        if (retry === 'always') {
          assert.equal(h.server.stats.retriesSent, 1)
          assert.equal(h.server.halfOpenCount, 0, 'a Retry creates no connection state')
          assert.equal(h.server.stats.connectionsAccepted, 0)
        } else {
          // counted, not sampled: the 300 ms handshake timeout may already have reaped it on a busy machine
          assert.equal(h.server.stats.connectionsAccepted, 1, 'the Initial created a half-open connection')
          await waitFor(() => h.server.halfOpenCount === 0, 3_000, 'half-open connection reaped')
          assert.ok(h.server.stats.handshakesFailed >= 1)
        }
      } finally {
        await h.close()
      }
    }
  })

  it('answers an unsupported version with Version Negotiation', async () => {
    const h = await startHarness()
    try {
      const p = randomBytes(1200)
      p[0] = 0xc0
      p.writeUInt32BE(0x1a2a3a4a, 1)
      p[5] = 8 // DCID length
      p[14] = 8 // SCID length
      const vn = await exchange(h.port, p)
      assert.equal(vn.readUInt32BE(1), 0, 'version 0 marks Version Negotiation')
      assert.ok(vn.includes(Buffer.from([0, 0, 0, 1])), 'lists QUIC v1')
      assert.equal(h.server.stats.versionNegotiationsSent, 1)
    } finally {
      await h.close()
    }
  })

  it('answers a short packet for an unknown connection with a valid stateless reset', async () => {
    const h = await startHarness()
    try {
      const p = randomBytes(80)
      p[0] = 0x40 | ((p[0] as number) & 0x3f)
      const reset = await exchange(h.port, p)
      assert.ok(reset.length < p.length && reset.length >= 21)
      assert.equal((reset[0] as number) & 0xc0, 0x40)
      const token = new ListenerSecrets(h.secret).resetToken(p.subarray(1, 1 + CID_LEN))
      assert.deepEqual(reset.subarray(reset.length - 16), token)
      // tiny packets get no answer (no reset loops)
      assert.equal((await unanswered(h.port, randomBytes(20).fill(0x41, 0, 1), 200)).length, 0)
    } finally {
      await h.close()
    }
  })

  it('survives 1,000 random datagrams and still serves Health', async () => {
    const h = await startHarness()
    try {
      const sock = dgram.createSocket('udp4')
      await new Promise<void>((r) => sock.bind(0, '127.0.0.1', r))
      for (let i = 0; i < 1_000; i++) {
        const d = randomBytes(1 + Math.floor(Math.random() * 1400))
        if (i % 3 === 0) d[0] = (d[0] as number) | 0xc0 // long header, random rest
        if (i % 7 === 0 && d.length >= 1200) { d[0] = 0xc0; d.writeUInt32BE(1, 1) } // "Initial v1" with garbage
        sock.send(d, h.port, '127.0.0.1')
        if (i % 100 === 0) await new Promise((r) => setImmediate(r))
      }
      await waitFor(() => h.server.stats.packetsDropped > 0, 10_000, 'the garbage read and dropped')
      sock.close()
      const c = await h.client()
      assert.equal((await c.health()).status, 'ok')
      assert.ok(h.server.stats.packetsDropped > 0)
    } finally {
      await h.close()
    }
  })

  it('cleans up after a client that vanishes, within the idle timeout', async () => {
    const h = await startHarness({ transport: { idleTimeoutMs: 1_000 } })
    const dir = mkdtempSync(path.join(tmpdir(), 'qpq-vanish-'))
    const cert = path.join(dir, 'cert.der')
    writeFileSync(cert, h.certDer)
    const script = fileURLToPath(new URL('./helpers/vanishing-client.ts', import.meta.url))
    const child = spawn(process.execPath, ['--import', 'tsx', script, String(h.port), cert], { stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve() })
        child.on('exit', (code) => reject(new Error(`client exited early (${code})`)))
      })
      assert.equal(h.server.connectionCount, 1)
      child.kill('SIGKILL') // no CONNECTION_CLOSE is ever sent
      const t0 = Date.now()
      await waitFor(() => h.server.connectionCount === 0, 5_000, 'connection reaped')
      assert.ok(Date.now() - t0 < 4_000)
    } finally {
      child.kill('SIGKILL')
      await h.close()
    }
  })
})

describe('mutual TLS and the peer-certificate hook', () => {
  it('checks the client certificate before any stream is read', async () => {
    const { generateKeyPairSync, X509Certificate } = await import('node:crypto')
    const { issueCertificate } = await import('../daemon/tls/x509.js')
    const { RpcConnection } = await import('../protocol/rpc-connection.js')
    const { encodeRequest } = await import('../protocol/frames.js')
    const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const caDer = issueCertificate({ commonName: 'Federation CA', publicKey: ca.publicKey, signingKey: ca.privateKey, validDays: 1, isCA: true })
    const peer = (cn: string): { certPem: Buffer; keyPem: Buffer } => {
      const k = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      const der = issueCertificate({ commonName: cn, altNames: [cn], publicKey: k.publicKey, issuer: { commonName: 'Federation CA', publicKey: ca.publicKey }, signingKey: ca.privateKey, validDays: 1, usages: ['clientAuth'] })
      return { certPem: toPem(der, 'CERTIFICATE'), keyPem: Buffer.from(k.privateKey.export({ type: 'pkcs8', format: 'pem' })) }
    }
    const seen: string[] = []
    const h = await startHarness({
      clientCaPem: toPem(caDer, 'CERTIFICATE'),
      quic: {
        verifyPeer: (chain) => {
          const cn = chain[0] ? new X509Certificate(chain[0]).subject : 'none'
          seen.push(cn)
          return cn === 'CN=peer-a.example' ? null : `peer ${cn} is not allowed`
        },
      },
    })
    const connect = (clientCert?: { certPem: Buffer; keyPem: Buffer }): RpcConnectionT => new RpcConnection({
      host: '127.0.0.1', port: h.port, serverName: 'localhost', caPem: toPem(h.certDer, 'CERTIFICATE'), clientCert,
      transport: { ...DEFAULT_TRANSPORT, alpn: ['qpq'] }, connectTimeoutMs: 5_000, keepAliveMs: 0, bufferBudget: 1 << 20,
    }, { onPush: () => {}, onClose: () => {} })
    type RpcConnectionT = InstanceType<typeof RpcConnection>
    try {
      const a = connect(peer('peer-a.example'))
      await a.ready
      const ok = await a.send(encodeRequest(802, 1, new Uint8Array()))
      assert.ok(ok.kind === 'response' && ok.status === 0)
      a.close()
      // TLS 1.3 client authentication completes after the client thinks it is connected:
      // the refusal shows at the first call
      const b = connect(peer('peer-b.example'))
      await b.ready.catch(() => {})
      await assert.rejects(b.send(encodeRequest(802, 1, new Uint8Array()), { timeoutMs: 5_000 }), /peer CN=peer-b.example is not allowed/)
      const none = connect()
      await none.ready.catch(() => {})
      await assert.rejects(none.send(encodeRequest(802, 1, new Uint8Array()), { timeoutMs: 5_000 }))
      assert.deepEqual(seen, ['CN=peer-a.example', 'CN=peer-b.example'])
    } finally {
      await h.close()
    }
  })
})

describe('refusals at the door and failed connects, said in words', () => {
  const failure = (kind: string, message: RegExp) => (e: unknown): boolean => {
    assert.ok(e instanceof ConnectError, String(e))
    assert.equal(e.failure, kind, e.message)
    assert.match(e.message, message)
    return true
  }

  it('tells a client over a connection cap why, in one Initial smaller than the one that asked, and logs and counts it', async () => {
    for (const retry of ['always', 'never'] as const) {
      const logs = capturingLogger()
      const h = await startHarness({ quic: { retry, maxConnectionsPerAddress: 1 }, log: logs.log })
      try {
        await (await h.client()).health()
        await assert.rejects(h.client({ connectTimeoutMs: 60_000 }),
          failure('refused', /refused the connection: too many connections from your address: at most 1 \(max_connections_per_ip\)/))
        assert.equal(h.server.stats.refused.max_connections_per_ip, 1)
        assert.equal(h.server.connectionCount, 1)
        assert.match(logs.text(), /"reason":"max_connections_per_ip","limit":1,"remote":"127.0.0.1","refused":1,"told":true,"msg":"refused a new connection: max_connections_per_ip \(1\) reached"/)
        if (retry === 'never') {
          // the answer to a bare Initial: a packet far smaller than it, and no state kept
          const cfg = buildConfig({ ...DEFAULT_TRANSPORT, alpn: ['qpq'] }, { caPem: toPem(h.certDer, 'CERTIFICATE'), keyPem: null, certChainPem: null })
          const q = connectConnection('localhost', randomBytes(16), { host: '127.0.0.1', port: 1 }, { host: '127.0.0.1', port: h.port }, cfg)
          const out = Buffer.alloc(1500)
          const r = q.send(out)
          assert.ok(r !== null)
          const answer = await exchange(h.port, out.subarray(0, r[0]))
          assert.ok(answer.length < r[0] / 4, `${answer.length} bytes against ${r[0]}`)
          assert.equal(h.server.halfOpenCount, 0)
          assert.equal(h.server.stats.refused.max_connections_per_ip, 2)
        }
      } finally {
        await h.close()
      }
    }
  })

  it('answers refusals within a rate limit, and counts every one', async () => {
    const h = await startHarness({ quic: { retry: 'never', maxConnections: 1, refusalsPerSecond: 2 } })
    const sock = dgram.createSocket('udp4')
    try {
      await (await h.client()).health()
      const cfg = buildConfig({ ...DEFAULT_TRANSPORT, alpn: ['qpq'] }, { caPem: toPem(h.certDer, 'CERTIFICATE'), keyPem: null, certChainPem: null })
      const got: Buffer[] = []
      sock.on('message', (m) => got.push(m))
      await new Promise<void>((r) => sock.bind(0, '127.0.0.1', r))
      for (let i = 0; i < 6; i++) {
        const q = connectConnection('localhost', randomBytes(16), { host: '127.0.0.1', port: 1 }, { host: '127.0.0.1', port: h.port }, cfg)
        const out = Buffer.alloc(1500)
        const r = q.send(out)
        assert.ok(r !== null)
        sock.send(out.subarray(0, r[0]), h.port, '127.0.0.1')
      }
      await waitFor(() => h.server.stats.refused.max_connections === 6, 5_000, 'six refusals')
      // within the same second (it may have turned): at most two answered per second
      const answered = h.server.stats.refusalsAnswered
      assert.ok(answered >= 2 && answered <= 4, `${answered} answered`)
      await waitFor(() => got.length === answered, 5_000, `${answered} answers to arrive`)
    } finally {
      sock.close()
      await h.close()
    }
  })

  it('frees the server\'s connection when the client closes, and sends the close at once', async () => {
    const h = await startHarness()
    try {
      const c = await h.client()
      await c.health()
      assert.equal(h.server.connectionCount, 1)
      let sent = 0
      const watched = await h.client({ onDatagram: () => { sent++ } })
      await watched.health()
      const before = sent
      watched.close()
      // the CONNECTION_CLOSE left before close() returned, not at a later turn of the loop
      assert.ok(sent > before, 'a datagram went out inside close()')
      c.close()
      await waitFor(() => h.server.connectionCount === 0, 5_000, 'connections gone well before the idle timeout')
    } finally {
      await h.close()
    }
  })

  it('says what went wrong when a connection cannot be made', async () => {
    const h = await startHarness()
    try {
      const other = selfSigned('localhost', ['localhost'], 1).certDer
      await assert.rejects(h.client({ caCert: other, connectTimeoutMs: 60_000 }), failure('untrusted-certificate', /is not the pinned one, nor issued by the given CA/))
      await assert.rejects(h.client({ serverName: 'chat.example.org', connectTimeoutMs: 60_000 }),
        failure('name-mismatch', /is not for the name "chat.example.org" \(it is for localhost, 127.0.0.1\)/))
      await assert.rejects(h.client({ alpn: ['zzz'], connectTimeoutMs: 60_000 }), failure('no-common-protocol', /speaks none of the offered protocols/))
      await assert.rejects(h.client({ caCert: Buffer.from('not a certificate at all') }), failure('bad-trust-anchor', /cannot be used/))
      await assert.rejects(h.client({ server: 'no-such-host.invalid:5001' }), failure('unknown-host', /cannot find the host no-such-host.invalid/))
      // nothing listens: the ICMP port unreachable ends the attempt, long before its timeout
      const free = dgram.createSocket('udp4')
      await new Promise<void>((r) => free.bind(0, '127.0.0.1', r))
      const port = free.address().port
      await new Promise<void>((r) => free.close(() => r()))
      await assert.rejects(h.client({ server: `127.0.0.1:${port}`, connectTimeoutMs: 60_000 }),
        failure('unreachable', new RegExp(`nothing answers on 127.0.0.1:${port} \\(connection refused\\): is qpqd running on 127.0.0.1:${port}\\?`)))
    } finally {
      await h.close()
    }
  })
})
