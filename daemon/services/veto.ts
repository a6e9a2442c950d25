// Plugins' vetoes as errors: a veto hook's refusal (plugins/hooks.ts) becomes the call's answer,
// with the status (1–255) and reason the plugin chose.
import { RpcError, type Status } from '../../protocol/errors.js'

/** A plugin refused the call on a veto hook (plugins/hooks.ts): its status (1–255) and reason are the answer. */
export class VetoedError extends RpcError {
  constructor(veto: { status: number; reason: string }) { super(veto.status as Exclude<Status, 0>, veto.reason) }
}
/**
 * A veto hook's answer (HookBus.veto; null when no handler is registered) as a check: settles
 * when no plugin refused, rejects with VetoedError (after onRefused) when one did. null for null,
 * so a call without plugins does not wait.
 */
export function vetoCheck(veto: Promise<{ status: number; reason: string } | null> | null, onRefused?: () => void): Promise<void> | null {
  if (veto === null) return null
  return veto.then((v) => {
    if (v === null) return
    onRefused?.()
    throw new VetoedError(v)
  })
}
