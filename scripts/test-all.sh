#!/usr/bin/env bash
# The one test command (README, CI): type check, unit tests, both builds, Firefox lint, browser tests,
# then the plain "N passed, N failed" line from the runners' JSON reports.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf reports && mkdir -p reports
rc=0
npx tsc --noEmit || rc=1
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json || rc=1
npx wxt zip || rc=1
npx wxt zip -b firefox || rc=1
npx web-ext lint --source-dir .output/firefox-mv2 || rc=1
npx playwright test || rc=1
node scripts/summary.mjs || rc=1
exit $rc
