// npm run bench [-- --json] [-- --no-browser]: engine figures in Node, bundle size, and the content script
// on a 200 KB article page in Chromium. Budgets are in README ("Performance"); this reports, it does not assert.
import { resolve } from 'node:path';
import { benchEngine } from './bench/engine';
import { benchBundle } from './bench/bundle';
import { benchPage } from './bench/page';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');

const BUDGETS: Record<string, [string, number]> = {
  analyze_ms_median: ['<=', 5],
  scaling_10x: ['<=', 1.2],
  page_longest_task_ms: ['<=', 50],
  page_total_ms: ['<=', 150],
  content_script_bytes: ['<=', 350_000],
};

async function main() {
  const figures: Record<string, number | string | null> = { ...benchEngine(root), ...benchBundle(root) };
  if (!args.includes('--no-browser')) Object.assign(figures, await benchPage(root));
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log('figure                     value        budget');
  for (const [k, v] of Object.entries(figures)) {
    const b = BUDGETS[k];
    const verdict = b && typeof v === 'number' ? (v <= b[1] ? 'ok' : 'OVER') : '';
    console.log(`${k.padEnd(26)} ${String(v).padStart(10)}   ${b ? `${b[0]} ${b[1]}` : ''} ${verdict}`);
  }
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
