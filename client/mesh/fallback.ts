// The mesh fallback of ChatClient (docs/mesh.md "When the server is unreachable"): messages the
// home server cannot take now go to a qpqd node nearby — found with mDNS on the interfaces the
// application named — as mesh envelopes signed with the user's identity key, one per recipient
// (MeshSubmit). The node checks and carries them towards the recipients' nodes; the user's own
// server is not involved and is not asked again for them. Each envelope's id comes from the
// message id and the recipient, so a retry — on this node or another — is the same envelope and
// lands once. A nearby node is not trusted: it is not verified (no certificate to pin) and is
// handed nothing but signed MLS ciphertext.
import { ed25519PrivateKeyFromSeed } from '../../protocol/ed25519.js'
import { DEFAULT_MAX_HOPS, messageEnvelopeId, signEnvelope, type MeshEnvelope } from '../../protocol/mesh/envelope.js'
import { ConnectionClosedError, ConnectError } from '../errors.js'
import { QpqClient, type QpqClientOptions } from '../qpq-client.js'
import type { Identity } from '../state/model.js'
import { discoverNodes } from './discover.js'

export interface MeshFallbackOptions {
  /** Interfaces to look for nodes on, by name or IPv4 address: the client multicasts on these only. */
  interfaces: string[]
  /** How long a send waits for the home server to come back before it takes the mesh (default 3 s). */
  waitMs?: number
  /** How long discovery listens for nodes (default 1.5 s). */
  discoverMs?: number
  /** Hop limit of the envelopes (default 3; a node refuses more than its own limit). */
  maxHops?: number
  /** How long the envelopes live (default 7 days). */
  ttlSecs?: number
  /** Settings of the connection to a nearby node (its certificate is not verified). */
  connection?: Omit<QpqClientOptions, 'server' | 'caCert' | 'reconnect'>
}

/** No node nearby took the message: it was not sent. */
export class MeshUnreachableError extends Error {
  override name = 'MeshUnreachableError'
}

const DEFAULT_TTL_SECS = 7 * 86_400

export class MeshFallback {
  private node: QpqClient | null = null
  readonly waitMs: number

  constructor(private readonly opts: MeshFallbackOptions, private readonly identity: Identity, private readonly homeServer: () => string) {
    this.waitMs = opts.waitMs ?? 3_000
  }

  /** Signs one envelope per recipient and hands them to a nearby node; rejects when none takes them. */
  async submit(recipients: readonly Uint8Array[], payload: Uint8Array, channel: Uint8Array | undefined, messageId: Uint8Array): Promise<void> {
    const key = ed25519PrivateKeyFromSeed(this.identity.secretKey)
    const envelopes = recipients.map((recipient): MeshEnvelope => signEnvelope({
      id: messageEnvelopeId(messageId, recipient), recipient: Buffer.from(recipient), topic: null, channel: Buffer.from(channel ?? []),
      createdAtMs: Date.now(), ttlSecs: this.opts.ttlSecs ?? DEFAULT_TTL_SECS, maxHops: this.opts.maxHops ?? DEFAULT_MAX_HOPS, payload: Buffer.from(payload),
    }, key, this.identity.publicKey))
    for (let attempt = 0; ; attempt++) {
      const node = await this.nearby()
      try {
        for (const e of envelopes) await node.mesh.submit(e)
        return
      } catch (err) {
        // the node went away mid-way: the next one gets them all (what it had is deduplicated)
        if (!(err instanceof ConnectionClosedError) || attempt > 0) throw err
        this.forget()
      }
    }
  }

  close(): void {
    this.forget()
  }

  private forget(): void {
    this.node?.close()
    this.node = null
  }

  /** The node in use, or the first one discovered that answers (never the home server). */
  private async nearby(): Promise<QpqClient> {
    if (this.node?.connected === true) return this.node
    this.forget()
    const found = await discoverNodes({ interfaces: this.opts.interfaces, timeoutMs: this.opts.discoverMs ?? 1_500 })
    const home = this.homeServer()
    for (const address of found.flatMap((n) => n.rpc).filter((a) => a !== home)) {
      try {
        this.node = await QpqClient.connect({ connectTimeoutMs: 3_000, ...this.opts.connection, server: address, caCert: null })
        return this.node
      } catch (err) {
        if (!(err instanceof ConnectError)) throw err
      }
    }
    throw new MeshUnreachableError(found.length === 0 ? 'the server is unreachable and no mesh node answered nearby' : 'the server is unreachable and no mesh node nearby took the connection')
  }
}
