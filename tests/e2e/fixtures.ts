import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

export const SITE = 'http://127.0.0.1:4310';
/** Screenshots to look at (artifacts of the run). */
export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const EXTENSION = resolve('.output/chrome-mv3');

/** Chromium (Debian's) with the built extension loaded, one fresh profile per test. */
export const test = base.extend<{ context: BrowserContext; extensionId: string; serviceWorker: Worker }>({
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
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
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
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
