import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import boilerplateData from '@/assets/boilerplate.json';
import { boilerplate, phraseKey, phraseKeyHead, phraseKeySlow } from '@/lib/vocab/boilerplate';
import { siteFor, sites } from '@/lib/vocab/sites';

describe('assets/sites.json', () => {
  const { document } = parseHTML('<html><body><main role="main"><div class="x"></div></main></body></html>');
  it('has a host, body selectors and a title selector for every site, all valid CSS', () => {
    expect(sites.length).toBeGreaterThanOrEqual(10);
    for (const s of sites) {
      expect(s.host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
      expect(s.body.length).toBeGreaterThan(0);
      for (const sel of [...s.body, ...s.exclude, s.title]) expect(() => document.querySelectorAll(sel), `${s.name}: ${sel}`).not.toThrow();
    }
  });
  it('matches subdomains and paths, not look-alike hosts', () => {
    expect(siteFor('https://www.aljazeera.net/news/2024/1/1/x')?.name).toBe('Al Jazeera');
    expect(siteFor('https://www.bbc.com/arabic/articles/c123')?.name).toBe('BBC Arabic');
    expect(siteFor('https://www.bbc.com/news/world-123')).toBeNull();
    expect(siteFor('https://notaljazeera.net/x')).toBeNull();
    expect(siteFor('not a url')).toBeNull();
  });
});

describe('assets/boilerplate.json', () => {
  it('every phrase has a matching key once normalised', () => {
    for (const list of ['section_headings', 'line_prefixes', 'line_contains', 'byline_prefixes', 'byline_labels'] as const) {
      for (const phrase of boilerplateData[list]) expect(phraseKey(phrase), `${list}: ${phrase}`).not.toBe('');
    }
    expect(boilerplate.sectionHeadings.has(phraseKey('الأكثر قراءةً'))).toBe(true);
  });
});

describe('phraseKey (one pass) and phraseKeyHead', () => {
  // Hard cases: diacritics and tatweel inside words, folded letters, Arabic-Indic digits, invisible marks,
  // punctuation runs, Latin capitals, a final sigma, astral letters and emoji, halves of a pair split by a mark.
  const samples = [
    'اقرأ أيضاً: «الرئيسُ» يلتقي نظيرَه – الأربعاء ٢٠ يونيو/حزيران ٢٠٢٤',
    'حــوار:\u200f آسيا العتروس',
    '  ... © جميع الحقوق محفوظة 2024 — Sky News Arabia ',
    'ΟΔΟΣ Σ x\u00a0y\u2028z 🙂 𝐀b \ud835\u202a\udc00 \udc00 end\ud835',
    'ئؤإآٱىة ک ی ۹٠ ّ ـ',
  ];
  it('gives the same key as normalising, replacing non-letters by a space, trimming and lower-casing', () => {
    for (const s of samples) expect(phraseKey(s), s).toBe(phraseKeySlow(s));
  });
  it('on long text gives a prefix of the whole key that ends where a word ends', () => {
    const long = samples.join(' ').repeat(20);
    const whole = phraseKeySlow(long);
    for (const min of [1, 20, 60]) {
      const { key, complete } = phraseKeyHead(long, min);
      expect(complete).toBe(false);
      expect(key.length).toBeGreaterThanOrEqual(min);
      expect(whole.startsWith(key + ' ')).toBe(true);
    }
    expect(phraseKeyHead(samples[1]!, 10)).toEqual({ key: 'حوار اسيا العتروس', complete: true });
  });
});
