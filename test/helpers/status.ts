// The one assertion predicate for refused calls: `assert.rejects(call, isStatus(Status.Forbidden))`.
import { QpqError } from '../../client/errors.js'

export const isStatus = (status: number) => (e: unknown): boolean => e instanceof QpqError && e.status === status
