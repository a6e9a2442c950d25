// The protocol's blob limits (blob.proto), shared by the daemon, its configuration and the client.

/** Largest blob the protocol allows: 50 MiB. */
export const PROTOCOL_MAX_BLOB_BYTES = 52_428_800
/** Largest chunk uploaded and largest range downloaded per call (half the 4 MiB frame). */
export const CHUNK_MAX_BYTES = 2 * 1024 * 1024
