// Who accepted whom, for P2P endpoints (ResolveEndpoint shows an identity's endpoint only to its
// contacts): an owner accepts a contact by sending it a message with a session, or by creating a
// channel with it or adding it to one. Creating a channel *with* someone makes nobody their
// contact. Writes run inside the caller's transaction; a pair whose row has committed is
// remembered in memory (bounded), so a conversation costs one row, not one write per message.
import type Database from 'better-sqlite3-multiple-ciphers'

const REMEMBERED_MAX = 100_000

export class ContactBook {
  private readonly insert: Database.Statement<[Buffer, Buffer, number]>
  private readonly lookup: Database.Statement<[Buffer, Buffer], number>
  private readonly remove: Database.Statement<[Buffer, Buffer]>
  /** Pairs known to be recorded, as owner hex + contact hex. */
  private readonly remembered = new Set<string>()

  constructor(db: Database.Database, private readonly now: () => number = Date.now) {
    this.insert = db.prepare('INSERT OR IGNORE INTO p2p_contacts (owner, contact, since) VALUES (?, ?, ?)')
    this.lookup = db.prepare('SELECT 1 FROM p2p_contacts WHERE owner = ? AND contact = ?').pluck() as Database.Statement<[Buffer, Buffer], number>
    this.remove = db.prepare('DELETE FROM p2p_contacts WHERE owner = ? OR contact = ?')
  }

  /**
   * `owner` accepts each of `contacts`, inside the caller's transaction; call what it returns once
   * that transaction has committed (a rolled-back row must not be remembered as written).
   */
  accept(owner: Uint8Array, contacts: readonly Uint8Array[]): () => void {
    const o = Buffer.from(owner.buffer, owner.byteOffset, owner.byteLength)
    const ownerHex = o.toString('hex')
    const written: string[] = []
    for (const c of contacts) {
      const contact = Buffer.from(c.buffer, c.byteOffset, c.byteLength)
      if (contact.equals(o)) continue
      const pair = ownerHex + contact.toString('hex')
      if (this.remembered.has(pair)) continue
      this.insert.run(o, contact, this.now())
      written.push(pair)
    }
    return () => {
      if (this.remembered.size + written.length > REMEMBERED_MAX) this.remembered.clear()
      for (const pair of written) this.remembered.add(pair)
    }
  }

  /** True when `owner` accepted `viewer` (or they are the same identity). */
  accepted(owner: Buffer, viewer: Buffer): boolean {
    return owner.equals(viewer) || this.lookup.get(owner, viewer) !== undefined
  }

  /** Account deletion: the identity's contacts both ways. */
  purge(identityKey: Buffer): number {
    const hex = identityKey.toString('hex')
    for (const pair of this.remembered) if (pair.startsWith(hex) || pair.endsWith(hex)) this.remembered.delete(pair)
    return this.remove.run(identityKey, identityKey).changes
  }
}
