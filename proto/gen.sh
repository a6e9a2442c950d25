#!/bin/sh
# Regenerates the static protobufjs code (proto/gen/qpq.js + qpq.d.ts) from proto/qpq/v1/*.proto.
# Run after editing a .proto file: npm run proto:gen. test/proto-sync.test.ts fails when it is stale.
# pbts reads the types from JSDoc, so the declarations come from a commented build; the committed
# JavaScript is built without comments (a tenth of the size, less for the daemon to load).
set -eu
cd "$(dirname "$0")/.."
out=${1:-proto/gen}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=$(ls proto/qpq/v1/*.proto | sort)
common="-t static-module -w es6 --es6 --no-beautify --keep-case --force-number --no-verify --no-convert --no-delimited --no-typeurl"
npx --no-install pbjs $common -o "$tmp/qpq.js" $files
npx --no-install pbts --no-comments -o "$out/qpq.d.ts" "$tmp/qpq.js"
npx --no-install pbjs $common --no-comments -o "$out/qpq.js" $files
