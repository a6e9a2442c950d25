// The server's own limits of blob storage, which its configuration may lower; the protocol's
// are in protocol/blobs.ts.
import { PROTOCOL_MAX_BLOB_BYTES } from '../../../protocol/blobs.js'

export interface BlobLimits {
  /** Largest blob in bytes (at most PROTOCOL_MAX_BLOB_BYTES). */
  maxBlobBytes: number
  /** An unfinished upload is deleted this long after it was opened. */
  uploadTtlMs: number
  /** Unfinished uploads one account may have open at once. */
  maxUploadsPerAccount: number
}

export const DEFAULT_BLOB_LIMITS: BlobLimits = { maxBlobBytes: PROTOCOL_MAX_BLOB_BYTES, uploadTtlMs: 24 * 3_600_000, maxUploadsPerAccount: 4 }
