import { defineConfig } from '@playwright/test';

// Lets the no-network test see requests made by the extension's service worker too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const port = process.env.E2E_PORT ?? '4310';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { screenshot: 'only-on-failure' },
  webServer: {
    command: `node tests/e2e/server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
