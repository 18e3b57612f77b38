import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, SETTINGS_VERSION, exportDictionary, fromStorage, importDictionary, isSiteEnabled, migrate,
  setSiteEnabled, toStorage,
} from '@/lib/extension/settings';
import { loadSettings, saveSettings, type SettingsArea } from '@/lib/extension/store';

const stored = (name: string) => JSON.parse(readFileSync(`tests/fixtures/settings/${name}.json`, 'utf8'));

describe('settings migrations over stored examples', () => {
  it('upgrades unversioned (version 1) settings: colours, off sites normalised', () => {
    const s = migrate(stored('v1-unversioned'));
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.colors).toEqual({ official: '#ff8a65', quote: '#c5e1a5', person: DEFAULT_SETTINGS.colors.person });
    expect(s.disabledSites).toEqual(['example.com', 'news.test']);
    expect(s.showRoles).toBe(false);
    expect(s.highlightsVisible).toBe(true);
  });

  it('upgrades version 1 with a dictionary, dropping broken entries and upper-casing countries', () => {
    const s = migrate(stored('v1'));
    expect(s.colors.quote).toBe(DEFAULT_SETTINGS.colors.quote);
    expect(s.dictionary).toEqual([{ name_ar: 'سيرغي لافروف', name_en: 'Sergey Lavrov', role_en: 'Minister of Foreign Affairs', country: 'RU' }]);
    expect(isSiteEnabled(s, 'www.aljazeera.net')).toBe(false);
  });

  it('repairs a current-version object field by field', () => {
    const s = migrate(stored('v2'));
    expect(s.colors).toEqual({ official: '#123456', quote: DEFAULT_SETTINGS.colors.quote, person: DEFAULT_SETTINGS.colors.person });
    expect(s.disabledSites).toEqual(['a.test']);
    expect(s.showRoles).toBe(true);
    expect(s.highlightsVisible).toBe(false);
    expect(s.dictionary[0]!.name_en).toBe('Choe Son Hui');
  });

  it('gives defaults for nothing stored or a version from the future it cannot read', () => {
    expect(migrate(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrate({ version: 0 }).colors).toEqual(DEFAULT_SETTINGS.colors);
  });
});

describe('per-site switch', () => {
  it('turns a site off and back on, by host without www', () => {
    const off = setSiteEnabled(DEFAULT_SETTINGS, 'www.addiyar.com', false);
    expect(isSiteEnabled(off, 'addiyar.com')).toBe(false);
    expect(isSiteEnabled(off, 'other.com')).toBe(true);
    expect(isSiteEnabled(setSiteEnabled(off, 'addiyar.com', true), 'www.addiyar.com')).toBe(true);
  });
});

describe('storage', () => {
  const many = Array.from({ length: 400 }, (_, i) => ({ name_ar: `اسم رقم ${i}`, name_en: `Name ${i}`, role_en: 'Deputy Minister of Foreign Affairs', country: 'EG' }));

  it('splits a large dictionary into chunks under the 8 KB sync item quota and reads it back', () => {
    const { items, chunkCount } = toStorage({ ...DEFAULT_SETTINGS, dictionary: many });
    expect(chunkCount).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(items)) expect(key.length + JSON.stringify(value).length, key).toBeLessThan(8192);
    expect(fromStorage(items).dictionary).toEqual(many);
  });

  it('removes stale chunks when the dictionary shrinks', async () => {
    const data: Record<string, unknown> = {};
    const area: SettingsArea = {
      async get(keys) {
        if (keys === null || keys === undefined) return { ...data };
        const list = Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]]));
      },
      async set(items) { Object.assign(data, items); },
      async remove(keys) { for (const k of [keys].flat()) delete data[k]; },
    };
    await saveSettings(area, { ...DEFAULT_SETTINGS, dictionary: many });
    expect(Object.keys(data).filter((k) => k.startsWith('dictionary.')).length).toBeGreaterThan(1);
    await saveSettings(area, { ...DEFAULT_SETTINGS, dictionary: many.slice(0, 2) });
    expect(Object.keys(data).filter((k) => k.startsWith('dictionary.'))).toEqual(['dictionary.0']);
    expect((await loadSettings(area)).dictionary).toEqual(many.slice(0, 2));
  });
});

describe('dictionary import and export', () => {
  it('round-trips through the exported file', () => {
    const entries = [{ name_ar: 'تشوي سونغ هي', name_en: 'Choe Son Hui', role_en: 'Minister of Foreign Affairs', country: 'KP' }];
    expect(importDictionary(exportDictionary(entries))).toEqual(entries);
  });
  it('accepts a bare array and rejects what is not a dictionary', () => {
    expect(importDictionary('[{"name_ar":"أ ب","name_en":"A B"}]')).toEqual([{ name_ar: 'أ ب', name_en: 'A B' }]);
    expect(() => importDictionary('not json')).toThrow('not JSON');
    expect(() => importDictionary('{"x":1}')).toThrow('no list');
  });

  it('keeps the reading memory off unless turned on, its limit within bounds', () => {
    expect(migrate({}).memory).toEqual({ enabled: false, maxArticles: 500 });
    expect(migrate({ version: 2, memory: { enabled: 'yes', maxArticles: 3 } }).memory).toEqual({ enabled: false, maxArticles: 10 });
    expect(migrate({ version: 2, memory: { enabled: true, maxArticles: 250.4 } }).memory).toEqual({ enabled: true, maxArticles: 250 });
  });
});
