// Headless demo: load the built extension into Chromium, open the sample article, and save what a user
// sees (highlighted page, a card, the popup) as PNG files in demo-output/.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve('demo-output');
mkdirSync(out, { recursive: true });
const ext = resolve('.output/chrome-mv3');
const port = 4311;
const server = spawn(process.execPath, ['tests/e2e/server.mjs', String(port)], { stdio: 'ignore' });
const site = `http://127.0.0.1:${port}`;
await new Promise((r) => setTimeout(r, 600));

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1200, height: 900 },
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const page = await context.newPage();
  await page.goto(`${site}/article`);
  await page.locator('mark.ana-hl').first().waitFor({ timeout: 20_000 }).catch(() => {});
  const marks = await page.locator('mark.ana-official.ana-first').count();
  await page.screenshot({ path: `${out}/page.png` });
  const name = page.locator('mark.ana-official.ana-first').first();
  if (marks) {
    await name.click();
    await page.locator('ana-card .card').waitFor({ timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: `${out}/card.png` });
  }
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 700, height: 900 });
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(1500);
  await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
  console.log(`${marks} names highlighted on ${site}/article`);
  console.log(`No display: screenshots saved in ${out}/ (page.png, card.png, popup.png)`);
} finally {
  await context.close();
  server.kill();
}
