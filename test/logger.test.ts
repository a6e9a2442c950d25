// Logs: JSON lines with level names, and redaction of personal fields with redact_logs.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { createLogger } from '../daemon/observability/logger.js'

function capture(): { stream: Writable; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = []
  const stream = new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb() } })
  return { stream, lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) }
}

describe('logger', () => {
  it('writes JSON lines with the level name', () => {
    const out = capture()
    createLogger('info', { destination: out.stream }).child({ component: 'rpc' }).info({ remote: '192.0.2.1' }, 'hello')
    const [line] = out.lines()
    assert.equal(line?.level, 'info')
    assert.equal(line?.msg, 'hello')
    assert.equal(line?.component, 'rpc')
    assert.equal(line?.remote, '192.0.2.1')
  })

  it('redacts addresses, usernames and identity keys with redact_logs', () => {
    const out = capture()
    createLogger('info', { redact: true, destination: out.stream }).info({ remote: '192.0.2.1', username: 'alice', conn: { identityKey: 'ab' }, method: 802 }, 'login')
    const [line] = out.lines()
    assert.equal(line?.remote, '[redacted]')
    assert.equal(line?.username, '[redacted]')
    assert.deepEqual(line?.conn, { identityKey: '[redacted]' })
    assert.equal(line?.method, 802)
  })
})
