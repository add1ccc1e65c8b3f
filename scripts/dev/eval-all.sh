#!/bin/bash
# usage: scripts/dev/eval-all.sh OUTFILE (absolute path)  — eval every set in eval/groups.tsv with group summary
cd "$(dirname "$0")/../.."
sets=$(grep -v '^#' eval/groups.tsv | cut -f1 | while read s; do if [ "$s" = dev ]; then echo ../shared/eval/dev; else echo eval/$s; fi; done)
npm run -s eval -- $sets --quiet --groups eval/groups.tsv > "$1" 2>&1
tail -9 "$1"
