#!/bin/sh
# Runs every test file through tsx with Node's test runner. Node 20 does not expand globs, so
# the shell lists the files. Pass file paths to run only those: npm test -- test/x.test.ts
set -eu
cd "$(dirname "$0")/.."
if [ "$#" -gt 0 ]; then files="$*"; else files=$(find test daemon client -name '*.test.ts' -not -path '*/node_modules/*' | sort); fi
exec node --import tsx --test --test-concurrency=2 --test-timeout=300000 $files
