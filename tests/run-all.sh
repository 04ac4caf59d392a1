#!/usr/bin/env bash
# `npm test`: every check secpath has — type check, unit and component tests, CLI tests and
# end-to-end tests in Debian's Chromium — then one line "N passed, N failed" over all of them.
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

echo "== JSON Schema of graph-data is up to date"
node src/cli/secpath.mjs schema --check
count $?

echo "== vitest (unit, component, CLI, end-to-end)"
mkdir -p .test-results
rm -f .test-results/vitest.json .test-results/fuzz-counts.txt
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json
vitest_status=$?

read -r vp vf < <(node -e '
  const fs = require("fs");
  try {
    const r = JSON.parse(fs.readFileSync(".test-results/vitest.json", "utf8"));
    const failedSuites = (r.testResults || []).filter((s) => s.status === "failed" && (s.assertionResults || []).length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + failedSuites);
  } catch { console.log(0, 1); }
')
passed=$((passed + vp))
failed=$((failed + vf))
if [ "$vitest_status" -ne 0 ] && [ "$vf" -eq 0 ]; then failed=$((failed + 1)); fi

if [ -f .test-results/fuzz-counts.txt ]; then
  echo "== fuzzed inputs tried"
  awk -F'\t' '{ total += $2; printf "  %s: %d\n", $1, $2 } END { printf "  total: %d\n", total }' .test-results/fuzz-counts.txt
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
