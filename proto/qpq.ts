// The generated protobuf code (proto/gen, from proto/qpq/v1/*.proto), with 64-bit integers as
// JS numbers (numbers.ts, imported first). Every value we carry in 64-bit fields (sequence
// numbers, sizes, times) stays far below 2^53. Import qpq from here, never from proto/gen.
import './numbers.js'

export { qpq } from './gen/qpq.js'
