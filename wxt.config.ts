import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { flagFiles } from './scripts/flags';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Arabic News Annotator',
    description:
      'Highlights officials and quotes in Arabic news articles, with names and roles in English. Works offline.',
    permissions: ['storage'],
    // entrypoints/early.ts: a few hundred bytes at document_start that wake the background on Arabic-looking pages.
    content_scripts: [{ matches: ['<all_urls>'], js: ['early.js'], run_at: 'document_start' }],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide the highlights',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'arabic-news-annotator@example.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The data notices (written at the repo root by the data build) ship inside every package, without a copy in git.
    'build:publicAssets': (_wxt, files) => {
      const root = import.meta.dirname;
      files.push({ absoluteSrc: resolve(root, 'THIRD_PARTY_NOTICES.md'), relativeDest: 'THIRD_PARTY_NOTICES.md' });
      for (const name of readdirSync(resolve(root, 'LICENSES')))
        files.push({ absoluteSrc: resolve(root, 'LICENSES', name), relativeDest: `LICENSES/${name}` });
      // Country flags (flag-icons SVGs), only those of countries the engine can name.
      files.push(...flagFiles(root));
    },
  },
  vite: () => ({
    plugins: [preact()],
    // lib/ is shared with the Node CLI; a stray `process.env.X` debug switch must not crash the extension.
    define: { 'process.env': '{}' },
    ...(process.env.ANA_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
});
