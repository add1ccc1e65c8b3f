#!/bin/bash
# usage: scripts/dev/explain.sh WATCHLIST "sentence" ...   — explain the reader on each sentence
w=$1; shift
cd "$(dirname "$0")/../.."
for s in "$@"; do echo "== $s"; echo "$s" | node bin/shiftwatch.js analyze - --watchlist "$w" --explain 2>&1 | head -30; done
