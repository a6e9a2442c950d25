// Group commit: one transaction per loop turn, each caller settled after the commit; a write that
// throws is undone alone (the batch reruns with savepoints), a COMMIT that fails rejects the whole
// batch and stores nothing, and the batcher keeps working after either.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type Database from 'better-sqlite3-multiple-ciphers'
import { CommitBatcher } from '../daemon/storage/commit-batcher.js'
import { tempStorage } from './helpers/node.js'

function setup(): { db: Database.Database; batcher: CommitBatcher; rows: () => string[]; insert: (v: string) => () => number; close: () => void } {
  const storage = tempStorage()
  const db = storage.db
  db.exec(`CREATE TABLE t (v TEXT PRIMARY KEY);
    CREATE TABLE parent (id INTEGER PRIMARY KEY);
    CREATE TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)`)
  const ins = db.prepare('INSERT INTO t (v) VALUES (?)')
  return {
    db,
    batcher: new CommitBatcher(db),
    rows: () => db.prepare('SELECT v FROM t ORDER BY v').pluck().all() as string[],
    insert: (v) => () => Number(ins.run(v).lastInsertRowid),
    close: () => storage.close(),
  }
}

describe('group commit', () => {
  it('commits every write of a turn and resolves each with its own value', async () => {
    const s = setup()
    try {
      const got = await Promise.all(['a', 'b', 'c'].map((v) => s.batcher.submit(s.insert(v))))
      assert.deepEqual(got, [1, 2, 3])
      assert.deepEqual(s.rows(), ['a', 'b', 'c'])
    } finally {
      s.close()
    }
  })

  it('undoes a failing write alone: its caller is rejected, the others commit', async () => {
    const s = setup()
    try {
      const settled = await Promise.allSettled([
        s.batcher.submit(s.insert('a')),
        // writes, then throws: the write must not survive
        s.batcher.submit(() => { s.insert('b')(); throw new Error('refused') }),
        s.batcher.submit(s.insert('a')), // a constraint violation of its own
        s.batcher.submit(s.insert('c')),
      ])
      assert.deepEqual(settled.map((r) => r.status), ['fulfilled', 'rejected', 'rejected', 'fulfilled'])
      assert.match(String((settled[1] as PromiseRejectedResult).reason), /refused/)
      assert.match(String((settled[2] as PromiseRejectedResult).reason), /UNIQUE/)
      assert.deepEqual(s.rows(), ['a', 'c'])
      assert.equal(await s.batcher.submit(s.insert('d')), 3)
    } finally {
      s.close()
    }
  })

  it('rejects the whole batch when the COMMIT fails, and stores nothing of it', async () => {
    const s = setup()
    try {
      const { db } = s
      const settled = await Promise.allSettled([
        s.batcher.submit(s.insert('a')),
        // a deferred foreign key is checked only at COMMIT
        s.batcher.submit(() => db.prepare('INSERT INTO child (parent) VALUES (42)').run().changes),
        s.batcher.submit(s.insert('b')),
      ])
      assert.deepEqual(settled.map((r) => r.status), ['rejected', 'rejected', 'rejected'])
      assert.match(String((settled[0] as PromiseRejectedResult).reason), /FOREIGN KEY/)
      assert.deepEqual(s.rows(), [])
      assert.equal(db.inTransaction, false)
      await s.batcher.submit(s.insert('c'))
      assert.deepEqual(s.rows(), ['c'])
    } finally {
      s.close()
    }
  })
})
