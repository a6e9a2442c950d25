// Server pushes (events 1000-1003): each push frame goes on its own server-opened uni stream.
// Frames wait in a bounded per-connection queue while the client grants no stream credit; when
// that queue is full the push is dropped and counted — the client fetches what it missed, and
// a slow or vanished client never holds up the sender.
import { encodePush } from './frames.js'
import type { QuicConnection } from './quic/connection.js'

export interface PushTarget {
  connection(id: number): QuicConnection | undefined
}

export class PushHub {
  sent = 0
  dropped = 0

  constructor(private readonly target: PushTarget) {}

  /** Queues a push for one connection; false when it was dropped (gone or its queue is full). */
  push(connectionId: number, eventType: number, payload: Uint8Array): boolean {
    const conn = this.target.connection(connectionId)
    if (conn !== undefined && conn.sendUni(encodePush(eventType, payload))) {
      this.sent++
      return true
    }
    this.dropped++
    return false
  }
}
