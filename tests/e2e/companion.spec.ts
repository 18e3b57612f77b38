import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, SITE, SHOTS, tabIdOf } from './fixtures';
import { ArticlePage } from './pages';

// The reading companion (issue 15): the side panel, the opt-in memory of people, the People page.

/** The memory's database is the extension's: delete it between tests (the background steps aside when asked). */
async function forgetMemory(sw: Worker): Promise<void> {
  await sw.evaluate(() => new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('ana-memory');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  }));
}
const memoryDatabases = (sw: Worker) => sw.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

async function read(context: BrowserContext, path: string): Promise<ArticlePage> {
  const page = await context.newPage();
  await page.goto(`${SITE}${path}`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  return article;
}

async function turnMemoryOn(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const box = options.locator('input[name="memory-enabled"]');
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(options.locator('.status')).toHaveText('Saved.');
  await options.close();
}

test.beforeEach(async ({ serviceWorker }) => forgetMemory(serviceWorker));
test.afterEach(async ({ serviceWorker }) => forgetMemory(serviceWorker));

test('the side panel shows the seed article\'s two delegations, follows a switch of tab, and scrolls the page to an entry', async ({ context, extensionId, serviceWorker }) => {
  const seed = await read(context, '/article');
  const tabId = await tabIdOf(serviceWorker, seed.page);
  const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 900 });
  // A side by its heading (a member's role may name the other country: "Ambassador of Russia to North Korea").
  const side = (name: string) => panel.locator('.side', { has: panel.locator('h3', { hasText: name }) });
  await expect(panel.locator('.side')).toHaveCount(2);
  await expect(panel.locator('.side h3').first()).toContainText('Russia');
  await expect(panel.locator('.side h3').nth(1)).toContainText('North Korea');
  // Flags are package SVGs, never emoji.
  await expect(panel.locator('.side h3 img.flag').first()).toHaveAttribute('src', '/flags/ru.svg');
  expect(await panel.locator('.side h3 img.flag').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await panel.screenshot({ path: `${SHOTS}/sidepanel.png` });

  // Another tab comes to the front: the panel follows it.
  const riyadh = await read(context, '/riyadh');
  await riyadh.page.bringToFront();
  await expect(panel.locator('h2.title')).toHaveText('وزير الخارجية الأمريكي في الرياض');
  await expect(side('Saudi Arabia')).toBeVisible();
  await expect(side('North Korea')).toHaveCount(0);

  // And back; clicking an entry scrolls that page to the name and focuses it.
  await seed.page.bringToFront();
  await expect(side('North Korea')).toBeVisible();
  await panel.locator('.side .member', { hasText: 'Lavrov' }).first().locator('button').click();
  await expect.poll(() => seed.page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? '')).toMatch(/Sergey Lavrov/);

  // A new page in the followed tab, then a single-page site swapping its article: the panel shows each analysis.
  await seed.page.goto(`${SITE}/spa`);
  await seed.waitForHighlights();
  await expect(panel.locator('h2.title')).toHaveText(/^بوتين وكيم جونغ أون/);
  await seed.page.locator('#next').click();
  await expect(panel.locator('h2.title')).toHaveText('وزير الخارجية الأمريكي في الرياض', { timeout: 15_000 });
  await expect(side('North Korea')).toHaveCount(0);
});

