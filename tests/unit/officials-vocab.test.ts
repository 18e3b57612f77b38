import { describe, expect, it } from 'vitest';
import titles from '@/assets/titles.json';
import institutions from '@/assets/institutions.json';
import stops from '@/assets/name-stops.json';

const arabic = /^[\u0621-\u064A ]+$/;
const english = /^[A-Za-z][A-Za-z ,'’\-é]*$/;

describe('title vocabulary (assets/titles.json)', () => {
  it('every head has Arabic forms, an English head noun and a known way to compose', () => {
    for (const h of titles.heads) {
      for (const a of [...h.ar, ...((h as { fem?: string[] }).fem ?? [])]) expect(a).toMatch(arabic);
      expect(h.en).toMatch(english);
      expect(['of', 'prefix', 'to', 'for', 'none']).toContain(h.compose);
    }
  });
  it('ranks, styles, ordinals and modifiers are Arabic with English renderings', () => {
    for (const r of titles.ranks) { r.ar.forEach((a) => expect(a).toMatch(arabic)); expect(r.en).toMatch(english); }
    titles.styles.forEach((s) => expect(s).toMatch(arabic));
    for (const [ar, en] of Object.entries({ ...titles.ordinals, ...titles.modifiers })) { expect(ar).toMatch(arabic); expect(en).toMatch(english); }
  });
});

describe('institution vocabulary (assets/institutions.json)', () => {
  it('portfolios, bodies, nouns, adjectives and places map Arabic to English', () => {
    for (const [ar, en] of Object.entries(institutions.portfolios)) { expect(ar).toMatch(arabic); expect(en).toMatch(english); }
    for (const b of institutions.bodies) { b.ar.forEach((a) => expect(a).toMatch(arabic)); expect(b.en).toMatch(english); }
    for (const [ar, [en, head]] of Object.entries(institutions.nouns as unknown as Record<string, [string, string]>)) {
      expect(ar).toMatch(arabic); expect(en).toMatch(english); expect(head).toMatch(english);
    }
    for (const [ar, en] of Object.entries({ ...institutions.adjectives, ...institutions.places })) { expect(ar).toMatch(arabic); expect(en).toMatch(english); }
  });
  it('national title forms are keyed by ISO country codes', () => {
    for (const code of Object.keys(institutions.countryTitles)) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});

describe('name stops (assets/name-stops.json)', () => {
  it('are Arabic words', () => {
    for (const key of ['particles', 'time', 'verbs', 'nouns'] as const) {
      for (const w of stops[key].split(/\s+/).filter(Boolean)) expect(w).toMatch(/^[\u0621-\u064A\u064B-\u0652]+$/);
    }
  });
});
