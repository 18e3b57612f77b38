import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore, MEMORY_DB } from '@/lib/memory/store';
import { articleUrl, personKey, rememberedArticle } from '@/lib/memory/record';
import { matchesQuery, peopleMet } from '@/lib/memory/people';
import { memoryToCsv, memoryToJson } from '@/lib/memory/export';
import type { Analysis, Official, Person } from '@/lib/types';

// Analyses of our own making: two articles that share a minister, one with an analyst who is quoted.
const official = (id: string, name_en: string, name_ar: string, role_en: string, country = 'RU'): Official => ({
  id, name_ar, name_en, role_ar: null, role_en, country, mentions: [[0, 3], [10, 13]], evidence: '', known: true,
});
const analyst: Person = {
  id: 'p1', name_ar: 'سامي الحسن', name_en: 'Sami al-Hassan', named: true, description_ar: 'المحلل السياسي',
  description_en: 'political analyst', country: 'LB', mentions: [[20, 29]],
};
const source: Person = {
  id: 'p2', name_ar: 'مصدر دبلوماسي', name_en: 'a diplomatic source', named: false, description_ar: 'مصدر دبلوماسي',
  description_en: 'a diplomatic source', country: null, mentions: [[40, 52]],
};
function analysis(officials: Official[], people: Person[] = []): Analysis {
  return {
    article: { title: 'عنوان', text: '' }, officials, people, delegations: [],
    quotes: [
      { id: 'q1', text: 'المحادثات بناءة', kind: 'direct', speaker_ar: null, speaker_en: officials[0]!.name_en, speaker_id: officials[0]!.id, start: 0, end: 1 },
      ...people.map((p, i) => ({ id: `q${i + 2}`, text: `قول ${i}`, kind: 'indirect' as const, speaker_ar: p.name_ar, speaker_en: p.name_en, speaker_id: p.id, start: 0, end: 1 })),
    ],
  };
}
const lavrov = official('o1', 'Sergey Lavrov', 'سيرغي لافروف', 'Minister of Foreign Affairs');
const lavrovLater = official('o2', 'Sergey Lavrov', 'لافروف', 'Russian Foreign Minister');
const putin = official('o1', 'Vladimir Putin', 'فلاديمير بوتين', 'President');
const article = (n: number, a: Analysis, readAt = n * 1000) => rememberedArticle(a, { url: `https://news.test/a/${n}#top`, title: `Article ${n}`, readAt });

let store: MemoryStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await MemoryStore.open();
});
afterEach(() => store.close());

describe('what is remembered of an article', () => {
  it('keeps people with English names, roles, countries and quotes by speaker, no article text', () => {
    const r = article(1, analysis([lavrov], [analyst, source]));
    expect(r.url).toBe('https://news.test/a/1');
    expect(r.site).toBe('news.test');
    expect(r.people.map((p) => [p.key, p.kind, p.role_en, p.country])).toEqual([
      ['en:sergey lavrov', 'official', 'Minister of Foreign Affairs', 'RU'],
      ['en:sami al hassan', 'person', 'political analyst', 'LB'],
      [null, 'person', 'a diplomatic source', null],
    ]);
    expect(r.personKeys).toEqual(['en:sergey lavrov', 'en:sami al hassan']);
    expect(r.quotes.map((q) => q.speakerKey)).toEqual(['en:sergey lavrov', 'en:sami al hassan', null]);
    expect(JSON.stringify(r)).not.toContain('"text":""');
  });
  it('folds names and drops tracking parameters from addresses', () => {
    expect(personKey('Sergéy  Lavrov')).toBe(personKey('sergey lavrov'));
    expect(personKey("Adel al-Jubeir")).toBe(personKey('Adel Al Jubeir'));
    expect(articleUrl('https://x.test/news?id=7&utm_source=tw#c')).toBe('https://x.test/news?id=7');
  });
});

