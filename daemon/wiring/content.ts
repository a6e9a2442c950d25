// The domains that keep users' published material: blobs (files on disk, started and swept),
// single-use KeyPackages and hybrid keys (those of federation peers' users fetched through the
// relay), and P2P endpoints shown to contacts only.
import type { Config } from '../config/config.js'
import type { Logger } from '../observability/logger.js'
import type { Metrics } from '../observability/metrics.js'
import type { HookBus } from '../../plugins/hooks.js'
import { BlobDisk } from '../services/blobs/disk.js'
import { BlobService } from '../services/blobs/handler.js'
import { DEFAULT_BLOB_LIMITS } from '../services/blobs/limits.js'
import { KeyService } from '../services/keys/handler.js'
import { EndpointService } from '../services/p2p/handler.js'
import type { AccountsDomain } from './accounts.js'
import type { FederationRoutes } from './federation.js'
import type { Stores } from './storage.js'

/** BlobService is Startable itself (it rebuilds the state of unfinished uploads at start). */
export function blobsDomain(config: Config, c: { stores: Stores; accounts: AccountsDomain; hooks: HookBus; log: Logger }): BlobService {
  const blobs = new BlobService({
    store: c.stores.blobs, disk: new BlobDisk(config.blobs.dir), hooks: c.hooks, log: c.log.child({ component: 'blobs' }),
    limits: { ...DEFAULT_BLOB_LIMITS, maxBlobBytes: config.blobs.maxBytes, uploadTtlMs: config.blobs.uploadTtlMs },
  })
  c.accounts.purger.register('blobs and uploads', (a) => blobs.purgeAccount(a.id))
  return blobs
}

export function keysDomain(config: Config, c: { stores: Stores; accounts: AccountsDomain; metrics: Metrics; federation: FederationRoutes | null }): KeyService {
  const { stores, federation: f } = c
  const keys = new KeyService({
    store: stores.keys, ciphersuites: config.keyPackageCheck === 'ciphersuite' ? config.mlsCiphersuites : null, onUpload: () => c.metrics.service.keyPackageUpload.inc(),
    remote: f && { domainOf: (k) => f.domainOfKey(k), fetchKeyPackage: (d, k) => f.fetchKeyPackage(d, k), fetchHybridKey: (d, k) => f.fetchHybridKey(d, k) },
  })
  c.accounts.purger.register('key packages and hybrid keys', (a) => stores.keys.purge(a.identityKey))
  return keys
}

export function endpointsDomain(c: { stores: Stores; accounts: AccountsDomain }): EndpointService {
  const { stores } = c
  const endpoints = new EndpointService({ store: stores.endpoints, accepted: (owner, viewer) => stores.contacts.accepted(owner, viewer) })
  c.accounts.purger.register('p2p endpoints', (a) => stores.endpoints.purge(a.identityKey))
  c.accounts.purger.register('p2p contacts', (a) => stores.contacts.purge(a.identityKey))
  return endpoints
}
