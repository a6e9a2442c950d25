// The SDK's devices (methods 700–702, 710): `client.devices.*`. Registering a device binds the
// calling session to it (docs/accounts.md); each device then reads its queues through its own cursor.
import type { qpq } from '../../proto/qpq.js'
import type { Requester } from './requester.js'

export interface Device {
  deviceId: Uint8Array
  name: string
  deviceKey: Uint8Array
  registeredAt: number
  lastSeen: number
  /** The device of the calling session. */
  current: boolean
  hasPushToken: boolean
}

const toDevice = (d: qpq.v1.IDevice): Device => ({
  deviceId: d.device_id ?? new Uint8Array(), name: d.device_name ?? '', deviceKey: d.device_key ?? new Uint8Array(),
  registeredAt: Number(d.registered_at_ms ?? 0), lastSeen: Number(d.last_seen_ms ?? 0), current: d.current === true, hasPushToken: d.has_push_token === true,
})

export class DevicesApi {
  constructor(private readonly client: Requester) {}

  /** Registers (or renames) a device of the account and binds this session to it; `created` is false for an update. */
  async register(deviceId: Uint8Array, name: string, deviceKey: Uint8Array): Promise<{ created: boolean; count: number }> {
    const r = await this.client.request('RegisterDevice', { device_id: deviceId, device_name: name, device_key: deviceKey })
    return { created: r.created, count: r.device_count }
  }

  /** The account's devices, oldest first. */
  async list(): Promise<Device[]> {
    return (await this.client.request('ListDevices', {})).devices.map(toDevice)
  }

  /** Revokes a device and ends its sessions at once; false when the account has no such device. */
  async revoke(deviceId: Uint8Array): Promise<boolean> {
    return (await this.client.request('RevokeDevice', { device_id: deviceId })).revoked
  }

  /** Stores (or, with an empty token, removes) the push token of a device (default: this session's). */
  async setPushToken(platform: 'apns' | 'fcm', token: Uint8Array, deviceId?: Uint8Array): Promise<void> {
    await this.client.request('RegisterPushToken', { platform, token, device_id: deviceId })
  }
}
