// npm run bench [-- --json] [-- --no-browser] [-- --verbose]: engine figures in Node, bundle size, the content
// script on a 200 KB article page and on the saved real pages of the dev corpus in Chromium. Budgets are in
// README ("Performance"); this reports, it does not assert.
import { resolve } from 'node:path';
import { benchEngine } from './bench/engine';
import { benchBundle } from './bench/bundle';
import { benchPage } from './bench/page';
import { benchRealPages } from './bench/real';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');

const BUDGETS: Record<string, [string, number]> = {
  analyze_ms_median: ['<=', 5],
  scaling_10x: ['<=', 1.2],
  content_script_bytes: ['<=', 350_000],
  page_first_paint_ms: ['<=', 250],
  page_longest_task_ms: ['<=', 50],
  page_real_first_paint_ms_median: ['<=', 100],
  page_real_first_paint_ms_max: ['<=', 200],
  page_real_longest_task_ms: ['<=', 50],
  find_vs_readability: ['<=', 0.5],
};

async function main() {
  const figures: Record<string, number | string | null> = { ...benchEngine(root), ...benchBundle(root) };
  if (!args.includes('--no-browser')) {
    Object.assign(figures, await benchPage(root));
    Object.assign(figures, await benchRealPages(root, { verbose: args.includes('--verbose') }));
  }
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`${'figure'.padEnd(40)}      value   budget`);
  for (const [k, v] of Object.entries(figures)) {
    const b = BUDGETS[k];
    const verdict = b && typeof v === 'number' ? (v <= b[1] ? 'ok' : 'OVER') : '';
    console.log(`${k.padEnd(40)} ${String(v).padStart(10)}   ${b ? `${b[0]} ${b[1]}` : ''} ${verdict}`);
  }
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
