// Key transparency methods: RevokeKey (510), CheckRevocation (511), AuditKeyTransparency (520).
// The published messages (keys.proto) carry the original's fields; ours (>= 16) add the signed
// tree head, the leaf bytes and the inclusion and consistency proofs a client verifies
// (docs/key-transparency.md). A caller revokes only its own identity key; anyone with a session
// may check a key or audit the log's hashes. The leaves themselves (usernames and keys) are
// shown to everyone only when the operator makes the log public (`kt_public_log`); otherwise a
// caller sees its own leaves and the hashes of the others — the integrity of the whole log stays
// checkable without handing every user the server's directory.
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError, ForbiddenError, NotFoundError } from '../../../protocol/errors.js'
import type { CallContext } from '../call-context.js'
import { sessionOf } from '../auth/sessions.js'
import { IDENTITY_KEY_BYTES, sizedBytes } from '../sized-bytes.js'
import { isRevocationReason, REVOCATION_REASONS } from '../../../protocol/kt/leaf.js'
import type { KtLog } from './log.js'
import type { EntryRow, KtStore } from './store.js'

/** Entries per AuditKeyTransparency answer; a longer range is answered in part (the client continues). */
export const AUDIT_PAGE_MAX = 1_000

export interface KtDeps {
  log: KtLog
  store: KtStore
  /** Audit answers carry every leaf, not only the caller's own (config kt_public_log). */
  publicLog: boolean
}

type V1 = typeof qpq.v1

export class KtService {
  constructor(private readonly d: KtDeps) {}

  revokeKey = (req: InstanceType<V1['RevokeKeyRequest']>, ctx: CallContext): qpq.v1.RevokeKeyResponse.$Properties => {
    const key = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    if (!isRevocationReason(req.reason)) throw new BadRequestError(`reason must be one of ${REVOCATION_REASONS.join(', ')}`)
    if (!key.equals(sessionOf(ctx).identityKey)) throw new ForbiddenError('you may revoke only your own identity key')
    const { index, appended } = this.d.log.revoke(key, req.reason)
    if (appended) ctx.log.info({ leafIndex: index, reason: req.reason }, 'identity key revoked')
    return { success: appended, leaf_index: index }
  }

  checkRevocation = async (req: InstanceType<V1['CheckRevocationRequest']>): Promise<qpq.v1.CheckRevocationResponse.$Properties> => {
    const key = sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const revocation = this.d.log.revocation(key)
    const evidence = await this.d.log.evidence(revocation, req.known_tree_size)
    return { revoked: revocation !== undefined, reason: revocation?.reason ?? '', timestamp_ms: revocation?.timestampMs ?? 0, ...evidence }
  }

  auditKeyTransparency = async (req: InstanceType<V1['AuditKeyTransparencyRequest']>, ctx: CallContext): Promise<qpq.v1.AuditKeyTransparencyResponse.$Properties> => {
    const key = req.identity_key.length === 0 ? null : sizedBytes(req.identity_key, 'identity_key', IDENTITY_KEY_BYTES)
    const row = key === null ? undefined : this.d.log.latest(key)
    if (key !== null && row === undefined) throw new NotFoundError('the log has no leaf for this identity_key')
    const evidence = await this.d.log.evidence(row, req.known_tree_size)
    const size = Number(evidence.tree_head.tree_size)
    const end = req.end === 0 ? size : req.end
    if (end > size) throw new BadRequestError(`end ${req.end} is beyond the log, which has ${size} leaves`)
    if (req.start > end) throw new BadRequestError(`start ${req.start} is after end ${end}`)
    const entries = this.d.store.entries(req.start, Math.min(end, req.start + AUDIT_PAGE_MAX))
    const me = sessionOf(ctx).identityKey
    const shown = (e: EntryRow): boolean => this.d.publicLog || e.identityKey?.equals(me) === true
    return {
      entries: entries.map((e) => ({ index: e.index, leaf_hash: e.hash, leaf: shown(e) ? e.leaf ?? undefined : undefined })),
      tree_size: size,
      root: evidence.tree_head.root_hash,
      ...evidence,
    }
  }
}
