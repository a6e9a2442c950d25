// Account deletion in one transaction. Every service that keeps data of an account registers a
// purge step here when the daemon is wired (daemon/wiring/): sessions, devices and push tokens,
// recovery bundles now; delivery queues, KeyPackages, hybrid keys, channel memberships, blobs…
// as they land. purge() runs every step, in registration order, then deletes the account's row
// (its OPAQUE record, username and identity key) — all inside one SQLite transaction, so an
// account is either wholly there or wholly gone: a step that throws rolls everything back.
//
// Steps are synchronous (better-sqlite3 transactions are). Work outside the database — unlinking
// a blob's file, closing push streams — must not happen before the commit: a step returns it as
// a function, run after the commit; its failure is logged, the deletion stands.
//
// Rows that reference users(id) with ON DELETE CASCADE go with the account's row anyway; every
// other table holding data of accounts (keyed by identity key or username, or by an id without
// a foreign key) must have a step. We register steps for the cascading tables too, so that the
// wiring says what a deletion deletes. Leaving a row behind is worse than it looks:
// users.id is a plain INTEGER PRIMARY KEY, so SQLite may give a deleted account's id to the next
// account registered, and a row left under the old id would become the new account's.
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Logger } from '../../observability/logger.js'

/** The account being deleted, as the steps find its data: by row id, username or identity key. */
export interface PurgedAccount {
  readonly id: number
  readonly username: string
  /** The 32-byte Ed25519 identity key. */
  readonly identityKey: Buffer
}

/** Work to do once the deletion has committed. */
export type AfterCommit = () => void

/** Deletes everything of one account that a service keeps, inside the purge transaction. */
/** It may return how many rows it deleted (for the log) or work to run after the commit. */
export type PurgeStep = (account: PurgedAccount) => void | number | AfterCommit

export interface AccountPurgerDeps {
  db: Database.Database
  /** The last step: deletes the account's own row; false when there was none. */
  deleteAccountRow(accountId: number): boolean
  log: Logger
}

export class AccountPurger {
  private readonly steps = new Map<string, PurgeStep>()

  constructor(private readonly d: AccountPurgerDeps) {}

  /** Adds a step; `name` (e.g. "devices") appears in errors and logs, and must be unique. */
  register(name: string, step: PurgeStep): void {
    if (this.steps.has(name)) throw new Error(`account purge step "${name}" is registered twice`)
    this.steps.set(name, step)
  }

  /** Names of the registered steps, in the order they run. */
  get stepNames(): string[] {
    return [...this.steps.keys()]
  }

  /**
   * Deletes the account and everything of it. Returns the number of rows each step reported
   * deleting (steps that return a count), or null when the account did not exist (nothing changed).
   */
  purge(account: PurgedAccount): Record<string, number> | null {
    const after: Array<[string, AfterCommit]> = []
    const counts: Record<string, number> = {}
    const transaction = this.d.db.transaction(() => {
      for (const [name, step] of this.steps) {
        let result: unknown
        try {
          result = step(account)
        } catch (err) {
          throw new Error(`account purge step "${name}" failed: ${(err as Error).message}`, { cause: err })
        }
        if (result instanceof Promise) throw new Error(`account purge step "${name}" returned a promise: steps run inside the transaction and must be synchronous`)
        if (typeof result === 'number') counts[name] = result
        else if (typeof result === 'function') after.push([name, result as AfterCommit])
      }
      // the account was already gone: undo whatever the steps did (nothing, normally)
      if (!this.d.deleteAccountRow(account.id)) throw new AccountAbsent()
    })
    try {
      transaction.immediate()
    } catch (err) {
      if (err instanceof AccountAbsent) return null
      throw err
    }
    for (const [name, work] of after) {
      try {
        work()
      } catch (err) {
        this.d.log.error({ err, step: name }, 'account deleted, but a purge step failed after the commit')
      }
    }
    return counts
  }
}

class AccountAbsent extends Error {}
