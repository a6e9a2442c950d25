// Where blob bytes live, and the file operations on them (all asynchronous: a chunk is megabytes,
// and the event loop serves everyone else meanwhile). Layout under the blob directory:
//   <dir>/<first two hex digits of the id>/<64 hex digits of the id>   a stored blob
//   <dir>/uploads/<32 hex digits of the upload id>.part               an unfinished upload
// Parts sit on the same filesystem as the blobs, so finishing an upload is a rename: a blob's
// file is either absent or complete, never half written.
import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { appendFile, mkdir, open, readdir, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

/** Appends bytes to a file, creating it. Injectable so that tests can fill the disk. */
export type AppendFile = (file: string, data: Uint8Array) => Promise<void>

const appendPrivate: AppendFile = (file, data) => appendFile(file, data, { mode: 0o600 })
const PART = '.part'

/** What an unfinished upload holds so far: its length and the hash state over it. */
export interface PartState { received: number; hash: Hash }

const isMissing = (err: unknown): boolean => (err as NodeJS.ErrnoException).code === 'ENOENT'

async function removeIfPresent(file: string): Promise<void> {
  try {
    await unlink(file)
  } catch (err) {
    if (!isMissing(err)) throw err
  }
}

async function fsyncPath(file: string, flags: 'r' | 'r+'): Promise<void> {
  const fh = await open(file, flags)
  try { await fh.sync() } finally { await fh.close() }
}

export class BlobDisk {
  private readonly uploads: string

  constructor(readonly dir: string, private readonly append: AppendFile = appendPrivate) {
    this.uploads = path.join(dir, 'uploads')
  }

  /** Creates the directories (once, at start). */
  async prepare(): Promise<void> {
    await mkdir(this.uploads, { recursive: true, mode: 0o700 })
  }

  blobFile(id: Buffer): string {
    const hex = id.toString('hex')
    return path.join(this.dir, hex.slice(0, 2), hex)
  }

  private partFile(uploadId: Buffer): string {
    return path.join(this.uploads, uploadId.toString('hex') + PART)
  }

  async appendPart(uploadId: Buffer, chunk: Uint8Array): Promise<void> {
    await this.append(this.partFile(uploadId), chunk)
  }

  /** Reads a part back (after a restart: the hash state lived in memory); a missing part is empty. */
  async hashPart(uploadId: Buffer): Promise<PartState> {
    const hash = createHash('sha256')
    let received = 0
    try {
      for await (const piece of createReadStream(this.partFile(uploadId))) {
        hash.update(piece as Buffer)
        received += (piece as Buffer).length
      }
    } catch (err) {
      if (!isMissing(err)) throw err
    }
    return { received, hash }
  }

  async removePart(uploadId: Buffer): Promise<void> {
    await removeIfPresent(this.partFile(uploadId))
  }

  /** Upload ids of the parts on disk. */
  async partIds(): Promise<Buffer[]> {
    return (await readdir(this.uploads)).filter((f) => /^[0-9a-f]{32}\.part$/.test(f)).map((f) => Buffer.from(f.slice(0, 32), 'hex'))
  }

  /** Makes a complete part the blob `id`: flushed to the disk, renamed into place, the rename flushed too. */
  async storePart(uploadId: Buffer, id: Buffer): Promise<void> {
    const part = this.partFile(uploadId)
    const file = this.blobFile(id)
    // an empty blob has no part yet (no chunk was ever appended)
    await this.append(part, new Uint8Array(0))
    await fsyncPath(part, 'r+')
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    await rename(part, file)
    await fsyncPath(path.dirname(file), 'r')
  }

  /** `length` bytes of blob `id` from `offset` (fewer at its end); null when its file is missing. */
  async read(id: Buffer, offset: number, length: number): Promise<Buffer | null> {
    let fh
    try {
      fh = await open(this.blobFile(id), 'r')
    } catch (err) {
      if (isMissing(err)) return null
      throw err
    }
    try {
      const buffer = Buffer.allocUnsafe(length)
      let filled = 0
      while (filled < length) {
        const { bytesRead } = await fh.read(buffer, filled, length - filled, offset + filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      return buffer.subarray(0, filled)
    } finally {
      await fh.close()
    }
  }

  async removeBlob(id: Buffer): Promise<void> {
    await removeIfPresent(this.blobFile(id))
  }
}
