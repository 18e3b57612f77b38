// npx tsx scripts/bench/timeline.ts [N]: N traced visits of the 200 KB page (freshly started background each), and
// for each the main thread's tasks from before the content script's start to its first highlights painted: when
// each started (ms from `ana:start`), how long it ran by the clock and by the thread's time, and what it did. For
// looking into `page_first_paint_ms`; the figures themselves come from `npm run bench`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { ensureChromeBuild } from './bundle';
import { backgroundStarted, launch, stopBackground, waitInPage } from './chromium';
import { bigArticlePage } from './page';
import { startTrace, stopTrace } from './trace';

interface Ev { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string; functionName?: string } } }

const root = resolve(import.meta.dirname, '../..');
const visits = Number(process.argv[2] ?? 1);
const html = bigArticlePage(root);
const server = createServer((_q, r) => { r.setHeader('content-type', 'text/html; charset=utf-8'); r.end(html); });
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
for (let v = 0; v < visits; v++) {
  // A browser of its own per visit, as `npm run bench` measures the page: the content script's first run in it.
  const context = await launch(ensureChromeBuild(root));
  await backgroundStarted(context);
  const control = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  await stopBackground(control);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await startTrace(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  await waitInPage(cdp, "performance.getEntriesByName('ana:end').length > 0");
  const events = (await stopTrace(cdp)) as Ev[];
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('ana:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n') && !e.name.startsWith('ana:engine'));
  const start = marks.find((m) => m.name === 'ana:start');
  if (!start) { console.log('no ana:start'); continue; }
  const end = marks.find((m) => m.name === 'ana:first-painted') ?? marks.find((m) => m.name === 'ana:painted');
  const t0 = start.ts;
  const rel = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  const thread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.dur! >= 1000 && e.ts + e.dur! >= t0 - 60_000 && e.ts <= (end?.ts ?? Infinity) + 5000);
  const lines: [number, string][] = [];
  for (const m of marks) if (m.ts >= t0 - 60_000 && m.ts <= (end?.ts ?? Infinity) + 5000) lines.push([m.ts, `${rel(m.ts)}  mark ${m.name}`]);
  for (const t of tasks) {
    const inside = new Map<string, number>();
    for (const e of thread) {
      if (e === t || e.name === 'RunTask' || e.ts < t.ts || e.ts + e.dur! > t.ts + t.dur!) continue;
      if (/^V8\.GC_|^v8\.|ParseHTML|^V8\./.test(e.name) && e.name !== 'v8.compile') continue;
      const a = e.args?.data;
      const what = `${e.name}${a?.url ? ` ${a.url.split('/').pop()}` : ''}${a?.functionName ? ` ${a.functionName}` : ''}`;
      inside.set(what, (inside.get(what) ?? 0) + e.dur! / 1000);
    }
    const parts = [...inside].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, d]) => `${k} ${d.toFixed(1)}`);
    lines.push([t.ts, `${rel(t.ts)}  task ${(t.dur! / 1000).toFixed(1).padStart(6)} (cpu ${((t.tdur ?? NaN) / 1000).toFixed(1)}): ${parts.join(', ')}`]);
  }
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, (e as unknown as { args: { name: string } }).args.name]));
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || e.dur === undefined || e.ts + e.dur < t0 || e.ts > (end?.ts ?? Infinity)) continue;
    const k = `${names.get(`${e.pid}:${e.tid}`) ?? '?'} ${e.pid === start.pid ? '(page)' : e.pid}`;
    busy.set(k, (busy.get(k) ?? 0) + (Math.min(e.ts + e.dur, end?.ts ?? Infinity) - Math.max(e.ts, t0)) / 1000);
  }
  // TIMELINE_THREADS=1: how long each thread of the traced processes was busy meanwhile (the browser's, the GPU's).
  if (process.env.TIMELINE_THREADS) console.log([...busy].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, ms]) => `${k}: ${ms.toFixed(0)}`).join(' | '));
  console.log(`--- visit ${v + 1}: first paint ${end ? ((end.ts - t0) / 1000).toFixed(1) : '?'} ms`);
  for (const [, l] of lines.sort((a, b) => a[0] - b[0])) console.log(l);
  await page.close();
  await context.close();
}
server.close();
