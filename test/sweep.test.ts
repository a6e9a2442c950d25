// Background sweeps: a run that throws is logged, the next run still happens, and stop() ends it.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createLogger } from '../daemon/observability/logger.js'
import { Sweep } from '../daemon/services/sweep.js'
import { waitFor } from './helpers/rpc-harness.js'

describe('Sweep', () => {
  it('logs a failing run and keeps sweeping until stopped', async () => {
    const lines: Array<{ msg: string; err?: { message: string } }> = []
    const log = createLogger('error', { destination: { write: (l: string) => { lines.push(JSON.parse(l)) } } })
    let runs = 0
    const sweep = new Sweep('test rows', 5, () => {
      runs++
      if (runs === 1) throw new Error('database is locked')
    }, log)
    sweep.start()
    await waitFor(() => runs >= 3, 2_000, 'three runs')
    sweep.stop()
    const after = runs
    await new Promise((r) => setTimeout(r, 30))
    assert.equal(runs, after, 'no run after stop()')
    assert.equal(lines.length, 1)
    assert.match(lines[0]?.msg ?? '', /sweeping test rows failed/)
    assert.equal(lines[0]?.err?.message, 'database is locked')
  })
})
