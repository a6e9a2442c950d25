// Fuzzing the configuration loader with mutated TOML files, flags and environment values: every
// refusal is a ConfigError with a message (naming no secret), and no unknown key is taken
// silently. Seed, case count and replay: test/helpers/fuzz/run.ts.
import { after, describe, it } from 'node:test'
import { configTarget } from './helpers/fuzz/config-target.js'
import { assertClean, runTarget } from './helpers/fuzz/run.js'

const FILE = 'test/fuzz-config.test.ts'

describe('fuzzing the configuration loader', () => {
  const target = configTarget()
  after(() => target.close())

  it('refuses every bad file, flag and environment value with a ConfigError, never another exception', async () => {
    assertClean(await runTarget(target, { cases: 1_000, batch: 500 }), FILE)
  })
})
