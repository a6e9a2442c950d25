// The membership gate delivery asks before storing a message on a registered channel: only
// members send to and receive from it. An unregistered channel id is a free-form queue scope.
import { ForbiddenError } from '../../../protocol/errors.js'
import { CHANNEL_ID_BYTES } from '../sized-bytes.js'
import type { ChannelStore } from './store.js'

export type ChannelGate = (sender: Uint8Array | null, recipients: readonly Buffer[], channel: Buffer) => void

export function channelGate(store: ChannelStore): ChannelGate {
  return (sender, recipients, channel) => {
    if (channel.length !== CHANNEL_ID_BYTES) return
    if (store.channel(channel) === undefined) return
    if (sender !== null && store.membership(channel, Buffer.from(sender.buffer, sender.byteOffset, sender.byteLength)) === undefined) {
      throw new ForbiddenError('you are not a member of this channel')
    }
    for (const r of recipients) if (store.membership(channel, r) === undefined) throw new ForbiddenError('the recipient is not a member of this channel')
  }
}
