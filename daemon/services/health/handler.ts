// Health (802): liveness and readiness. Needs no session; reports "draining" during shutdown so
// load balancers and qpqctl can tell a node on its way out.
import type { qpq } from '../../../proto/qpq.js'

export interface HealthDeps {
  startedAt: number
  version: string
  isDraining(): boolean
  /** The Ed25519 public key of delivery proofs (32 bytes), when the delivery service runs. */
  deliveryProofKey?: Uint8Array
  /** This server's federation domain, when federation is enabled (clients address its users name@<it>). */
  federationDomain?: string | null
}

export function healthHandler(deps: HealthDeps): () => qpq.v1.HealthResponse.$Properties {
  return () => ({
    status: deps.isDraining() ? 'draining' : 'ok',
    uptime_secs: Math.floor((Date.now() - deps.startedAt) / 1000),
    server_version: deps.version,
    delivery_proof_key: deps.deliveryProofKey,
    federation_domain: deps.federationDomain ?? '',
  })
}
