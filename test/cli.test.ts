// The qpq CLI as people and scripts use it: every step a child process (node client/cli/main.ts)
// against a real daemon. Three users register, Alice makes a group with Bob and Carol, they talk,
// Carol is removed and reads nothing more, Bob rotates his keys, a first message to a username
// opens a direct conversation — each process starts with what earlier ones left in the user's
// encrypted state. Bad input ends with one line and exit 1 (2 for usage). The server keeps none
// of the plaintexts.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { toPem } from '../protocol/quic/config.js'
import { STATE_FILE } from '../client/state/file-store.js'
import { startTestNode, type TestNode } from './helpers/node.js'
import { runQpq, type Run } from './helpers/qpq-cli.js'
import { capturingLogger, foundInDatabase, foundInFiles, foundInText } from './helpers/plaintext.js'

describe('qpq CLI', () => {
  let t: TestNode
  const logs = capturingLogger()
  const root = mkdtempSync(path.join(tmpdir(), 'qpq-cli-'))
  const said: string[] = []
  const say = (label: string): string => {
    const s = `${label} ${randomBytes(5).toString('hex')}`
    said.push(s)
    return s
  }

  const qpq = (user: string, args: string[], env: Record<string, string> = {}): Promise<Run> =>
    runQpq(user, `127.0.0.1:${t.node.rpcAddress.port}`, path.join(root, user), args, env)
  /** Runs and insists on exit 0; returns stdout's lines. */
  const ok = async (user: string, ...args: string[]): Promise<string[]> => {
    const r = await qpq(user, args)
    assert.equal(r.code, 0, `qpq ${args.join(' ')} as ${user}: ${r.stderr}`)
    return r.stdout.split('\n').filter((l) => l !== '')
  }
  const sorted = (lines: string[]): string[] => [...lines].sort()

  before(async () => {
    t = await startTestNode({}, undefined, logs.log)
    writeFileSync(path.join(root, 'cert.der'), t.node.tls.certDer)
    writeFileSync(path.join(root, 'cert.pem'), toPem(t.node.tls.certDer, 'CERTIFICATE'))
  })
  after(async () => { await t.stop() })

  it('registers three users (the certificate as DER or PEM)', async () => {
    const out = await Promise.all([
      ok('alice', '--ca-cert', path.join(root, 'cert.der'), 'register', 'alice'),
      ok('bob', '--ca-cert', path.join(root, 'cert.der'), 'register', 'Bob'),
      ok('carol', '--ca-cert', path.join(root, 'cert.pem'), 'register', 'carol'),
    ])
    // usernames are normalised (Bob is bob)
    assert.match(out[1]?.[0] ?? '', /^registered bob \(identity key [0-9a-f]{64}\)/)
    const me = JSON.parse((await ok('bob', 'whoami', '--json'))[0] ?? '{}') as { username: string; keyPackagesOnServer: number }
    assert.deepEqual([me.username, me.keyPackagesOnServer], ['bob', 10])
  })

  it('lets a group of three talk', async () => {
    assert.deepEqual(await ok('alice', 'group', 'create', 'team', 'bob', 'carol'), ['created group team'])
    const lines = { alice: say('alice says'), bob: say('bob says'), carol: say('carol says') }
    await Promise.all([ok('alice', 'send', 'team', lines.alice), ok('bob', 'send', 'team', lines.bob), ok('carol', 'send', '#team', ...lines.carol.split(' '))])
    const [a, b, c] = await Promise.all([ok('alice', 'recv'), ok('bob', 'recv'), ok('carol', 'recv', '--json')])
    assert.deepEqual(sorted(a ?? []), sorted([`[team] bob: ${lines.bob}`, `[team] carol: ${lines.carol}`]))
    assert.deepEqual(sorted(b ?? []), sorted([`[team] alice: ${lines.alice}`, `[team] carol: ${lines.carol}`]))
    const events = (c ?? []).map((l) => JSON.parse(l) as { type: string; from?: string; text?: string; conversation?: string })
    assert.deepEqual(sorted(events.filter((e) => e.type === 'message').map((e) => `${e.conversation}/${e.from}: ${e.text}`)), sorted([`team/alice: ${lines.alice}`, `team/bob: ${lines.bob}`]))
    assert.ok(events.some((e) => e.type === 'joined'))
    assert.deepEqual(await ok('alice', 'group', 'list'), ['team\talice, bob, carol\tepoch 1'])
  })

  it('removes a member, who reads nothing more', async () => {
    await ok('alice', 'group', 'remove', 'team', 'carol')
    const after = say('now without carol')
    await ok('alice', 'send', 'team', after)
    const [bob, carol] = await Promise.all([qpq('bob', ['recv']), qpq('carol', ['recv'])])
    assert.equal(bob.stdout, `[team] alice: ${after}\n`)
    assert.equal(carol.code, 0)
    assert.equal(carol.stdout, '')
    assert.match(carol.stderr, /you were removed from team by alice/)
  })

  it('keeps the group working after a key rotation', async () => {
    await ok('bob', 'group', 'rotate', 'team')
    const [a, b] = [say('after rotation from alice'), say('after rotation from bob')]
    await Promise.all([ok('alice', 'send', 'team', a), ok('bob', 'send', 'team', b)])
    const [alice, bob] = await Promise.all([ok('alice', 'recv'), ok('bob', 'recv')])
    assert.deepEqual(alice, [`[team] bob: ${b}`])
    assert.deepEqual(bob, [`[team] alice: ${a}`])
  })

  it('opens a direct conversation with a first message to a username; recv waits for it', async () => {
    const hi = say('carol to bob')
    const waiting = ok('bob', 'recv', '--timeout-ms', '60000')
    await ok('carol', 'send', 'bob', hi)
    assert.deepEqual(await waiting, [`carol: ${hi}`])
  })

  it('ends bad input with one line: exit 1, or 2 for usage', async () => {
    const broken = path.join(root, 'broken')
    cpSync(path.join(root, 'alice'), broken, { recursive: true })
    writeFileSync(path.join(broken, STATE_FILE), 'not a state file at all, not even close to one')
    const [wrongPassword, corrupt, unknown, usage, noState, badServer, badCount, wordCount] = await Promise.all([
      qpq('alice', ['whoami'], { QPQ_PASSWORD: 'not alice password' }),
      qpq('broken', ['whoami'], { QPQ_PASSWORD: 'alice password' }),
      qpq('alice', ['send', 'nobody-here', 'hello?']),
      qpq('alice', ['send']),
      qpq('nobody', ['recv']),
      qpq('alice', ['--server', 'h:99999', 'whoami']),
      qpq('alice', ['keys', 'upload', '--count', '-1']),
      qpq('alice', ['keys', 'upload', '--count', 'abc']),
    ])
    const oneLine = (r: Run, code: number, pattern: RegExp): void => {
      assert.equal(r.code, code, r.stderr)
      const last = r.stderr.trimEnd().split('\n').at(-1) ?? ''
      assert.match(last, pattern)
      if (code === 1) assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr)
    }
    oneLine(wrongPassword, 1, /^qpq: wrong password for .*state\.qpq/)
    oneLine(corrupt, 1, /^qpq: .*state\.qpq is not a qpq state file/)
    oneLine(unknown, 1, /^qpq: no user nobody-here on this server$/)
    oneLine(usage, 2, /^qpq: Not enough non-option arguments/)
    oneLine(noState, 1, /^qpq: no client state in .*nobody: register first/)
    oneLine(badServer, 1, /^qpq: server address "h:99999" has port 99999, above 65535/)
    oneLine(badCount, 2, /^qpq: --count must be a positive integer, not -1$/)
    oneLine(wordCount, 2, /^qpq: --count must be a positive integer, not NaN$/)
  })

  it('left no plaintext with the server', () => {
    assert.ok(said.length >= 5, 'the conversation above said something')
    assert.ok(existsSync(t.node.storage.file), 'the server\'s database file is on disk')
    assert.deepEqual(foundInDatabase(said, t.node.storage.db), [])
    assert.deepEqual(foundInFiles(said, [t.node.storage.file, `${t.node.storage.file}-wal`]), [])
    assert.deepEqual(foundInText(said, logs.text(), 'log'), [])
    // the same searches do find what the server keeps: usernames in its tables, its log messages
    assert.ok(foundInDatabase(['carol'], t.node.storage.db).includes('"carol" in users.username'))
    assert.deepEqual(foundInText(['account registered'], logs.text(), 'log'), ['"account registered" in log'])
  })
})
