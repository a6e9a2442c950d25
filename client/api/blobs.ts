// The SDK's blob storage (methods 600, 601): `client.blobs.*`. A blob is stored under the SHA-256
// of its bytes, which is its id. put() uploads in 2 MiB chunks — and when an upload of the same
// bytes by this account was interrupted, goes on where it stopped; get() and chunks() download by
// ranges and check the bytes against the id. Encrypt before put(): the server stores the bytes
// it is given, and anyone with a session who knows the id may read them (docs/blobs.md).
import { createHash } from 'node:crypto'
import { CHUNK_MAX_BYTES, PROTOCOL_MAX_BLOB_BYTES } from '../../protocol/blobs.js'
import type { Requester } from './requester.js'

export interface PutOptions {
  /** Media type, advisory (at most 255 bytes). */
  mimeType?: string
  /**
   * For a stream: the SHA-256 and size of all of it, when known. Then it is read once, chunk by
   * chunk, and never held whole; without them it is read into memory first, to hash it.
   */
  sha256?: Uint8Array
  size?: number
}

/** One range of a blob. */
export interface BlobRange { data: Uint8Array; offset: number; totalSize: number; mimeType: string }

/** The downloaded bytes do not hash to the blob id: the server (or the disk under it) altered them. */
export class BlobIntegrityError extends Error {
  override name = 'BlobIntegrityError'
}

type Source = Iterable<Uint8Array> | AsyncIterable<Uint8Array>

export class BlobsApi {
  constructor(private readonly client: Pick<Requester, 'request'>) {}

  /** Stores a blob (at most 50 MiB) and resolves with its id, the SHA-256 of its bytes. */
  async put(data: Uint8Array | AsyncIterable<Uint8Array>, opts: PutOptions = {}): Promise<Uint8Array> {
    const { source, sha256, size } = await described(data, opts)
    const first = await this.client.request('UploadBlob', { total_size: size, sha256, mime_type: opts.mimeType })
    // already stored (by anyone): nothing to send
    if (first.blob_id.length > 0) return first.blob_id
    const uploadId = first.upload_id
    let offset = first.received
    for await (const chunk of chunksFrom(source, offset)) {
      const final = offset + chunk.length === size
      const r = await this.client.request('UploadBlob', { upload_id: uploadId, offset, chunk, final })
      if (final) return r.blob_id
      offset = r.received
    }
    // an empty blob, or every byte already there from the interrupted upload
    return (await this.client.request('UploadBlob', { upload_id: uploadId, offset, final: true })).blob_id
  }

  /** `length` bytes (at most 2 MiB) from `offset`; not checked against the id (get() and chunks() are). */
  async read(blobId: Uint8Array, offset = 0, length = CHUNK_MAX_BYTES): Promise<BlobRange> {
    const r = await this.client.request('DownloadBlob', { blob_id: blobId, offset, length })
    return { data: r.data, offset: r.offset, totalSize: r.total_size, mimeType: r.mime_type }
  }

  /**
   * The whole blob, range by range. The last range is yielded only once the SHA-256 of all of it
   * matched the id; otherwise the iteration throws BlobIntegrityError instead.
   */
  async *chunks(blobId: Uint8Array): AsyncGenerator<BlobRange> {
    const hash = createHash('sha256')
    let offset = 0
    for (;;) {
      const range = await this.read(blobId, offset)
      hash.update(range.data)
      offset += range.data.length
      if (offset >= range.totalSize) {
        if (!hash.digest().equals(blobId)) throw new BlobIntegrityError('the downloaded bytes do not match the blob id')
        yield range
        return
      }
      if (range.data.length === 0) throw new BlobIntegrityError(`the server sent no bytes at offset ${offset} of ${range.totalSize}`)
      yield range
    }
  }

  /** The whole blob in memory, checked against its id. */
  async get(blobId: Uint8Array): Promise<{ data: Uint8Array; mimeType: string }> {
    const ranges: BlobRange[] = []
    for await (const range of this.chunks(blobId)) ranges.push(range)
    return { data: Buffer.concat(ranges.map((r) => r.data)), mimeType: ranges[0]?.mimeType ?? '' }
  }
}

/** What put() sends: the bytes, their hash and size. */
async function described(data: Uint8Array | AsyncIterable<Uint8Array>, opts: PutOptions): Promise<{ source: Source; sha256: Uint8Array; size: number }> {
  if (!(data instanceof Uint8Array)) {
    if (opts.sha256 !== undefined && opts.size !== undefined) return { source: data, sha256: opts.sha256, size: opts.size }
    data = await collected(data)
  }
  return { source: [data], sha256: createHash('sha256').update(data).digest(), size: data.length }
}

async function collected(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const pieces: Uint8Array[] = []
  let size = 0
  for await (const piece of stream) {
    size += piece.length
    if (size > PROTOCOL_MAX_BLOB_BYTES) throw new RangeError(`a blob is at most ${PROTOCOL_MAX_BLOB_BYTES} bytes`)
    pieces.push(piece)
  }
  return Buffer.concat(pieces)
}

/** The bytes of `source` from byte `start` on, in chunks of CHUNK_MAX_BYTES (the last one shorter). */
async function* chunksFrom(source: Source, start: number): AsyncGenerator<Uint8Array> {
  let skip = start
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  for await (const piece of source) {
    const dropped = Math.min(skip, piece.length)
    skip -= dropped
    let rest = piece.subarray(dropped)
    while (rest.length > 0) {
      const take = Math.min(rest.length, CHUNK_MAX_BYTES - pendingBytes)
      pending.push(rest.subarray(0, take))
      pendingBytes += take
      rest = rest.subarray(take)
      if (pendingBytes === CHUNK_MAX_BYTES) {
        yield joined(pending)
        pending = []
        pendingBytes = 0
      }
    }
  }
  if (pendingBytes > 0) yield joined(pending)
}

const joined = (pieces: Uint8Array[]): Uint8Array => (pieces.length === 1 ? pieces[0] as Uint8Array : Buffer.concat(pieces))
