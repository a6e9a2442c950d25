// Background sweeps: a run that throws or rejects is logged, the next run still happens, async runs
// never overlap, and stop() ends it (waiting for a run in progress).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { collectingLogger } from './helpers/log-lines.js'
import { Sweep } from '../daemon/services/sweep.js'
import { waitFor } from './helpers/rpc-harness.js'

describe('Sweep', () => {
  it('logs a failing run and keeps sweeping until stopped', async () => {
    const { log, lines } = collectingLogger('error')
    let runs = 0
    const sweep = new Sweep('test rows', 5, () => {
      runs++
      if (runs === 1) throw new Error('database is locked')
    }, log)
    sweep.start()
    await waitFor(() => runs >= 3, 2_000, 'three runs')
    await sweep.stop()
    const after = runs
    await new Promise((r) => setTimeout(r, 30))
    assert.equal(runs, after, 'no run after stop()')
    assert.equal(lines.length, 1)
    assert.match(lines[0]?.msg ?? '', /sweeping test rows failed/)
    assert.equal((lines[0]?.err as { message?: string } | undefined)?.message, 'database is locked')
  })

  it('logs a rejected async run and keeps sweeping', async () => {
    const { log, lines } = collectingLogger('error')
    let runs = 0
    const sweep = new Sweep('test uploads', 5, async () => {
      runs++
      await new Promise((r) => setTimeout(r, 1))
      if (runs === 1) throw new Error('disk full')
    }, log)
    sweep.start()
    await waitFor(() => runs >= 3, 2_000, 'three runs')
    await sweep.stop()
    assert.equal(lines.length, 1)
    assert.match(lines[0]?.msg ?? '', /sweeping test uploads failed/)
    assert.equal((lines[0]?.err as { message?: string } | undefined)?.message, 'disk full')
  })

  it('skips ticks while an async run is pending, and stop() waits for it', async () => {
    const { log } = collectingLogger('error')
    let runs = 0
    let active = 0
    let maxActive = 0
    let release: () => void = () => {}
    let finished = false
    const sweep = new Sweep('slow rows', 2, () => {
      runs++
      active++
      maxActive = Math.max(maxActive, active)
      return new Promise<void>((r) => { release = r }).then(() => { active--; finished = true })
    }, log)
    sweep.start()
    await waitFor(() => runs === 1, 2_000, 'first run')
    await new Promise((r) => setTimeout(r, 30))
    assert.equal(runs, 1, 'no run while one is pending')
    let stopped = false
    const stopping = sweep.stop().then(() => { stopped = true })
    await new Promise((r) => setTimeout(r, 10))
    assert.equal(stopped, false, 'stop() waits for the run in progress')
    release()
    await stopping
    assert.equal(finished, true)
    assert.equal(maxActive, 1)
    await new Promise((r) => setTimeout(r, 20))
    assert.equal(runs, 1, 'no run after stop()')
  })
})
