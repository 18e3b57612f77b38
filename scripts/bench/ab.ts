// npx tsx scripts/bench/ab.ts N DIR_A DIR_B [DIR_C…]: the 200 KB page visited N times with each built extension
// (a .output/chrome-mv3 copied elsewhere), the builds taking turns visit by visit so that the machine's load falls on
// all of them alike; each visit in a browser of its own with a freshly started background, as page.ts measures it.
// Per visit: first paint and where it went; per build: the quartiles. For comparing two versions of the code on a
// shared machine, where a best-of-three figure moves by ±50-100 ms with the load. AB_DETAIL=1 adds, per visit, when
// the screen part was asked for, when the background received it and started its engine, and its warm-up steps.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { NAME_HELPER, backgroundStarted, launch, stopBackground, waitInPage } from './chromium';
import { bigArticlePage } from './page';

const [count, ...builds] = process.argv.slice(2);
if (!count || builds.length < 1) {
  console.error('usage: npx tsx scripts/bench/ab.ts N DIR_A [DIR_B…]');
  process.exit(1);
}
const html = bigArticlePage(resolve(import.meta.dirname, '../..'));
const server = createServer((_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(html);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

interface Visit { firstPaint: number; find: number; firstAnalyse: number; highlight: number; engine: number; detail: string }
const visits = new Map<string, Visit[]>(builds.map((b) => [b, []]));
const label = (b: string) => basename(resolve(b)).padEnd(12);

for (let i = 0; i < Number(count); i++) {
  // A different build first each round.
  for (const build of [...builds.slice(i % builds.length), ...builds.slice(0, i % builds.length)]) {
    const context = await launch(build);
    try {
      await backgroundStarted(context);
      await stopBackground(await context.newCDPSession(context.pages()[0] ?? (await context.newPage())));
      const page = await context.newPage();
      await page.addInitScript(NAME_HELPER);
      const cdp = await context.newCDPSession(page);
      await page.goto(url, { waitUntil: 'commit' });
      await waitInPage(cdp, "performance.getEntriesByName('ana:end').length > 0", { timeout: 60_000, interval: 100 });
      const v: Visit = await page.evaluate(() => {
        const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        const s = at('ana:start');
        const first = Number.isNaN(at('ana:first-painted')) ? at('ana:painted') : at('ana:first-painted');
        const steps = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('ana:warm-step'))
          .map((m) => `${(m.startTime - s).toFixed(0)}+${m.duration.toFixed(0)}`).join(' ');
        const rel = (n: string) => (at(n) - s).toFixed(0);
        return {
          firstPaint: first - s,
          find: at('ana:found') - at('ana:find'),
          firstAnalyse: at('ana:first-analysed') - at('ana:found'),
          highlight: first - at('ana:first-analysed'),
          engine: performance.getEntriesByName('ana:engine-first')[0]?.duration ?? NaN,
          detail: `asked ${rel('ana:first-asked')} received ${rel('ana:worker-received')} engine ${rel('ana:worker-engine')} found ${rel('ana:found')} `
            + `worker loaded ${rel('ana:worker-loaded')} warm-up steps [${steps}] state ${document.documentElement.getAttribute('data-ana-state')}`,
        };
      });
      visits.get(build)!.push(v);
      const f = (x: number) => x.toFixed(0).padStart(5);
      console.log(`${label(build)} load ${loadavg()[0]!.toFixed(1).padStart(4)}  first paint ${f(v.firstPaint)}  find ${f(v.find)}  then reply ${f(v.firstAnalyse)}  highlight ${f(v.highlight)}  engine ${f(v.engine)}`);
      if (process.env.AB_DETAIL) console.log(`             ${v.detail}`);
    } finally {
      await context.close();
    }
  }
}
server.close();

const quantile = (xs: number[], p: number) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
};
for (const [build, vs] of visits) {
  const fp = vs.map((v) => v.firstPaint);
  const q = (p: number) => quantile(fp, p).toFixed(0);
  const med = (k: keyof Omit<Visit, 'detail'>) => quantile(vs.map((v) => v[k]), 0.5).toFixed(0);
  console.log(`${label(build)} ${vs.length} visits: first paint min ${q(0)} q1 ${q(0.25)} median ${q(0.5)} q3 ${q(0.75)} max ${q(0.999)}`
    + ` | medians: find ${med('find')}, then reply ${med('firstAnalyse')}, highlight ${med('highlight')}, engine ${med('engine')}`);
}
