// The push event types (spec part-06 §5): the u16 in front of each server-pushed frame, naming
// the bare event message its payload holds (ruling 9). 1010 is ours: a LAN mesh broadcast on a
// topic the connection subscribed to (MeshBroadcastEvent, mesh.proto).
export const PushEvent = { NewMessage: 1000, Typing: 1001, Presence: 1002, Membership: 1003, MeshBroadcast: 1010 } as const
export type PushEvent = (typeof PushEvent)[keyof typeof PushEvent]
