// A minimal MQTT 3.1.1 client over node:net for the benchmarks (not a benchmark itself): CONNECT/CONNACK with the clean-session flag and a client id, SUBSCRIBE/SUBACK, PUBLISH at QoS 0 or 1 with packet ids and PUBACK both ways, DISCONNECT. No keep-alive pings (keep-alive 0), no QoS 2, no reconnects.
import net from 'node:net'

const CONNECT = 1, CONNACK = 2, PUBLISH = 3, PUBACK = 4, SUBSCRIBE = 8, SUBACK = 9, DISCONNECT = 14

export interface MqttConnectOptions {
  host: string
  port: number
  clientId: string
  /** The clean-session flag: false keeps the session (subscriptions, queued QoS 1 messages) across connections. */
  clean: boolean
  timeoutMs?: number
}

/** A PUBLISH received; for QoS 1 the client sends PUBACK right after the handler returns. */
export type MessageHandler = (topic: string, payload: Buffer, qos: number) => void

function remainingLength(n: number): Buffer {
  const out: number[] = []
  do {
    let byte = n % 128
    n = Math.floor(n / 128)
    if (n > 0) byte |= 0x80
    out.push(byte)
  } while (n > 0)
  return Buffer.from(out)
}

const str = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf8')
  const len = Buffer.alloc(2)
  len.writeUInt16BE(b.length)
  return Buffer.concat([len, b])
}

const packet = (first: number, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts)
  return Buffer.concat([Buffer.from([first]), remainingLength(body.length), body])
}

const u16 = (n: number): Buffer => { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b }

export class MqttClient {
  /** Set from CONNACK: the broker had a session for this client id. */
  sessionPresent = false
  private buf: Buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly waiting = new Map<number, { resolve(v: number): void; reject(e: Error): void }>()
  private handler: MessageHandler | null = null
  private connack: { resolve(): void; reject(e: Error): void } | null = null
  private closed: Error | null = null

  private constructor(private readonly sock: net.Socket) {
    sock.setNoDelay(true)
    sock.on('data', (d: Buffer) => this.onData(d))
    sock.on('error', (e) => this.fail(e))
    sock.on('close', () => this.fail(new Error('MQTT connection closed')))
  }

