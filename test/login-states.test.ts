// The table of started logins and registrations is bounded and fair between addresses: a flood of
// unfinished starts from some addresses cannot push out another user's pending login, whether
// they stay under the per-address cap or fill the whole table; and a start is taken once.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { PendingStarts } from '../daemon/services/auth/login-states.js'

const DEFAULTS = { ttlMs: 60_000, max: 10_000, perAddress: 200 }

describe('pending OPAQUE starts', () => {
  it('keeps a victim\'s login through 10,050 unfinished starts from 17 addresses (the issue\'s flood)', () => {
    const t = new PendingStarts<string>(DEFAULTS)
    t.put(1, 'victim', '192.0.2.1', 'victim state')
    let n = 0
    for (let i = 0; n < 10_050; i++) t.put(1000 + (n++), `u${i}`, `198.51.100.${i % 17}`, 'flood')
    assert.ok(t.size <= 1 + 17 * DEFAULTS.perAddress, `${t.size} starts kept: each address keeps at most its cap`)
    assert.equal(t.take(1, 'victim'), 'victim state')
  })

  it('keeps it when so many addresses flood that the table is full: the fullest address gives way', () => {
    const t = new PendingStarts<string>({ ttlMs: 60_000, max: 1_000, perAddress: 100 })
    t.put(1, 'victim', '192.0.2.1', 'victim state')
    for (let i = 0; i < 30_000; i++) t.put(1000 + i, `u${i}`, `198.51.100.${i % 40}`, 'flood')
    assert.equal(t.size, 1_000)
    assert.equal(t.take(1, 'victim'), 'victim state')
    // a newcomer with room to spare still gets in
    t.put(2, 'late', '192.0.2.2', 'late state')
    assert.equal(t.take(2, 'late'), 'late state')
  })

  it('is taken once, per connection and username, and expires', () => {
    let now = 0
    const t = new PendingStarts<string>({ ttlMs: 1_000, max: 10, perAddress: 10 }, () => now)
    t.put(1, 'alice', 'a', 's1')
    assert.equal(t.take(2, 'alice'), null, 'another connection')
    assert.equal(t.take(1, 'alice'), 's1')
    assert.equal(t.take(1, 'alice'), null, 'once')
    t.put(1, 'alice', 'a', 's2')
    now = 1_000
    assert.equal(t.take(1, 'alice'), null, 'expired')
    assert.equal(t.size, 0)
  })
})
