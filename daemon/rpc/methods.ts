// The method table: protocol method id → request and response types, handler, whether a session
// is needed, rate class. Built once at start from the services' handlers; the dispatcher serves
// exactly what is listed here and answers any other id with 11 UnknownMethod.
import { qpq } from '../../proto/qpq.js'
import { healthHandler, type HealthDeps } from '../services/health/handler.js'
import { method, methodTable, type MethodTable } from './method.js'

export const MethodId = {
  Health: 802,
} as const

export interface Services {
  health: HealthDeps
}

export function buildMethodTable(services: Services): MethodTable {
  return methodTable([
    method({ id: MethodId.Health, name: 'Health', request: qpq.v1.HealthRequest, response: qpq.v1.HealthResponse, auth: false, rateClass: 'none', handler: healthHandler(services.health) }),
  ])
}
