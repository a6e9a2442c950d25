// Fuzzing the federation listener as a peer with a valid certificate would: every method id,
// relay payloads made from the schemas (RelayEnqueue, RelayBatchEnqueue as a transaction and as
// one payload for many recipients, the proxies, link health) and mutated, through the listener's
// real dispatcher over mutual TLS. Seed, case count and replay: test/helpers/fuzz/run.ts.
import { after, before, describe, it } from 'node:test'
import { createLogger } from '../daemon/observability/logger.js'
import { federationFuzz, type FederationFuzz } from './helpers/fuzz/federation-target.js'
import { LogWatch } from './helpers/fuzz/log-watch.js'
import { assertClean, runTarget } from './helpers/fuzz/run.js'

const FILE = 'test/fuzz-federation.test.ts'

describe('fuzzing the federation listener', () => {
  const log = new LogWatch()
  let fuzz: FederationFuzz

  before(async () => {
    fuzz = await federationFuzz(createLogger('debug', { destination: log.destination }), () => log.take())
  })
  after(async () => {
    if (process.env.QPQ_FUZZ_STATS) console.log(fuzz.tally.lines().join('\n'))
    await fuzz?.close()
  })

  it('answers every relayed transaction and proxy call from a peer without 10 Internal, per message too', async () => {
    assertClean(await runTarget(fuzz.target, { cases: 1_000, concurrency: 8, batch: 250 }), FILE)
  })
})
