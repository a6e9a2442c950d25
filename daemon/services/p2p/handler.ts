// P2P endpoints (methods 800, 801): a client publishes the iroh node address where peers can
// reach it directly; peers resolve it by identity key. An endpoint names IP addresses, so only
// users sharing a channel with the publisher may resolve it: anyone else gets the same empty
// answer as for an identity without an endpoint. Endpoints expire (default 1 hour, at most
// 7 days); expired ones are never answered, and a sweep (EndpointStore.sweep) deletes them.
import { isIP } from 'node:net'
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError } from '../../../protocol/errors.js'
import type { CallContext } from '../call-context.js'
import { sessionOf } from '../auth/sessions.js'
import { IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import type { EndpointStore } from './store.js'

const NODE_ID_BYTES = 32
const MAX_DIRECT_ADDRESSES = 16
const RELAY_URL_MAX = 2_048
export const DEFAULT_ENDPOINT_TTL_SECS = 3_600
export const MAX_ENDPOINT_TTL_SECS = 7 * 86_400

export interface EndpointDeps {
  store: EndpointStore
  /** True when `owner` accepted `viewer` as a contact (services/p2p/contacts.ts), or they are the same. */
  accepted(owner: Buffer, viewer: Buffer): boolean
  now?: () => number
}

type V1 = typeof qpq.v1

/** "ip:port" or "[ipv6]:port" with a port 1–65535. */
function validAddress(a: string): boolean {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):(\d{1,5})$/.exec(a)
  if (m === null) return false
  const port = Number(m[3])
  return port >= 1 && port <= 65_535 && (m[1] !== undefined ? isIP(m[1]) === 6 : isIP(m[2] as string) === 4)
}

function validRelayUrl(u: string): boolean {
  if (u.length > RELAY_URL_MAX) return false
  try {
    const url = new URL(u)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export class EndpointService {
  private readonly now: () => number

  constructor(private readonly d: EndpointDeps) {
    this.now = d.now ?? Date.now
  }

  publishEndpoint = (req: InstanceType<V1['PublishEndpointRequest']>, ctx: CallContext): qpq.v1.PublishEndpointResponse.$Properties => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const nodeId = sizedBytes(req.node_id, 'node_id', NODE_ID_BYTES)
    if (req.relay_url !== '' && !validRelayUrl(req.relay_url)) throw new BadRequestError(`relay_url must be an http(s) URL of at most ${RELAY_URL_MAX} characters`)
    if (req.direct_addresses.length > MAX_DIRECT_ADDRESSES) throw new BadRequestError(`at most ${MAX_DIRECT_ADDRESSES} direct_addresses`)
    req.direct_addresses.forEach((a, i) => {
      if (!validAddress(a)) throw new BadRequestError(`direct_addresses[${i}] must be "ip:port" or "[ipv6]:port"`)
    })
    if (req.relay_url === '' && req.direct_addresses.length === 0) throw new BadRequestError('an endpoint needs a relay_url or at least one direct address')
    const now = this.now()
    const ttl = req.ttl_secs === 0 ? DEFAULT_ENDPOINT_TTL_SECS : Math.min(req.ttl_secs, MAX_ENDPOINT_TTL_SECS)
    const expiresAt = now + ttl * 1000
    this.d.store.publish(me, { nodeId: Buffer.from(nodeId), relayUrl: req.relay_url, directAddresses: req.direct_addresses, publishedAt: now, expiresAt })
    return { expires_at_ms: expiresAt }
  }

  resolveEndpoint = (req: InstanceType<V1['ResolveEndpointRequest']>, ctx: CallContext): qpq.v1.ResolveEndpointResponse.$Properties => {
    const me = Buffer.from(sessionOf(ctx).identityKey)
    const peer = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const e = this.d.accepted(peer, me) ? this.d.store.endpoint(peer, this.now()) : undefined
    if (e === undefined) return {}
    return { node_id: e.nodeId, relay_url: e.relayUrl, direct_addresses: e.directAddresses, published_at_ms: e.publishedAt, expires_at_ms: e.expiresAt }
  }
}
