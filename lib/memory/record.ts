import type { Analysis } from '../types';
import type { RememberedArticle, RememberedPerson, RememberedQuote } from './types';

/**
 * The key that says two articles name the same person: the English name, folded (case, accents, hyphens and
 * apostrophes), since the engine gives a known person the same English spelling in every article.
 */
export function personKey(nameEn: string): string | null {
  const folded = nameEn
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015'’‘`-]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return folded ? `en:${folded}` : null;
}

/** The address an article is remembered by: no #fragment, no utm_* tracking parameters. */
export function articleUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (/^utm_/i.test(name)) u.searchParams.delete(name);
    return u.toString();
  } catch {
    return url;
  }
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What the memory keeps of an analysis (no article text: people, roles, countries, quotes). */
export function rememberedArticle(analysis: Analysis, page: { url: string; title?: string | null; readAt: number }): RememberedArticle {
  const people: RememberedPerson[] = [];
  const keyById = new Map<string, string | null>();
  for (const o of analysis.officials) {
    const key = personKey(o.name_en);
    keyById.set(o.id, key);
    people.push({ key, kind: 'official', name_en: o.name_en, name_ar: o.name_ar, role_en: o.role_en, role_ar: o.role_ar, country: o.country, mentions: o.mentions.length });
  }
  for (const p of analysis.people ?? []) {
    const key = p.named ? personKey(p.name_en) : null;
    keyById.set(p.id, key);
    people.push({ key, kind: 'person', name_en: p.name_en, name_ar: p.name_ar, role_en: p.description_en, role_ar: p.description_ar, country: p.country, mentions: p.mentions.length });
  }
  const quotes: RememberedQuote[] = analysis.quotes.map((q) => ({
    speakerKey: (q.speaker_id && keyById.get(q.speaker_id)) || null,
    speaker_en: q.speaker_en,
    speaker_ar: q.speaker_ar,
    text: q.text,
    kind: q.kind,
  }));
  const url = articleUrl(page.url);
  return {
    url,
    title: page.title ?? analysis.article.title,
    site: siteOf(url),
    readAt: page.readAt,
    people,
    quotes,
    personKeys: personKeysOf(people),
  };
}

export function personKeysOf(people: RememberedPerson[]): string[] {
  return [...new Set(people.map((p) => p.key).filter((k): k is string => !!k))];
}