test('a quoted analyst is a person, not an official: his own highlight, his card, the popup\'s "People quoted"', async ({ context, extensionId, serviceWorker }) => {
  const article = await read(context, '/lavrov');
  const { page } = article;
  // "وقال المحلل السياسي التركي مراد يلماز …" and later "وأضاف يلماز …": two mentions of one person.
  const first = page.locator('mark.ana-person.ana-first', { hasText: 'مراد يلماز' });
  await expect(first).toHaveCount(1);
  const id = await first.getAttribute('data-person-id');
  const marks = page.locator(`mark.ana-person.ana-first[data-person-id="${id}"]`);
  await expect(marks).toHaveCount(2);
  expect(await marks.allTextContents()).toEqual([expect.stringContaining('يلماز'), expect.stringContaining('يلماز')]);
  await expect(page.locator('mark.ana-official', { hasText: 'يلماز' })).toHaveCount(0);
  // The unnamed "مصدر دبلوماسي تركي" is a person too, never an official.
  await expect(page.locator('mark.ana-official', { hasText: 'مصدر' })).toHaveCount(0);
  await expect(marks.first()).toHaveAttribute('aria-label', /Murat Yilmaz, .*Political Analyst: show details/i);

  await marks.first().click();
  const card = article.card;
  await expect(card.locator('h2')).toHaveText('Murat Yilmaz');
  await expect(card.locator('.description')).toHaveText(/Political Analyst/i);
  await expect(card.locator('.role')).toHaveCount(0);
  await expect(card.locator('.kind-tag')).toContainText('not an official');
  await expect(card.locator('.count')).toHaveText('mention 1 of 2');
  await expect(card.locator('.quotes li')).toHaveCount(2);
  await expect(card.locator('.quotes li').first()).toContainText('الزيارة تعكس رغبة الطرفين');
  await card.locator('button.next').click();
  await expect(card.locator('.count')).toHaveText('mention 2 of 2');
  await page.screenshot({ path: `${SHOTS}/card-person.png` });
  await page.keyboard.press('Escape');

  const popup = await openExtensionPage(context, extensionId, `popup.html?tabId=${await tabIdOf(serviceWorker, page)}`);
  await expect(popup.locator('#h-people')).toHaveText('People quoted');
  await expect(popup.locator('.people .name', { hasText: 'Murat Yilmaz' })).toHaveText('Murat Yilmaz · 2 quotes');
  await expect(popup.locator('.officials .name', { hasText: 'Yilmaz' })).toHaveCount(0);
  await expect(popup.locator('.speaker.person h4', { hasText: 'Murat Yilmaz' })).toHaveText(/Murat Yilmaz — .*Political Analyst · not an official \(2\)/i);
  // Clicking him in the popup scrolls the page to his first mention and focuses it.
  await popup.locator('.people button.entry', { hasText: 'Murat Yilmaz' }).click();
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? '')).toMatch(/Murat Yilmaz/);
});

/**
 * Evaluate an expression in Chrome's real side panel. Playwright does not list side-panel pages, so this goes
 * through the Chrome DevTools Protocol: find the panel's target and send Runtime.evaluate to it.
 */
async function inSidePanel(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const panel = targetInfos.find((t) => /\/sidepanel\.html/.test(t.url));
    if (!panel) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
    const result = new Promise<unknown>((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (m.id === 1) resolve(m.result?.result?.value ?? null);
      }));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    return await result;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

