import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { DEFAULT_SETTINGS, toStorage } from '../../lib/extension/settings';
import { decode } from '../../scripts/analyze';
import { test, expect, SITE } from './fixtures';

// Issue 14, "never a broken page, measured": every saved real page of ../shared/corpus/dev (beside the clone, in
// CI too) is opened at its own address with the built extension, and every hostile page of the test server.
// Each page is loaded twice, with the annotator off for its host and on, and the two are compared: the analysis
// finishes, no page error, every element outside our marks keeps its box, and every mark lies in the article.
// The real pages are served from disk by a route (no network: their scripts, styles and images on other hosts
// are refused, and their own scripts are kept from running, so the page is the same on both loads).

const DEV = resolve(import.meta.dirname, '../../../shared/corpus/dev');
const REAL = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')) : [];
const HOSTILE = ['huge', 'nested', 'split', 'mixed', 'diacritics', 'zero-width', 'iframe', 'rewrite', 'csp'];

interface Box { tag: string; x: number; y: number; w: number; h: number }

/** The box of every element of the body in document order, our marks and our UI left out. */
async function boxes(page: Page): Promise<Box[]> {
  // Measured once the layout has settled: fonts loaded, and two readings 150 ms apart alike (the first render of mixed
  // scripts on a fresh profile can swap a fallback font late and shift a line by a few pixels, annotator or not).
  let last = await readBoxes(page);
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(150);
    const now = await readBoxes(page);
    if (moved(last, now).length === 0) return now;
    last = now;
  }
  return last;
}

async function readBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const out: Box[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.matches('mark.ana-hl, mark.ana-hl *') || el.closest('ana-card, [data-wxt-shadow-root], .ana-ui')) continue;
      const r = el.getBoundingClientRect();
      out.push({ tag: el.tagName, x: Math.round(r.x), y: Math.round(r.y + scrollY), w: Math.round(r.width), h: Math.round(r.height) });
    }
    return out;
  });
}

