// Writes docs/methods.md from proto/methods.ts (npm run docs:methods); test/methods.test.ts fails
// when the file is out of date, so the reference cannot drift from the method table.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { METHODS } from '../proto/methods.js'

export function methodsDoc(): string {
  const rows = METHODS.map((m) => `| ${m.id} | ${m.name} | \`${m.name}Request\` | \`${m.name}Response\` | ${m.auth ? 'yes' : 'no'} | ${m.rateClass} |`)
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
    'see [protocol.md](protocol.md).',
    '',
    '| id | method | request | response | session | rate class |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../docs/methods.md', import.meta.url), methodsDoc())
}
