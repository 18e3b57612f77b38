import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCompanion } from '@/lib/extension/companion';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/extension/settings';
import { MemoryStore } from '@/lib/memory/store';
import type { Analysis } from '@/lib/types';

const analysis: Analysis = {
  article: { title: 'عنوان', text: '' }, people: [], quotes: [], delegations: [],
  officials: [{ id: 'o1', name_ar: 'سيرغي لافروف', name_en: 'Sergey Lavrov', role_ar: null, role_en: 'Minister of Foreign Affairs', country: 'RU', mentions: [[0, 1]], evidence: '', known: true }],
};

describe('companion (background side of the memory)', () => {
  let settings: Settings;
  let clock = 0;
  const companion = () => createCompanion({ settings: async () => settings, readFlag: async (c) => (c === 'ru' ? '<svg/>' : null), now: () => ++clock });
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    settings = structuredClone(DEFAULT_SETTINGS);
  });

  it('stores nothing, and opens no database, while the memory is off (the default)', async () => {
    const c = companion();
    expect(await c.remember(analysis, { url: 'https://news.test/1', host: 'news.test', title: 't' })).toBe(false);
    expect(await c.handle({ type: 'memory-note', key: 'en:sergey lavrov', url: 'https://news.test/2' })).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('with memory on, remembers articles and tells the card about the other ones', async () => {
    settings.memory.enabled = true;
    const c = companion();
    expect(await c.remember(analysis, { url: 'https://news.test/1', host: 'news.test', title: 'First' })).toBe(true);
    await c.remember(analysis, { url: 'https://news.test/2#x', host: 'news.test', title: 'Second' });
    const note = await c.handle({ type: 'memory-note', key: 'en:sergey lavrov', url: 'https://news.test/2' });
    expect(note).toMatchObject({ count: 1, seen: [{ title: 'First', role_en: 'Minister of Foreign Affairs' }] });
  });

  it('honours the per-site switch, and the limit the reader set', async () => {
    settings.memory = { enabled: true, maxArticles: 10 };
    settings.disabledSites = ['off.test'];
    const c = companion();
    expect(await c.remember(analysis, { url: 'https://off.test/1', host: 'www.off.test', title: 't' })).toBe(false);
    for (let i = 0; i < 12; i++) await c.remember(analysis, { url: `https://news.test/${i}`, host: 'news.test', title: `${i}` });
    const store = await MemoryStore.open();
    expect((await store.articles()).map((a) => a.title)).toEqual(['11', '10', '9', '8', '7', '6', '5', '4', '3', '2']);
    store.close();
  });

  it('hands over flags by ISO code only', async () => {
    const c = companion();
    expect(await c.handle({ type: 'flag', code: 'RU' })).toEqual({ svg: '<svg/>' });
    expect(await c.handle({ type: 'flag', code: '../../x' })).toEqual({ svg: null });
  });

  it('steps aside when another page deletes the database, and records again afterwards', async () => {
    settings.memory.enabled = true;
    const c = companion();
    await c.remember(analysis, { url: 'https://news.test/1', host: 'news.test', title: 'First' });
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('ana-memory');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    await c.remember(analysis, { url: 'https://news.test/2', host: 'news.test', title: 'Second' });
    const store = await MemoryStore.open();
    expect((await store.articles()).map((a) => a.title)).toEqual(['Second']);
    store.close();
  });
});
