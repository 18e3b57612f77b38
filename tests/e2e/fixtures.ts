import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

// E2E_PORT lets two checkouts run their browser tests side by side.
export const SITE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4310}`;
/** Screenshots to look at (artifacts of the run). */
export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const EXTENSION = resolve('.output/chrome-mv3');

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Chromium (Debian's) with the built extension loaded. One browser per worker (launching one per test
 * cost a minute over the suite); after each test its pages are closed and the extension's storage is
 * cleared, so every test starts as in a fresh profile.
 */
export const test = base.extend<
  { context: BrowserContext; extensionId: string; serviceWorker: Worker },
  { browserWithExtension: { context: BrowserContext; extensionId: string } }
>({
  browserWithExtension: [
    async ({}, use) => {
      const context = await launch();
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use({ context, extensionId: new URL(sw.url()).host });
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ browserWithExtension }, use) => {
    const { context } = browserWithExtension;
    const blank = await context.newPage();
    for (const p of context.pages()) if (p !== blank) await p.close();
    await use(context);
    const keep = await context.newPage();
    for (const p of context.pages()) if (p !== keep) await p.close();
    const sw = context.serviceWorkers()[0];
    await sw?.evaluate(async () => {
      const c = (globalThis as any).chrome;
      await Promise.all([c.storage.sync.clear(), c.storage.session.clear(), c.storage.local.clear()]);
    });
  },
  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await use(sw);
  },
  extensionId: async ({ browserWithExtension }, use) => {
    await use(browserWithExtension.extensionId);
  },
});
export const expect = test.expect;

/**
 * The tab id of a page. Without the "tabs" permission the extension cannot read tab URLs, so the page is
 * brought to the front and the service worker asks for the active tab.
 */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** The toolbar badge of a tab, read from the service worker. */
export async function badgeOf(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);
}

/** Open the popup as a page for a given tab (a popup opened as a tab is itself the active tab). */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 700, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
