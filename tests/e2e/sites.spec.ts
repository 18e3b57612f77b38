import { test, expect, SITE, tabIdOf, badgeOf } from './fixtures';
import type { Page } from '@playwright/test';

// Issue 6: every saved-site fixture (tests/fixtures/sites/) loaded through the local server. Article pages get
// highlights inside the article body (and its headline) only; the page furniture of every layout stays exactly as
// served; the home page and the English page get no highlights and no badge.

/** Where the article body of each layout is (tests/fixtures/sites/README.md). */
const ARTICLES: Record<string, string> = {
  aljazeera: '.wysiwyg',
  alarabiya: '#body-text',
  aawsat: '.entry-content',
  skynewsarabia: '.article-body',
  bbcarabic: '[data-component="text-block"]',
  rtarabic: '.article__text',
};
const NOT_ARTICLES = ['home', 'english'];

/** Page furniture of all six layouts: header, menus, tickers, sidebars, most read, related, read-also boxes, tags, share bars, captions, banners, footer. */
const FURNITURE = [
  'header:not(.article-header)', '#header', '.sna_header', 'nav', '.breadcrumb', 'footer', 'aside', '.sidebar', '.region-sidebar', '.layout__sidebar',
  '.most-read', '.most-popular', '.most_read_block', '[data-e2e="most-read"]',
  '.related-articles', '.related_news', '.related-topics', '.more-on', '.read-more', 'section[aria-labelledby="related-content-heading"]',
  '.article-tags', '.article__tags', '.bbc-topics', '.share-buttons', '.article-share', '.article-share-buttons', '.social-share', '.share-block',
  '.ticker', '.breaking-news-banner', '.breaking_news_ticker', '.newsletter', '.article-newsletter-slot',
  '.cookie-consent', '.cookie-banner', '.eu-cookie-compliance', '.cookies-notice', '.cookies-popup',
  'figcaption', '.image-caption', '.media__copyright',
].join(', ');

/** Before the content script runs (document_idle), keep the markup of every furniture element as served. */
async function snapshotFurniture(page: Page) {
  await page.addInitScript((selector) => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as any).__furniture = [...document.querySelectorAll(selector)].map((e) => e.outerHTML);
    });
  }, FURNITURE);
}

async function settled(page: Page): Promise<string> {
  const html = page.locator('html[data-ana-state="done"], html[data-ana-state="no-article"], html[data-ana-state="error"]');
  await html.waitFor({ state: 'attached', timeout: 20_000 });
  // Highlights are drawn in slices after the state is set on big pages; these are small, but let a frame pass.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  return (await page.locator('html').getAttribute('data-ana-state')) ?? '';
}

for (const [name, body] of Object.entries(ARTICLES)) {
  test(`${name}: highlights only in the article body, furniture untouched`, async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await snapshotFurniture(page);
    await page.goto(`${SITE}/sites/${name}`);
    expect(await settled(page)).toBe('done');

    const marks = await page.locator('mark.ana-hl').evaluateAll(
      (ms, sel) => ms.map((m) => ({ text: m.textContent ?? '', inBody: !!m.closest(sel) || !!m.closest('h1') })),
      body,
    );
    expect(marks.length, 'the article gets highlights').toBeGreaterThan(0);
    expect(marks.filter((m) => !m.inBody).map((m) => m.text), 'highlights outside the article body').toEqual([]);

    const before = await page.evaluate(() => (window as any).__furniture as string[]);
    expect(before.length, 'the fixture has page furniture to check').toBeGreaterThanOrEqual(4);
    const after = await page.evaluate((selector) => [...document.querySelectorAll(selector)].map((e) => e.outerHTML), FURNITURE);
    expect(after).toEqual(before);

    // The badge counts the officials highlighted (these invented articles may name none: quotes only).
    const officials = await page.locator('mark.ana-official').evaluateAll((ms) => new Set(ms.map((m) => m.getAttribute('data-official-id'))).size);
    expect(await badgeOf(serviceWorker, await tabIdOf(serviceWorker, page))).toBe(officials ? String(officials) : '');
  });
}

for (const name of NOT_ARTICLES) {
  test(`${name}: not an Arabic article, no highlights and no badge`, async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await snapshotFurniture(page);
    await page.goto(`${SITE}/sites/${name}`);
    expect(await settled(page)).toBe('no-article');
    await expect(page.locator('mark.ana-hl')).toHaveCount(0);
    expect(await badgeOf(serviceWorker, await tabIdOf(serviceWorker, page))).toBe('');
  });
}
