import { test, expect, SITE } from './fixtures';
import { ArticlePage } from './pages';

// Issue 13: the background is woken as an Arabic page starts loading, and a long article is highlighted
// where the reader is looking first.

const marksOf = (names: string[]) =>
  Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null]));

test('an Arabic page wakes the background as it starts loading; an English page does not', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  await new ArticlePage(page).waitForHighlights();
  const arabic = await page.evaluate(marksOf, ['ana:warm', 'ana:start']);
  expect(arabic['ana:warm']).not.toBeNull();
  // Sent before the main content script even started.
  expect(arabic['ana:warm']!).toBeLessThan(arabic['ana:start']!);

  await page.goto(`${SITE}/sites/english`);
  await page.locator('html[data-ana-state="no-article"]').waitFor({ state: 'attached' });
  expect((await page.evaluate(marksOf, ['ana:warm']))['ana:warm']).toBeNull();
});

test('a long article opened further down is highlighted there first, then everywhere', async ({ context }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstMarkIn: number | null };
    w.__firstMarkIn = null;
    document.addEventListener('DOMContentLoaded', () => {
      const paragraphs = [...document.querySelectorAll('article p')];
      // The reader comes back to the 60th paragraph.
      paragraphs[60]?.scrollIntoView();
      new MutationObserver((records, observer) => {
        const mark = records.flatMap((r) => [...r.addedNodes]).find((n) => n.nodeName === 'MARK');
        if (!mark) return;
        w.__firstMarkIn = paragraphs.findIndex((p) => p.contains(mark));
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.goto(`${SITE}/hostile/huge`);
  await new ArticlePage(page).waitForHighlights();
  const first = await page.evaluate(() => (window as unknown as { __firstMarkIn: number }).__firstMarkIn);
  // On the screen (the 60th paragraph and the few after it fill it), not at the top of the article.
  expect(first).toBeGreaterThanOrEqual(59);
  expect(first).toBeLessThan(80);
  // The whole analysed part follows: the article's first paragraphs too, each highlight drawn once.
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('article p')].findIndex((p) => p.querySelector('mark.ana-hl'))), { timeout: 20_000 })
    .toBeLessThan(5);
  const nested = await page.locator('mark.ana-official mark.ana-official, mark.ana-quote mark.ana-quote').count();
  expect(nested).toBe(0);
});
