// Fuzzing both ends of the v2 framing without a daemon: the frame codec on random stream bytes
// in random pieces, and the SDK against a hostile server (garbage answers and push frames over
// real QUIC) — it must settle every call and never throw out of the application. The runner
// itself is checked too: a target that breaks is reported with its input saved, and replays.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { codecTarget } from './helpers/fuzz/frame-target.js'
import { hostileServerFuzz } from './helpers/fuzz/hostile-server.js'
import { assertClean, formatReport, invariant, runTarget, settings, type Target } from './helpers/fuzz/run.js'
import { Rng } from './helpers/fuzz/rng.js'
import { ndjsonTarget } from './helpers/fuzz/ndjson.js'
import { encodePush, encodeResponse } from '../protocol/frames.js'
import { qpq } from '../proto/qpq.js'

const FILE = 'test/fuzz-frames.test.ts'

describe('fuzzing the frame codec and the SDK', () => {
  it('reads any stream bytes, split anyhow, within the frame\'s limits and back as encoded', async () => {
    assertClean(await runTarget(codecTarget, { cases: 3_000, batch: 1_000 }), FILE)
  })

  it('the SDK settles every call and survives every answer and push frame of a hostile server', async () => {
    const h = await hostileServerFuzz()
    try {
      assertClean(await runTarget(h.target, { cases: 500, concurrency: 8, batch: 250 }), FILE)
    } finally {
      await h.close()
    }
  })
})

