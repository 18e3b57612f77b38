// The content script in Chromium on a ~200 KB Arabic article page: time to highlights, longest task, heap.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from '@playwright/test';
import { ensureChromeBuild } from './bundle';
import { benchArticles, round } from './engine';
import { backgroundStarted, launch, stopBackground, waitInPage } from './chromium';
import { explainLongTasks, longestTaskBetween, startTrace, stopTrace } from './trace';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A news-like page whose article body is ~200 KB of real article paragraphs. */
export function bigArticlePage(root: string, bytes = 200_000): string {
  const paragraphs: string[] = [];
  let size = 0;
  const texts = benchArticles(root).map((a) => a.text);
  for (let i = 0; size < bytes; i++) {
    for (const p of texts[i % texts.length]!.split('\n\n')) {
      paragraphs.push(`<p>${escapeHtml(p)}</p>`);
      size += Buffer.byteLength(p);
    }
  }
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مقال طويل</title></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header>
<main><article><h1>مقال طويل للاختبار</h1>${paragraphs.join('\n')}</article></main>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/x">عنوان</a></li></ul></aside><footer>جميع الحقوق محفوظة</footer></body></html>`;
}

async function serve(html: string): Promise<Server> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

// Runs in the page's main world before any script: records long tasks and when the last highlight was added.
function observe() {
  const w = window as unknown as { __bench: { longest: number; lastMark: number; gap: number } };
  w.__bench = { longest: 0, lastMark: 0, gap: 0 };
  // Long-task entries do not include the content script's own tasks (its isolated world), so also time the
  // event loop from the page: the longest wait of a 10 ms interval timer, minus 10 ms, is the longest block.
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    w.__bench.gap = Math.max(w.__bench.gap, now - last - 10);
    last = now;
  }, 10);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longest = Math.max(w.__bench.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'MARK'))) w.__bench.lastMark = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function heapUsed(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize;
}

/**
 * The longest main-thread task while the content script works (its start to the end of its first pass), from a
 * Chromium trace of a second visit with a freshly started background: script, style, layout and paint, at any
 * length (the Long Tasks API reports only tasks over 50 ms).
 */
async function tracedLongestTask(context: BrowserContext, url: string): Promise<{ wall: number; cpu: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await stopBackground(cdp);
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await waitInPage(cdp, "performance.getEntriesByName('ana:end').length > 0", { interval: 100 });
    const events = await stopTrace(cdp);
    if (process.env.BENCH_EXPLAIN) for (const line of explainLongTasks(events, 'ana:start', 'ana:end')) console.error(`  200 KB page: ${line}`);
    return longestTaskBetween(events, 'ana:start', 'ana:end');
  } finally {
    await page.close();
  }
}

export async function benchPage(root: string) {
  const ext = ensureChromeBuild(root);
  const server = await serve(bigArticlePage(root));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const plain = await launch(null);
    const heapWithout = await heapUsed(plain, url);
    await plain.close();

    const context = await launch(ext);
    // As the real pages: a freshly started background (stopped before the visit, as after 30 s without use), not
    // the one still installing the extension when the browser has just started (chromium.ts, backgroundStarted).
    await backgroundStarted(context);
    await stopBackground(await context.newCDPSession(context.pages()[0] ?? (await context.newPage())));
    const page = await context.newPage();
    await page.addInitScript(observe);
    // Polled through CDP (chromium.ts, waitInPage): nothing of the harness's own runs in the page while it is measured.
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'commit' });
    await waitInPage(cdp, "document.querySelectorAll('mark').length > 0");
    // Settled: no new highlight for one second.
    await waitInPage(cdp, 'performance.now() - window.__bench.lastMark > 1000', { interval: 200 });
    const r = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { longest: number; lastMark: number; gap: number } }).__bench;
      const start = performance.getEntriesByName('ana:start')[0]?.startTime;
      const painted = performance.getEntriesByName('ana:painted')[0]?.startTime;
      // A long article's beginning is highlighted first; a short one has only 'ana:painted'.
      const firstPainted = performance.getEntriesByName('ana:first-painted')[0]?.startTime ?? painted;
      const idle = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      // (no named inner function here: tsx's __name helper does not exist in the page)
      const at: Record<string, number> = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
      return {
        // Where the time goes: settings, finding the article, the background's analysis (with messaging), highlighting.
        split: {
          find: at['ana:found']! - at['ana:find']!,
          analyse: at['ana:analysed']! - at['ana:found']!,
          highlight: at['ana:painted']! - at['ana:analysed']!,
          engine: performance.getEntriesByName('ana:engine')[0]?.duration ?? NaN,
          // The first phase on a long article: analysing its beginning, of which the engine's own time.
          firstAnalyse: at['ana:first-analysed']! - at['ana:found']!,
          firstEngine: performance.getEntriesByName('ana:engine-first')[0]?.duration ?? NaN,
          // The background's worker: loaded (its script evaluated) and warmed up, ms before the content script
          // started (negative: after it).
          workerLoadedLead: at['ana:start']! - (at['ana:worker-loaded'] ?? NaN),
          workerWarmLead: at['ana:start']! - (at['ana:worker-warm'] ?? NaN),
          // The screen part's request: sent (from the finder's preview) this long after the start, and waiting
          // this long before the background's engine took it (messaging, a warm-up step, the worker's script load).
          firstAsked: (at['ana:first-asked'] ?? NaN) - at['ana:start']!,
          firstQueued: (at['ana:worker-engine'] ?? NaN) - (at['ana:first-asked'] ?? NaN),
        },
        first: start !== undefined && firstPainted !== undefined ? firstPainted - start : NaN,
        total: start !== undefined && painted !== undefined ? painted - start : b.lastMark - idle.domContentLoadedEventEnd,
        instrumented: start !== undefined && painted !== undefined,
        longest: b.longest,
        gap: b.gap,
        marks: document.querySelectorAll('mark').length,
      };
    });
    await page.close();
    const longest = await tracedLongestTask(context, url);
    const heapWith = await heapUsed(context, url);
    await context.close();
    return {
      page_bytes: Buffer.byteLength(bigArticlePage(root)),
      page_marks: r.marks,
      page_first_paint_ms: round(r.first, 1),
      page_total_ms: round(r.total, 1),
      page_total_source: r.instrumented ? 'content script marks' : 'DOMContentLoaded to last highlight',
      page_longest_task_ms: round(longest.wall, 1),
      page_longest_task_cpu_ms: round(longest.cpu, 1),
      page_longtask_api_ms: round(r.longest, 1),
      page_blocked_ms: round(r.gap, 1),
      page_find_ms: round(r.split.find, 1),
      page_analyse_ms: round(r.split.analyse, 1),
      page_engine_ms: round(r.split.engine, 1),
      page_highlight_ms: round(r.split.highlight, 1),
      page_first_analyse_ms: round(r.split.firstAnalyse, 1),
      page_first_engine_ms: round(r.split.firstEngine, 1),
      page_first_asked_ms: round(r.split.firstAsked, 1),
      page_first_queued_ms: round(r.split.firstQueued, 1),
      page_worker_loaded_lead_ms: round(r.split.workerLoadedLead, 1),
      page_worker_warm_lead_ms: round(r.split.workerWarmLead, 1),
      page_heap_mb: round(Math.max(0, heapWith - heapWithout) / 2 ** 20, 2),
    };
  } finally {
    server.close();
  }
}
