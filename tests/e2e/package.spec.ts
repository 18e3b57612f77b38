import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The data notices ship inside every package (wxt.config.ts, build:publicAssets hook): the built folders hold
// byte-identical copies of THIRD_PARTY_NOTICES.md and LICENSES/, and so do the store zips when they exist.
const NOTICES = ['THIRD_PARTY_NOTICES.md', ...readdirSync('LICENSES').map((f) => `LICENSES/${f}`)];

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  test(`${target} package carries the data notices`, () => {
    const dir = join('.output', target);
    test.skip(!existsSync(join(dir, 'manifest.json')), `${target} is not built`);
    for (const f of NOTICES) expect(readFileSync(join(dir, f)).equals(readFileSync(f)), f).toBe(true);
    const browser = target.split('-')[0];
    const zip = existsSync('.output') ? readdirSync('.output').find((f) => f.endsWith(`-${browser}.zip`)) : undefined;
    if (!zip || !existsSync('/usr/bin/unzip')) return;
    const listing = execFileSync('unzip', ['-Z1', join('.output', zip)], { encoding: 'utf8' }).split('\n');
    for (const f of NOTICES) expect(listing, `${zip} holds ${f}`).toContain(f);
  });
}
