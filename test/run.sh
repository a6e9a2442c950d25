#!/bin/sh
# Type-checks the project, then runs every test file through tsx with Node's test runner.
# Node 20 does not expand globs, so the shell lists the files. Pass file paths to run only
# those (without the type check): npm test -- test/rpc.test.ts
set -eu
cd "$(dirname "$0")/.."
if [ "$#" -gt 0 ]; then
  files="$*"
else
  npx --no-install tsc -p .
  files=$(find test protocol daemon client plugins mesh federation -name '*.test.ts' -not -path '*/node_modules/*' 2>/dev/null | sort)
fi
exec node --import tsx --test --test-concurrency=2 --test-timeout=300000 $files
