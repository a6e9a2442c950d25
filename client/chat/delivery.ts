// Sending payloads through the delivery service: one BatchEnqueue for all recipients (up to the
// server's 1,000 per call), or — in post-quantum mode — a payload sealed to each recipient's
// hybrid key, enqueued one by one. Every enqueue carries a message id, so a retry after a lost
// connection is stored once. A message that may take the mesh (`viaMesh`) goes to a nearby node
// instead when the server is unreachable before it was sent — never after a send whose answer
// was lost: that one is retried with the server (by its message id), so no message is carried
// both ways.
import { uuidV7 } from '../../protocol/ids.js'
import { ConnectionClosedError } from '../../protocol/rpc-connection.js'
import { sealHybrid } from '../mls/hybrid-envelope.js'
import { encodePayload, type Payload } from '../mls/payload.js'
import type { ChatContext } from './context.js'
import { hex } from './conversations.js'
import { ChatError } from './errors.js'

const BATCH_MAX = 1_000

/** A call once more if the connection was lost during it (the client reconnects in between). */
async function once<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (err) {
    if (!(err instanceof ConnectionClosedError)) throw err
    return await call()
  }
}

/** How a message went: to the server, or to a mesh node nearby. */
export type Route = 'server' | 'mesh'

export async function deliver(ctx: ChatContext, recipients: Uint8Array[], payload: Payload, channel?: Uint8Array, messageId: Uint8Array = uuidV7(), viaMesh = false): Promise<Route> {
  if (recipients.length === 0) return 'server'
  const bytes = encodePayload(payload)
  // sealing needs the recipients' hybrid keys from the server: post-quantum mode has no fallback
  if (viaMesh && ctx.mesh !== null && !ctx.pq && !(await ctx.client.waitConnected(ctx.mesh.waitMs))) {
    await ctx.mesh.submit(recipients, bytes, channel, messageId)
    return 'mesh'
  }
  if (ctx.pq) {
    await deliverSealed(ctx, recipients, bytes, channel, messageId)
    return 'server'
  }
  for (let i = 0; i < recipients.length; i += BATCH_MAX) {
    const batch = recipients.slice(i, i + BATCH_MAX)
    // dedup is per recipient queue: every batch (and every sealed copy) may carry the same id
    await once(() => ctx.client.sendBatch(batch, bytes, { channel, messageId }))
  }
  return 'server'
}

async function deliverSealed(ctx: ChatContext, recipients: Uint8Array[], inner: Uint8Array, channel: Uint8Array | undefined, messageId: Uint8Array): Promise<void> {
  const keys = await ctx.client.keys.fetchHybridKeys(recipients)
  for (const [i, recipient] of recipients.entries()) {
    const key = keys[i]
    if (key == null) throw new ChatError(`recipient ${hex(recipient).slice(0, 16)} has published no hybrid key: cannot seal to it (turn post-quantum mode off to send)`)
    const sealed = encodePayload({ kind: 'sealed', envelope: sealHybrid(key, inner) })
    await once(() => ctx.client.send(recipient, sealed, { channel, messageId }))
  }
}
