// Blob storage (methods 600, 601; proto/qpq/v1/blob.proto, docs/blobs.md): write-once binary
// objects (attachments, avatars — normally encrypted by the client) stored under the SHA-256 of
// their bytes. An upload is a session bound to the account that opened it: its chunks are
// appended in order to a part file while their SHA-256 is computed, and only once the last one
// arrived and the hash matched does the part become the blob (fsync, rename) and its row appear,
// so a wrong or unfinished upload never becomes visible. Bytes that are already stored complete
// at the first call (deduplication). Unfinished uploads expire and a sweep deletes them. Any
// account with a session may read a blob by its id: the id is the capability.
import { randomBytes } from 'node:crypto'
import type { qpq } from '../../../proto/qpq.js'
import type { HookBus } from '../../../plugins/hooks.js'
import { BadRequestError, ForbiddenError, NotFoundError, RateLimitedError, UnavailableError } from '../../../protocol/errors.js'
import { vetoCheck } from '../veto.js'
import type { Logger } from '../../observability/logger.js'
import type { CallContext, Session } from '../call-context.js'
import type { AfterCommit } from '../account/purger.js'
import { sessionOf } from '../auth/sessions.js'
import { sizedBytes } from '../sized-bytes.js'
import type { BlobDisk, PartState } from './disk.js'
import { KeyedLock } from './keyed-lock.js'
import { CHUNK_MAX_BYTES } from '../../../protocol/blobs.js'
import type { BlobLimits } from './limits.js'
import type { BlobStore, UploadRow } from './store.js'
import { isDiskFull } from '../../storage/disk-full.js'

const MIME_TYPE_MAX_BYTES = 255
const UPLOAD_ID_BYTES = 16
const BLOB_ID_BYTES = 32

export interface BlobDeps {
  store: BlobStore
  disk: BlobDisk
  /** blob.upload (veto), raised at the first call of every upload. */
  hooks: HookBus
  limits: BlobLimits
  log: Logger
  now?: () => number
}

const SWEEP_BATCH = 1_000

type V1 = typeof qpq.v1
type UploadReply = qpq.v1.UploadBlobResponse.$Properties
/** What the handlers read of a call: its session. */
type Caller = Pick<CallContext, 'session'>

const uploadKey = (id: Buffer): string => `upload ${id.toString('hex')}`
const blobKey = (id: Buffer): string => `blob ${id.toString('hex')}`

export class BlobService {
  private readonly now: () => number
  private readonly lock = new KeyedLock()
  /** Length and hash state of the uploads in progress, by upload id (rebuilt from the part after a restart). */
  private readonly parts = new Map<string, PartState>()

  constructor(private readonly d: BlobDeps) {
    this.now = d.now ?? Date.now
  }

  /** Creates the blob directory and clears what a previous run left unfinished (daemon/wiring/background.ts sweeps from then on). */
  async start(): Promise<void> {
    await this.d.disk.prepare()
    await this.sweep()
  }

  uploadBlob = async (req: InstanceType<V1['UploadBlobRequest']>, ctx: Caller): Promise<UploadReply> => {
    const me = sessionOf(ctx)
    if (req.chunk.length > CHUNK_MAX_BYTES) throw new BadRequestError(`chunk must be at most ${CHUNK_MAX_BYTES} bytes`)
    return req.upload_id.length === 0 ? await this.begin(req, me) : await this.next(req, me)
  }

  downloadBlob = async (req: InstanceType<V1['DownloadBlobRequest']>): Promise<qpq.v1.DownloadBlobResponse.$Properties> => {
    const id = sizedBytes(req.blob_id, 'blob_id', BLOB_ID_BYTES)
    if (req.length > CHUNK_MAX_BYTES) throw new BadRequestError(`length must be at most ${CHUNK_MAX_BYTES} bytes`)
    const blob = this.d.store.blob(id)
    if (blob === undefined) throw new NotFoundError('no blob has this blob_id')
    if (req.offset > blob.size) throw new BadRequestError(`offset is past the end of the blob (${blob.size} bytes)`)
    const data = await this.d.disk.read(id, req.offset, Math.min(req.length || CHUNK_MAX_BYTES, blob.size - req.offset))
    // deleted a moment ago (its last owner's account went)
    if (data === null) throw new NotFoundError('no blob has this blob_id')
    return { data, offset: req.offset, total_size: blob.size, mime_type: blob.mimeType }
  }

