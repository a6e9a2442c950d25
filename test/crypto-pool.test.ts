// The crypto pool's one-shot tasks (the OPAQUE setup of a first start) run in a child process
// that exits with the task: the result comes back over IPC and a task that fails is a clear error.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { CryptoPool } from '../daemon/crypto/pool.js'

test('runAlone creates an OPAQUE setup in a child process that the pool then uses', async () => {
  const pool = new CryptoPool({ workers: 1 })
  try {
    const setup = await pool.runAlone('opaqueCreateSetup', {})
    assert.equal(typeof setup, 'string')
    assert.ok(setup.length > 100, 'a serialized server setup')
    assert.equal(pool.workers, 0, 'no pool thread was started for it')
    // the setup is one the OPAQUE tasks accept: garbage is answered null, not a throw
    assert.equal(await pool.run('opaqueRegistrationResponse', { serverSetup: setup, userIdentifier: 'alice', request: new Uint8Array(3) }), null)
  } finally {
    await pool.close()
  }
})

test('a one-shot task that fails is reported with its reason', async () => {
  const pool = new CryptoPool({ workers: 1 })
  try {
    // a task name the worker does not have (only a caller bypassing the types could ask for one)
    await assert.rejects(pool.runAlone('noSuchTask' as 'opaqueCreateSetup', {}), /crypto task noSuchTask failed: .*not a function/)
  } finally {
    await pool.close()
  }
})
