// What this server knows of its peers' key transparency logs (migration 14): the KT key pinned
// for each peer on first use, the chain of signed tree heads it verified (one per tree size,
// each consistent with the one before; the newest 1,000 are kept), and the alerts it raised.
import type Database from 'better-sqlite3-multiple-ciphers'
import { qpq } from '../proto/qpq.js'

export interface StoredHead { treeSize: number; rootHash: Buffer; timestampMs: number; signature: Buffer; signerKey: Buffer }

export interface StoredAlert {
  id: number
  domain: string
  kind: string
  detail: string
  earlier: qpq.v1.ISignedTreeHead | null
  later: qpq.v1.ISignedTreeHead | null
  raisedAt: number
}

const HEADS_KEPT = 1_000

interface HeadRow { tree_size: number; root_hash: Buffer; timestamp_ms: number; signature: Buffer }
interface AlertRow { id: number; domain: string; kind: string; detail: string; earlier: Buffer | null; later: Buffer | null; raised_at: number }

const encodeHead = (h: qpq.v1.ISignedTreeHead | null): Buffer | null => (h === null ? null : Buffer.from(qpq.v1.SignedTreeHead.encode(h).finish()))
const decodeHead = (b: Buffer | null): qpq.v1.ISignedTreeHead | null => (b === null ? null : qpq.v1.SignedTreeHead.decode(b))

export class PeerLogStore {
  private readonly logOf: Database.Statement<[string], { signer_key: Buffer; last_checked_at: number }>
  private readonly pin: Database.Statement<[string, Buffer, number]>
  private readonly checked: Database.Statement<[number, string]>
  private readonly latestHead: Database.Statement<[string], HeadRow>
  private readonly insertHead: Database.Statement<[string, number, Buffer, number, Buffer, number]>
  private readonly trimHeads: Database.Statement<[string, string, number]>
  private readonly recentHeads: Database.Statement<[string, number], HeadRow>
  private readonly insertAlert: Database.Statement<[string, string, string, Buffer | null, Buffer | null, number]>
  private readonly sameAlert: Database.Statement<[string, string, Buffer | null], { id: number }>
  private readonly alertsOf: Database.Statement<[string], AlertRow>
  private readonly alertCount: Database.Statement<[], { domain: string; n: number }>
  private readonly forgetTx: Database.Transaction<(domain: string) => void>

  constructor(db: Database.Database) {
    this.logOf = db.prepare('SELECT signer_key, last_checked_at FROM federation_peer_logs WHERE domain = ?')
    this.pin = db.prepare('INSERT INTO federation_peer_logs (domain, signer_key, last_checked_at) VALUES (?, ?, ?)')
    this.checked = db.prepare('UPDATE federation_peer_logs SET last_checked_at = ? WHERE domain = ?')
    this.latestHead = db.prepare('SELECT tree_size, root_hash, timestamp_ms, signature FROM federation_peer_heads WHERE domain = ? ORDER BY tree_size DESC LIMIT 1')
    this.insertHead = db.prepare('INSERT OR IGNORE INTO federation_peer_heads (domain, tree_size, root_hash, timestamp_ms, signature, seen_at) VALUES (?, ?, ?, ?, ?, ?)')
    this.trimHeads = db.prepare('DELETE FROM federation_peer_heads WHERE domain = ? AND tree_size < (SELECT min(tree_size) FROM (SELECT tree_size FROM federation_peer_heads WHERE domain = ? ORDER BY tree_size DESC LIMIT ?))')
    this.recentHeads = db.prepare('SELECT tree_size, root_hash, timestamp_ms, signature FROM federation_peer_heads WHERE domain = ? ORDER BY tree_size DESC LIMIT ?')
    this.insertAlert = db.prepare('INSERT INTO federation_kt_alerts (domain, kind, detail, earlier, later, raised_at) VALUES (?, ?, ?, ?, ?, ?)')
    this.sameAlert = db.prepare('SELECT id FROM federation_kt_alerts WHERE domain = ? AND kind = ? AND later IS ?')
    this.alertsOf = db.prepare('SELECT * FROM federation_kt_alerts WHERE domain = ? ORDER BY id')
    this.alertCount = db.prepare('SELECT domain, count(*) AS n FROM federation_kt_alerts GROUP BY domain')
    this.forgetTx = db.transaction((domain: string) => {
      for (const t of ['federation_peer_logs', 'federation_peer_heads', 'federation_kt_alerts']) db.prepare(`DELETE FROM ${t} WHERE domain = ?`).run(domain)
    })
  }

  /** The KT key pinned for a peer, and when its log was last checked. */
  log(domain: string): { signerKey: Buffer; lastCheckedAt: number } | undefined {
    const r = this.logOf.get(domain)
    return r && { signerKey: r.signer_key, lastCheckedAt: r.last_checked_at }
  }

  pinSigner(domain: string, signerKey: Buffer, now: number): void {
    this.pin.run(domain, signerKey, now)
  }

  markChecked(domain: string, now: number): void {
    this.checked.run(now, domain)
  }

  /** The newest verified head (the largest tree). */
  latest(domain: string): StoredHead | undefined {
    const r = this.latestHead.get(domain)
    const key = this.logOf.get(domain)?.signer_key
    return r && key && this.head(r, key)
  }

  addHead(domain: string, h: Omit<StoredHead, 'signerKey'>, now: number): void {
    this.insertHead.run(domain, h.treeSize, h.rootHash, h.timestampMs, h.signature, now)
    this.trimHeads.run(domain, domain, HEADS_KEPT)
  }

  /** Verified heads, newest first. */
  heads(domain: string, limit: number): StoredHead[] {
    const key = this.logOf.get(domain)?.signer_key
    return key === undefined ? [] : this.recentHeads.all(domain, limit).map((r) => this.head(r, key))
  }

  /** Records an alert unless the same one (domain, kind, contradicting head) is recorded already; true when new. */
  raise(domain: string, kind: string, detail: string, earlier: qpq.v1.ISignedTreeHead | null, later: qpq.v1.ISignedTreeHead | null, now: number): boolean {
    const laterBytes = encodeHead(later)
    if (this.sameAlert.get(domain, kind, laterBytes) !== undefined) return false
    this.insertAlert.run(domain, kind, detail, encodeHead(earlier), laterBytes, now)
    return true
  }

  alerts(domain: string): StoredAlert[] {
    return this.alertsOf.all(domain).map((r) => ({
      id: r.id, domain: r.domain, kind: r.kind, detail: r.detail, earlier: decodeHead(r.earlier), later: decodeHead(r.later), raisedAt: r.raised_at,
    }))
  }

  alertCounts(): Map<string, number> {
    return new Map(this.alertCount.all().map((r) => [r.domain, r.n]))
  }

  /** The operator accepted what happened (a peer restored from backup, a new KT key): start over on first use. */
  forget(domain: string): void {
    this.forgetTx(domain)
  }

  private head(r: HeadRow, signerKey: Buffer): StoredHead {
    return { treeSize: r.tree_size, rootHash: r.root_hash, timestampMs: r.timestamp_ms, signature: r.signature, signerKey }
  }
}
