// Fuzzing the real daemon (every component, in this process) through its RPC port over real
// QUIC: requests of every method made from the schemas and mutated, and malformed frames, with
// and without a session. No 10 Internal, no crash, Health answered after every batch, no stack
// trace in the log for a client's error. Seed, case count and replay: test/helpers/fuzz/run.ts.
import { after, before, describe, it } from 'node:test'
import { createLogger } from '../daemon/observability/logger.js'
import { startTestNode, type TestNode } from './helpers/node.js'
import { LogWatch } from './helpers/fuzz/log-watch.js'
import { rpcFuzz, type RpcFuzz } from './helpers/fuzz/rpc-target.js'
import { assertClean, runTarget } from './helpers/fuzz/run.js'

const FILE = 'test/fuzz-rpc.test.ts'

describe('fuzzing the daemon through its RPC port', () => {
  let t: TestNode
  let fuzz: RpcFuzz
  const log = new LogWatch()

  before(async () => {
    // a short per-call deadline keeps long polls (FetchWait up to 60 s) from holding a case for long
    t = await startTestNode({ rpc_timeout: '3' }, undefined, createLogger('debug', { destination: log.destination }))
    fuzz = await rpcFuzz({
      server: `127.0.0.1:${t.node.rpcAddress.port}`, caCert: t.node.tls.certDer, logProblems: () => log.take(), exited: () => null,
    })
  })
  after(async () => {
    if (process.env.QPQ_FUZZ_STATS) console.log(fuzz.tally.lines().join('\n'))
    fuzz?.close()
    await t?.stop()
  })

  it('answers every mutated request of every method without 10 Internal, and keeps serving', async () => {
    assertClean(await runTarget(fuzz.requests, { cases: 2_000, concurrency: 8, batch: 250 }), FILE)
  })

  it('answers every malformed frame with its status and request id (1, 11, or the method\'s), never 10', async () => {
    assertClean(await runTarget(fuzz.frames, { cases: 600, concurrency: 8, batch: 200 }), FILE)
  })
})
