// Usernames ↔ identity keys. Answers come from the server's directory verified against key
// transparency (client.users) and are kept as contacts, so a binding once verified is not asked
// for again; the KT signing key is pinned at the first verified answer.
import { parseUserAddress } from '../../protocol/domain.js'
import type { ClientData } from '../state/model.js'
import { sameBytes } from '../mls/suite.js'
import type { ChatContext } from './context.js'
import { hex } from './conversations.js'
import { FederationUnavailableError, UnknownUserError } from './errors.js'

export async function keyOf(ctx: ChatContext, state: ClientData, username: string): Promise<Uint8Array> {
  const { name, domain } = parseUserAddress(username)
  if (domain !== null) {
    throw new FederationUnavailableError(`${name}@${domain} is a user of another server (${domain}): messages to other servers need federation, which this server does not offer yet`)
  }
  if (name === state.username) return state.identity.publicKey
  const known = Object.entries(state.contacts).find(([, n]) => n === name)
  if (known !== undefined) return new Uint8Array(Buffer.from(known[0], 'hex'))
  const key = await ctx.client.users.resolve(name)
  pinKt(ctx, state)
  if (key === null) throw new UnknownUserError(`no user ${name} on this server`)
  state.contacts[hex(key)] = name
  return key
}

/** The username of an identity key; its hex (shortened) when the server knows no such account (any more). */
export async function nameOf(ctx: ChatContext, state: ClientData, key: Uint8Array): Promise<string> {
  if (sameBytes(key, state.identity.publicKey)) return state.username
  const known = state.contacts[hex(key)]
  if (known !== undefined) return known
  const profile = await ctx.client.users.profile(key)
  pinKt(ctx, state)
  if (profile === null) return hex(key).slice(0, 16)
  state.contacts[hex(key)] = profile.username
  return profile.username
}

/** Trust on first use: the KT key of the first verified answer is the only one accepted later. */
function pinKt(ctx: ChatContext, state: ClientData): void {
  const signer = ctx.client.kt.head?.signer_key
  if (state.server.ktSignerKey === null && signer != null && signer.length > 0) state.server.ktSignerKey = signer
}
