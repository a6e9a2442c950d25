#!/bin/sh
# Runs one benchmark through tsx: npm run bench -- NAME [ARGS...] runs bench/NAME.ts with ARGS.
# Benchmarks are the bench/*.ts files; helpers shared between them start with "_" (or are
# .d.ts files) and are not listed. With no name or an unknown one, lists the benchmarks and exits 2.
set -eu
cd "$(dirname "$0")/.."

list() {
  found=0
  for f in bench/*.ts; do
    [ -f "$f" ] || continue
    n=$(basename "$f" .ts)
    case "$n" in _* | *.d) continue ;; esac
    echo "  $n"
    found=1
  done
  [ "$found" -eq 1 ] || echo "  (none)"
}

usage() {
  echo "usage: npm run bench -- NAME [ARGS...]" >&2
  echo "benchmarks:" >&2
  list >&2
  exit 2
}

[ "$#" -gt 0 ] || usage
name=$1
shift
case "$name" in
  '' | _* | *[!A-Za-z0-9_-]*) echo "unknown benchmark: $name" >&2; usage ;;
esac
[ -f "bench/$name.ts" ] || { echo "unknown benchmark: $name" >&2; usage; }
exec node --import tsx "bench/$name.ts" "$@"
