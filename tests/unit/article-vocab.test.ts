import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import boilerplateData from '@/assets/boilerplate.json';
import { boilerplate, phraseKey } from '@/lib/vocab/boilerplate';
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
