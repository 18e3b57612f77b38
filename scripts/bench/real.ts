// The content script on the saved real pages of the dev corpus (../shared/corpus/dev/*.html) in Chromium:
// time from the content script's start to the first highlights painted, each page with a freshly started
// background (the service worker is stopped before the page loads, so the page's own visit starts it), the
// longest task while we work, and how long finding the article takes beside @mozilla/readability's parse.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { pageScript } from './page-script';
import { ensureChromeBuild } from './bundle';
import { quantile, round } from './engine';
import { NAME_HELPER, backgroundStarted, launch, stopBackground, waitInPage } from './chromium';
import { explainLongTasks, longestTaskBetween, startTrace, stopTrace } from './trace';

export function realPages(root: string): string[] {
  const dir = join(root, '../shared/corpus/dev');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f)) : [];
}

/**
 * Saved pages as the site served them, minus their scripts: a CSP header stops the pages' own scripts (most would
 * only fail without the network), so the figures are the extension's work and not the site's. The content script
 * is not subject to the page's CSP. Pages that are not UTF-8 say their charset in a <meta>.
 */
async function serve(files: string[]): Promise<Server> {
  const byName = new Map(files.map((f) => [`/${f.split('/').pop()}`, f]));
  const server = createServer((req, res) => {
    const file = byName.get(req.url ?? '');
    if (!file) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const bytes = readFileSync(file);
    const utf8 = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    })();
    res.setHeader('content-type', utf8 ? 'text/html; charset=utf-8' : 'text/html');
    res.setHeader('content-security-policy', "script-src 'none'");
    res.end(bytes);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

/** What one visit measured; times in ms from the content script's start, `at*` from the navigation's start. */
interface PageRun {
  name: string;
  state: string;
  marks: number;
  firstPaint: number;
  painted: number;
  find: number;
  firstAnalyse: number;
  firstEngine: number;
  atStart: number;
  atWarm: number;
  atWorkerStart: number;
  atWorkerLoaded: number;
  atWorkerWarm: number;
  longest?: number;
  longestCpu?: number;
}

async function visit(context: BrowserContext, control: CDPSession, url: string, traced: boolean): Promise<PageRun> {
  await stopBackground(control);
  const page = await context.newPage();
  try {
    await page.addInitScript(NAME_HELPER);
    // Polled through CDP (chromium.ts, waitInPage): nothing of the harness's own runs in the page while it is measured.
    const cdp = await context.newCDPSession(page);
    if (traced) await startTrace(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await waitInPage(cdp, `['done', 'no-article', 'error', 'off'].includes(document.documentElement.getAttribute('data-ana-state') ?? '')`);
    // The paint marks are set a frame after the last highlight.
    await waitInPage(cdp, "performance.getEntriesByName('ana:end').length > 0", { timeout: 10_000 });
    const run = await page.evaluate((name) => {
      const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const dur = (n: string) => performance.getEntriesByName(n)[0]?.duration ?? NaN;
      const or = (a: number, b: number) => (Number.isNaN(a) ? b : a);
      const start = at('ana:start');
      const painted = at('ana:painted');
      const found = at('ana:found');
      return {
        name,
        state: document.documentElement.getAttribute('data-ana-state') ?? '',
        marks: document.querySelectorAll('mark.ana-hl').length,
        firstPaint: or(at('ana:first-painted'), painted) - start,
        painted: painted - start,
        find: found - at('ana:find'),
        firstAnalyse: or(at('ana:first-analysed'), at('ana:analysed')) - found,
        firstEngine: or(dur('ana:engine-first'), dur('ana:engine')),
        atStart: start,
        atWarm: at('ana:warm'),
        atWorkerStart: at('ana:worker-start'),
        atWorkerLoaded: at('ana:worker-loaded'),
        atWorkerWarm: at('ana:worker-warm'),
      };
    }, url.split('/').pop()!);
    if (traced) {
      const events = await stopTrace(cdp);
      const longest = longestTaskBetween(events, 'ana:start', 'ana:end');
      (run as PageRun).longest = longest.wall;
      (run as PageRun).longestCpu = longest.cpu;
      if (process.env.BENCH_EXPLAIN) for (const line of explainLongTasks(events, 'ana:start', 'ana:end')) console.error(`  ${run.name}: ${line}`);
    }
    return run;
  } finally {
    await page.close();
  }
}

/** One script for the page's main world: Readability and our finder, each timed on the same document. */
async function peerScript(root: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const readability = require.resolve('@mozilla/readability/Readability.js');
  return pageScript(
    root,
    `import Readability from ${JSON.stringify(readability)};
import { findArticle } from ${JSON.stringify(join(root, 'lib/article/find.ts'))};
globalThis.__peer = { Readability, findArticle };`,
  );
}

/**
 * Per page, the median of a few runs of each (after one warm-up): our finder on the live document, and
 * Readability's parse on a fresh clone (it changes the document it reads; cloning is not counted).
 */
async function timePeers(page: Page, script: string): Promise<{ find: number; readability: number }> {
  await page.evaluate(script);
  return page.evaluate(() => {
    const peer = (globalThis as unknown as { __peer: { Readability: new (d: Document) => { parse(): unknown }; findArticle: (d: Document) => unknown } }).__peer;
    const runs = 5;
    const find: number[] = [];
    const readability: number[] = [];
    for (let i = 0; i <= runs; i++) {
      let t = performance.now();
      peer.findArticle(document);
      if (i) find.push(performance.now() - t);
      const clone = document.cloneNode(true) as Document;
      t = performance.now();
      new peer.Readability(clone).parse();
      if (i) readability.push(performance.now() - t);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    return { find: median(find), readability: median(readability) };
  });
}

export async function benchRealPages(root: string, opts: { verbose?: boolean } = {}) {
  const files = realPages(root);
  if (!files.length) return {};
  const ext = ensureChromeBuild(root);
  const server = await serve(files);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await launch(ext);
  try {
    // Nothing leaves the machine: the saved pages' images, fonts and scripts elsewhere are refused.
    await context.route((u) => !u.href.startsWith(base), (route) => route.abort());
    await backgroundStarted(context);
    const control = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
    const names = files.map((f) => f.split('/').pop()!);
    // Timed visits, then traced ones for the tasks (tracing slows the page a little).
    const runs: PageRun[] = [];
    for (const n of names) runs.push(await visit(context, control, base + n, false));
    const traced: PageRun[] = [];
    for (const n of names) traced.push(await visit(context, control, base + n, true));
    runs.forEach((r, i) => {
      r.longest = traced[i]!.longest;
      r.longestCpu = traced[i]!.longestCpu;
    });
    if (opts.verbose) for (const r of runs) console.error(JSON.stringify(r, (_k, v) => (typeof v === 'number' ? round(v, 1) : v)));

    const script = await peerScript(root);
    const articles = runs.filter((r) => r.state === 'done' && r.marks > 0);
    const ratios: number[] = [];
    const page = await context.newPage();
    await page.addInitScript(NAME_HELPER);
    for (const r of articles) {
      await page.goto(base + r.name, { waitUntil: 'load' });
      const t = await timePeers(page, script);
      if (opts.verbose) console.error(JSON.stringify({ name: r.name, find: round(t.find, 2), readability: round(t.readability, 2) }));
      ratios.push(t.find / t.readability);
    }
    await page.close();

    const first = articles.map((r) => r.firstPaint);
    // How each visit ended (done, no-article, error…), so a failed visit is never silently left out.
    const states = [...new Set(runs.map((r) => r.state))].sort().map((st) => `${st}:${runs.filter((r) => r.state === st).length}`).join(' ');
    return {
      page_real_pages: runs.length,
      page_real_articles: articles.length,
      page_real_states: states,
      page_real_first_paint_ms_median: round(quantile(first, 0.5), 1),
      page_real_first_paint_ms_max: round(Math.max(...first), 1),
      page_real_total_ms_median: round(quantile(articles.map((r) => r.painted), 0.5), 1),
      page_real_longest_task_ms: round(Math.max(...runs.map((r) => r.longest ?? NaN)), 1),
      page_real_longest_task_cpu_ms: round(Math.max(...runs.map((r) => r.longestCpu ?? NaN)), 1),
      page_real_find_ms_median: round(quantile(articles.map((r) => r.find), 0.5), 1),
      page_real_first_analyse_ms_median: round(quantile(articles.map((r) => r.firstAnalyse), 0.5), 1),
      page_real_first_engine_ms_median: round(quantile(articles.map((r) => r.firstEngine), 0.5), 1),
      // Where the background was when the page needed it: loaded (and warm) this many ms before the content
      // script started (negative: after).
      page_real_worker_loaded_lead_ms_median: round(quantile(articles.map((r) => r.atStart - r.atWorkerLoaded), 0.5), 1),
      page_real_worker_warm_lead_ms_median: round(quantile(articles.map((r) => r.atStart - r.atWorkerWarm), 0.5), 1),
      find_vs_readability: round(quantile(ratios, 0.5), 2),
      find_vs_readability_max: round(Math.max(...ratios), 2),
    };
  } finally {
    await context.close();
    server.close();
  }
}
