// The mesh package's entry point. The daemon loads it only when the mesh is on, with
// `await import('./index.js')`, so a daemon with the mesh off never loads libp2p. The
// Promise.withResolvers polyfill is the first import: libp2p needs it on Node 20.
import './polyfill.js'

export { Mesh, type SendRequest, type BroadcastRequest, type SendResult } from './mesh.js'
export { DEFAULT_MESH_OPTIONS, type MeshOptions, type MeshComponents, type MeshHooks } from './options.js'
export type { Held, IngestResult } from './router.js'
export type { PeerLink } from './transport.js'
export type { StoreStats } from './store.js'
export type { MeshMetricsView, DropReason } from './metrics.js'
