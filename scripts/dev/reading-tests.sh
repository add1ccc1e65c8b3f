#!/bin/bash
# usage (from the repository root): scripts/dev/reading-tests.sh — all reading tests; exit status 0 only if every test passed
out=$(npx vitest run tests/unit/reading 2>&1)
echo "$out" | grep -E "Tests |Test Files"
echo "$out" | grep -qE "failed" && { echo "$out" | grep -E "×|FAIL" | head; exit 1; }
exit 0