test('the popup\'s button opens Chrome\'s side panel, which shows the article of the active tab; the popup opens the People page', async ({ context, extensionId, serviceWorker }) => {
  const seed = await read(context, '/article');
  const tabId = await tabIdOf(serviceWorker, seed.page);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tabId=${tabId}`);
  const [people] = await Promise.all([context.waitForEvent('page'), popup.locator('button.open-people').click()]);
  await expect(people).toHaveURL(/people\.html$/);
  await expect(people.locator('.summary')).toHaveText('Nothing is stored. Turn the memory on above to start.');
  await people.close();

  await seed.page.bringToFront();
  await popup.locator('button.open-panel').click();
  // The popup closes itself; the panel, in the window's side panel, shows the tab now active: the seed article.
  await expect.poll(() => popup.isClosed()).toBe(true);
  await expect.poll(() => inSidePanel(seed.page, `[...document.querySelectorAll('.side h3')].map((h) => h.textContent).join(' | ')`), { timeout: 15_000 })
    .toMatch(/Russia \(\d+\) \| .*North Korea \(\d+\)/);
  expect(await inSidePanel(seed.page, `document.querySelector('h2.title')?.textContent`)).toBe(await seed.page.locator('article h1').textContent());
});

test('with the memory off (the default) nothing is stored and the card says nothing of other articles', async ({ context, extensionId, serviceWorker }) => {
  await read(context, '/article');
  const lavrov = await read(context, '/lavrov');
  await lavrov.mention('لافروف').first().click();
  await expect(lavrov.card).toBeVisible();
  await expect(lavrov.card.locator('.country')).toContainText('Russia');
  await expect(lavrov.card.locator('.memory')).toHaveCount(0);
  // The background never even created the database.
  expect(await memoryDatabases(serviceWorker)).toEqual([]);
  const people = await openExtensionPage(context, extensionId, 'people.html');
  await expect(people.locator('.summary')).toHaveText('Nothing is stored. Turn the memory on above to start.');
  await expect(people.locator('.person')).toHaveCount(0);
});

test('with the memory on, two articles that share an official: the card says so, the People page lists both; export and delete', async ({ context, extensionId, serviceWorker }) => {
  await turnMemoryOn(context, extensionId);
  await read(context, '/article');
  const second = await read(context, '/lavrov');

  // The card of Lavrov in the second article remembers the first, with his role there; his flag is drawn inline.
  await second.mention('لافروف').first().click();
  const memory = second.card.locator('.memory');
  await expect(memory.locator('h3')).toHaveText('Also in 1 article you read');
  await expect(memory).toContainText('بوتين وكيم جونغ أون يبدآن مباحثاتهما');
  await expect(memory.locator('.seen-role')).toHaveText(/Minister of Foreign Affairs/);
  await expect(second.card.locator('.country .flag svg')).toBeAttached();
  await second.page.screenshot({ path: `${SHOTS}/card-memory.png` });
  await second.page.keyboard.press('Escape');

  const people = await openExtensionPage(context, extensionId, 'people.html');
  await expect(people.locator('.summary')).toContainText('2 articles');
  await expect(people.locator('.articles li')).toHaveCount(2);
  // Searchable in English and in Arabic.
  await people.locator('input[name="search"]').fill('Lavrov');
  await expect(people.locator('.person')).toHaveCount(1);
  const lavrov = people.locator('.person', { hasText: 'Sergey Lavrov' });
  await expect(lavrov.locator('.roles li')).toHaveCount(2);
  await expect(lavrov.locator('.roles')).toContainText('بوتين وكيم جونغ أون');
  await expect(lavrov.locator('.roles')).toContainText('لافروف وفيدان يبحثان في أنقرة');
  await expect(lavrov.locator('.said li').first()).toBeVisible();
  await people.locator('input[name="search"]').fill('فيدان');
  await expect(people.locator('.person h3')).toHaveText([/Hakan Fidan/]);
  await people.locator('input[name="search"]').fill('');
  await people.screenshot({ path: `${SHOTS}/people.png`, fullPage: false });

  // Export: JSON with both articles, CSV with a row for Lavrov in each.
  const [json] = await Promise.all([people.waitForEvent('download'), people.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(exported.articles.map((a: { url: string }) => a.url).sort()).toEqual([`${SITE}/article`, `${SITE}/lavrov`]);
  const [csv] = await Promise.all([people.waitForEvent('download'), people.getByRole('button', { name: 'Export CSV' }).click()]);
  const rows = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
  expect(rows.filter((r) => r.startsWith('Sergey Lavrov,'))).toHaveLength(2);

  // Delete one article: Lavrov has one role left and the card no longer finds another article.
  await people.getByRole('button', { name: /Delete the article لافروف وفيدان/ }).click();
  await expect(people.locator('.articles li')).toHaveCount(1);
  await expect(people.locator('.person', { hasText: 'Sergey Lavrov' }).locator('.roles li')).toHaveCount(1);
  await expect(people.locator('.person', { hasText: 'Hakan Fidan' })).toHaveCount(0);
  // Forget one person.
  await people.getByRole('button', { name: 'Forget Vladimir Putin' }).click();
  await expect(people.locator('.person', { hasText: 'Vladimir Putin' })).toHaveCount(0);
  await expect(people.locator('.person', { hasText: 'Sergey Lavrov' })).toHaveCount(1);
  // Everything, in two steps.
  await people.getByRole('button', { name: 'Delete everything…' }).click();
  await people.getByRole('button', { name: /Delete all 1 articles/ }).click();
  await expect(people.locator('.summary')).toHaveText('0 articles · 0 people');
  await expect(people.locator('.person')).toHaveCount(0);
});

test('the memory honours the per-site switch, and shows the limit the reader sets', async ({ context, extensionId, serviceWorker }) => {
  await turnMemoryOn(context, extensionId);
  const people = await openExtensionPage(context, extensionId, 'people.html');
  await people.locator('input[name="memory-limit"]').fill('10');
  await people.locator('input[name="memory-limit"]').press('Tab');
  await expect(people.locator('.statement')).toContainText('At most 10 articles are kept');
  const seed = await read(context, '/article');
  // The reader switches the annotator off for this site from the popup: nothing more is recorded there.
  const popup = await openExtensionPage(context, extensionId, `popup.html?tabId=${await tabIdOf(serviceWorker, seed.page)}`);
  await popup.locator('.switch input').uncheck();
  // The page is analysed again, reports itself off, and the popup hears of it: several processes on a loaded machine.
  await expect(popup.locator('.status')).toHaveText('The annotator is off for this site.', { timeout: 15_000 });
  const off = await context.newPage();
  await off.goto(`${SITE}/lavrov`);
  await off.locator('html[data-ana-state="off"]').waitFor({ state: 'attached' });
  await people.reload();
  await expect(people.locator('.articles li')).toHaveCount(1);
  await expect(people.locator('input[name="memory-limit"]')).toHaveValue('10');
  await expect(people.locator('.articles')).toContainText('بوتين وكيم جونغ أون');
});
