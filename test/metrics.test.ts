// The metrics listener: /health for load balancers and probes (200 while serving, 503 once
// draining), /metrics with the refusals counted by cap, 404 for anything else.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Metrics } from '../daemon/observability/metrics.js'
import { startHarness } from './helpers/rpc-harness.js'

describe('metrics listener', () => {
  it('answers /health with 200 while serving and 503 once draining', async () => {
    const h = await startHarness({ quic: { maxConnectionsPerAddress: 1 } })
    const metrics = new Metrics(new Map())
    metrics.watchRpcServer(h.server)
    const { port } = await metrics.listen({ host: '127.0.0.1', port: 0 })
    const url = (p: string): string => `http://127.0.0.1:${port}${p}`
    let drained = false
    try {
      const ok = await fetch(url('/health'))
      assert.equal(ok.status, 200)
      assert.equal(ok.headers.get('content-type'), 'application/json')
      assert.deepEqual(await ok.json(), { status: 'ok' })
      assert.equal((await fetch(url('/health'), { method: 'HEAD' })).status, 200)
      assert.equal((await fetch(url('/nothing'))).status, 404)
      assert.equal((await fetch(url('/health'), { method: 'POST' })).status, 404)

      await (await h.client()).health()
      await assert.rejects(h.client())
      const text = await (await fetch(url('/metrics'))).text()
      assert.match(text, /^qpq_quic_refused_total\{reason="max_connections_per_ip"\} 1$/m)
      assert.match(text, /^qpq_quic_refused_total\{reason="max_connections"\} 0$/m)

      await h.close()
      drained = true
      const draining = await fetch(url('/health'))
      assert.equal(draining.status, 503)
      assert.deepEqual(await draining.json(), { status: 'draining' })
    } finally {
      await metrics.close()
      if (!drained) await h.close()
    }
  })
})
