// Entry point of a crypto worker thread (piscina). Loads the compiled tasks next to it (dist/),
// or, in the source tree, the TypeScript through tsx: loader hooks given with --import do not
// reach worker threads on Node 20, so the worker imports tsx itself.
import { existsSync } from 'node:fs'

const compiled = new URL('./tasks.js', import.meta.url)
const tasks = existsSync(compiled)
  ? await import(compiled.href)
  : await (await import('tsx/esm/api')).tsImport('./tasks.ts', import.meta.url)

export const { opaqueCreateSetup, opaqueRegistrationResponse, opaqueRecordReadable, opaqueStartLogin, opaqueFinishLogin } = tasks
