// Configuration: precedence of flags over QPQ_* environment over defaults, and clear refusals.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { ConfigError, loadConfig, resolveConfig } from '../daemon/config/config.js'
import { describeConfig } from '../daemon/config/describe.js'
import { OPTIONS } from '../daemon/config/options.js'
import { MESH_TABLE_KEYS } from '../daemon/config/mesh.js'
import { checkAddress, parseAddress } from '../protocol/address.js'

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
    assert.throws(() => loadConfig({ config: tomlFile('listne = "x:1"\n') }, {}), /unknown option "listne" in config file .* \(did you mean "listen"\?\)$/)
    assert.throws(() => loadConfig({ config: tomlFile('drain_timeout = "soon"\n') }, {}), /invalid drain_timeout \(.*qpq-server.toml\): "soon" is not a number/)
    assert.throws(() => loadConfig({ config: tomlFile('quic_retry = 3\n') }, {}), /invalid quic_retry .* is not a boolean/)
  })

  it('shows a TOML syntax error with its line, column and the lines around it', () => {
    const f = tomlFile('data_dir = "/srv/a"\nlisten = \ndrain_timeout = 5\n')
    assert.throws(() => loadConfig({ config: f }, {}), (e: unknown) => {
      assert.ok(e instanceof ConfigError)
      const [first, , ...frame] = e.message.split('\n')
      assert.equal(first, `cannot parse config file ${f}, line 2, column 10: invalid value`)
      assert.ok(frame.some((l) => l.includes('2:  listen = ')), e.message)
      assert.ok(frame.some((l) => /^\s+\^$/.test(l)), e.message)
      return true
    })
  })

  it('refuses a [federation] key that names a property every object has (found by fuzzing: "constructor" was taken silently)', () => {
    for (const k of ['constructor', 'toString', 'hasOwnProperty']) {
      assert.throws(() => loadConfig({ config: tomlFile(`[federation]\n${k} = 1\n`) }, {}), new RegExp(`unknown key "${k}" in \\[federation\\]`))
    }
  })

  it('refuses such keys in [mesh] too, and a date where a table belongs', () => {
    for (const k of ['constructor', 'toString', 'hasOwnProperty']) {
      assert.throws(() => loadConfig({ config: tomlFile(`[mesh]\n${k} = 1\n`) }, {}), new RegExp(`unknown key "${k}" in \\[mesh\\]`))
    }
    assert.throws(() => loadConfig({ config: tomlFile('mesh = 1979-05-27\n') }, {}), /\[mesh\] in config file .* is not a table/)
    assert.throws(() => loadConfig({ config: tomlFile('federation = 1979-05-27T07:32:00Z\n') }, {}), /\[federation\] in config file .* is not a table/)
    assert.throws(() => loadConfig({ config: tomlFile('[federation]\npeer = 1\n') }, {}), /unknown key "peer" in \[federation\] .*\(did you mean "peers"\?\) \(its keys: enabled, domain, listen, federation_cert, federation_key, federation_ca, peers\)/)
  })

  it('shows no lines of a file that sets db_key when it does not parse: they could show the key (found by fuzzing)', () => {
    const f = tomlFile('db_key = "correct horse battery staple"\nlisten = \n')
    assert.throws(() => loadConfig({ config: f }, {}), (e: unknown) => {
      assert.ok(e instanceof ConfigError)
      assert.equal(e.message, `cannot parse config file ${f}, line 2, column 10: invalid value (the lines are not shown: the file sets db_key)`)
      return true
    })
  })

  it('refuses a fraction where a whole number is needed, rather than truncating it', () => {
    assert.throws(() => loadConfig({ config: tomlFile('crypto_workers = 0.5\n') }, {}), /invalid crypto_workers \(.*qpq-server.toml\): 0.5 is not a whole number$/)
    assert.throws(() => loadConfig({}, { QPQ_MAX_DEVICES: '2.5' }), /invalid max_devices \(env QPQ_MAX_DEVICES\): "2.5" is not a whole number$/)
    assert.throws(() => loadConfig({ max_connections_per_ip: '1e-3' }, {}), /not a whole number/)
    // fractions stay fine where they mean something
    assert.equal(loadConfig({ rpc_timeout: '0.25' }, {}).rpcTimeoutMs, 250)
    assert.equal(loadConfig({ config: tomlFile('crypto_workers = 0\nmax_devices = 3\n') }, {}).cryptoWorkers, 0)
  })

  it('says what is wrong with an address', () => {
    assert.throws(() => loadConfig({ listen: '127.0.0.1:99999' }, {}), /invalid listen \(--listen\): "127.0.0.1:99999" has port 99999, above 65535$/)
    assert.throws(() => loadConfig({}, { QPQ_LISTEN: '5001' }), /"5001" is not HOST:PORT: it has no host \(e.g. 127.0.0.1:5001\)$/)
    assert.throws(() => loadConfig({ listen: '::1:5001' }, {}), /an IPv6 host goes in brackets/)
    assert.deepEqual(checkAddress('[::1]:5001'), { address: { host: '::1', port: 5001 } })
  })

  it('prints the effective configuration with the file\'s keys and units, and where each value came from', () => {
    const f = tomlFile('drain_timeout = 5\nlog_level = "debug"\n\n[federation]\ndomain = "a.example"\n\n[[federation.peers]]\ndomain = "b.example"\naddress = "[2001:db8::1]:7001"\n\n[plugins.audit]\nfail = "closed"\napi_key = "hunter2"\nmax_entries = 5\n')
    const r = resolveConfig({ config: f, listen: '[::1]:6000' }, { QPQ_DATA_DIR: '/srv/q', QPQ_DB_KEY: 'correct horse' })
    const text = describeConfig(r, '9.9.9')
    const row = (key: string): string => text.split('\n').find((l) => l.startsWith(`${key} = `) || l.startsWith(`# ${key} `)) ?? ''
    assert.match(text, new RegExp(`^# Config file: ${f} \\(from --config\\)$`, 'm'))
    assert.match(row('listen'), /^listen = "\[::1\]:6000"\s+# --listen$/)
    assert.match(row('data_dir'), /^data_dir = "\/srv\/q"\s+# env QPQ_DATA_DIR$/)
    assert.match(row('drain_timeout'), new RegExp(`^drain_timeout = 5\\s+# ${f}$`))
    assert.match(row('idle_timeout'), /^idle_timeout = 300\s+# default$/)
    assert.match(row('tls_cert'), /^# tls_cert = "\/srv\/q\/server-cert.der"\s+# default: DATA_DIR\/server-cert.der/)
    assert.match(row('db_key'), /^db_key = "\*\*\*"\s+# env QPQ_DB_KEY$/)
    assert.match(row('metrics_listen'), /^# metrics_listen is not set: no metrics\s+# default$/)
    assert.match(row('domain'), new RegExp(`^domain = "a.example"\\s+# ${f} \\[federation\\]$`))
    assert.ok(!text.includes('hunter2') && !text.includes('correct horse'))
    // it is a TOML file that configures the same daemon
    const parsed = parseToml(text) as Record<string, unknown>
    assert.equal(parsed.drain_timeout, 5)
    assert.deepEqual({ ...(parsed.plugins as Record<string, Record<string, unknown>>).audit }, { enabled: true, fail: 'closed', max_memory_mb: 64, api_key: '***', max_entries: 5 })
    const again = loadConfig({ config: tomlFile(text.replace('db_key = "***"', '')) }, {})
    const plugins = { audit: { ...r.config.plugins.audit, config: { api_key: '***', max_entries: 5 } } }
    assert.deepEqual({ ...again, configFile: null }, { ...r.config, dbKey: null, configFile: null, plugins })
  })

  it('production mode refuses the development certificate and a missing database key', () => {
    assert.throws(() => loadConfig({ production: true, db_key: 'k' }, {}), /production mode refuses the development certificate/)
    assert.throws(() => loadConfig({ production: true, tls_cert: '/c', tls_key: '/k' }, {}), /production mode needs a database key/)
    const ok = loadConfig({ tls_cert: '/c', tls_key: '/k' }, { QPQ_PRODUCTION: 'yes', QPQ_DB_KEY: 'correct horse' })
    assert.equal(ok.production, true)
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
    assert.ok(describeConfig(resolveConfig({ config: f }, {}), 'x').includes(`pin_sha256 = "${pin}"`), 'check-config shows the pin in hex')
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b"\naddress = "nowhere"\n') }, {}), /invalid \[\[federation.peers\]\] .*#1: address is not HOST:PORT/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b..x"\naddress = "1.2.3.4:7001"\n') }, {}), /#1: domain is not a domain name/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b.x"\naddress = "1.2.3.4:7001"\npin_sha256 = "abc"\n') }, {}), /#1: pin_sha256 is not a SHA-256 digest/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b.x"\naddress = "1.2.3.4:7001"\npin = "abc"\n') }, {}), /#1: unknown key "pin"/)
    assert.throws(() => loadConfig({ config: tomlFile('[[federation.peers]]\ndomain = "b.x"\naddress = "1.2.3.4:7001"\n[[federation.peers]]\ndomain = "B.x"\naddress = "1.2.3.4:7002"\n') }, {}), /#2: domain b.x is listed twice/)
    assert.throws(() => loadConfig({ config: tomlFile('[federation]\nlisn = 1\n') }, {}), /unknown key "lisn" in \[federation\] of config file .*qpq-server.toml \(did you mean "listen"\?\) \(its keys: enabled, domain, listen, federation_cert, federation_key, federation_ca, peers\)$/)
  })

  it('reads the mesh options from flags, env and the [mesh] table: off by default, with defaults sized for a router', () => {
    const d = loadConfig({}, {}).mesh
    assert.deepEqual(d, {
      enabled: false, listen: { host: '0.0.0.0', port: 7001 }, mdns: true, peers: [], storeMaxBytes: 64 * 1024 * 1024, storeMaxEnvelopes: 20_000,
      maxPayloadBytes: 256 * 1024, maxHops: 3, submitRate: 10,
    })
    const peer = '/ip4/10.0.0.2/tcp/7001/p2p/12D3KooWLpMfnzEiJkJF2dvfhvoPZKnXXYJa4BhpBWo2pTmeCbb3'
    const f = tomlFile(`[mesh]\nenabled = true\nlisten = "10.0.0.1:7100"\nmdns = false\npeers = "${peer}, ${peer.replace('10.0.0.2', '10.0.0.3')}"\nstore_max_bytes = 1048576\nmax_hops = 5\n`)
    const m = loadConfig({ config: f }, { QPQ_MESH_SUBMIT_RATE: '2' }).mesh
    assert.deepEqual([m.enabled, m.listen, m.mdns, m.peers.length, m.storeMaxBytes, m.maxHops, m.submitRate], [true, { host: '10.0.0.1', port: 7100 }, false, 2, 1048576, 5, 2])
    assert.equal(loadConfig({ mesh_enabled: 'true' }, {}).mesh.enabled, true, '--mesh')
    assert.equal(loadConfig({}, { QPQ_MESH: 'on' }).mesh.enabled, true)
    assert.equal(loadConfig({ config: tomlFile('mesh_enabled = true\n') }, {}).mesh.enabled, true, 'the prefixed key at the top level')
  })

  it('refuses mesh options that cannot work, naming the key and its source', () => {
    assert.throws(() => loadConfig({ mesh_listen: '[::1]:7001' }, {}), /invalid mesh_listen \(--mesh-listen\): ::1 is not an IPv4 address/)
    assert.throws(() => loadConfig({}, { QPQ_MESH_LISTEN: 'router.lan:7001' }), /invalid mesh_listen \(env QPQ_MESH_LISTEN\): router.lan is not an IPv4 address/)
    assert.throws(() => loadConfig({ mesh_peers: '/ip4/10.0.0.2/tcp/7001' }, {}), /invalid mesh_peers \(--mesh-peers\): "\/ip4\/10.0.0.2\/tcp\/7001" is not a multiaddr \/ip4\/A\/tcp\/P\/p2p\/ID/)
    assert.throws(() => loadConfig({ config: tomlFile('[mesh]\nmax_hops = 8\n') }, {}), /invalid mesh_max_hops \(.*qpq-server.toml \[mesh\]\): 8 is above the protocol's limit of 7/)
    assert.throws(() => loadConfig({ mesh_max_payload_bytes: '2000000' }, {}), /invalid mesh_max_payload_bytes \(--mesh-max-payload-bytes\): 2000000 is above 1048576/)
    assert.throws(() => loadConfig({ mesh_store_max_bytes: '100000' }, {}), /mesh_store_max_bytes \(--mesh-store-max-bytes\) must hold one envelope of mesh_max_payload_bytes \(default\): at least 263168/)
    assert.throws(() => loadConfig({ config: tomlFile('[mesh]\nenabeld = true\n') }, {}), /unknown key "enabeld" in \[mesh\] of config file .* \(did you mean "enabled"\?\) \(its keys: enabled, listen, mdns, peers,/)
    assert.throws(() => loadConfig({ config: tomlFile('mesh = 1\n') }, {}), /\[mesh\] in config file .* is not a table/)
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
    for (const bad of ['5001', ':5001', '1.2.3.4:65536', '[zz]:1', '::1:5001', 'a b:1', 'h:99999']) assert.equal(parseAddress(bad), null, bad)
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

describe('the example config file', () => {
  const FEDERATION: Record<string, string> = { federation_enabled: 'enabled', federation_domain: 'domain', federation_listen: 'listen', federation_cert: 'federation_cert', federation_key: 'federation_key', federation_ca: 'federation_ca' }
  const MESH = Object.fromEntries([...MESH_TABLE_KEYS].map(([k, option]) => [option, k]))
  const text = readFileSync(new URL('../docs/qpq-server.toml', import.meta.url), 'utf8')
  const [top, rest] = text.split(/^\[federation\]$/m) as [string, string]
  const [federation, mesh] = rest.split(/^\[mesh\]$/m) as [string, string]

  it('docs/qpq-server.toml has every option, commented out, with its default', () => {
    for (const o of OPTIONS) {
      if (o.key === 'config') continue
      const key = FEDERATION[o.key] ?? MESH[o.key] ?? o.key
      const section = FEDERATION[o.key] !== undefined ? federation : MESH[o.key] !== undefined ? mesh : top
      const line = section.split('\n').find((l) => l.startsWith(`# ${key} = `))
      assert.ok(line, `no commented line for ${o.key}`)
      if (o.default !== null) assert.equal(line, `# ${key} = ${typeof o.default === 'string' ? JSON.stringify(o.default) : String(o.default)}`)
    }
  })

  it('loads with every line uncommented', () => {
    // the options; the peer and plugin tables after them are examples of another kind
    const options = text.slice(0, text.indexOf('# One table per peer domain'))
    const uncommented = options.replace(/^# ([a-z_]+ = )/gm, '$1')
    const c = loadConfig({ config: tomlFile(uncommented) }, {})
    assert.equal(c.federation.domain, 'example.org')
    assert.equal(c.mesh.peers.length, 1)
    assert.deepEqual(c.listen, { host: '0.0.0.0', port: 5001 })
  })
})
