// The halves of a generated protobuf message class (protobufjs static code) that the method
// tables of both ends use to turn messages into bytes and back.
export interface Encoder<T> { encode(message: T): { finish(): Uint8Array } }
export interface Decoder<T> { decode(bytes: Uint8Array): T }
export type MessageCodec<T> = Encoder<T> & Decoder<T>