describe('memory store', () => {
  it('finds the other articles that name a person, with the role there ("also in N articles")', async () => {
    await store.put(article(1, analysis([lavrov])), 100);
    await store.put(article(2, analysis([putin])), 100);
    await store.put(article(3, analysis([lavrovLater])), 100);
    const note = await store.note('en:sergey lavrov', 'https://news.test/a/3');
    expect(note).toEqual({ count: 1, seen: [{ title: 'Article 1', site: 'news.test', url: 'https://news.test/a/1', readAt: 1000, role_en: 'Minister of Foreign Affairs' }] });
    expect((await store.note('en:sergey lavrov', null))!.count).toBe(2);
    expect(await store.note('en:vladimir putin', 'https://news.test/a/2')).toBeNull();
  });

  it('keeps one record per address: reading an article again replaces it', async () => {
    await store.put(article(1, analysis([lavrov]), 1000), 100);
    await store.put(article(1, analysis([putin]), 5000), 100);
    expect(await store.count()).toBe(1);
    expect((await store.articles())[0]!.people[0]!.name_en).toBe('Vladimir Putin');
  });

  it('is bounded: past the limit the oldest articles go first', async () => {
    // Put out of order: the reading date decides, not the order of insertion.
    for (const n of [5, 1, 4, 2, 3]) await store.put(article(n, analysis([lavrov])), 3);
    expect((await store.articles()).map((a) => a.title)).toEqual(['Article 5', 'Article 4', 'Article 3']);
    // A lower limit set later trims at once.
    expect(await store.trim(1)).toBe(2);
    expect((await store.articles()).map((a) => a.title)).toEqual(['Article 5']);
  });

  it('deletes one article, one person everywhere (their quotes too), or everything', async () => {
    await store.put(article(1, analysis([lavrov], [analyst])), 100);
    await store.put(article(2, analysis([lavrovLater, putin])), 100);
    await store.deleteArticle('https://news.test/a/2');
    expect((await store.articles()).map((a) => a.title)).toEqual(['Article 1']);

    await store.put(article(2, analysis([lavrovLater, putin])), 100);
    expect(await store.deletePerson('en:sergey lavrov')).toBe(2);
    expect(await store.articlesWith('en:sergey lavrov')).toEqual([]);
    const kept = await store.articles();
    expect(kept.map((a) => a.people.map((p) => p.name_en))).toEqual([['Vladimir Putin'], ['Sami al-Hassan']]);
    expect(kept.flatMap((a) => a.quotes.map((q) => q.speakerKey))).toEqual(['en:sami al hassan']);
    expect(peopleMet(kept).map((p) => p.name_en)).not.toContain('Sergey Lavrov');

    await store.clear();
    expect(await store.count()).toBe(0);
  });

  it('upgrades a version 1 store: articles kept, the person index built for them', async () => {
    store.close();
    globalThis.indexedDB = new IDBFactory();
    // What version 1 wrote: articles by address and date, no personKeys, no person index.
    const v1 = await openDB(MEMORY_DB, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'url' }).createIndex('readAt', 'readAt');
      },
    });
    const { personKeys: _dropped, ...old } = article(1, analysis([lavrov], [analyst]));
    await v1.put('articles', old);
    v1.close();

    store = await MemoryStore.open();
    expect(await store.count()).toBe(1);
    expect((await store.articles())[0]!.personKeys).toEqual(['en:sergey lavrov', 'en:sami al hassan']);
    expect((await store.articlesWith('en:sami al hassan')).map((a) => a.title)).toEqual(['Article 1']);
  });
});

describe('people met, search and export', () => {
  const articles = [article(1, analysis([lavrov], [analyst])), article(2, analysis([lavrovLater, putin]))];

  it('lists everyone met with their roles over time, quotes and articles', () => {
    const people = peopleMet(articles);
    expect(people.map((p) => p.name_en)).toEqual(['Sergey Lavrov', 'Vladimir Putin', 'Sami al-Hassan']);
    const l = people[0]!;
    expect(l.roles.map((r) => [r.role_en, r.title])).toEqual([['Minister of Foreign Affairs', 'Article 1'], ['Russian Foreign Minister', 'Article 2']]);
    expect(l.names_ar).toEqual(['سيرغي لافروف', 'لافروف']);
    expect(l.quotes).toHaveLength(2);
    expect(people[2]!.kind).toBe('person');
  });

  it('is searchable in English and in Arabic, spelling variants folded', () => {
    const [l, p, s] = peopleMet(articles);
    expect(matchesQuery(l!, 'lavrov')).toBe(true);
    expect(matchesQuery(l!, 'foreign minister')).toBe(true);
    expect(matchesQuery(p!, 'lavrov')).toBe(false);
    expect(matchesQuery(l!, 'لافروف')).toBe(true);
    // Hamza on alif and ta marbuta fold: "المحللة"/"الحسن" variants.
    expect(matchesQuery(s!, 'المحلل')).toBe(true);
    expect(matchesQuery(s!, 'سامى')).toBe(true);
    expect(matchesQuery(l!, 'بوتين')).toBe(false);
  });

  it('exports JSON with every article, and CSV with one row per person and article', () => {
    const json = JSON.parse(memoryToJson(articles, new Date(0)));
    expect(json.format).toBe('arabic-news-annotator/memory');
    expect(json.articles).toHaveLength(2);
    const lines = memoryToCsv(articles).trim().split('\r\n');
    expect(lines[0]).toBe('name_en,name_ar,kind,role_en,country,article_title,url,site,read_at,quotes');
    expect(lines).toHaveLength(1 + 2 + 2);
    expect(lines[1]).toBe('Sergey Lavrov,سيرغي لافروف,official,Minister of Foreign Affairs,RU,Article 1,https://news.test/a/1,news.test,1970-01-01T00:00:01.000Z,المحادثات بناءة');
  });

  it('never lets text from a page become a spreadsheet formula, and quotes what needs quoting', () => {
    const a = rememberedArticle(analysis([official('o1', 'X', 'س', 'Minister')]), { url: 'https://news.test/f', title: '=HYPERLINK("http://x.test","a, b")', readAt: 0 });
    const row = memoryToCsv([a]).trim().split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x.test"",""a, b"")"`);
  });
});
