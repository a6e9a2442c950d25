#!/bin/sh
# Regenerates the static protobufjs code (proto/gen/qpq.js + qpq.d.ts) from proto/qpq/v1/*.proto.
# Run after editing a .proto file: npm run proto:gen. test/proto-sync.test.ts fails when it is stale.
set -eu
cd "$(dirname "$0")/.."
out=${1:-proto/gen}
mkdir -p "$out"
files=$(ls proto/qpq/v1/*.proto | sort)
npx --no-install pbjs -t static-module -w es6 --es6 --no-beautify --keep-case --force-number -o "$out/qpq.js" $files
npx --no-install pbts --no-comments -o "$out/qpq.d.ts" "$out/qpq.js"