  static async connect(o: MqttConnectOptions): Promise<MqttClient> {
    const sock = net.connect(o.port, o.host)
    const c = new MqttClient(sock)
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new Error(`MQTT CONNACK not received within ${o.timeoutMs ?? 10_000} ms`)); sock.destroy() }, o.timeoutMs ?? 10_000)
      c.connack = { resolve: () => { clearTimeout(timer); resolve() }, reject: (e) => { clearTimeout(timer); reject(e) } }
      // protocol name, level 4 (3.1.1), connect flags (clean session = bit 1), keep-alive 0 (off)
      sock.write(packet(CONNECT << 4, str('MQTT'), Buffer.from([4, o.clean ? 0x02 : 0x00]), u16(0), str(o.clientId)))
    })
    return c
  }

  onMessage(h: MessageHandler): void {
    this.handler = h
  }

  /** Resolves with the granted QoS (0x80 = refused rejects). */
  subscribe(topic: string, qos: 0 | 1): Promise<number> {
    const id = this.packetId()
    const granted = this.expect(id)
    this.write(packet((SUBSCRIBE << 4) | 0x02, u16(id), str(topic), Buffer.from([qos])))
    return granted.then((g) => {
      if (g === 0x80) throw new Error(`MQTT SUBSCRIBE ${topic} refused`)
      return g
    })
  }

  /** QoS 1 resolves on the broker's PUBACK; QoS 0 once written. */
  publish(topic: string, payload: Buffer, qos: 0 | 1): Promise<void> {
    if (qos === 0) {
      this.write(packet(PUBLISH << 4, str(topic), payload))
      return this.closed === null ? Promise.resolve() : Promise.reject(this.closed)
    }
    const id = this.packetId()
    const acked = this.expect(id)
    this.write(packet((PUBLISH << 4) | (1 << 1), str(topic), u16(id), payload))
    return acked.then(() => undefined)
  }

  /** DISCONNECT, then waits (bounded) for the broker to close the connection. */
  async disconnect(): Promise<void> {
    if (this.closed !== null) return
    const gone = new Promise<void>((r) => this.sock.once('close', () => r()))
    this.sock.end(Buffer.from([DISCONNECT << 4, 0]))
    const timer = setTimeout(() => this.sock.destroy(), 2_000)
    await gone
    clearTimeout(timer)
  }

  destroy(): void {
    this.sock.destroy()
  }

  private packetId(): number {
    for (let i = 0; i < 65_535; i++) {
      const id = this.nextId
      this.nextId = this.nextId === 65_535 ? 1 : this.nextId + 1
      if (!this.waiting.has(id)) return id
    }
    throw new Error('MQTT: all 65,535 packet ids in use')
  }

  private expect(id: number): Promise<number> {
    if (this.closed !== null) return Promise.reject(this.closed)
    return new Promise<number>((resolve, reject) => this.waiting.set(id, { resolve, reject }))
  }

  private write(b: Buffer): void {
    if (this.closed === null) this.sock.write(b)
  }

  private fail(e: Error): void {
    if (this.closed !== null) return
    this.closed = e
    this.connack?.reject(e)
    for (const w of this.waiting.values()) w.reject(e)
    this.waiting.clear()
  }

  private onData(d: Buffer): void {
    this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d])
    for (;;) {
      // fixed header: type and flags, then the remaining length (1–4 bytes, 7 bits each)
      let len = 0, mul = 1, i = 1
      for (;; i++) {
        if (i >= this.buf.length) return
        const byte = this.buf[i] as number
        len += (byte & 0x7f) * mul
        mul *= 128
        if ((byte & 0x80) === 0) break
        if (i === 4) { this.fail(new Error('MQTT: malformed remaining length')); this.sock.destroy(); return }
      }
      const start = i + 1
      if (this.buf.length < start + len) return
      const first = this.buf[0] as number
      const body = this.buf.subarray(start, start + len)
      this.buf = this.buf.subarray(start + len)
      this.onPacket(first >> 4, first & 0x0f, body)
    }
  }

  private onPacket(type: number, flags: number, body: Buffer): void {
    switch (type) {
      case CONNACK: {
        this.sessionPresent = ((body[0] as number) & 1) === 1
        const rc = body[1] as number
        if (rc === 0) this.connack?.resolve()
        else this.connack?.reject(new Error(`MQTT CONNACK return code ${rc}`))
        this.connack = null
        return
      }
      case PUBACK:
      case SUBACK: {
        const id = body.readUInt16BE(0)
        const w = this.waiting.get(id)
        if (w === undefined) { this.fail(new Error(`MQTT: ${type === PUBACK ? 'PUBACK' : 'SUBACK'} for unknown packet id ${id}`)); return }
        this.waiting.delete(id)
        w.resolve(type === SUBACK ? (body[2] as number) : 0)
        return
      }
      case PUBLISH: {
        const qos = (flags >> 1) & 0x03
        const topicLen = body.readUInt16BE(0)
        const topic = body.toString('utf8', 2, 2 + topicLen)
        let off = 2 + topicLen
        let id = 0
        if (qos > 0) { id = body.readUInt16BE(off); off += 2 }
        // copy: the handler may keep the payload beyond this chunk
        this.handler?.(topic, Buffer.from(body.subarray(off)), qos)
        if (qos === 1) this.write(Buffer.from([PUBACK << 4, 2, id >> 8, id & 0xff]))
        else if (qos === 2) this.fail(new Error('MQTT: QoS 2 is not supported by this client'))
        return
      }
      default:
        this.fail(new Error(`MQTT: unexpected packet type ${type}`))
    }
  }
}
