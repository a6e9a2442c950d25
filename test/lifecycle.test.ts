// One start/stop lifecycle: parts start in order and stop in reverse, a start that fails half-way
// stops what had started (and the part that failed), a failing stop does not keep the others
// running; and a daemon whose start fails late releases its port and its database.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import dgram from 'node:dgram'
import net from 'node:net'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Lifecycle, type Startable } from '../daemon/wiring/lifecycle.js'
import { silentLogger } from '../daemon/observability/logger.js'
import { loadConfig } from '../daemon/config/config.js'
import { startNode } from '../daemon/node.js'

function recorder(): { events: string[]; part(name: string, o?: { failStart?: boolean; failStop?: boolean }): Startable } {
  const events: string[] = []
  return {
    events,
    part: (name, o = {}) => ({
      start() {
        events.push(`start ${name}`)
        if (o.failStart === true) throw new Error(`${name} cannot start`)
      },
      async stop() {
        events.push(`stop ${name}`)
        if (o.failStop === true) throw new Error(`${name} cannot stop`)
      },
    }),
  }
}

describe('lifecycle', () => {
  it('starts in order and stops in reverse', async () => {
    const r = recorder()
    const life = new Lifecycle(silentLogger())
    for (const n of ['a', 'b', 'c']) await life.start(n, r.part(n))
    assert.equal(life.stopping, false)
    await life.stop()
    assert.equal(life.stopping, true)
    assert.deepEqual(r.events, ['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a'])
  })

  it('stops the part that failed to start and everything before it, nothing after', async () => {
    const r = recorder()
    const life = new Lifecycle(silentLogger())
    await life.start('a', r.part('a'))
    await assert.rejects(life.start('b', r.part('b', { failStart: true })), /b cannot start/)
    await life.stop()
    assert.deepEqual(r.events, ['start a', 'start b', 'stop b', 'stop a'])
    await assert.rejects(life.start('c', r.part('c')), /stopping/)
  })

  it('stops every part when one fails to stop, then reports the first failure', async () => {
    const r = recorder()
    const life = new Lifecycle(silentLogger())
    for (const n of ['a', 'b', 'c']) await life.start(n, r.part(n, { failStop: n !== 'a' }))
    await assert.rejects(life.stop(), /c cannot stop/)
    assert.deepEqual(r.events.slice(3), ['stop c', 'stop b', 'stop a'])
  })
})

describe('a daemon whose start fails late', () => {
  it('releases its UDP port and its database, so the same data directory starts again', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'qpq-life-'))
    // a UDP port that is free now, for the RPC listener
    const probe = dgram.createSocket('udp4')
    await new Promise<void>((r) => probe.bind(0, '127.0.0.1', () => r()))
    const port = probe.address().port
    await new Promise<void>((r) => probe.close(() => r()))
    // the metrics listener, started after the RPC listener, finds its port taken
    const taken = net.createServer()
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()))
    const busy = (taken.address() as net.AddressInfo).port
    const flags = { listen: `127.0.0.1:${port}`, data_dir: dataDir, crypto_workers: '1' }
    try {
      await assert.rejects(startNode(loadConfig({ ...flags, metrics_listen: `127.0.0.1:${busy}` }, {}), silentLogger()), /EADDRINUSE/)
      const again = dgram.createSocket('udp4')
      await new Promise<void>((resolve, reject) => { again.once('error', reject); again.bind(port, '127.0.0.1', () => resolve()) })
      await new Promise<void>((r) => again.close(() => r()))
      // the database's exclusive lock is gone: one daemon per database would refuse otherwise
      const node = await startNode(loadConfig(flags, {}), silentLogger())
      assert.equal(node.rpcAddress.port, port)
      await node.stop()
    } finally {
      taken.close()
    }
  })
})
