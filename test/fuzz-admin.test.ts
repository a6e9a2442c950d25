// Fuzzing the admin socket of a real daemon (in-process, with a registered user so that the user
// commands get past "not found"): every line it reads is answered with a well-formed answer and a
// known error code, never `internal`, and the socket keeps serving. Seed, case count and replay:
// test/helpers/fuzz/run.ts; what is generated: test/helpers/fuzz/ndjson.ts.
import { after, before, describe, it } from 'node:test'
import { readToken } from '../daemon/admin/socket-files.js'
import { adminTarget } from './helpers/fuzz/admin-target.js'
import { assertClean, runTarget } from './helpers/fuzz/run.js'
import { newUser, startTestNode, type TestNode } from './helpers/node.js'

const FILE = 'test/fuzz-admin.test.ts'

describe('fuzzing the admin socket', () => {
  let t: TestNode
  before(async () => {
    t = await startTestNode()
    await t.register(newUser('alice'))
  })
  after(async () => { await t.stop() })

  it('answers every request line with a known error or a result, never internal, and keeps serving', async () => {
    const socket = t.node.adminSocket
    assertClean(await runTarget(adminTarget(socket, readToken(socket)), { cases: 2_000, concurrency: 4, batch: 500 }), FILE)
  })
})
