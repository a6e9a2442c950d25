// The generated protobuf code (proto/gen, from proto/qpq/v1/*.proto), with protobufjs set to
// decode 64-bit integers as JS numbers — as the generated types promise — instead of Long
// objects. Every value we carry in 64-bit fields (sequence numbers, sizes, times) stays far
// below 2^53. Import qpq from here, never from proto/gen directly.
import protobuf from 'protobufjs/minimal.js'

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long
protobuf.configure()

export { qpq } from './gen/qpq.js'
