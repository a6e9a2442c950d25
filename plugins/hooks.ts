// The one table of hook points: for each hook its payload type, whether a plugin may veto
// (refuse with a status and a reason) or only observe, and its default timeout. Services call
// hooks by name through HookBus; with nothing registered for a hook, a call costs a map lookup.
// The plugin host (loader, worker isolation, reload) registers plugins' handlers here.

/** What a hook handler may answer on a veto hook: refuse, with a wire status and a reason. */
export interface Veto { status: number; reason: string }

export interface MessageMeta {
  /** The sender's identity key, when known (never under sealed sender). */
  sender: Uint8Array | null
  recipient: Uint8Array
  channel: Uint8Array
  size: number
  ttlSecs: number
  /** The opaque payload, only for plugins that ask for it. */
  payload?: Uint8Array
}

export interface HookPayloads {
  'connect': { connectionId: number; remoteAddress: string }
  'disconnect': { connectionId: number; remoteAddress: string }
  /** After the password was verified, before the session exists: a veto refuses the login. */
  'auth.login': { username: string; identityKey: Uint8Array; remoteAddress: string }
  'user.registered': { username: string; identityKey: Uint8Array }
  'account.deleted': { username: string; identityKey: Uint8Array }
  'message.enqueue': MessageMeta
  'message.batch_enqueue': { sender: Uint8Array | null; recipients: Uint8Array[]; channel: Uint8Array; size: number; ttlSecs: number }
  'message.fetch': { recipient: Uint8Array; channel: Uint8Array; device: Uint8Array; count: number }
  'channel.created': { channelId: Uint8Array; creator: Uint8Array }
  'group.join': { channelId: Uint8Array; member: Uint8Array }
  'group.leave': { channelId: Uint8Array; member: Uint8Array }
  'blob.upload': { uploader: Uint8Array; size: number; sha256: Uint8Array }
  /** An envelope arrived (or was handed in) and passed its checks: a veto and this node will not carry it. */
  'mesh.envelope': { id: Uint8Array; origin: Uint8Array; recipient: Uint8Array | null; topic: Uint8Array | null; hops: number; size: number }
  /** An envelope was sent on to a mesh peer (its node key), with the hop count it now has. */
  'mesh.forwarded': { id: Uint8Array; origin: Uint8Array; recipient: Uint8Array | null; topic: Uint8Array | null; hops: number; peer: Uint8Array }
  /** A message relayed from another domain (`domain`, its origin), before it is stored: a veto refuses it for good. */
  'federation.inbound': { domain: string; recipient: Uint8Array; size: number }
  /** A message for a user of another domain (`domain`) was committed into that domain's outbound queue. */
  'federation.outbound': { domain: string; recipient: Uint8Array; size: number }
}

export type HookName = keyof HookPayloads

export const HOOKS = {
  'connect': { veto: true, timeoutMs: 200 },
  'disconnect': { veto: false, timeoutMs: 1_000 },
  'auth.login': { veto: true, timeoutMs: 500 },
  'user.registered': { veto: false, timeoutMs: 1_000 },
  'account.deleted': { veto: false, timeoutMs: 1_000 },
  'message.enqueue': { veto: true, timeoutMs: 200 },
  'message.batch_enqueue': { veto: true, timeoutMs: 200 },
  'message.fetch': { veto: false, timeoutMs: 1_000 },
  'channel.created': { veto: false, timeoutMs: 1_000 },
  'group.join': { veto: false, timeoutMs: 1_000 },
  'group.leave': { veto: false, timeoutMs: 1_000 },
  'blob.upload': { veto: true, timeoutMs: 500 },
  'mesh.envelope': { veto: true, timeoutMs: 200 },
  'mesh.forwarded': { veto: false, timeoutMs: 1_000 },
  'federation.inbound': { veto: true, timeoutMs: 500 },
  'federation.outbound': { veto: false, timeoutMs: 1_000 },
} as const satisfies { readonly [N in HookName]: { veto: boolean; timeoutMs: number } }

/** The hooks on which a plugin may refuse (the others only observe). */
export type VetoHookName = { [N in HookName]: (typeof HOOKS)[N]['veto'] extends true ? N : never }[HookName]

export type HookHandler<N extends HookName> = (payload: HookPayloads[N]) => Veto | null | void | Promise<Veto | null | void>

interface Registered { priority: number; handler: HookHandler<HookName> }

export class HookBus {
  /** Copy on write: register and unregister replace a hook's array, so a running call keeps iterating the one it started with. */
  private readonly handlers = new Map<HookName, readonly Registered[]>()

  /** Higher priority runs first (as in Prosody); equal priorities run in registration order. */
  register<N extends HookName>(name: N, handler: HookHandler<N>, priority = 0): () => void {
    const entry: Registered = { priority, handler: handler as HookHandler<HookName> }
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), entry].sort((a, b) => b.priority - a.priority))
    return () => {
      const list = this.handlers.get(name)
      if (list === undefined || !list.includes(entry)) return
      const rest = list.filter((h) => h !== entry)
      if (rest.length === 0) this.handlers.delete(name)
      else this.handlers.set(name, rest)
    }
  }

  has(name: HookName): boolean {
    return this.handlers.has(name)
  }

  /** Runs a veto hook: the first veto wins. null (synchronously) when no handler is registered. */
  veto<N extends HookName>(name: N, payload: HookPayloads[N]): Promise<Veto | null> | null {
    const list = this.handlers.get(name)
    if (list === undefined) return null
    return (async () => {
      for (const h of list) {
        const v = await h.handler(payload)
        if (v) return v
      }
      return null
    })()
  }

  /** Runs an observe hook without waiting for it; handler failures never reach the caller. */
  observe<N extends HookName>(name: N, payload: HookPayloads[N]): void {
    const list = this.handlers.get(name)
    if (list === undefined) return
    for (const h of list) {
      try {
        void Promise.resolve(h.handler(payload)).catch(() => {})
      } catch {
        // a throwing observer changes nothing
      }
    }
  }
}
