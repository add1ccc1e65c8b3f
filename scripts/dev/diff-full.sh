#!/bin/bash
# usage (from anywhere): scripts/dev/diff-full.sh START_FULL_DIR SET — the claims and alerts that changed between a set's
# full eval in START_FULL_DIR (from eval-full.sh with the start reader) and this reader's. Refuses any set not in a studied,
# never-studied or seen group of eval/groups.tsv: a holdout's misses and false claims must stay unread.
cd "$(dirname "$0")/../.."
g=$(awk -F'\t' -v s="$2" '$1==s{print $2}' eval/groups.tsv)
case "$g" in studied*|never-studied|seen*) ;; *) echo "REFUSED: $2 is in group '${g:-none}'"; exit 1;; esac
[ -f "$1/$2.txt" ] || { echo "no start file $1/$2.txt"; exit 1; }
d=eval/$2; [ "$2" = dev ] && d=../shared/eval/dev
npm run -s eval -- $d > /tmp/diff-full.$$ 2>&1
diff <(grep -v "^  *\(tp\|P \)" "$1/$2.txt") <(grep -v "^  *\(tp\|P \)" /tmp/diff-full.$$) | grep "^[<>]  "
rm -f /tmp/diff-full.$$
