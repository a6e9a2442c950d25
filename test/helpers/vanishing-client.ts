// A client process for the idle-timeout test: connects, calls Health, prints "ready", then
// waits to be killed with SIGKILL (so no CONNECTION_CLOSE ever reaches the server).
import { readFileSync } from 'node:fs'
import { QpqClient } from '../../client/qpq-client.js'

const [port, certFile] = process.argv.slice(2) as [string, string]
const c = await QpqClient.connect({ server: `127.0.0.1:${port}`, caCert: readFileSync(certFile), keepAliveMs: 0 })
await c.health()
process.stdout.write('ready\n')
setInterval(() => {}, 1_000)