  /** Deletes expired uploads, and part files no upload owns (left by a crash or an account deletion). */
  async sweep(): Promise<void> {
    const now = this.now()
    const { store } = this.d
    for (const id of store.expiredUploads(now, SWEEP_BATCH)) {
      await this.lock.run(uploadKey(id), async () => {
        if ((store.upload(id)?.expiresAt ?? now) <= now) await this.discard(id)
      })
    }
    for (const id of await this.d.disk.partIds()) {
      // an upload's row exists before its part does, so a part without a row is left over
      if (store.upload(id) === undefined) await this.lock.run(uploadKey(id), () => this.discard(id))
    }
  }

  /**
   * Account deletion (inside its transaction): the account's uploads and its ownership of blobs
   * go, and the blobs no other account stored with them. Their files go after the commit.
   */
  purgeAccount(userId: number): AfterCommit {
    const { blobs, uploads } = this.d.store.purgeAccount(userId)
    const background = (work: Promise<void>): void => {
      work.catch((err: unknown) => this.d.log.error({ err }, 'could not remove the files of a deleted account\'s blobs'))
    }
    return () => {
      for (const id of uploads) background(this.lock.run(uploadKey(id), () => this.discard(id)))
      for (const id of blobs) {
        background(this.lock.run(blobKey(id), async () => {
          // stored again meanwhile, by another account uploading the same bytes: keep it
          if (this.d.store.blob(id) === undefined) await this.d.disk.removeBlob(id)
        }))
      }
    }
  }

  /** The first call: deduplicates, resumes the caller's unfinished upload of the same bytes, or opens an upload. */
  private async begin(req: InstanceType<V1['UploadBlobRequest']>, me: Session): Promise<UploadReply> {
    const sha256 = sizedBytes(req.sha256, 'sha256', BLOB_ID_BYTES)
    const { maxBlobBytes } = this.d.limits
    if (req.total_size > maxBlobBytes) throw new BadRequestError(`total_size must be at most ${maxBlobBytes} bytes`)
    if (Buffer.byteLength(req.mime_type, 'utf8') > MIME_TYPE_MAX_BYTES) throw new BadRequestError(`mime_type must be at most ${MIME_TYPE_MAX_BYTES} bytes`)
    if (req.offset !== 0) throw new BadRequestError('the first call of an upload (without upload_id) has offset 0')
    await vetoCheck(this.d.hooks.veto('blob.upload', { uploader: me.identityKey, size: req.total_size, sha256 }))
    const now = this.now()
    const stored = this.d.store.blob(sha256)
    if (stored !== undefined) {
      if (stored.size !== req.total_size) throw new BadRequestError(`total_size does not match the stored blob with this sha256 (${stored.size} bytes)`)
      this.d.store.addOwner(sha256, me.accountId, now)
      return { blob_id: sha256, received: stored.size }
    }
    const opened = this.d.store.resumableUpload(me.accountId, sha256, req.total_size, now) ?? this.open(me, sha256, req, now)
    return await this.lock.run(uploadKey(opened.id), async () => {
      const upload = this.liveUpload(opened.id, me)
      const part = await this.partOf(upload)
      // resuming: the client goes on from `received`, and this call's chunk (offset 0) is not needed
      if (part.received > 0) return { upload_id: upload.id, received: part.received }
      return await this.accept(upload, part, req.chunk, req.final)
    })
  }

  /** A later call: the next chunk of the caller's upload, or its end. */
  private async next(req: InstanceType<V1['UploadBlobRequest']>, me: Session): Promise<UploadReply> {
    const id = sizedBytes(req.upload_id, 'upload_id', UPLOAD_ID_BYTES)
    return await this.lock.run(uploadKey(id), async () => {
      const upload = this.liveUpload(id, me)
      if (req.total_size !== 0 && req.total_size !== upload.totalSize) throw new BadRequestError(`total_size does not match this upload's (${upload.totalSize} bytes)`)
      if (req.sha256.length !== 0 && !upload.sha256.equals(req.sha256)) throw new BadRequestError('sha256 does not match this upload\'s')
      const part = await this.partOf(upload)
      if (req.offset !== part.received) throw new BadRequestError(`offset must be ${part.received}, the bytes received so far`)
      return await this.accept(upload, part, req.chunk, req.final)
    })
  }

