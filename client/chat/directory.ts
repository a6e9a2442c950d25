// Usernames ↔ identity keys. Answers come from the server's directory verified against key
// transparency (client.users) and are kept as contacts, so a binding once verified is not asked
// for again; the KT signing key is pinned at the first verified answer — the server's own, and
// each other domain's for its users (name@domain, through the server's federation relay).
import { parseUserAddress } from '../../protocol/domain.js'
import { CallTimeoutError, ConnectionClosedError, QpqError, Status } from '../errors.js'
import type { AddressEntry } from '../mls/payload.js'
import type { ClientData } from '../state/model.js'
import { sameBytes } from '../mls/suite.js'
import type { ChatContext } from './context.js'
import { hex } from './conversations.js'
import { FederationUnavailableError, UnknownUserError } from './errors.js'

/** The identity key of `name` (a user of our server) or `name@domain` (of our domain, or of another one). */
export async function keyOf(ctx: ChatContext, state: ClientData, username: string): Promise<Uint8Array> {
  const { name, domain: named } = parseUserAddress(username)
  const domain = named !== null && named !== await ctx.homeDomain() ? named : null
  const address = domain === null ? name : `${name}@${domain}`
  if (address === state.username) return state.identity.publicKey
  const known = Object.entries(state.contacts).find(([, n]) => n === address)
  if (known !== undefined) return new Uint8Array(Buffer.from(known[0], 'hex'))
  const key = domain === null ? await ctx.client.users.resolve(name) : await resolveRemote(ctx, name, domain)
  pinKt(ctx, state, domain)
  if (key === null) throw new UnknownUserError(`no user ${name} on ${domain ?? 'this server'}`)
  state.contacts[hex(key)] = address
  return key
}

/** A user of another domain, through our server; a server that cannot reach that domain is told apart from one without federation. */
async function resolveRemote(ctx: ChatContext, name: string, domain: string): Promise<Uint8Array | null> {
  try {
    return await ctx.client.users.resolve(`${name}@${domain}`)
  } catch (err) {
    // NotFound: federation is off or the domain is no peer of it; BadRequest: a server from before federation
    if (!(err instanceof QpqError && (err.status === Status.NotFound || err.status === Status.BadRequest))) throw err
    throw await whyUnreachable(ctx, `${name}@${domain}`, domain, err)
  }
}

/** FetchPeerTreeHeads (530) answers Unavailable (or, on older servers, UnknownMethod) without federation, NotFound for a domain that is no peer. */
async function whyUnreachable(ctx: ChatContext, address: string, domain: string, refusal: QpqError): Promise<Error> {
  try {
    await ctx.client.peerLogs.heads(domain, 1)
    return refusal
  } catch (err) {
    if (!(err instanceof QpqError)) throw err
    if (err.status === Status.Unavailable || err.status === Status.UnknownMethod) {
      return new FederationUnavailableError(`${address} is a user of another server (${domain}): messages to other servers need federation, which this server does not offer yet`)
    }
    if (err.status === Status.NotFound) return new FederationUnavailableError(`${address} is a user of another server (${domain}), and this server does not federate with ${domain}`)
    throw err
  }
}

/** The username of an identity key; its hex (shortened) when the server knows no such account (any more). */
export async function nameOf(ctx: ChatContext, state: ClientData, key: Uint8Array): Promise<string> {
  if (sameBytes(key, state.identity.publicKey)) return state.username
  const known = state.contacts[hex(key)]
  if (known !== undefined) return known
  const profile = await ctx.client.users.profile(key)
  pinKt(ctx, state, null)
  if (profile === null) return placeholderName(key)
  state.contacts[hex(key)] = profile.username
  return profile.username
}

/** What a key is called until its name is known. */
export const placeholderName = (key: Uint8Array): string => hex(key).slice(0, 16)

/** Server statuses that say nothing about the addresses: try again on a later read. */
const LATER = new Set<number>([Status.RateLimited, Status.DeadlineExceeded, Status.Unavailable])

/**
 * Addresses another member sent (addresses content): each key we have no name for is looked up
 * by its address — on our server, checked against the KT log of its domain — and the name kept
 * for the key that lookup returns; a claim that does not match is thereby ignored. A direct
 * conversation still named after its peer's key takes the peer's address. Lookups that fail for
 * good (no federation with that domain, an alert about its log) leave the key unnamed.
 */
export async function learnAddresses(ctx: ChatContext, state: ClientData, entries: AddressEntry[]): Promise<void> {
  for (const e of entries) {
    if (sameBytes(e.identityKey, state.identity.publicKey) || state.contacts[hex(e.identityKey)] !== undefined) continue
    try {
      await keyOf(ctx, state, e.address)
    } catch (err) {
      if (err instanceof ConnectionClosedError || err instanceof CallTimeoutError || (err instanceof QpqError && LATER.has(err.status))) throw err
      continue
    }
    const name = state.contacts[hex(e.identityKey)]
    if (name === undefined) continue
    for (const c of Object.values(state.conversations)) {
      if (c.kind === 'direct' && c.peerKey !== null && sameBytes(c.peerKey, e.identityKey) && c.name === placeholderName(e.identityKey)) c.name = name
    }
  }
}

/** Trust on first use: the KT key of the first verified answer (of our server's log, or of a domain's) is the only one accepted later. */
function pinKt(ctx: ChatContext, state: ClientData, domain: string | null): void {
  if (domain !== null) {
    const signer = ctx.client.peerLogs.signerOf(domain)
    state.peerKtKeys ??= {}
    if (state.peerKtKeys[domain] === undefined && signer !== null) state.peerKtKeys[domain] = signer
    return
  }
  const signer = ctx.client.kt.head?.signer_key
  if (state.server.ktSignerKey === null && signer != null && signer.length > 0) state.server.ktSignerKey = signer
}
