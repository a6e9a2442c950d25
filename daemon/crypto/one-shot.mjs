// Entry point of a worker thread that runs one crypto task and ends (CryptoPool.runAlone): for
// work done once, such as creating the OPAQUE server setup on the first start, so that no pool
// thread (and no copy of the OPAQUE WASM) stays in memory for it.
import { parentPort, workerData } from 'node:worker_threads'

const tasks = await import('./worker.mjs')
parentPort.postMessage(await tasks[workerData.name](workerData.arg))
