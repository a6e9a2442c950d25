// Writes docs/methods.md from proto/methods.ts (npm run docs:methods); test/methods.test.ts fails
// when the file is out of date, so the reference cannot drift from the method table.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { METHODS } from '../proto/methods.js'
import { METHOD_STATUSES } from '../proto/method-statuses.js'

export function methodsDoc(): string {
  const statuses = (name: keyof typeof METHOD_STATUSES): string =>
    Object.entries(METHOD_STATUSES[name]).map(([code, why]) => `${code}: ${why}`).join('; ') || '—'
  const rows = METHODS.map((m) => `| ${m.id} | ${m.name} | \`${m.name}Request\` | \`${m.name}Response\` | ${m.auth ? 'yes' : 'no'} | ${m.rateClass} | ${statuses(m.name)} |`)
  return [
    '# Method reference',
    '',
    'Generated from `proto/methods.ts` by `npm run docs:methods`; do not edit by hand.',
    'Messages are in package `qpq.v1` (`proto/qpq/v1/*.proto`). "Session" says whether the call',
    'needs a session: bound to the connection by a login (103), or `Auth auth = 15` in the request;',
    'without one it is answered 2. Rate classes: `auth` is limited per source address at',
    '`rate_limit_auth_per_ip`, `default` per address and per account, `none` never. Statuses every',
    'method may answer: 1 (bad request), 2 (no valid session), 5 (rate limited), 8 (deadline),',
    '9 (not available: the service has not landed yet, or the server is draining), 10 (internal);',
    'see [protocol.md](protocol.md). "Other statuses" lists what a method answers beyond those; a',
    'plugin veto answers with the status the plugin chose ([plugins.md](plugins.md)). Per-domain',
    'details: [delivery.md](delivery.md), [keys.md](keys.md), [channels.md](channels.md),',
    '[moderation.md](moderation.md), [users.md](users.md), [key-transparency.md](key-transparency.md),',
    '[blobs.md](blobs.md), [p2p.md](p2p.md), [accounts.md](accounts.md), [mesh.md](mesh.md).',
    '',
    '| id | method | request | response | session | rate class | other statuses |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../docs/methods.md', import.meta.url), methodsDoc())
}
