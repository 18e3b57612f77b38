import { describe, expect, it } from 'vitest';
import { readings } from '@/lib/arabic/clitics';
import { normalize, normalizeWithMap } from '@/lib/arabic/normalize';
import { tokenize } from '@/lib/arabic/tokens';

describe('normalize', () => {
  it('folds hamza forms, alef maqsura, ta marbuta and drops diacritics and tatweel', () => {
    expect(normalize('أحمد إبراهيم آل مُصطفـــى الخارجيّة')).toBe('احمد ابراهيم ال مصطفي الخارجيه');
  });
  it('keeps a map to original offsets', () => {
    const { text, map } = normalizeWithMap('وَزير');
    expect(text).toBe('وزير');
    expect(map).toEqual([0, 2, 3, 4, 5]);
  });
});

describe('tokenize', () => {
  it('splits Arabic punctuation and keeps offsets on the original', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
    const text = 'ويشارك من الجانب الروسي وزير الخارجية سيرغي لافروف، والنائب الأول';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toContain('لافروف');
    const t = toks.find((t) => t.text === 'لافروف')!;
    expect(text.slice(t.start, t.end)).toBe('لافروف');
    expect(toks.find((t) => t.text.includes('،'))).toBeUndefined();
  });
});

describe('clitics', () => {
  it('reads و, لل, ب and وال prefixes', () => {
    expect(readings('ووزير').map((r) => r.stem)).toContain('وزير');
    expect(readings('للرييس')[0]).toMatchObject({ prefix: 'لل', stem: 'رييس', definite: true });
    expect(readings('بوزيره').map((r) => r.stem)).toContain('وزيره');
    expect(readings('والسفير')[0]).toMatchObject({ prefix: 'وال', stem: 'سفير' });
  });
});
