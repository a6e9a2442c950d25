// mesh peers|store and federation destinations|reset: read from the mesh and federation
// components through the small views below. A daemon with the feature off has none, and the
// command answers `unavailable` ("mesh is off on this daemon"). The mesh's view is written out
// here rather than imported: nothing outside mesh/ may import it statically (it loads libp2p).
import type { DestinationState } from '../../../federation/relay.js'
import { normalizeDomain } from '../../../protocol/domain.js'
import { Args } from '../args.js'
import { AdminError } from '../protocol.js'
import type { AdminCommands } from '../server.js'
import { iso } from './shapes.js'

/** What the admin interface reads of the mesh (mesh/mesh.ts has these). */
export interface MeshAdmin {
  peers(): ReadonlyArray<{ key: string; peerId: string; addresses: string[]; connectedAtMs: number }>
  storeStats(): { envelopes: number; bytes: number; seen: number; maxEnvelopes: number; maxBytes: number }
}

/** One destination's queue and retry state. */
export type FederationDestination = DestinationState

/** What the admin interface reads and does of federation (federation/federation.ts has these). */
export interface FederationAdmin {
  isPeer(domain: string): boolean
  destinations(): FederationDestination[]
  resetDestination(domain: string): void
}

const meshOff = (): AdminError => new AdminError('unavailable', 'mesh is off on this daemon')
const federationOff = (): AdminError => new AdminError('unavailable', 'federation is off on this daemon')

export function destinationShape(d: FederationDestination, now: number): Record<string, unknown> {
  return {
    domain: d.domain, pending: d.pending,
    oldestAgeSeconds: d.oldestEnqueuedAt === null ? null : Math.max(0, Math.round((now - d.oldestEnqueuedAt) / 1000)),
    failures: d.failures, lastSuccessAt: iso(d.lastSuccessAt), lastFailureAt: iso(d.lastFailureAt),
    lastFailureReason: d.lastFailureReason === '' ? null : d.lastFailureReason, nextRetryAt: iso(d.nextRetryAt), sending: d.sending,
  }
}

export function networkCommands(c: { mesh: MeshAdmin | null; federation: FederationAdmin | null; now?: () => number }): AdminCommands {
  const now = c.now ?? Date.now
  return {
    'mesh.peers': {
      run(raw) {
        new Args(raw, [])
        if (c.mesh === null) throw meshOff()
        return { peers: c.mesh.peers().map((p) => ({ key: p.key, peerId: p.peerId, addresses: p.addresses, connectedAt: iso(p.connectedAtMs) })) }
      },
    },
    'mesh.store': {
      run(raw) {
        new Args(raw, [])
        if (c.mesh === null) throw meshOff()
        return c.mesh.storeStats()
      },
    },
    'federation.destinations': {
      run(raw) {
        new Args(raw, [])
        if (c.federation === null) throw federationOff()
        const at = now()
        return { destinations: c.federation.destinations().map((d) => destinationShape(d, at)) }
      },
    },
    'federation.reset': {
      changes: true,
      run(raw) {
        const given = new Args(raw, ['domain']).string('domain')
        if (c.federation === null) throw federationOff()
        const domain = normalizeDomain(given)
        if (domain === null || !c.federation.isPeer(domain)) throw new AdminError('not-found', `${given} is not a federation peer of this daemon`)
        c.federation.resetDestination(domain)
        const d = c.federation.destinations().find((x) => x.domain === domain)
        return { reset: domain, destination: d === undefined ? null : destinationShape(d, now()) }
      },
    },
  }
}
