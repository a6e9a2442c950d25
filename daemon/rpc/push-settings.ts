// ConfigurePushes (803, ours; push.proto): a connection's choice of how its pushes arrive — one
// frame per uni stream (the v2 rule, the default) or several frames back to back on one stream.
// A setting of the transport, not of a service: it needs the caller's connection.
import type { qpq } from '../../proto/qpq.js'
import type { QuicConnection } from '../../protocol/quic/connection.js'
import type { CallContext } from '../services/call-context.js'

type Request = InstanceType<typeof qpq.v1.ConfigurePushesRequest>

export function configurePushesHandler(connection: (id: number) => QuicConnection | undefined): (req: Request, ctx: CallContext) => qpq.v1.ConfigurePushesResponse.$Properties {
  return (req, ctx) => {
    const conn = connection(ctx.connectionId)
    if (conn !== undefined) conn.coalesceUni = req.coalesce
    return { coalesce: conn?.coalesceUni ?? false }
  }
}
