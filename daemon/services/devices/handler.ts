// Devices (methods 700–702) and push tokens (710). A session starts unbound after login;
// RegisterDevice registers (or updates) a device of the session's account and binds the calling
// session to it, so the session becomes that device's: RevokeDevice ends every session bound to
// the device at once. Devices of other accounts are never visible: a device id is looked up only
// among the caller's own devices, so another account's device is answered exactly like one that
// does not exist.
import type { qpq } from '../../../proto/qpq.js'
import { BadRequestError, ForbiddenError, NotFoundError } from '../../../protocol/errors.js'
import type { Logger } from '../../observability/logger.js'
import type { CallContext } from '../call-context.js'
import { sessionOf, type SessionService } from '../auth/sessions.js'
import type { DeviceStore } from './store.js'
import { DEVICE_ID_BYTES, sizedBytes } from '../sized-bytes.js'

const DEVICE_KEY_BYTES = 32
const NAME_MAX_BYTES = 64
const PUSH_TOKEN_MAX_BYTES = 4096
const PUSH_PLATFORMS: ReadonlySet<string> = new Set(['apns', 'fcm'])

export interface DeviceDeps {
  store: DeviceStore
  sessions: SessionService
  /** Devices one account may register (config max_devices). */
  maxDevices: number
  /** A device was revoked, inside the revocation's transaction: services drop what they kept for it. */
  forgetDevice(identityKey: Buffer, deviceId: Buffer): void
  log: Logger
  now?: () => number
}

type V1 = typeof qpq.v1

const deviceId = (bytes: Uint8Array): Buffer => sizedBytes(bytes, 'device_id', DEVICE_ID_BYTES)

export class DeviceService {
  private readonly now: () => number

  constructor(private readonly d: DeviceDeps) {
    this.now = d.now ?? Date.now
  }

  registerDevice = (req: InstanceType<V1['RegisterDeviceRequest']>, ctx: CallContext): qpq.v1.RegisterDeviceResponse.$Properties => {
    const session = sessionOf(ctx)
    const id = deviceId(req.device_id)
    if (Buffer.byteLength(req.device_name, 'utf8') > NAME_MAX_BYTES) throw new BadRequestError(`device_name must be at most ${NAME_MAX_BYTES} bytes of UTF-8`)
    if (req.device_key.length !== DEVICE_KEY_BYTES) throw new BadRequestError(`device_key must be ${DEVICE_KEY_BYTES} bytes, got ${req.device_key.length}`)
    // a device's session stays that device's: moving it to another device would let it outlive
    // the revocation of the first one
    if (session.deviceId !== null && !id.equals(session.deviceId)) {
      throw new ForbiddenError('this session belongs to another device: log in on the new device and register it from there')
    }
    const { store, sessions, maxDevices } = this.d
    try {
      return store.atomically(() => {
        const created = !store.has(session.accountId, id)
        if (created && store.count(session.accountId) >= maxDevices) {
          throw new ForbiddenError(`this account already has ${maxDevices} devices, the limit: revoke one (RevokeDevice, 702) first`)
        }
        store.put(session.accountId, id, req.device_name, Buffer.from(req.device_key), this.now())
        sessions.bindDevice(session, id)
        if (created) ctx.log.info({ username: session.username }, 'device registered')
        return { created, device_count: store.count(session.accountId) }
      })
    } catch (err) {
      // bindDevice updated the session cache; a rolled-back binding must not stay there
      sessions.forgetAccount(session.accountId)
      throw err
    }
  }

  listDevices = (_req: InstanceType<V1['ListDevicesRequest']>, ctx: CallContext): qpq.v1.ListDevicesResponse.$Properties => {
    const session = sessionOf(ctx)
    const current = session.deviceId === null ? null : Buffer.from(session.deviceId)
    return {
      devices: this.d.store.devices(session.accountId).map((dev) => ({
        device_id: dev.deviceId,
        device_name: dev.name,
        device_key: dev.key,
        registered_at_ms: dev.registeredAt,
        last_seen_ms: dev.lastSeen,
        current: current !== null && current.equals(dev.deviceId),
        has_push_token: dev.hasPushToken,
      })),
    }
  }

  revokeDevice = (req: InstanceType<V1['RevokeDeviceRequest']>, ctx: CallContext): qpq.v1.RevokeDeviceResponse.$Properties => {
    const session = sessionOf(ctx)
    const id = deviceId(req.device_id)
    const { store, sessions } = this.d
    const revoked = store.atomically(() => {
      const existed = store.delete(session.accountId, id)
      // ends the device's sessions and forgets them in the cache: their next call gets 2
      sessions.endDevice(session.accountId, id)
      if (existed) this.d.forgetDevice(Buffer.from(session.identityKey), id)
      return existed
    })
    if (revoked) ctx.log.info({ username: session.username }, 'device revoked')
    return { revoked }
  }

  registerPushToken = (req: InstanceType<V1['RegisterPushTokenRequest']>, ctx: CallContext): qpq.v1.RegisterPushTokenResponse.$Properties => {
    const session = sessionOf(ctx)
    let id: Buffer
    if (req.device_id.length > 0) id = deviceId(req.device_id)
    else if (session.deviceId !== null) id = Buffer.from(session.deviceId)
    else throw new BadRequestError('device_id is empty and this session belongs to no device: give device_id, or register the device first (RegisterDevice, 700)')
    let push = null
    if (req.token.length > 0) {
      if (!PUSH_PLATFORMS.has(req.platform)) throw new BadRequestError('platform must be "apns" or "fcm"')
      if (req.token.length > PUSH_TOKEN_MAX_BYTES) throw new BadRequestError(`token must be at most ${PUSH_TOKEN_MAX_BYTES} bytes`)
      push = { platform: req.platform, token: Buffer.from(req.token) }
    }
    if (!this.d.store.setPushToken(session.accountId, id, push)) throw new NotFoundError('this account has no device with that device_id')
    return { success: true }
  }

  /** SessionService.onDeviceSeen: a device's session made a call. Best effort: a failed write never fails the call. */
  seen = (accountId: number, id: Buffer, at: number): void => {
    try {
      this.d.store.seen(accountId, id, at)
    } catch (err) {
      this.d.log.warn({ err }, 'could not record when a device was last seen')
    }
  }
}