/** The elements whose box differs between the two loads (more than a pixel), described for the failure message. */
function moved(off: Box[], on: Box[]): string[] {
  if (off.length !== on.length) return [`${off.length} elements without the annotator, ${on.length} with it`];
  const out: string[] = [];
  off.forEach((a, i) => {
    const b = on[i]!;
    // An empty box (a link around an image that failed to load) shows nothing, wherever it sits.
    if (a.tag === b.tag && a.w + a.h === 0 && b.w + b.h === 0) return;
    if (a.tag !== b.tag || [a.x - b.x, a.y - b.y, a.w - b.w, a.h - b.h].some((d) => Math.abs(d) > 1)) out.push(`#${i} ${a.tag} ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  });
  return out;
}

async function setSiteOff(sw: Worker, host: string | null) {
  const { items } = toStorage({ ...DEFAULT_SETTINGS, disabledSites: host ? [host] : [] });
  await sw.evaluate(async (it) => (globalThis as any).chrome.storage.sync.set(it), items);
}

/** Page errors and console errors, except the browser's own notes about the resources we refuse. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const t = m.text();
    if (/Failed to load resource|net::ERR_|Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(t)) return;
    errors.push(`console: ${t}`);
  });
  return errors;
}

async function settle(page: Page, states: string[]): Promise<string> {
  const sel = states.map((s) => `html[data-ana-state="${s}"]`).join(', ');
  await page.locator(sel).waitFor({ state: 'attached', timeout: 45_000 });
  // Every refused resource has failed (a broken image takes its final size then) before boxes are measured.
  await page.waitForLoadState('load');
  // Highlights are drawn in slices after the state is set: wait until two frames pass with no new mark.
  let count = -1;
  for (;;) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const now = await page.locator('mark.ana-hl').count();
    if (now === count) break;
    count = now;
  }
  return (await page.locator('html').getAttribute('data-ana-state')) ?? '';
}

/** The address a saved page was served at (its canonical or Open Graph URL), or a made-up one. */
function addressOf(id: string, html: string): string {
  const m = html.match(/<link[^>]+rel=["']?canonical["']?[^>]*href=["']?([^"' >]+)/i) ?? html.match(/<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i);
  return new URL(m && /^https?:\/\//.test(m[1]!) ? m[1]! : `https://saved-pages.invalid/${id}.html`).href;
}

/** Open a saved page at its address: the page itself from disk, every other request refused, no page script run. */
async function openSaved(page: Page, url: string, bytes: Buffer) {
  await page.route('**/*', (route) => {
    const req = route.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame() && req.url().split('#')[0] === url.split('#')[0]) {
      return route.fulfill({ status: 200, body: bytes, headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'none'" } });
    }
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

const words = (s: string) => s.normalize('NFKC').replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

/** For each mark, its words and the words around it in its block (±6), to be found in the article. */
async function markContexts(page: Page): Promise<string[]> {
  return page.locator('mark.ana-hl').evaluateAll((ms) =>
    ms
      .filter((m) => !m.parentElement?.closest('mark.ana-hl'))
      .map((m) => {
        const block = m.closest('p, li, td, h1, h2, h3, h4, blockquote, div, article, section') ?? m.parentElement!;
        const text = block.textContent ?? '';
        const at = text.indexOf(m.textContent ?? '');
        const before = text.slice(0, Math.max(0, at)).split(/\s+/).slice(-6).join(' ');
        const after = text.slice(at + (m.textContent ?? '').length).split(/\s+/).slice(0, 7).join(' ');
        return `${before} ${m.textContent} ${after}`;
      }),
  );
}

test.describe('saved real pages', () => {
  test('are there (../shared beside the clone)', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(9);
  });

  for (const id of REAL) {
    test(`${id}: analysis finishes, no page error, no box moves outside the marks, marks only in the article`, async ({ context, serviceWorker }) => {
      const bytes = readFileSync(`${DEV}/${id}.html`);
      const url = addressOf(id, decode(bytes, true));
      const host = new URL(url).hostname.replace(/^www\./, '');
      const gold = existsSync(`${DEV}/${id}.gold.json`) ? JSON.parse(readFileSync(`${DEV}/${id}.gold.json`, 'utf8')) : null;

      await setSiteOff(serviceWorker, host);
      const off = await context.newPage();
      await openSaved(off, url, bytes);
      expect(await settle(off, ['off'])).toBe('off');
      const before = await boxes(off);
      await off.close();

      await setSiteOff(serviceWorker, null);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await openSaved(page, url, bytes);
      const state = await settle(page, ['done', 'no-article', 'error']);
      expect(state).toBe(gold ? 'done' : 'no-article');
      expect(errors).toEqual([]);
      expect(moved(before, await boxes(page))).toEqual([]);

      const marks = await markContexts(page);
      if (!gold) {
        expect(marks).toEqual([]);
        return;
      }
      expect(marks.length, 'the article gets highlights').toBeGreaterThan(0);
      // The gold holds the body; the finder also takes the story's headline above it, whose names are marked too.
      const headlines = await page.evaluate(() => [document.title, ...Array.from(document.querySelectorAll('h1'), (h) => h.textContent ?? '')].join(' '));
      const article = new Set([...words(gold.article_text), ...words(headlines)]);
      // One word of the window may differ (a word cut by the window's edge, a digit the gold spells otherwise).
      const outside = marks.filter((m) => words(m).filter((w) => !article.has(w)).length > 1);
      expect(outside, 'highlights outside the article').toEqual([]);
    });
  }
});

test.describe('hostile pages', () => {
  for (const name of HOSTILE) {
    test(`${name}: analysis finishes, no page error, no box moves outside the marks, marks only in the article`, async ({ context, serviceWorker }) => {
      test.setTimeout(120_000);
      const url = `${SITE}/hostile/${name}`;
      await setSiteOff(serviceWorker, '127.0.0.1');
      const off = await context.newPage();
      await off.goto(url);
      expect(await settle(off, ['off'])).toBe('off');
      const before = await boxes(off);
      await off.close();

      await setSiteOff(serviceWorker, null);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(url);
      const state = await settle(page, ['done', 'no-article', 'error']);
      // The iframe page has only a short line of its own (the article is in the frame, left alone).
      expect(state).toBe(name === 'iframe' ? 'no-article' : 'done');
      expect(errors).toEqual([]);
      expect(moved(before, await boxes(page))).toEqual([]);
      const outside = await page.locator('mark.ana-hl').evaluateAll((ms) => ms.filter((m) => !m.closest('article')).map((m) => m.textContent));
      expect(outside, 'highlights outside the article').toEqual([]);
    });
  }
});
