// Chromium with the built extension, for the page benchmarks.
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';

export const BROWSER_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export function launch(extension: string | null): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...BROWSER_FLAGS] : BROWSER_FLAGS,
  });
}

// tsx names inner functions with a helper that does not exist in the page.
export const NAME_HELPER = { content: 'globalThis.__name = (f) => f;' };

/**
 * Wait until the extension's service worker has run its script once (an evaluation in the worker answers only after
 * that). Stopped earlier, in the first second after the extension loaded, the restarted worker never received a
 * page's messages (Chromium 3 visits in 4 on the 200 KB page, none once the worker had finished): an artefact of a
 * fresh profile, which `npm run bench` must not measure.
 */
export async function backgroundStarted(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  await worker.evaluate(() => 0);
}

/** Stop the extension's service worker and wait until it has stopped: the next page starts it afresh. */
export async function stopBackground(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((ok) => {
    const timer = setTimeout(ok, 5_000);
    const listener = (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      if (e.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        cdp.off('ServiceWorker.workerVersionUpdated', listener);
        ok();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', listener);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.send('ServiceWorker.disable');
}

/**
 * Wait until a JavaScript expression is true in the page, polled from here through CDP: one small expression per
 * poll. Playwright's waitForFunction first evaluates its own injected script in the page (7-50 ms of the page's main
 * thread by the clock, 8-10 ms of its time), which landed inside the window the page benchmarks measure.
 */
export async function waitInPage(cdp: CDPSession, expression: string, { timeout = 30_000, interval = 50 } = {}): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value === true) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
