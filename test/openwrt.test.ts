// openwrt/files/qpqd.init run as procd would run it, with OpenWrt's shell functions stubbed
// (test/fixtures/openwrt/harness.sh): the command line, environment and instance parameters
// procd would get for several UCI configurations, the TOML file it writes for federation peers,
// and — for the full configuration — qpqd check-config accepting that very command line. No
// OpenWrt target, procd or ubus runs here (docs/openwrt.md says what that leaves untested).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { REPO } from './helpers/daemon-process.js'

interface Instance {
  /** The command procd would run (set_param command + append_param command). */
  command: string[]
  params: Record<string, string[]>
  calls: string[]
  toml: string | null
}

function run(uci: string, fn = 'start_service'): Instance {
  const dir = mkdtempSync(path.join(tmpdir(), 'qpq-openwrt-'))
  mkdirSync(path.join(dir, 'config'))
  writeFileSync(path.join(dir, 'config', 'qpqd'), uci)
  const record = path.join(dir, 'record')
  writeFileSync(record, '')
  const gen = path.join(dir, 'gen')
  const r = spawnSync('sh', [path.join(REPO, 'test/fixtures/openwrt/harness.sh'), path.join(REPO, 'openwrt/files/qpqd.init'), fn], {
    env: { PATH: process.env.PATH, UCI_DIR: path.join(dir, 'config'), RECORD: record, GEN_DIR: gen }, encoding: 'utf8',
  })
  assert.equal(r.status, 0, r.stderr)
  assert.equal(r.stderr, '')
  const calls = readFileSync(record, 'utf8').split('\n').filter((l) => l !== '')
  const args = (l: string): string[] => [...l.matchAll(/ \[([^\]]*)\]/g)].map((m) => m[1] as string)
  const command: string[] = []
  const params: Record<string, string[]> = {}
  for (const l of calls) {
    const [kind] = l.split(' ')
    const a = args(l)
    if ((kind === 'set_param' || kind === 'append_param') && a[0] === 'command') command.push(...a.slice(1))
    else if (kind === 'set_param') params[a[0] as string] = a.slice(1)
  }
  const toml = path.join(gen, 'qpq-server.toml')
  return { command, params, calls, toml: existsSync(toml) ? readFileSync(toml, 'utf8') : null }
}

const NODE = ['/usr/bin/node', '/usr/lib/qpqd/dist/daemon/main.js']

