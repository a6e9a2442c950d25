// Blob metadata (the blob storage migration): stored blobs under their SHA-256, the accounts
// that stored each one (uploaded it, or were answered with it by deduplication), and unfinished
// uploads. The bytes themselves are files (disk.ts); nothing here holds them.
import type Database from 'better-sqlite3-multiple-ciphers'

export interface BlobRow { id: Buffer; size: number; mimeType: string; createdAt: number }

export interface UploadRow {
  /** The upload session id (16 B). */
  id: Buffer
  /** The uploading account (users.id). */
  userId: number
  sha256: Buffer
  totalSize: number
  mimeType: string
  expiresAt: number
}

type UploadDbRow = { id: Buffer; user_id: number; sha256: Buffer; total_size: number; mime_type: string; expires_at: number }

const toUpload = (r: UploadDbRow): UploadRow => ({
  id: r.id, userId: r.user_id, sha256: r.sha256, totalSize: r.total_size, mimeType: r.mime_type, expiresAt: r.expires_at,
})

export class BlobStore {
  private readonly byId: Database.Statement<[Buffer], { id: Buffer; size: number; mime_type: string; created_at: number }>
  private readonly insertBlob: Database.Statement<[Buffer, number, string, number]>
  private readonly insertOwner: Database.Statement<[Buffer, number, number]>
  private readonly uploadById: Database.Statement<[Buffer], UploadDbRow>
  private readonly resumable: Database.Statement<[number, Buffer, number, number], UploadDbRow>
  private readonly openCount: Database.Statement<[number, number], { n: number; first: number | null }>
  private readonly insertUpload: Database.Statement<[Buffer, number, Buffer, number, string, number, number]>
  private readonly deleteUploadRow: Database.Statement<[Buffer]>
  private readonly expired: Database.Statement<[number, number], { id: Buffer }>
  private readonly soleOwned: Database.Statement<[number], { blob_id: Buffer }>
  private readonly deleteBlobRow: Database.Statement<[Buffer]>
  private readonly deleteOwnerRows: Database.Statement<[number]>
  private readonly uploadsOf: Database.Statement<[number], { id: Buffer }>

  constructor(private readonly db: Database.Database) {
    const uploadCols = 'id, user_id, sha256, total_size, mime_type, expires_at'
    this.byId = db.prepare('SELECT id, size, mime_type, created_at FROM blobs WHERE id = ?')
    this.insertBlob = db.prepare('INSERT OR IGNORE INTO blobs (id, size, mime_type, created_at) VALUES (?, ?, ?, ?)')
    this.insertOwner = db.prepare('INSERT OR IGNORE INTO blob_owners (blob_id, user_id, stored_at) VALUES (?, ?, ?)')
    this.uploadById = db.prepare(`SELECT ${uploadCols} FROM blob_uploads WHERE id = ?`)
    this.resumable = db.prepare(`SELECT ${uploadCols} FROM blob_uploads
      WHERE user_id = ? AND sha256 = ? AND total_size = ? AND expires_at > ? ORDER BY expires_at DESC LIMIT 1`)
    this.openCount = db.prepare('SELECT count(*) AS n, min(expires_at) AS first FROM blob_uploads WHERE user_id = ? AND expires_at > ?')
    this.insertUpload = db.prepare('INSERT INTO blob_uploads (id, user_id, sha256, total_size, mime_type, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    this.deleteUploadRow = db.prepare('DELETE FROM blob_uploads WHERE id = ?')
    this.expired = db.prepare('SELECT id FROM blob_uploads WHERE expires_at <= ? LIMIT ?')
    // the blobs no other account stored: they go with the account
    this.soleOwned = db.prepare(`SELECT o.blob_id FROM blob_owners o WHERE o.user_id = ?
      AND NOT EXISTS (SELECT 1 FROM blob_owners x WHERE x.blob_id = o.blob_id AND x.user_id != o.user_id)`)
    this.deleteBlobRow = db.prepare('DELETE FROM blobs WHERE id = ?')
    this.deleteOwnerRows = db.prepare('DELETE FROM blob_owners WHERE user_id = ?')
    this.uploadsOf = db.prepare('SELECT id FROM blob_uploads WHERE user_id = ?')
  }

  blob(id: Buffer): BlobRow | undefined {
    const r = this.byId.get(id)
    return r === undefined ? undefined : { id: r.id, size: r.size, mimeType: r.mime_type, createdAt: r.created_at }
  }

  /** Records that an account stored this (existing) blob; storing it again changes nothing. */
  addOwner(blobId: Buffer, userId: number, now: number): void {
    this.insertOwner.run(blobId, userId, now)
  }

  /** A finished upload: the blob (unless another upload stored it first), its uploader as an owner, the upload gone. */
  finish(upload: UploadRow, now: number): void {
    this.db.transaction(() => {
      this.insertBlob.run(upload.sha256, upload.totalSize, upload.mimeType, now)
      this.insertOwner.run(upload.sha256, upload.userId, now)
      this.deleteUploadRow.run(upload.id)
    })()
  }

  upload(id: Buffer): UploadRow | undefined {
    const r = this.uploadById.get(id)
    return r === undefined ? undefined : toUpload(r)
  }

  /** The account's unexpired upload of these bytes, to resume. */
  resumableUpload(userId: number, sha256: Buffer, totalSize: number, now: number): UploadRow | undefined {
    const r = this.resumable.get(userId, sha256, totalSize, now)
    return r === undefined ? undefined : toUpload(r)
  }

  /** How many unexpired uploads the account has, and when the first of them expires. */
  openUploads(userId: number, now: number): { count: number; firstExpiry: number } {
    const r = this.openCount.get(userId, now) as { n: number; first: number | null }
    return { count: r.n, firstExpiry: r.first ?? now }
  }

  createUpload(u: UploadRow, now: number): void {
    this.insertUpload.run(u.id, u.userId, u.sha256, u.totalSize, u.mimeType, now, u.expiresAt)
  }

  deleteUpload(id: Buffer): void {
    this.deleteUploadRow.run(id)
  }

  expiredUploads(now: number, limit: number): Buffer[] {
    return this.expired.all(now, limit).map((r) => r.id)
  }

  /**
   * Account deletion (inside its transaction): the account's uploads and its ownership of blobs
   * go, and so do the blobs no other account stored. Returns the ids whose files are to go.
   */
  purgeAccount(userId: number): { blobs: Buffer[]; uploads: Buffer[] } {
    const blobs = this.soleOwned.all(userId).map((r) => r.blob_id)
    for (const id of blobs) this.deleteBlobRow.run(id)
    this.deleteOwnerRows.run(userId)
    const uploads = this.uploadsOf.all(userId).map((r) => r.id)
    for (const id of uploads) this.deleteUploadRow.run(id)
    return { blobs, uploads }
  }
}
