// The limits of blob storage: the protocol's (blob.proto), shared by the daemon, its
// configuration and the client, and the server's own, which its configuration may lower.

/** Largest blob the protocol allows: 50 MiB. */
export const PROTOCOL_MAX_BLOB_BYTES = 52_428_800
/** Largest chunk uploaded and largest range downloaded per call (half the 4 MiB frame). */
export const CHUNK_MAX_BYTES = 2 * 1024 * 1024

export interface BlobLimits {
  /** Largest blob in bytes (at most PROTOCOL_MAX_BLOB_BYTES). */
  maxBlobBytes: number
  /** An unfinished upload is deleted this long after it was opened. */
  uploadTtlMs: number
  /** Unfinished uploads one account may have open at once. */
  maxUploadsPerAccount: number
}

export const DEFAULT_BLOB_LIMITS: BlobLimits = { maxBlobBytes: PROTOCOL_MAX_BLOB_BYTES, uploadTtlMs: 24 * 3_600_000, maxUploadsPerAccount: 4 }