describe('the fuzz runner', () => {
  // a planted fault: every case whose first byte is below 8 "fails"
  const planted: Target<{ b: Buffer }> = {
    name: 'planted-fault',
    generate: (rng) => ({ b: rng.bytes(4) }),
    check: (c) => ((c.b[0] as number) < 8 ? invariant(`first byte ${c.b[0]}`) : null),
  }

  it('makes each case from the seed alone: the same seed, target and index give the same case', () => {
    const a = Rng.forCase(7, 't', 3).bytes(16)
    assert.deepEqual(Rng.forCase(7, 't', 3).bytes(16), a)
    assert.notDeepEqual(Rng.forCase(7, 't', 4).bytes(16), a)
    assert.notDeepEqual(Rng.forCase(8, 't', 3).bytes(16), a)
    assert.notDeepEqual(Rng.forCase(7, 'u', 3).bytes(16), a)
  })

  it('fails on a broken target, saves the input and replays exactly that case', async () => {
    const s = settings({ QPQ_FUZZ_SEED: '1234' })
    const r = await runTarget(planted, { cases: 500, settings: s })
    const f = r.failures[0]
    assert.ok(f !== undefined && r.failures.length === 3, 'stops after three saved failures')
    assert.throws(() => assertClean(r, FILE), /QPQ_FUZZ_SEED=0x4d2[\s\S]*saved: .*qpq-fuzz-planted-fault-4d2-/)
    assert.match(formatReport(r, FILE), new RegExp(`QPQ_FUZZ_REPLAY=${f.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    try {
      const saved = JSON.parse(readFileSync(f.file, 'utf8')) as { seed: number; index: number }
      assert.deepEqual([saved.seed, saved.index], [1234, f.index])
      const again = await runTarget(planted, { cases: 500, settings: settings({ QPQ_FUZZ_REPLAY: f.file }) })
      assert.equal(again.cases, 1)
      assert.equal(again.failures[0]?.index, f.index)
      assert.equal(again.failures[0]?.problem.detail, f.problem.detail)
    } finally {
      for (const x of r.failures) if (existsSync(x.file)) rmSync(x.file)
    }
  })

  it('makes newline-delimited JSON cases with a version field for the admin socket, and judges the answers', async () => {
    const o = { version: 1, versionField: 'v', token: 'ab'.repeat(32), commands: ['status', 'users.show'], argNames: ['name', 'limit'], maxLineBytes: 64 << 10, maxQueued: 64 }
    // a stand-in server: one answer per complete line (JSON or not), "internal" for users.show
    const send = async (chunks: Buffer[]): Promise<string[]> => Buffer.concat(chunks).toString('utf8').split('\n').slice(0, -1).filter((l) => l.trim() !== '').map((line) => {
      let cmd: unknown = null
      try { cmd = (JSON.parse(line) as { cmd?: unknown }).cmd } catch { /* answered bad-request */ }
      const error = cmd === 'users.show' ? { code: 'internal', message: 'bug' } : { code: 'bad-request', message: 'x' }
      return JSON.stringify({ v: 1, id: null, ok: false, error })
    })
    const r = await runTarget(ndjsonTarget(o, send), { cases: 300, settings: settings({}), maxFailures: 1 })
    assert.ok(r.counts.internal > 0 && r.counts.invariant === 0, formatReport(r, FILE))
    for (const f of r.failures) rmSync(f.file)
  })

  it('counts a throw as a crash and a case that never ends as a hang', async () => {
    const r = await runTarget({ name: 'planted-throw', generate: (rng) => rng.int(2), check: (n) => (n === 0 ? new Promise(() => {}) : JSON.parse('{')) }, { cases: 4, caseTimeoutMs: 50, maxFailures: 10, settings: settings({}) })
    assert.equal(r.counts.crash + r.counts.hang, 4)
    assert.ok(r.counts.crash > 0 && r.counts.hang > 0)
    for (const x of r.failures) rmSync(x.file)
  })
})

describe('found by fuzzing: the SDK against a hostile server', () => {
  it('refuses a response frame that declares more than 4 MiB at once, without reading or holding its body', async () => {
    const h = await hostileServerFuzz()
    try {
      const header = encodeResponse(0, 0, new Uint8Array(0))
      header.writeUInt32BE(0xffff_ffff, 5)
      // before the fix the reader kept buffering such a body up to the declared 4 GiB, and the call timed out
      const { outcome, problem } = await h.run({ answer: { bytes: Buffer.concat([header, Buffer.alloc(6 << 20)]), fin: true, ownId: true }, pushes: [], wellFormed: [], typed: false })
      assert.equal(problem, null)
      assert.match(outcome, /declares 4294967295 payload bytes, over the 4194304-byte limit/)
    } finally {
      await h.close()
    }
  })

  it('stops reading an answered stream whose FIN never comes, so such a server cannot use up the stream credit (found by fuzzing: the client stalled)', async () => {
    const h = await hostileServerFuzz()
    try {
      // complete answers without FIN on 300 calls: past the 256 streams the server grants
      const unfinished = { answer: { bytes: encodeResponse(0, 0, new Uint8Array(0)), fin: false, ownId: true }, pushes: [], wellFormed: [], typed: false }
      await Promise.all(Array.from({ length: 300 }, () => h.run(unfinished)))
      // before the fix every call from here on waited for a stream that never came
      let after = await h.run({ ...unfinished, answer: { ...unfinished.answer, fin: true } })
      for (let i = 0; i < 40 && after.outcome !== 'answered 0'; i++) after = await h.run({ ...unfinished, answer: { ...unfinished.answer, fin: true } })
      assert.deepEqual(after, { outcome: 'answered 0', problem: null })
    } finally {
      await h.close()
    }
  })

  it('skips a push whose payload does not decode in typed listeners (it threw out of the socket and ended the application)', async () => {
    const h = await hostileServerFuzz()
    try {
      const garbage = encodePush(1000, Buffer.from([0x0f, 0xff])) // invalid wire type 7
      const good = qpq.v1.Typing.encode({ channel_id: Buffer.alloc(16), sender_key: Buffer.alloc(32, 1), typing: true }).finish()
      const typing = encodePush(1001, good)
      const r = await h.run({
        answer: { bytes: encodeResponse(0, 0, new Uint8Array(0)), fin: true, ownId: true }, pushes: [garbage, typing],
        wellFormed: [[1000, '0fff'], [1001, Buffer.from(good).toString('hex')]], typed: false,
      })
      assert.deepEqual(r, { outcome: 'answered 0', problem: null }, 'the raw listener saw both')
      assert.equal(h.events(), 1, 'the typed listener saw the Typing push only')
    } finally {
      await h.close()
    }
  })
})
