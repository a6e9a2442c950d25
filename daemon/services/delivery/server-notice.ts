// Server notices (a plugin's ctx.sendNotice): a qpq.v1.ServerNotice stored in the user's queue
// on the reserved channel ff…ff (16 × 0xFF), through the delivery's own path: committed, pushed
// as NewMessage to the user's connections, fetched and acked like any message. Enqueue refuses
// that channel, so whatever a client finds there comes from the server.
import { qpq } from '../../../proto/qpq.js'
import { BadRequestError, NotFoundError } from '../../../protocol/errors.js'
import { normalizeUsername } from '../../../protocol/username.js'
import { IDENTITY_KEY_BYTES } from '../sized-bytes.js'
import type { NewMessage } from './store.js'

export const SERVER_NOTICE_CHANNEL: Buffer = Buffer.alloc(16, 0xff)
const MAX_NOTICE_CHARS = 4_096

export interface NoticeDeps {
  /** The identity key of an account by (normalized) username. */
  identityOf(username: string): Buffer | undefined
  /** Stores messages on the delivery's path (DeliveryService.deposit). */
  deposit(build: () => NewMessage[]): Promise<unknown>
  ttlSecs: number
  now?: () => number
}

/** Sends a notice from `source` to a user named by username or identity key; resolves once committed. Checks the input (BadRequest). */
export function noticeSender(d: NoticeDeps): (to: string | Uint8Array, text: string, source: string) => Promise<void> {
  const now = d.now ?? Date.now
  return async (to, text, source) => {
    if (typeof to !== 'string' && to.length !== IDENTITY_KEY_BYTES) throw new BadRequestError(`sendNotice: the recipient is a username or a ${IDENTITY_KEY_BYTES}-byte identity key`)
    if (text === '') throw new BadRequestError('sendNotice: the text is a non-empty string')
    if (text.length > MAX_NOTICE_CHARS) throw new BadRequestError(`a notice is at most ${MAX_NOTICE_CHARS} characters`)
    const recipient = typeof to === 'string' ? d.identityOf(normalizeUsername(to)) : Buffer.from(to)
    if (recipient === undefined) throw new NotFoundError(`no account is named ${JSON.stringify(to)}`)
    const t = now()
    const payload = Buffer.from(qpq.v1.ServerNotice.encode({ text, source, timestamp_ms: t }).finish())
    // a recipient without an account is refused inside the transaction (NotFound)
    await d.deposit(() => [{ recipient, channel: SERVER_NOTICE_CHANNEL, payload, messageId: null, expiresAt: t + d.ttlSecs * 1000 }])
  }
}
