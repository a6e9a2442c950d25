// Types for plugin authors: what a plugin module default-exports (PluginDefinition) and the one
// object through which it reaches the daemon (PluginContext). A plugin written in TypeScript
// wraps its definition in definePlugin() and is checked against the hook table; compiled to
// .js/.mjs it drops into plugin_dir like any other (docs/plugins.md).
import type { HookName, HookPayloads, Veto, VetoHookName } from '../hooks.js'

export type { HookName, HookPayloads, MessageMeta, Veto, VetoHookName } from '../hooks.js'

/** What the store keeps: a JSON value, or raw bytes. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
export type StoreValue = Json | Uint8Array

export interface PluginLog {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

/** The plugin's own key-value store, persisted in the daemon's database. */
export interface PluginStore {
  get(key: string): Promise<StoreValue | undefined>
  set(key: string, value: StoreValue): Promise<void>
  /** True when the key existed. */
  delete(key: string): Promise<boolean>
  /** Keys in order, those starting with `prefix`, after `after`, at most `limit` (default 1000). */
  list(options?: { prefix?: string; after?: string; limit?: number }): Promise<string[]>
}

export type Labels = Record<string, string>
export interface MetricOptions { help?: string; labelNames?: string[] }

/** Metrics scoped to the plugin: `counter('hits')` is exported as qpq_plugin_<name>_hits. */
export interface PluginMetrics {
  counter(name: string, options?: MetricOptions): { inc(value?: number, labels?: Labels): void }
  gauge(name: string, options?: MetricOptions): { set(value: number, labels?: Labels): void; inc(value?: number, labels?: Labels): void; dec(value?: number, labels?: Labels): void }
  histogram(name: string, options?: MetricOptions & { buckets?: number[] }): { observe(value: number, labels?: Labels): void }
}

/** Everything of the daemon a plugin can reach. */
export interface PluginContext {
  readonly name: string
  /** The plugin's own section of the configuration: `[plugins.<name>]` less the host's keys. */
  readonly config: Readonly<Record<string, unknown>>
  readonly log: PluginLog
  readonly store: PluginStore
  readonly metrics: PluginMetrics
  /**
   * Delivers a server notice to a user (by username or 32-byte identity key): stored in the
   * user's queue on the reserved notice channel and pushed when connected. Resolves once committed.
   */
  sendNotice(to: string | Uint8Array, text: string): Promise<void>
}

type Answer<N extends HookName> = N extends VetoHookName ? Veto | null | undefined | void : void

export type PluginHandler<N extends HookName> = (payload: HookPayloads[N], ctx: PluginContext) => Answer<N> | Promise<Answer<N>>

/** A hook's handler, or the handler with its priority (higher runs first; default 0). */
export type HookEntry<N extends HookName> = PluginHandler<N> | ({
  handler: PluginHandler<N>
  priority?: number
} & (N extends 'message.enqueue' ? { /** Also receive the opaque message payload (copied to the worker: it costs). */ wantsPayload?: boolean } : unknown))

export interface PluginDefinition {
  /** Lowercase letters, digits and hyphens, starting with a letter; unique among the loaded plugins. */
  name: string
  version: string
  hooks?: { [N in HookName]?: HookEntry<N> }
  /** Runs once in the worker before the first hook call; a throw refuses the plugin. */
  init?(ctx: PluginContext): void | Promise<void>
  /** Runs before the worker is stopped (reload, shutdown). */
  close?(): void | Promise<void>
}

/** Checks a definition against the hook table (unknown hooks, wrong answers); returns it unchanged. */
export function definePlugin(definition: PluginDefinition): PluginDefinition {
  return definition
}
