// Keeps this client addable while it is offline: KeyPackages are single-use, so after one is used
// (we joined a group with it) another is uploaded, and more until the server holds the target.
import { QpqError, Status } from '../errors.js'
import { newKeyPackage, uploadBytes } from '../mls/key-packages.js'
import type { ClientData } from '../state/model.js'
import type { ChatContext } from './context.js'

/** The server keeps at most this many per identity (docs/keys.md); a client keeps no more private halves than that, and a margin. */
const SERVER_MAX = 100
const LOCAL_MAX = 2 * SERVER_MAX

/** Uploads `count` new KeyPackages (fewer when the server is full); returns how many it now holds. */
export async function uploadKeyPackages(ctx: ChatContext, state: ClientData, count: number): Promise<number> {
  for (let i = 0; i < count; i++) {
    const kp = await newKeyPackage(ctx.identity)
    try {
      state.keyPackagesOnServer = (await ctx.client.keys.uploadKeyPackage(uploadBytes(kp))).stored
    } catch (err) {
      if (err instanceof QpqError && err.status === Status.Forbidden) {
        state.keyPackagesOnServer = SERVER_MAX
        break
      }
      throw err
    }
    state.keyPackages.push(kp)
  }
  // private halves of packages fetched by someone who never sent the Welcome: drop the oldest
  state.keyPackages.splice(0, Math.max(0, state.keyPackages.length - LOCAL_MAX))
  return state.keyPackagesOnServer
}

/** After a KeyPackage was used: replaces it, and uploads more until the server holds the target. */
export async function topUp(ctx: ChatContext, state: ClientData): Promise<void> {
  const stored = await uploadKeyPackages(ctx, state, 1)
  if (stored < ctx.keyPackageTarget) await uploadKeyPackages(ctx, state, ctx.keyPackageTarget - stored)
}
