#!/bin/bash
# usage (from the repository root): scripts/dev/mutate.sh FILE "old" "new" PATTERN — apply one replacement, run the reading tests
# whose names match PATTERN, restore the file (a test that still passes does not guard that change)
f=$1; cp $f /tmp/mut.bak
python3 -c "
import sys;p,o,n=sys.argv[1:4];s=open(p).read();assert o in s, 'not found';open(p,'w').write(s.replace(o,n,1))" "$f" "$2" "$3" || { echo "pattern not found"; exit 1; }
npx vitest run tests/unit/reading/stance-reader.test.ts -t "$4" 2>&1 | grep -E "Tests |×" | head -8
cp /tmp/mut.bak $f
