import { readFileSync } from 'node:fs';
import { test, expect, SITE, SHOTS, tabIdOf, openPopup } from './fixtures';
import { ArticlePage } from './pages';

test('the per-site switch turns the annotator off and on, and is remembered', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tabId);
  const toggle = popup.getByLabel('On for 127.0.0.1');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(article.highlights).toHaveCount(0);
  await expect(popup.locator('.status')).toContainText('off for this site');
  await page.reload();
  await page.waitForTimeout(1500);
  await expect(article.highlights).toHaveCount(0);

  await popup.reload();
  await popup.getByLabel('On for 127.0.0.1').check();
  await article.waitForHighlights();
  await expect(popup.locator('.side').first()).toBeVisible();
});

test('show/hide highlights from the popup; re-analyse', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tabId);
  await popup.getByLabel('Show highlights').uncheck();
  const first = article.officials.first();
  await expect.poll(() => first.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await popup.getByLabel('Show highlights').check();
  await expect.poll(() => first.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

  const before = await article.officials.count();
  await popup.getByRole('button', { name: 'Re-analyse' }).click();
  await expect(popup.locator('[data-count="officials"]')).toBeVisible();
  await expect(article.officials).toHaveCount(before);
});

test('highlights are focusable in reading order', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  // Within a paragraph with no links, Tab goes from one highlight to the next.
  const stops = page.locator('#story p:not(.promo):not(.byline)').nth(0).locator('mark.ana-hl[tabindex="0"]');
  expect(await stops.count()).toBeGreaterThanOrEqual(4);
  await stops.nth(0).focus();
  for (let i = 1; i < 4; i++) {
    await page.keyboard.press('Tab');
    await expect(stops.nth(i)).toBeFocused();
  }
});

test('options: colours and a personal dictionary entry that takes precedence', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="official-color"]').fill('#ff80ab');
  await options.locator('input[name="show-roles"]').check();
  await options.getByLabel('Arabic name', { exact: true }).fill('سيرغي لافروف');
  await options.getByLabel('English name', { exact: true }).fill('Sergey V. Lavrov');
  await options.getByLabel('Role in English', { exact: true }).fill('Foreign Minister of the Russian Federation');
  await options.getByLabel('Country code', { exact: true }).fill('RU');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.locator('tbody tr')).toHaveCount(1);
  await options.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });

  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  expect(await article.officials.first().evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(255, 128, 171)');
  // Roles inline: after the first mention, in English, drawn by CSS (the page's text is unchanged).
  const lavrov = article.mention('لافروف').first();
  expect(await lavrov.evaluate((m) => getComputedStyle(m, '::after').content)).toBe('" (Foreign Minister of the Russian Federation)"');
  await lavrov.click();
  await expect(article.card.locator('h2')).toHaveText('Sergey V. Lavrov');
  await expect(article.card.locator('.role')).toHaveText('Foreign Minister of the Russian Federation');

  // Export then import round-trips the dictionary.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
  const file = await download.path();
  await options.getByRole('button', { name: 'Remove Sergey V. Lavrov' }).click();
  await expect(options.locator('tbody tr')).toHaveCount(0);
  await options.locator('input[name="import"]').setInputFiles(file!);
  await expect(options.locator('tbody tr')).toHaveCount(1);
  await expect(options.locator('.status')).toContainText('Imported 1');
});

const seedGold = JSON.parse(readFileSync('tests/fixtures/articles/diyar-putin-kim.gold.json', 'utf8')) as {
  officials: { name_en: string[]; name_ar: string }[];
  delegations: { side_en: string[]; head: string; members: string[] }[];
};

test('popup exports: CSV and JSON downloads, text copied', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  await new ArticlePage(page).waitForHighlights();
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tabId);
  const [csv] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('delegations.csv');
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText).toMatch(/Choe Son Hui,Minister of Foreign Affairs,تشوي سونغ هي/);
  // Every member of both sides (the seed's gold), each on its side's row with a role in English.
  const rows = csvText.replace(/^\uFEFF/, '').trim().split(/\r\n/).slice(1).map((line) => line.split(','));
  for (const side of seedGold.delegations) {
    for (const member of [side.head, ...side.members]) {
      const person = seedGold.officials.find((o) => o.name_en.includes(member))!;
      const row = rows.find((r) => r[5] === person.name_ar);
      expect(row, `${member} in the CSV`).toBeDefined();
      expect(side.side_en, `${member} on the ${side.side_en[0]} side`).toContain(row![0]);
      expect(row![4], `${member} has a role`).not.toBe('');
    }
  }
  const [json] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(data).toHaveLength(2);
  await popup.getByRole('button', { name: 'Copy as Markdown table' }).click();
  await expect(popup.locator('.note')).toContainText('Markdown table copied.');
});
