// npm run bench [-- --json] [-- --no-browser] [-- --only page|real] [-- --verbose] [-- --runs N]: engine figures in Node, bundle size,
// the content script on a 200 KB article page and on the saved real pages of the dev corpus in Chromium. With
// --runs N, the browser figures are measured N times and each is its best (the engine's figures are already
// each article's fastest of several rounds, and a second round in the same process would find its caches warm).
// Budgets are in README ("Performance"); this reports, it does not assert.
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

type Figures = Record<string, number | string | null>;

/** `--only page` or `--only real`: one of the two browser benchmarks (to look into its figures quicker). */
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;

async function measureBrowser(): Promise<Figures> {
  return {
    ...(only === 'real' ? {} : await benchPage(root)),
    ...(only === 'page' ? {} : await benchRealPages(root, { verbose: args.includes('--verbose') })),
  } as Figures;
}

/** Measured figures (times, ratios, heap): the lowest of the runs; sizes and counts come from the last run. */
const MEASURED = /_ms|scaling|ratio|readability|heap/;

function best(runs: Figures[]): Figures {
  const out: Figures = { ...runs.at(-1)! };
  for (const k of Object.keys(out)) {
    if (!MEASURED.test(k)) continue;
    const values = runs.map((r) => r[k]).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    // How long before the content script the background was ready: more is better.
    if (values.length) out[k] = k.endsWith('_lead_ms') || k.endsWith('_lead_ms_median') ? Math.max(...values) : Math.min(...values);
  }
  return out;
}

async function main() {
  const runsAt = args.indexOf('--runs');
  const count = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 1) : 1;
  const figures: Figures = { ...benchEngine(root), ...benchBundle(root) };
  if (!args.includes('--no-browser')) {
    const runs: Figures[] = [];
    for (let i = 0; i < count; i++) {
      runs.push(await measureBrowser());
      // --verbose: each run's timings too (the JSON keeps the best), to see the spread behind a best-of-N figure.
      if (args.includes('--verbose')) console.error(`run ${i + 1}: ${JSON.stringify(Object.fromEntries(Object.entries(runs.at(-1)!).filter(([k]) => MEASURED.test(k))))}`);
    }
    Object.assign(figures, best(runs));
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
