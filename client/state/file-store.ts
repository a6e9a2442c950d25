// The client's state as an encrypted file in its state directory (DIR/state.qpq, sealed-file.ts),
// locked across processes while a transaction runs (DIR/state.lock, lock.ts). The password's key
// is derived once per process; the decrypted state is kept in memory and read again only when
// another process has replaced the file since.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { decodeJson, encodeJson } from './json-bytes.js'
import { withLock } from './lock.js'
import { STATE_VERSION, type ClientData } from './model.js'
import { DEFAULT_KDF, deriveKey, open, readHeader, seal, StateFileCorruptError, writeAtomically, type KdfParams, type SealKey } from './sealed-file.js'
import { Serial, type StateStore } from './store.js'

export const STATE_FILE = 'state.qpq'
const LOCK_FILE = 'state.lock'
/** How long a transaction waits for another process's transaction to end, by default. */
export const LOCK_TIMEOUT_MS = 60_000

export interface StoreOptions {
  /** How long a transaction waits for another process's transaction to end (default 60 s). */
  lockTimeoutMs?: number
}

/** There is no state in the directory (nobody registered with it yet). */
export class NoStateError extends Error {
  override name = 'NoStateError'
}

/** The file's identity: it changes whenever some process renames a new version into place. */
const stampOf = (file: string): string => {
  const s = statSync(file, { bigint: true })
  return `${s.ino}:${s.mtimeNs}:${s.size}`
}

export class FileStateStore implements StateStore {
  private readonly serial = new Serial()
  private readonly file: string
  private readonly lockFile: string
  private readonly lockTimeoutMs: number

  /**
   * The JSON bytes sealed in the file as this process last wrote or read it (the file's stamp is
   * `stamp`): a write of the same bytes is skipped, it would leave the same state on disk.
   */
  private json: Buffer

  private constructor(dir: string, private readonly key: SealKey, private data: ClientData, private stamp: string, json: Buffer, opts: StoreOptions) {
    this.json = json
    this.lockTimeoutMs = opts.lockTimeoutMs ?? LOCK_TIMEOUT_MS
    this.file = path.join(dir, STATE_FILE)
    this.lockFile = path.join(dir, LOCK_FILE)
  }

  static exists(dir: string): boolean {
    return existsSync(path.join(dir, STATE_FILE))
  }

  /** Creates the directory's state; refuses when there is one already (never overwrites an identity). */
  static async create(dir: string, password: string, initial: ClientData, kdf: KdfParams = DEFAULT_KDF, opts: StoreOptions = {}): Promise<FileStateStore> {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const key = await deriveKey(password, kdf)
    const file = path.join(dir, STATE_FILE)
    return await withLock(path.join(dir, LOCK_FILE), opts.lockTimeoutMs ?? LOCK_TIMEOUT_MS, async () => {
      if (existsSync(file)) throw new Error(`${dir} already holds a client state (of another registration): use another --state directory`)
      const json = encodeJson(initial)
      writeAtomically(file, seal(key, json))
      return new FileStateStore(dir, key, initial, stampOf(file), json, opts)
    })
  }

  /** Opens the directory's state with the password (WrongPasswordError, StateFileCorruptError, NoStateError). */
  static async open(dir: string, password: string, opts: StoreOptions = {}): Promise<FileStateStore> {
    const file = path.join(dir, STATE_FILE)
    if (!existsSync(file)) throw new NoStateError(`no client state in ${dir}: register first (or pass the --state directory you registered with)`)
    const bytes = readFileSync(file)
    const { kdf, salt } = readHeader(file, bytes)
    const key = await deriveKey(password, kdf, Buffer.from(salt))
    const json = open(file, key, bytes)
    return new FileStateStore(dir, key, parse(file, json), stampOf(file), json, opts)
  }

  async read(): Promise<ClientData> {
    return await this.serial.run(async () => {
      this.reloadIfChanged()
      return structuredClone(this.data)
    })
  }

  update<R>(fn: (state: ClientData, save: () => Promise<void>) => Promise<R>): Promise<R> {
    return this.serial.run(() => withLock(this.lockFile, this.lockTimeoutMs, async () => {
      this.reloadIfChanged()
      const draft = structuredClone(this.data)
      const r = await fn(draft, async () => this.write(draft))
      this.write(draft)
      return r
    }))
  }

  private write(data: ClientData): void {
    const json = encodeJson(data)
    if (json.equals(this.json)) {
      // the file already holds exactly this state (reloadIfChanged ran under the same lock)
      this.data = structuredClone(data)
      return
    }
    writeAtomically(this.file, seal(this.key, json))
    this.json = json
    this.data = structuredClone(data)
    this.stamp = stampOf(this.file)
  }

  private reloadIfChanged(): void {
    if (stampOf(this.file) === this.stamp) return
    const bytes = readFileSync(this.file)
    const { salt } = readHeader(this.file, bytes)
    if (!this.key.salt.equals(salt)) throw new StateFileCorruptError(`${this.file} was replaced by a state of another password`)
    const json = open(this.file, this.key, bytes)
    this.data = parse(this.file, json)
    this.json = json
    this.stamp = stampOf(this.file)
  }
}

function parse(file: string, plaintext: Buffer): ClientData {
  let data: ClientData
  try {
    data = decodeJson<ClientData>(plaintext)
  } catch {
    throw new StateFileCorruptError(`${file} decrypts but does not hold a client state`)
  }
  if (data.version !== STATE_VERSION) throw new StateFileCorruptError(`${file} is of state version ${data.version}; this client reads version ${STATE_VERSION}`)
  return data
}
