import { test, expect, SITE, tabIdOf, openPopup } from './fixtures';
import { ArticlePage } from './pages';

test('the extension makes no network request of its own', async ({ context, extensionId, serviceWorker }) => {
  const requests: { url: string; type: string; fromWorker: boolean; frame: string | null }[] = [];
  context.on('request', (r) => {
    let frame: string | null = null;
    try { frame = r.frame().url(); } catch { /* service worker requests have no frame */ }
    requests.push({ url: r.url(), type: r.resourceType(), fromWorker: !!r.serviceWorker(), frame });
  });
  const page = await context.newPage();
  await page.goto(`${SITE}/article`);
  const article = new ArticlePage(page);
  await article.waitForHighlights();
  await article.mention('لافروف').first().click();
  await expect(article.card).toBeVisible();
  await page.keyboard.press('Escape');
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('.side').first()).toBeVisible();
  // The side panel, and the People page with the reading memory on (issue 15): their own files only.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(panel.locator('.side img.flag').first()).toBeVisible();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="memory-enabled"]').check();
  await expect(options.locator('.status')).toHaveText('Saved.');
  await page.reload();
  await article.waitForHighlights();
  await article.mention('لافروف').first().click();
  await expect(article.card.locator('.country .flag svg')).toBeAttached();
  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await expect(people.locator('.person', { hasText: 'Sergey Lavrov' })).toBeVisible();
  await people.getByRole('button', { name: 'Delete everything…' }).click();
  await people.getByRole('button', { name: /Delete all/ }).click();

  const web = requests.filter((r) => /^(https?|wss?):/.test(r.url));
  // The only web requests are the pages the test itself opened.
  expect(web.filter((r) => r.fromWorker)).toEqual([]);
  expect(web.filter((r) => !(r.url.startsWith(`${SITE}/article`) && r.type === 'document'))).toEqual([]);
  // And the extension pages load only the extension's own files.
  const ext = requests.filter((r) => r.frame?.startsWith('chrome-extension://'));
  expect(ext.filter((r) => !/^(chrome-extension|data|blob):/.test(r.url))).toEqual([]);
});
