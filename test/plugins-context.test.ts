// What a plugin reaches through its context: a key-value store in the database (JSON values
// and bytes, lists by prefix, limits) that survives a restart, and server notices that reach a
// user's queue on the reserved channel, fetchable and pushed, which clients cannot forge.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { QpqError, Status } from '../client/errors.js'
import { qpq } from '../proto/qpq.js'
import { SERVER_NOTICE_CHANNEL } from '../daemon/services/delivery/server-notice.js'
import { account, pluginDir, withPluginNode, storeOf } from './helpers/plugins.js'
import { waitFor } from './helpers/rpc-harness.js'
import { metricValue, scrape } from '../bench/_lib.js'

const notice = (data: Uint8Array): { text: string; source: string } => {
  const n = qpq.v1.ServerNotice.decode(data)
  return { text: n.text, source: n.source }
}

describe('plugin context', () => {
  it('a plugin\'s store keeps JSON values and bytes, lists by prefix, refuses bad input, and survives a restart', async () => {
    const dir = pluginDir('kv.mjs')
    const dataDir = await withPluginNode({ dir }, async (t) => {
      await waitFor(() => storeOf(t.node.storage, 'kv').some((e) => e.key === 'report'), 10_000, 'the report')
      const report = storeOf(t.node.storage, 'kv').find((e) => e.key === 'report')?.value
      assert.deepEqual(report, {
        json: { a: [1, 'two', null], b: true },
        bytes: [0, 1, 2, 255],
        bytesType: 'Uint8Array',
        missing: true,
        deleted: true,
        deletedAgain: false,
        list: ['list:a', 'list:b', 'list:c'],
        listAfter: ['list:b'],
        longestKey: 'the longest key',
        errors: {
          emptyKey: 'store keys are non-empty strings of at most 1024 characters',
          longKey: 'store keys are non-empty strings of at most 1024 characters',
          longKeyGet: 'store keys are non-empty strings of at most 1024 characters',
          longKeyDelete: 'store keys are non-empty strings of at most 1024 characters',
          undefinedValue: 'store values are JSON values or Uint8Array',
          badLimit: 'list limit must be a whole number from 1 to 10000',
          hugeValue: 'store value of 2097154 bytes is over the 1048576-byte limit',
          bigint: 'Do not know how to serialize a BigInt',
        },
      })
      const types = t.node.storage.db.prepare("SELECT key, typeof(value) AS type FROM plugin_kv WHERE plugin = 'kv' AND key IN ('json', 'bytes') ORDER BY key").all()
      assert.deepEqual(types, [{ key: 'bytes', type: 'blob' }, { key: 'json', type: 'text' }])
      return t.dataDir
    })
    await withPluginNode({ dir, dataDir }, async (t) => {
      await waitFor(() => storeOf(t.node.storage, 'kv').some((e) => e.key === 'boots' && e.value === 2), 10_000, 'the second start counted')
    })
  })

  it('metrics misused are ignored with one warning per problem, the plugin goes on, and its good metrics are exported', async () => {
    await withPluginNode({ dir: pluginDir('metrics-misuse.mjs'), flags: { metrics_listen: '127.0.0.1:0' } }, async (t) => {
      await waitFor(() => storeOf(t.node.storage, 'metrics-misuse').some((e) => e.key === 'done'), 10_000, 'the plugin done')
      const problems = t.logs.lines.filter((l) => l.plugin === 'metrics-misuse' && l.msg === 'plugin metric ignored').map((l) => String(l.problem))
      assert.deepEqual(problems.sort(), [
        'at most 32 metrics per plugin',
        'metric decreasing was not declared',
        'metric decreasing: buckets must be at most 30 increasing numbers',
        'metric good is a counter: no explode',
        'metric good is a counter: no observe',
        'metric good is a counter: no set',
        'metric good is already a counter',
        'metric good: a counter only goes up (value -1)',
        'metric name "Bad-Name" is not lowercase letters, digits and _ (at most 64)',
        'metric never_declared was not declared',
        'metric not_a_list was not declared',
        'metric not_a_list: buckets must be at most 30 increasing numbers',
        'metric one_too_many was not declared',
      ])
      const text = (await scrape(`http://127.0.0.1:${t.node.metricsAddress?.port}/metrics`)).text
      assert.equal(metricValue(text, 'qpq_plugin_metrics_misuse_good'), 2)
      assert.equal(metricValue(text, 'qpq_plugin_metrics_misuse_extra_31'), 1)
      for (const absent of ['one_too_many', 'decreasing', 'not_a_list']) assert.ok(!text.includes(`qpq_plugin_metrics_misuse_${absent}`), absent)
      assert.equal(metricValue(text, 'qpq_plugins_up{plugin="metrics-misuse"}'), 1)
    })
  })

  it('sendNotice delivers to a user by identity key or username: pushed when connected, fetchable, and only from the server', async () => {
    await withPluginNode({ dir: pluginDir('notifier.mjs'), toml: '[plugins.notifier]\nusername = "bob"\n' }, async (t) => {
      const alice = await account(t, 'alice')
      const bob = await account(t, 'bob')
      const pushed: Array<{ text: string; source: string }> = []
      bob.client.onPush((p) => {
        if (p.eventType !== 1000) return
        const m = qpq.v1.NewMessage.decode(p.payload)
        if (SERVER_NOTICE_CHANNEL.equals(m.channel_id)) pushed.push(notice(m.envelope?.data ?? new Uint8Array()))
      })
      await alice.client.send(bob.key, Buffer.alloc(14))
      await alice.client.send(alice.key, Buffer.alloc(16))
      await waitFor(() => pushed.length === 2, 5_000, 'two notices pushed')
      assert.deepEqual(pushed, [
        { text: 'hello by key', source: 'notifier' },
        { text: 'hello by name', source: 'notifier' },
      ])
      const fetched = await bob.client.fetch({ channel: SERVER_NOTICE_CHANNEL })
      assert.deepEqual(fetched.map((m) => notice(m.data).text), ['hello by key', 'hello by name'])
      assert.deepEqual(storeOf(t.node.storage, 'notifier').find((e) => e.key === 'errors')?.value, {
        unknownUser: 'no account is named "nobody-here"',
        shortKey: 'sendNotice: the recipient is a username or a 32-byte identity key',
        emptyText: 'sendNotice: the text is a non-empty string',
        longText: 'a notice is at most 4096 characters',
      })
      await assert.rejects(alice.client.send(bob.key, Buffer.from('fake notice'), { channel: SERVER_NOTICE_CHANNEL }),
        (e: unknown) => e instanceof QpqError && e.status === Status.BadRequest && /reserved for server notices/.test(e.message))
    })
  })
})
