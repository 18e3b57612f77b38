// The finder on the saved real pages of ../shared/corpus/dev (beside the clone, in CI too), and the site table
// (assets/sites.json) checked against them. The pages are read where they are, never copied into the project.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom/worker';
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find';
import { normalize } from '@/lib/arabic/normalize';
import { siteFor, sites } from '@/lib/vocab/sites';
import { decode } from '@/scripts/analyze';

const DEV = resolve(import.meta.dirname, '../../../shared/corpus/dev');

interface PageGold {
  article_text: string;
  article_includes?: string[];
  article_excludes?: string[];
}

const pages = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')) : [];
const load = (id: string) => {
  const html = decode(readFileSync(`${DEV}/${id}.html`), true);
  return parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html>${html}</html>`).document as unknown as Document;
};
const gold = (id: string): PageGold | null => (existsSync(`${DEV}/${id}.gold.json`) ? JSON.parse(readFileSync(`${DEV}/${id}.gold.json`, 'utf8')) : null);
/** The scorer's comparison: normalised letters and digits, one space between words. */
const key = (s: string) => normalize(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s: string) => key(s).split(' ').filter(Boolean);

/** Bag-of-words F1 of a text against the gold text, as ../shared/eval/score.mjs computes article_f1. */
function bagF1(found: string, want: string): number {
  const count = (ws: string[]) => ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const a = count(words(found));
  const b = count(words(want));
  let common = 0;
  for (const [w, n] of a) common += Math.min(n, b.get(w) ?? 0);
  const p = common / Math.max(1, [...a.values()].reduce((x, y) => x + y, 0));
  const r = common / Math.max(1, [...b.values()].reduce((x, y) => x + y, 0));
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const canonical = (doc: Document) =>
  doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;

describe('the saved real pages of the dev corpus', () => {
  it('are there (../shared beside the clone)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
  });

  for (const id of pages) {
    const g = gold(id);
    if (!g) {
      it(`${id}: not an article, nothing found`, () => {
        expect(findArticle(load(id))).toBeNull();
      });
      continue;
    }
    it(`${id}: the article found, its includes in, its excludes out, most of its words`, () => {
      const a = findArticle(load(id));
      expect(a).not.toBeNull();
      const text = key(a!.text);
      for (const s of g.article_includes ?? []) expect(text).toContain(key(s));
      for (const s of g.article_excludes ?? []) if (key(s)) expect(text).not.toContain(key(s));
      // h005's gold holds a video player's labels that a script adds at run time: 0.91 is its ceiling.
      expect(bagF1(a!.text, g.article_text)).toBeGreaterThan(0.9);
    });
  }
});

describe('the site table against real pages', () => {
  it('every site names its real pages, or says why it has none', () => {
    for (const s of sites) {
      expect(s.real_pages.length > 0 || (s.unverified ?? '').length > 20, s.name).toBe(true);
      for (const id of s.real_pages) expect(pages, `${s.name}: ${id}`).toContain(id);
    }
  });

  it('every real page of a site in the table is listed under that site', () => {
    for (const id of pages) {
      const site = siteFor(canonical(load(id)));
      if (site) expect(site.real_pages, id).toContain(id);
    }
  });

  for (const s of sites.filter((x) => x.real_pages.length)) {
    it(`${s.name}: a body selector holds the article found on each of its real pages, and the title selector its headline`, () => {
      for (const id of s.real_pages) {
        const doc = load(id);
        expect(siteFor(canonical(doc))?.name).toBe(s.name);
        const a = findArticle(doc)!;
        const body = s.body.map((sel) => [...doc.querySelectorAll(sel)]).find((els) => els.length)!;
        expect(body, `${id}: no body selector matches`).toBeTruthy();
        const bodyBlocks = a.blocks.filter((b) => !/^H[1-6]$/.test(b.tagName.toUpperCase()) || body.some((e) => e.contains(b)));
        expect(bodyBlocks.every((b) => body.some((e) => e === b || e.contains(b))), id).toBe(true);
        const headlines = [...doc.querySelectorAll(s.title)].map((h) => key(h.textContent ?? '')).filter((h) => h.length > 10);
        expect(headlines.some((h) => key(a.text).startsWith(h)), id).toBe(true);
      }
    });
  }
});
