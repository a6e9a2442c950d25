// What a mesh node does with another node's mDNS record: anyone on the LAN can send one, so an
// address that does not parse is skipped, never thrown (it ran in the mDNS socket's event, where
// a throw ended the daemon), and a client is never handed a garbage RPC address.
import '../mesh/polyfill.js'
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { MeshTransport, peerKeyHex } from '../mesh/transport.js'
import { MESH_SERVICE_TAG, parseNodeResponse } from '../protocol/mesh/discovery.js'
import { silentLogger } from '../daemon/observability/logger.js'

describe('a node record from the LAN', () => {
  let t: MeshTransport
  before(async () => {
    t = new MeshTransport({ seed: randomBytes(32), listen: ['/ip4/127.0.0.1/tcp/0'] }, silentLogger(), { linkUp: () => {}, linkDown: () => {}, frame: async () => {} })
    await t.start()
  })
  after(async () => { await t.stop() })

  it('with addresses that do not parse is skipped, not thrown (found by review: it ended the daemon)', async () => {
    // a peer whose key is above ours: this node dials it at once, inside discovered()
    let peer = peerIdFromPrivateKey(await generateKeyPairFromSeed('Ed25519', randomBytes(32)))
    while ((peerKeyHex(peer) as string) <= t.myKey) peer = peerIdFromPrivateKey(await generateKeyPairFromSeed('Ed25519', randomBytes(32)))
    const peerId = peer.toString()
    assert.doesNotThrow(() => t.discovered(peerId, ['/ip4/999.1.1.1/tcp/1', '/ip4/10.0.0.1/tcp/abc', '/nonsense'], 0))
  })

  it('hands clients only RPC addresses that parse', () => {
    const name = `n.${MESH_SERVICE_TAG}`
    const id = t.peerId
    const r = parseNodeResponse(MESH_SERVICE_TAG, [
      { name: MESH_SERVICE_TAG, type: 'PTR', data: name },
      { name, type: 'TXT', data: [Buffer.from(`dnsaddr=/ip4/10.0.0.1/tcp/1/p2p/${id}`), Buffer.from('qpq=garbage'), Buffer.from('qpq=10.0.0.1:99999'), Buffer.from('qpq=10.0.0.1:5001')] },
    ])
    assert.deepEqual(r?.rpc, ['10.0.0.1:5001'])
  })
})
