import { hostileServerFuzz } from './test/helpers/fuzz/hostile-server.js'
import { runTarget, settings } from './test/helpers/fuzz/run.js'
const h = await hostileServerFuzz()
const r = await runTarget(h.target, { cases: 6000, concurrency: 8, batch: 250, settings: settings({ QPQ_FUZZ_SEED: '0x33835a60' }), maxFailures: 3, onBatch: (d) => { if (d % 1000 === 0) console.log(d) } })
console.log(r.counts, r.ms); for (const f of r.failures) console.log(f.index, f.problem.detail, f.summary)
await h.close()
