// Makes protobufjs decode 64-bit integers as JS numbers (as the generated types promise) instead
// of Long objects. A module of its own, imported before the generated code: the generated
// classes read util.Long when they are defined (their field defaults), so this must run first.
import protobuf from 'protobufjs/minimal.js'

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long
protobuf.configure()
