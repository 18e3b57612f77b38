// Prints the plain "N passed, N failed, N skipped" line CI reads, summed from the runners' JSON reports.
// A missing report counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests; failed += unit.numFailedTests; skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else { console.error('summary: reports/unit.json is missing'); failed += 1; }

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky; failed += e2e.stats.unexpected; skipped += e2e.stats.skipped;
} else { console.error('summary: reports/e2e.json is missing'); failed += 1; }

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
