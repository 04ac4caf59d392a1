#!/usr/bin/env bash
# `npm test`: every check secpath has — type check, lint and format, unit and component tests,
# CLI tests and end-to-end tests in Debian's Chromium — then one line "N passed, N failed" over
# all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
count() { if [ "$1" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

# End-to-end tests drive /usr/bin/chromium through playwright-core; browser downloads cannot
# work here, so install Debian's package when it is missing.
chromium_bin="${SECPATH_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  echo "Chromium is missing at $chromium_bin; installing Debian's chromium package..."
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/secpath-apt.log 2>&1
  elif command -v sudo >/dev/null 2>&1; then
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/secpath-apt.log 2>&1
  fi
  [ -x "$chromium_bin" ] || echo "Could not install Chromium (see /tmp/secpath-apt.log); run: apt-get install -y chromium"
fi

echo "== type check"
npx tsc --noEmit -p tsconfig.json
count $?

echo "== no dead code (knip)"
npx knip
count $?

echo "== lint and format (ESLint, Prettier)"
npm run -s lint
count $?

echo "== JSON Schema of graph-data is up to date"
node src/cli/secpath.mjs schema --check
count $?

echo "== npm audit of the production dependencies (no high or critical advisory)"
audit_json=$(npm audit --omit=dev --audit-level=high --json 2>/dev/null)
audit_status=$?
if echo "$audit_json" | grep -q '"vulnerabilities"'; then
  high=$(echo "$audit_json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s).metadata?.vulnerabilities??{};console.log((m.high??0)+(m.critical??0))})')
  echo "high or critical advisories: $high"
  [ "$high" -eq 0 ]
  count $?
else
  # Some registries (a mirror, a proxy) do not serve npm's advisory API; say so rather than pass.
  echo "npm audit could not reach the advisory database (status $audit_status); not counted as passed"
fi

echo "== vitest (unit, component, CLI, end-to-end)"
mkdir -p .test-results
rm -f .test-results/vitest.json .test-results/fuzz-counts.txt
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json
vitest_status=$?

read -r vp vf vs < <(node -e '
  const fs = require("fs");
  try {
    const r = JSON.parse(fs.readFileSync(".test-results/vitest.json", "utf8"));
    const failedSuites = (r.testResults || []).filter((s) => s.status === "failed" && (s.assertionResults || []).length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + failedSuites, (r.numPendingTests || 0) + (r.numTodoTests || 0));
  } catch { console.log(0, 1, 0); }
')
passed=$((passed + vp))
failed=$((failed + vf))
if [ "$vitest_status" -ne 0 ] && [ "$vf" -eq 0 ]; then failed=$((failed + 1)); fi

if [ -f .test-results/fuzz-counts.txt ]; then
  echo "== fuzzed inputs tried"
  awk -F'\t' '{ total += $2; printf "  %s: %d\n", $1, $2 } END { printf "  total: %d\n", total }' .test-results/fuzz-counts.txt
fi

# A test that could not run here (say, Chromium missing for a benchmark) is neither passed nor failed: say so.
if [ "${vs:-0}" -gt 0 ]; then echo "$vs skipped: npx vitest run --reporter=verbose lists them (↓) with the reason"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
