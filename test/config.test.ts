// Configuration: precedence of flags over QPQ_* environment over defaults, and clear refusals.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError, loadConfig, redactedConfig } from '../daemon/config/config.js'
import { parseAddress } from '../protocol/address.js'

function tomlFile(text: string): string {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'qpq-cfg-')), 'qpq-server.toml')
  writeFileSync(f, text)
  return f
}

describe('config', () => {
  it('has working defaults', () => {
    const c = loadConfig({}, {})
    assert.deepEqual(c.listen, { host: '0.0.0.0', port: 5001 })
    assert.equal(c.dataDir, 'data')
    assert.equal(c.tlsCert, 'data/server-cert.der')
    assert.equal(c.tlsKey, 'data/server-key.der')
    assert.equal(c.tlsDefaultPaths, true)
    assert.equal(c.idleTimeoutMs, 300_000)
    assert.equal(c.quicRetry, true)
    assert.equal(c.metricsListen, null)
  })

  it('takes flags over environment over defaults', () => {
    const env = { QPQ_LISTEN: '127.0.0.1:6000', QPQ_DATA_DIR: '/srv/qpq', QPQ_RPC_TIMEOUT: '5' }
    const c = loadConfig({ listen: '[::1]:7000' }, env)
    assert.deepEqual(c.listen, { host: '::1', port: 7000 })
    assert.equal(c.dataDir, '/srv/qpq')
    assert.equal(c.tlsCert, '/srv/qpq/server-cert.der')
    assert.equal(c.rpcTimeoutMs, 5_000)
    assert.equal(loadConfig({ quic_retry: false }, { QPQ_QUIC_RETRY: 'true' }).quicRetry, false)
  })

  it('refuses a bad value naming the option, the value and its source', () => {
    assert.throws(() => loadConfig({}, { QPQ_LISTEN: 'nowhere' }), (e: unknown) =>
      e instanceof ConfigError && /listen \(env QPQ_LISTEN\): "nowhere" is not HOST:PORT/.test(e.message))
    assert.throws(() => loadConfig({ drain_timeout: 'soon' }, {}), /drain_timeout \(--drain-timeout\): "soon" is not a number/)
    assert.throws(() => loadConfig({}, { QPQ_IDLE_TIMEOUT: '0' }), /idle_timeout .* below the minimum 1/)
    assert.throws(() => loadConfig({}, { QPQ_QUIC_RETRY: 'maybe' }), /quic_retry .* not a boolean/)
    assert.throws(() => loadConfig({ log_level: 'loud' }, {}), /log_level .* not one of/)
    assert.throws(() => loadConfig({ tls_cert: '/x.der' }, {}), /tls_cert and tls_key must be given together/)
  })

  it('treats KeyPackages as opaque bytes unless key_package_check = "ciphersuite" (flag, env or file)', () => {
    assert.equal(loadConfig({}, {}).keyPackageCheck, 'opaque')
    assert.equal(loadConfig({ key_package_check: 'ciphersuite' }, {}).keyPackageCheck, 'ciphersuite')
    assert.equal(loadConfig({}, { QPQ_KEY_PACKAGE_CHECK: 'ciphersuite' }).keyPackageCheck, 'ciphersuite')
    assert.equal(loadConfig({ config: tomlFile('key_package_check = "ciphersuite"\nmls_ciphersuites = "1,3"\n') }, {}).keyPackageCheck, 'ciphersuite')
    assert.throws(() => loadConfig({}, { QPQ_KEY_PACKAGE_CHECK: 'mls' }), /key_package_check \(env QPQ_KEY_PACKAGE_CHECK\): "mls" is not one of opaque, ciphersuite/)
  })

  it('reads a TOML file below the environment and the flags', () => {
    const f = tomlFile('listen = "127.0.0.1:7000"\ndata_dir = "/srv/a"\ndrain_timeout = 5\nquic_retry = false\nlog_level = "debug"\n')
    const fromFile = loadConfig({ config: f }, {})
    assert.equal(fromFile.configFile, f)
    assert.deepEqual(fromFile.listen, { host: '127.0.0.1', port: 7000 })
    assert.equal(fromFile.drainTimeoutMs, 5_000)
    assert.equal(fromFile.quicRetry, false)
    assert.equal(fromFile.logLevel, 'debug')
    const envWins = loadConfig({}, { QPQ_CONFIG: f, QPQ_DATA_DIR: '/srv/env' })
    assert.equal(envWins.dataDir, '/srv/env')
    const flagWins = loadConfig({ config: f, data_dir: '/srv/flag' }, { QPQ_DATA_DIR: '/srv/env' })
    assert.equal(flagWins.dataDir, '/srv/flag')
  })

  it('refuses a bad config file with the file and the key in the message', () => {
    assert.throws(() => loadConfig({ config: '/nonexistent/qpq.toml' }, {}), /cannot read config file \/nonexistent\/qpq.toml/)
    assert.throws(() => loadConfig({ config: tomlFile('listen = \n') }, {}), /cannot parse config file .*qpq-server.toml/)
    assert.throws(() => loadConfig({ config: tomlFile('listne = "x:1"\n') }, {}), /unknown option "listne" in config file/)
    assert.throws(() => loadConfig({ config: tomlFile('drain_timeout = "soon"\n') }, {}), /invalid drain_timeout \(.*qpq-server.toml\): "soon" is not a number/)
    assert.throws(() => loadConfig({ config: tomlFile('quic_retry = 3\n') }, {}), /invalid quic_retry .* is not a boolean/)
  })

  it('production mode refuses the development certificate and a missing database key', () => {
    assert.throws(() => loadConfig({ production: true, db_key: 'k' }, {}), /production mode refuses the development certificate/)
    assert.throws(() => loadConfig({ production: true, tls_cert: '/c', tls_key: '/k' }, {}), /production mode needs a database key/)
    const ok = loadConfig({ tls_cert: '/c', tls_key: '/k' }, { QPQ_PRODUCTION: 'yes', QPQ_DB_KEY: 'correct horse' })
    assert.equal(ok.production, true)
    assert.equal(redactedConfig(ok).dbKey, '***')
    const withPlugin = { ...ok, plugins: { audit: { enabled: true, fail: 'open' as const, timeoutMs: null, maxMemoryMb: 64, config: { api_key: 'hunter2', max_entries: 5 } } } }
    assert.deepEqual((redactedConfig(withPlugin).plugins as Record<string, { config: unknown }>).audit?.config, { api_key: '***', max_entries: 5 })
  })

  it('reads the original\'s [federation] table and its peers, with optional pins', () => {
    const pin = 'ab'.repeat(32)
    const f = tomlFile(`[federation]\nenabled = true\ndomain = "A.Example"\nlisten = "0.0.0.0:7443"\nfederation_cert = "/etc/fed.der"\nfederation_key = "/etc/fed.key"\nfederation_ca = "/etc/ca.pem"\n\n` +
      `[[federation.peers]]\ndomain = "b.example"\naddress = "198.51.100.7:7001"\n\n[[federation.peers]]\ndomain = "c.example"\naddress = "198.51.100.8:7001"\npin_sha256 = "${Buffer.from(pin, 'hex').toString('base64')}"\n`)
    const c = loadConfig({ config: f }, {})
    assert.equal(c.federation.enabled, true)
    assert.equal(c.federation.domain, 'a.example')
    assert.deepEqual(c.federation.listen, { host: '0.0.0.0', port: 7443 })
    assert.equal(c.federation.cert, '/etc/fed.der')
    assert.deepEqual(c.federation.peers, [
      { domain: 'b.example', address: { host: '198.51.100.7', port: 7001 }, pinSha256: null, cert: null },
      { domain: 'c.example', address: { host: '198.51.100.8', port: 7001 }, pinSha256: Buffer.from(pin, 'hex'), cert: null },
    ])
    assert.equal((redactedConfig(c).federation as { peers: Array<{ pinSha256: unknown }> }).peers[1]?.pinSha256, pin)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b"\naddress = "nowhere"\n') }, {}), /invalid \[\[federation.peers\]\] .*#1: address is not HOST:PORT/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b..x"\naddress = "1.2.3.4:7001"\n') }, {}), /#1: domain is not a domain name/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b.x"\naddress = "1.2.3.4:7001"\npin_sha256 = "abc"\n') }, {}), /#1: pin_sha256 is not a SHA-256 digest/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b.x"\naddress = "1.2.3.4:7001"\npin = "abc"\n') }, {}), /#1: unknown key "pin"/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b.x"\naddress = "1.2.3.4:7001"\n[[federation.peers]]\ndomain = "B.x"\naddress = "1.2.3.4:7002"\n') }, {}), /#2: domain b.x is listed twice/)
    assert.throws(() => loadConfig({ config: tomlFile('[federation]\nlisn = 1\n') }, {}), /unknown option "federation_lisn"/)
  })

  it('refuses a federation that could not authenticate its peers, naming the keys and their sources', () => {
    const peer = (extra = ''): string => tomlFile(`[federation]\nenabled = true\ndomain = "a.example"\n[[federation.peers]]\ndomain = "b.example"\naddress = "127.0.0.1:7001"\n${extra}`)
    assert.throws(() => loadConfig({}, { QPQ_FEDERATION_ENABLED: 'true' }), /federation_enabled \(env QPQ_FEDERATION_ENABLED\) needs federation_domain/)
    assert.throws(() => loadConfig({ federation_domain: 'a..b' }, {}), /invalid federation_domain \(--federation-domain\): "a..b" is not a domain name/)
    assert.throws(() => loadConfig({ federation_cert: '/x.pem' }, {}), /federation_cert \(--federation-cert\) needs federation_key/)
    assert.throws(() => loadConfig({ config: peer() }, {}), /b.example .*has no pin_sha256 and federation_ca is not set \(default\)/)
    assert.throws(() => loadConfig({ config: peer(`pin_sha256 = "${'00'.repeat(32)}"\n`) }, {}), /b.example .*pinned without federation_ca: give its self-signed certificate in cert/)
    assert.throws(() => loadConfig({ config: peer() }, { QPQ_FEDERATION_DOMAIN: 'b.example', QPQ_FEDERATION_CA: '/ca.pem' }), /lists b.example, which is this server's own federation_domain \(env QPQ_FEDERATION_DOMAIN\)/)
    assert.equal(loadConfig({ config: peer(`pin_sha256 = "${'00'.repeat(32)}"\ncert = "/b.pem"\n`) }, {}).federation.peers[0]?.cert, '/b.pem')
    assert.equal(loadConfig({ config: peer() }, { QPQ_FEDERATION_CA: '/ca.pem' }).federation.ca, '/ca.pem')
    // production: no generated federation certificate, and a CA or pins
    const prod = { production: 'true', tls_cert: '/c.der', tls_key: '/k.der', db_key: 'k' }
    assert.throws(() => loadConfig({ ...prod, federation_enabled: 'true', federation_domain: 'a.example', federation_ca: '/ca.pem' }, {}), /production mode refuses a generated federation certificate/)
    assert.throws(() => loadConfig({ ...prod, federation_enabled: 'true', federation_domain: 'a.example', federation_cert: '/f.pem', federation_key: '/f.key' }, {}), /production mode refuses a federation without a CA or pins/)
    assert.equal(loadConfig({ ...prod, federation_enabled: 'true', federation_domain: 'a.example', federation_cert: '/f.pem', federation_key: '/f.key', federation_ca: '/ca.pem' }, {}).federation.enabled, true)
  })

  it('turns metrics on at 0.0.0.0:9090 with metrics_enabled', () => {
    assert.deepEqual(loadConfig({}, { QPQ_METRICS_ENABLED: 'true' }).metricsListen, { host: '0.0.0.0', port: 9090 })
    assert.deepEqual(loadConfig({ metrics_listen: '127.0.0.1:9100' }, { QPQ_METRICS_ENABLED: 'true' }).metricsListen, { host: '127.0.0.1', port: 9100 })
  })

  it('parses listen addresses', () => {
    assert.deepEqual(parseAddress('0.0.0.0:5001'), { host: '0.0.0.0', port: 5001 })
    assert.deepEqual(parseAddress('[::]:5001'), { host: '::', port: 5001 })
    assert.deepEqual(parseAddress('localhost:1'), { host: 'localhost', port: 1 })
    for (const bad of ['5001', ':5001', '1.2.3.4:65536', '[zz]:1', '::1:5001', 'a b:1']) assert.equal(parseAddress(bad), null, bad)
  })
})

describe('configuration docs', () => {
  it('docs/configuration.md lists every option with its flag, variable and default', async () => {
    const { readFileSync } = await import('node:fs')
    const { OPTIONS } = await import('../daemon/config/options.js')
    const doc = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8')
    for (const o of OPTIONS) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${o.key}\` |`))
      assert.ok(row, `no row for ${o.key}`)
      assert.ok(row.includes(o.flag) && row.includes(o.env), `row for ${o.key} lacks its flag or variable`)
      assert.ok(row.includes(o.default === null ? '—' : `\`${String(o.default)}\``), `row for ${o.key} shows another default`)
    }
  })
})