  private open(me: Session, sha256: Buffer, req: InstanceType<V1['UploadBlobRequest']>, now: number): UploadRow {
    const { count, firstExpiry } = this.d.store.openUploads(me.accountId, now)
    const max = this.d.limits.maxUploadsPerAccount
    if (count >= max) {
      throw new RateLimitedError(firstExpiry - now, `at most ${max} unfinished uploads per account: finish one (starting the same bytes again resumes it) or wait until one expires`)
    }
    const upload: UploadRow = {
      id: randomBytes(UPLOAD_ID_BYTES), userId: me.accountId, sha256, totalSize: req.total_size, mimeType: req.mime_type,
      expiresAt: now + this.d.limits.uploadTtlMs,
    }
    this.d.store.createUpload(upload, now)
    return upload
  }

  /** The caller's upload `id`, looked up under its lock: 4 when unknown or expired, 3 when another account's. */
  private liveUpload(id: Buffer, me: Session): UploadRow {
    const upload = this.d.store.upload(id)
    if (upload === undefined) throw new NotFoundError('no unfinished upload has this upload_id')
    if (upload.userId !== me.accountId) throw new ForbiddenError('this upload belongs to another account')
    if (upload.expiresAt <= this.now()) throw new NotFoundError('this upload has expired: start again')
    return upload
  }

  private async partOf(upload: UploadRow): Promise<PartState> {
    const key = upload.id.toString('hex')
    let part = this.parts.get(key)
    if (part === undefined) {
      part = await this.d.disk.hashPart(upload.id)
      this.parts.set(key, part)
    }
    return part
  }

  /** Appends a chunk at the end of the part; on `final`, checks size and hash and stores the blob. */
  private async accept(upload: UploadRow, part: PartState, chunk: Uint8Array, final: boolean): Promise<UploadReply> {
    if (part.received + chunk.length > upload.totalSize) throw new BadRequestError(`the chunk would end past total_size (${upload.totalSize} bytes)`)
    if (chunk.length > 0) {
      await this.onDisk(upload, () => this.d.disk.appendPart(upload.id, chunk))
      part.hash.update(chunk)
      part.received += chunk.length
    }
    if (!final) return { upload_id: upload.id, received: part.received }
    if (part.received !== upload.totalSize) throw new BadRequestError(`the upload is incomplete: ${part.received} of ${upload.totalSize} bytes received`)
    // the hash state is used up: the upload ends here, stored or discarded
    this.parts.delete(upload.id.toString('hex'))
    if (!part.hash.digest().equals(upload.sha256)) {
      await this.discard(upload.id)
      throw new BadRequestError('the bytes do not match sha256: the upload was discarded')
    }
    await this.onDisk(upload, () => this.store(upload))
    return { blob_id: upload.sha256, received: part.received }
  }

  /** Makes the verified part the blob, unless another upload stored the same bytes first. */
  private async store(upload: UploadRow): Promise<void> {
    await this.lock.run(blobKey(upload.sha256), async () => {
      const placed = this.d.store.blob(upload.sha256) === undefined
      if (placed) await this.d.disk.storePart(upload.id, upload.sha256)
      else await this.d.disk.removePart(upload.id)
      try {
        this.d.store.finish(upload, this.now())
      } catch (err) {
        // its row could not be written (a full disk): no file without a row either
        if (placed) await this.d.disk.removeBlob(upload.sha256)
        throw err
      }
    })
  }

  /** Disk work of an upload: when it fails, the upload is discarded (part and row) and the call says why. */
  private async onDisk(upload: UploadRow, work: () => Promise<void>): Promise<void> {
    try {
      await work()
    } catch (err) {
      await this.discard(upload.id).catch((e: unknown) => this.d.log.error({ err: e }, 'could not remove a failed blob upload'))
      if (!isDiskFull(err)) throw err
      this.d.log.error({ err }, 'blob storage is full: an upload was refused and discarded')
      throw new UnavailableError('the server is out of storage space: the upload was discarded, try again later')
    }
  }

  private async discard(uploadId: Buffer): Promise<void> {
    this.parts.delete(uploadId.toString('hex'))
    // the part first: on a full disk, removing it frees the space the row's deletion needs
    await this.d.disk.removePart(uploadId)
    this.d.store.deleteUpload(uploadId)
  }
}