describe('the OpenWrt init script (procd, UCI)', () => {
  it('the shipped /etc/config/qpqd: listen, data dir, one crypto worker, the mesh on; respawn, user, stdout, term_timeout, reload on UCI change', () => {
    const i = run(readFileSync(path.join(REPO, 'openwrt/files/qpqd.config'), 'utf8'))
    assert.deepEqual(i.command, [...NODE, '--data-dir', '/srv/qpqd', '--listen', '0.0.0.0:5001', '--log-level', 'info', '--crypto-workers', '1', '--durability', 'normal', '--mesh'])
    assert.deepEqual(i.params.respawn, ['3600', '5', '5'])
    assert.deepEqual(i.params.user, ['qpqd'])
    assert.deepEqual(i.params.stdout, ['1'])
    assert.deepEqual(i.params.stderr, ['1'])
    assert.deepEqual(i.params.term_timeout, ['35'])
    assert.deepEqual(i.params.file, ['/etc/config/qpqd'])
    assert.equal(i.params.env, undefined, 'no passphrase: no environment')
    assert.ok(i.calls.includes('chown [qpqd:qpqd] [/srv/qpqd]'))
    assert.ok(i.calls.includes('chmod [0700] [/srv/qpqd]'))
    assert.equal(i.calls[i.calls.length - 1], 'close_instance')
    assert.equal(i.toml, null)
    assert.deepEqual(run('', 'service_triggers').calls, ['reload_trigger [qpqd]'])
    assert.deepEqual(run('', 'reload_plugins').calls, ['send_signal [qpqd] [*] [HUP]'])
  })

  it('disabled: no instance', () => {
    const i = run("config qpqd 'main'\n\toption enabled '0'\n")
    assert.deepEqual(i.command, [])
    assert.ok(!i.calls.includes('open_instance'))
    assert.ok(i.calls.some((c) => c.startsWith('logger [-t] [qpqd] [disabled')))
  })

  it('mesh without mDNS on its own port; mesh off gives no mesh flag', () => {
    const i = run("config qpqd 'main'\n\toption data_dir '/mnt/usb/qpqd'\nconfig mesh 'mesh'\n\toption enabled 'yes'\n\toption mdns 'off'\n\toption listen '0.0.0.0:7100'\n")
    assert.deepEqual(i.command, [...NODE, '--data-dir', '/mnt/usb/qpqd', '--mesh', '--no-mesh-mdns', '--mesh-listen', '0.0.0.0:7100'])
    const off = run("config qpqd 'main'\nconfig mesh 'mesh'\n\toption enabled '0'\n")
    assert.deepEqual(off.command, [...NODE, '--data-dir', '/srv/qpqd'])
  })

  it('the passphrase goes in the environment, never on the command line', () => {
    const i = run("config qpqd 'main'\n\toption db_key \"it's a secret\"\n\toption metrics_listen '127.0.0.1:9090'\n\toption admins 'alice,bob'\n\toption plugin_dir '/etc/qpqd/plugins'\n")
    assert.deepEqual(i.params.env, ["QPQ_DB_KEY=it's a secret"])
    assert.ok(!i.command.some((a) => a.includes('secret')))
    // no mesh section: the mesh is on, as in the shipped file
    assert.deepEqual(i.command.slice(4), ['--metrics-listen', '127.0.0.1:9090', '--plugin-dir', '/etc/qpqd/plugins', '--admins', 'alice,bob', '--mesh'])
  })

  it('federation with peers: the flags, and the peers in a generated TOML file that qpqd reads', () => {
    const uci = [
      "config qpqd 'main'", "\toption data_dir '/srv/qpqd'", "\toption listen '0.0.0.0:5001'", "\toption db_key 'passphrase'",
      "config mesh 'mesh'", "\toption enabled '0'",
      "config federation 'federation'", "\toption enabled '1'", "\toption domain 'home.example'", "\toption listen '0.0.0.0:7001'",
      "\toption cert '/etc/qpqd/fed.pem'", "\toption key '/etc/qpqd/fed.key'", "\toption ca '/etc/qpqd/ca.pem'",
      'config peer', "\toption domain 'example.net'", "\toption address '203.0.113.5:7001'",
      'config peer', "\toption domain 'example.com'", "\toption address '198.51.100.7:7001'", "\toption pin_sha256 '" + 'ab'.repeat(32) + "'",
      'config peer', "\toption domain 'broken.example'",
      '',
    ].join('\n')
    const i = run(uci)
    const gen = i.command[i.command.indexOf('--config') + 1] as string
    assert.deepEqual(i.command, [...NODE, '--data-dir', '/srv/qpqd', '--listen', '0.0.0.0:5001', '--federation-enabled', '--federation-domain', 'home.example',
      '--federation-listen', '0.0.0.0:7001', '--federation-cert', '/etc/qpqd/fed.pem', '--federation-key', '/etc/qpqd/fed.key', '--federation-ca', '/etc/qpqd/ca.pem', '--config', gen])
    assert.equal(i.toml, `# generated by /etc/init.d/qpqd from /etc/config/qpqd: edit that, not this\n\n[[federation.peers]]\ndomain = "example.net"\naddress = "203.0.113.5:7001"\n\n[[federation.peers]]\ndomain = "example.com"\naddress = "198.51.100.7:7001"\npin_sha256 = "${'ab'.repeat(32)}"\n`)
    assert.ok(i.calls.some((c) => c.includes('needs domain and address: skipped')))
  })

  it('qpqd check-config accepts the command line the init script builds, peers and all', async () => {
    // the same configuration, with paths that exist here
    const { TestCa } = await import('./helpers/federation.js')
    const ca = new TestCa()
    const id = ca.issue('home.example')
    const etc = mkdtempSync(path.join(tmpdir(), 'qpq-openwrt-etc-'))
    writeFileSync(path.join(etc, 'fed.pem'), id.certPem)
    writeFileSync(path.join(etc, 'fed.key'), id.keyPem)
    writeFileSync(path.join(etc, 'ca.pem'), ca.caPem)
    copyFileSync(path.join(etc, 'ca.pem'), path.join(etc, 'ca-copy.pem'))
    const data = path.join(etc, 'data')
    const uci = [
      "config qpqd 'main'", `\toption data_dir '${data}'`, "\toption listen '127.0.0.1:5001'", "\toption crypto_workers '1'", "\toption metrics_listen '127.0.0.1:9090'",
      "config mesh 'mesh'", "\toption enabled '1'", "\toption mdns '0'",
      "config federation 'federation'", "\toption enabled '1'", "\toption domain 'home.example'",
      `\toption cert '${etc}/fed.pem'`, `\toption key '${etc}/fed.key'`, `\toption ca '${etc}/ca.pem'`,
      'config peer', "\toption domain 'example.net'", "\toption address '203.0.113.5:7001'",
      '',
    ].join('\n')
    let args = run(uci).command.slice(2)
    // the mesh's flags arrive with the mesh's wiring into the daemon: until this qpqd has them,
    // check the rest of the line
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'daemon/main.ts', '--help'], { cwd: REPO, encoding: 'utf8' }).stdout
    if (!help.includes('--[no-]mesh ')) args = args.filter((a) => !a.startsWith('--mesh') && !a.startsWith('--no-mesh'))
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'daemon/main.ts', 'check-config', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, QPQ_DB_KEY: 'passphrase' } })
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, new RegExp(`^data_dir = "${data}"`, 'm'))
    assert.match(r.stdout, /^enabled = true +# --federation-enabled$/m)
    assert.match(r.stdout, /domain = "example\.net"/)
    assert.match(r.stdout, /^db_key = "\*\*\*" +# env QPQ_DB_KEY$/m)
  })
})
