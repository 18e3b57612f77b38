// Each step of findArticleSteps in Chromium on the saved pages, cold (a fresh context per visit, the finder's code
// compiled on first use, as on a page visit): ms by the clock per step, the minimum over N visits, and what one
// task would hold with the content script's slicing (steps run back to back until a slice's time is spent).
// npx tsx scripts/bench/find-steps-chromium.ts [--visits N] [--slice MS] PAGE…
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageScript } from './page-script';
import { BROWSER_FLAGS } from './chromium';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i < 0 ? d : Number(args.splice(i, 2)[1]);
};
const visits = opt('--visits', 3);
const slice = opt('--slice', 25);
// --profile: the first visit's find is sampled too; its functions' self and total times are printed.
const profile = args.includes('--profile') ? (args.splice(args.indexOf('--profile'), 1), true) : false;

const script = await pageScript(
  root,
  `import { findArticleSteps } from ${JSON.stringify(join(root, 'lib/article/find.ts'))};
import { FIRST_PART_CHARS } from ${JSON.stringify(join(root, 'lib/extension/messages.ts'))};
globalThis.__steps = () => {
  const out = [];
  const steps = findArticleSteps(document, { preview: FIRST_PART_CHARS });
  for (;;) {
    const t = performance.now();
    const step = steps.next();
    out.push(performance.now() - t);
    if (step.done) return out;
  }
};`,
  { minify: !profile },
);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: BROWSER_FLAGS });
try {
  for (const file of args) {
    let best: number[] | null = null;
    for (let v = 0; v < visits; v++) {
      const context = await browser.newContext();
      await context.route('**/*', (route) =>
        route.request().url() === 'http://bench.test/page'
          ? route.fulfill({ body: readFileSync(file), headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'none'" } })
          : route.abort());
      const page = await context.newPage();
      await page.goto('http://bench.test/page', { waitUntil: 'load' });
      await page.evaluate(script);
      const cdp = profile && v === 0 ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
      }
      const times = await page.evaluate(() => (globalThis as unknown as { __steps: () => number[] }).__steps());
      if (cdp) printProfile((await cdp.send('Profiler.stop')).profile as unknown as Profile);
      best = best ? best.map((t, i) => Math.min(t, times[i] ?? Infinity)) : times;
      await context.close();
    }
    // The tasks the content script's loop makes of these steps: it yields once a task has run for `slice` ms.
    const tasks: number[] = [];
    let task = 0;
    for (const t of best!) {
      task += t;
      if (task > slice) {
        tasks.push(task);
        task = 0;
      }
    }
    if (task) tasks.push(task);
    const f = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' ');
    console.log(`${file.split('/').pop()}\n  steps [${f(best!)}]\n  tasks at ${slice} ms slices: max ${Math.max(...tasks).toFixed(1)} [${f(tasks)}]`);
  }
} finally {
  await browser.close();
}

interface Profile { nodes: { id: number; callFrame: { functionName: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] }

/** Self and total ms per function of a sampled profile (top 25 by total). */
function printProfile(p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const name = (n: number) => `${byId.get(n)!.callFrame.functionName || '(anon)'}:${byId.get(n)!.callFrame.lineNumber}`;
    self.set(name(id), (self.get(name(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = name(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`    ${v.toFixed(1).padStart(6)} total ${(self.get(k) ?? 0).toFixed(1).padStart(6)} self  ${k}`);
}
