// The qpq CLI as people and scripts use it: every step a child process (node client/cli/main.ts)
// against a real daemon. Three users register, Alice makes a group with Bob and Carol, they talk,
// Carol is removed and reads nothing more, Bob rotates his keys, a first message to a username
// opens a direct conversation — each process starts with what earlier ones left in the user's
// encrypted state. Bad input ends with one line and exit 1 (2 for usage). The server keeps none
// of the plaintexts.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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

  it('refuses what cannot be done with one line saying why: exit 1, or 2 for usage', async () => {
    // a state whose lock a live process holds (this one): qpq waits QPQ_STATE_LOCK_TIMEOUT_MS, then gives up
    const held = path.join(root, 'held')
    cpSync(path.join(root, 'alice'), held, { recursive: true })
    const lockFile = path.join(held, 'state.lock')
    writeFileSync(lockFile, String(process.pid))
    const cert = path.join(root, 'cert.der')
    const unknownBlob = `${'ab'.repeat(32)}:${Buffer.alloc(32).toString('base64url')}`
    const [self, selfForced, directAdd, notAdmin, badRef, shortKey, noBlob, lowLogN, wordLogN, negativeTimeout, wordTimeout, locked, badLockTimeout] = await Promise.all([
      qpq('alice', ['send', 'alice', 'talking to myself']),
      qpq('alice', ['send', '@alice', 'talking to myself']),
      qpq('carol', ['group', 'add', 'bob', 'alice']),
      qpq('bob', ['group', 'remove', 'team', 'alice']),
      qpq('alice', ['blob', 'get', 'not-a-reference']),
      qpq('alice', ['blob', 'get', `${'ab'.repeat(32)}:short`]),
      qpq('alice', ['blob', 'get', unknownBlob]),
      qpq('dave', ['--ca-cert', cert, 'register', 'dave'], { QPQ_STATE_SCRYPT_LOGN: '9' }),
      qpq('dave', ['--ca-cert', cert, 'register', 'dave'], { QPQ_STATE_SCRYPT_LOGN: 'cheap' }),
      qpq('bob', ['recv', '--timeout-ms', '-5']),
      qpq('bob', ['recv', '--timeout-ms', 'soon']),
      qpq('held', ['whoami'], { QPQ_PASSWORD: 'alice password', QPQ_STATE_LOCK_TIMEOUT_MS: '200' }),
      qpq('alice', ['whoami'], { QPQ_STATE_LOCK_TIMEOUT_MS: '-1' }),
    ])
    const oneLine = (r: Run, code: number, expected: string): void => {
      assert.equal(r.code, code, r.stderr)
      assert.equal(r.stderr.trimEnd().split('\n').at(-1), `qpq: ${expected}`)
      if (code === 1) assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr)
    }
    oneLine(self, 1, 'that is you: messages to yourself are not sent')
    oneLine(selfForced, 1, 'that is you: messages to yourself are not sent')
    oneLine(directAdd, 1, 'bob is a direct conversation: its members are fixed (create a group to add people)')
    oneLine(notAdmin, 1, 'only an admin of team (its creator) can remove members')
    const refShape = 'a blob reference is "<64 hex digits>:<key>", as `qpq blob put` printed it'
    oneLine(badRef, 1, refShape)
    oneLine(shortKey, 1, refShape)
    oneLine(noBlob, 1, 'the server answered NotFound: no blob has this blob_id')
    oneLine(lowLogN, 1, 'QPQ_STATE_SCRYPT_LOGN must be an integer from 10 to 22, not "9"')
    oneLine(wordLogN, 1, 'QPQ_STATE_SCRYPT_LOGN must be an integer from 10 to 22, not "cheap"')
    assert.ok(!existsSync(path.join(root, 'dave')), 'a refused registration leaves no state')
    oneLine(negativeTimeout, 2, '--timeout-ms must be 0 (never) or a positive whole number of milliseconds, not -5')
    oneLine(wordTimeout, 2, '--timeout-ms must be 0 (never) or a positive whole number of milliseconds, not NaN')
    oneLine(locked, 1, `the state is in use by process ${process.pid} (lock file ${lockFile}): another command of this account is still running; waited 200 ms`)
    assert.equal(readFileSync(lockFile, 'utf8'), String(process.pid), 'a live process\'s lock is left alone')
    oneLine(badLockTimeout, 1, 'QPQ_STATE_LOCK_TIMEOUT_MS must be an integer from 0 to 3600000, not "-1"')
    // nothing of it reached anyone: the refused name is still free, and nothing waits for anyone
    await ok('dave', '--ca-cert', cert, 'register', 'dave')
    const [alice, bob] = await Promise.all([qpq('alice', ['recv']), qpq('bob', ['recv'])])
    assert.deepEqual([alice.stdout, bob.stdout], ['', ''])
  })

  it('drops what arrives truncated or malformed, saying so on stderr, and reads on', async () => {
    const mallory = await t.client()
    const m = { name: 'mallory', password: 'mallory password', key: randomBytes(32) }
    await mallory.register(m.name, m.password, m.key)
    await mallory.login(m.name, m.password, m.key)
    const bobKey = (await mallory.request('ResolveUser', { username: 'bob' })).identity_key
    const garbage = [
      Buffer.from([2, 1, 1, 2, 3, 4, 5]), // an invitation cut before its channel id
      Buffer.concat([Buffer.from([2, 2]), randomBytes(16), Buffer.from([0, 1, 0, 3, 1])]), // an invitation whose Welcome is cut
      Buffer.from([1, 0, 1, 0, 2, 1]), // an MLS message cut in its header
      Buffer.concat([Buffer.from([3]), randomBytes(100)]), // a hybrid envelope cut short
      Buffer.concat([Buffer.from([3, 1]), randomBytes(1300)]), // a hybrid envelope (version 1) of the right size, not for bob
      Buffer.from([9, 9, 9]), // no payload kind of this client
    ]
    for (const g of garbage) await mallory.send(bobKey, g)
    const hi = say('carol to bob after the garbage')
    await ok('carol', 'send', 'bob', hi)
    const r = await qpq('bob', ['recv'])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, `carol: ${hi}\n`)
    const dropped = r.stderr.split('\n').filter((l) => l.startsWith('* dropped message ')).map((l) => l.replace(/^\* dropped message \d+: /, ''))
    assert.deepEqual(dropped, [
      'a malformed invitation',
      'a truncated or malformed MLS message',
      'a truncated or malformed MLS message (Data length exceeds buffer)',
      'a truncated hybrid envelope',
      'the hybrid envelope does not open with this key (not for us, or altered)',
      'unknown payload kind 9',
    ])
    // dropped once and acked: never shown again
    const again = await qpq('bob', ['recv'])
    assert.deepEqual([again.code, again.stdout, again.stderr], [0, '', '* no new messages\n'])
    mallory.close()
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
