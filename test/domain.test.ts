// name@domain addresses (protocol/domain.ts): what both ends accept as a federation domain and a
// user address, in canonical form.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { normalizeDomain, parseUserAddress } from '../protocol/domain.js'
import { BadRequestError } from '../protocol/errors.js'

describe('user addresses', () => {
  it('normalises domains and refuses what is not a DNS name', () => {
    assert.equal(normalizeDomain('B.Example.'), 'b.example')
    assert.equal(normalizeDomain('xn--bcher-kva.example'), 'xn--bcher-kva.example')
    for (const bad of ['', 'a..b', '-a.example', 'a-.example', 'a b', 'a_b.example', `${'a'.repeat(64)}.example`, 'a@b']) assert.equal(normalizeDomain(bad), null, bad)
  })

  it('splits name@domain, keeps a bare name local, and refuses malformed parts', () => {
    assert.deepEqual(parseUserAddress('Bob@B.Example'), { name: 'bob', domain: 'b.example' })
    assert.deepEqual(parseUserAddress('bob'), { name: 'bob', domain: null })
    assert.throws(() => parseUserAddress('bob@'), (e: unknown) => e instanceof BadRequestError && /is not a domain name/.test(e.message))
    assert.throws(() => parseUserAddress('b@b.example'), BadRequestError)
  })
})
