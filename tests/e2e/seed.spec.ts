import { readFileSync } from 'node:fs';
import { test, expect, SITE, SHOTS, tabIdOf, badgeOf, openPopup } from './fixtures';
import { ArticlePage, Popup } from './pages';

// The seed article's gold annotation, copied into the repository (tests/fixtures/articles).
const gold = JSON.parse(readFileSync('tests/fixtures/articles/diyar-putin-kim.gold.json', 'utf8')) as {
  officials: { name_en: string[]; name_ar: string }[];
  delegations: { side_en: string[]; head: string; members: string[] }[];
};
const norm = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();
/** Every accepted English spelling of a gold person. */
const spellings = (name: string) => gold.officials.find((o) => o.name_en.includes(name))?.name_en ?? [name];

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
/**
 * The shown name is one of the person's accepted spellings, by the rule of the project's gold annotations
 * (../shared/eval/README.md: within 0.8 edit similarity), so "Matsigora" counts for "Matsegora" as it does in scoring.
 */
const isSpelling = (shown: string, name: string) =>
  spellings(name).map(norm).some((s) => shown.includes(s) || 1 - editDistance(shown, s) / Math.max(shown.length, s.length) >= 0.8);


test('officials and quotes are highlighted in the article, nothing outside it', async ({ context }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${SITE}/article`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  await expect.poll(() => article.quotes.count()).toBeGreaterThan(0);

  const names = await article.officials.allTextContents();
  for (const n of ['لافروف', 'بوتين', 'كيم جونغ أون', 'تشوي سونغ هي', 'بيسكوف', 'أوشاكوف'])
    expect(names.some((t) => t.includes(n)), `${n} highlighted`).toBe(true);
  const officials = new Set(await article.officials.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-official-id'))));
  expect(officials.size).toBeGreaterThanOrEqual(20);
  const quotes = new Set(await article.quotes.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-quote-id'))));
  expect(quotes.size).toBeGreaterThanOrEqual(10);

  // Boilerplate is never touched: header and menu, sidebar (with its al-Assad headline), footer, promo line.
  for (const where of ['header.site', 'aside', 'footer', '.promo']) await expect(article.within(where)).toHaveCount(0);

  // Whole words only: no highlight starts or ends inside an Arabic word.
  const cuts = await article.highlights.evaluateAll((marks) =>
    marks.flatMap((m) => {
      const block = m.closest('p, h1, h2, h3, li, blockquote') ?? m.parentElement!;
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEndBefore(m);
      const at = range.toString().length;
      const all = block.textContent ?? '';
      const len = (m.textContent ?? '').length;
      const letter = /[\u0621-\u064a\u0640]/;
      const cut = (letter.test(all[at - 1] ?? '') && letter.test(all[at] ?? '')) || (letter.test(all[at + len - 1] ?? '') && letter.test(all[at + len] ?? ''));
      return cut ? [m.textContent] : [];
    }),
  );
  expect(cuts).toEqual([]);

  // Names inside a quote are nested in the quote's highlight.
  await expect(page.locator('mark.ana-quote mark.ana-official').first()).toBeAttached();
  await expect(page.locator('mark.ana-official mark.ana-quote')).toHaveCount(0);
  // Accessible: focusable buttons with English labels.
  const first = article.mention('لافروف').first();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('role', 'button');
  await expect(first).toHaveAttribute('aria-label', /Sergey Lavrov/);
  await page.screenshot({ path: `${SHOTS}/page.png` });
  expect(errors).toEqual([]);
});

test('clicking a Lavrov mention opens his card; Escape closes it and returns focus', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  const lavrov = article.mention('لافروف').first();
  await lavrov.scrollIntoViewIfNeeded();
  await lavrov.click();
  const card = article.card;
  await expect(card).toBeVisible();
  await expect(card).toContainText('Sergey Lavrov');
  await expect(card).toContainText('Minister of Foreign Affairs');
  await expect(card).toContainText('Russia');
  await expect(card.locator('bdi[dir="rtl"]').first()).toContainText('لافروف');
  await expect(card).toHaveAttribute('dir', 'ltr');
  await expect(card).toContainText(/mention 1 of \d+/);
  const box = (await card.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
  await page.screenshot({ path: `${SHOTS}/card-light.png` });
  // The page's CSS ("button { font-size: 40px !important; color: red !important }") does not reach the card,
  // and the card's CSS does not reach the page.
  const closeStyle = await card.locator('button.next').evaluate((b) => ({ size: getComputedStyle(b).fontSize, color: getComputedStyle(b).color }));
  expect(closeStyle).toEqual({ size: '14px', color: 'rgb(27, 27, 27)' });
  expect(await page.locator('#story h1').evaluate((h) => getComputedStyle(h).fontSize)).not.toBe('17px');

  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(lavrov).toBeFocused();

  // Keyboard: Enter on the focused highlight opens the card again.
  await page.keyboard.press('Enter');
  await expect(card).toContainText('Sergey Lavrov');
  // A click outside closes it.
  await page.mouse.click(5, vp.height - 5);
  await expect(card).toHaveCount(0);
});

test('the card steps through mentions and follows a dark page', async ({ context }) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${SITE}/article?theme=auto`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  const putin = article.mention('بوتين').first();
  await putin.scrollIntoViewIfNeeded();
  await putin.click();
  const card = article.card;
  await expect(card).toContainText('Vladimir Putin');
  await expect(card).toHaveClass(/dark/);
  const total = Number((await card.locator('.count').textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(8);
  await card.locator('button.next').click();
  await expect(card.locator('.count')).toHaveText(`mention 2 of ${total}`);
  await expect(page.locator('mark.ana-official.ana-first[data-mention="1"]').first()).toBeInViewport();
  await card.locator('button.prev').click();
  await card.locator('button.prev').click();
  await expect(card.locator('.count')).toHaveText(`mention ${total} of ${total}`);
  await page.screenshot({ path: `${SHOTS}/card-dark.png` });
  // Still inside the viewport after scrolling to the last mention.
  const box = (await card.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
});

test('the popup lists both delegations side by side with every member, the head first', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  await new ArticlePage(page).waitForHighlights();
  const tabId = await tabIdOf(serviceWorker, page);
  const popupPage = await openPopup(context, extensionId, tabId);
  const popup = new Popup(popupPage);
  await expect(popup.sides).toHaveCount(2);
  // Side by side: the two columns share a row.
  const [a, b] = [(await popup.sides.nth(0).boundingBox())!, (await popup.sides.nth(1).boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  await popupPage.screenshot({ path: `${SHOTS}/popup.png`, fullPage: true });
  for (const side of gold.delegations) {
    const column = popup.sides.filter({ has: popupPage.locator('h3', { hasText: new RegExp(side.side_en.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) }) });
    await expect(column, `column for ${side.side_en[0]}`).toHaveCount(1);
    const names = (await column.locator('.member .name').allTextContents()).map(norm);
    // The head first.
    expect(isSpelling(names[0]!, side.head), `${side.head} heads ${side.side_en[0]}`).toBe(true);
    for (const member of side.members)
      expect(names.some((n) => isSpelling(n, member)), `${member} in ${side.side_en[0]}`).toBe(true);
  }
});

test('the popup shows Choe Son Hui as Minister of Foreign Affairs, the badge the count; an entry scrolls to the person', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  await new ArticlePage(page).waitForHighlights();
  const tabId = await tabIdOf(serviceWorker, page);
  const popupPage = await openPopup(context, extensionId, tabId);
  const choe = popupPage.locator('.member', { hasText: 'Choe Son Hui' });
  await expect(choe.locator('.role')).toHaveText('Minister of Foreign Affairs');
  await expect(choe.locator('bdi.ar')).toHaveText(/تشوي سونغ هي/);
  await expect(popupPage.locator('h2.title')).toContainText('بوتين وكيم');

  const count = Number(await popupPage.locator('[data-count="officials"]').textContent().then((t) => t!.match(/\d+/)![0]));
  expect(count).toBeGreaterThanOrEqual(20);
  expect(await badgeOf(serviceWorker, tabId)).toBe(String(count));

  // Clicking an entry scrolls the page to that person and focuses the highlight.
  await page.bringToFront();
  await choe.locator('button').click();
  await expect(page.locator('mark.ana-official.ana-first', { hasText: 'تشوي سونغ هي' })).toBeFocused();
});

test('a home page gets no highlights, no badge, and the popup says there is no article', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/`);
  const tabId = await tabIdOf(serviceWorker, page);
  const popupPage = await openPopup(context, extensionId, tabId);
  await expect(popupPage.locator('.status')).toContainText('No Arabic news article');
  await expect(page.locator('mark.ana-hl')).toHaveCount(0);
  expect(await badgeOf(serviceWorker, tabId)).toBe('');
});

test('on a single-page site the highlights follow the new article', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/spa`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  await expect(article.mention('لافروف')).toHaveCount(1);
  await page.click('#next');
  await expect(page).toHaveURL(/\/spa\/riyadh$/);
  await expect(article.mention('بلينكن').first()).toBeAttached({ timeout: 10_000 });
  await expect(article.mention('لافروف')).toHaveCount(0);
  // Never twice: no highlight inside another of the same kind.
  await expect(page.locator('mark.ana-official mark.ana-official, mark.ana-quote mark.ana-quote')).toHaveCount(0);
});
