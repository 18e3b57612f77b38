import { describe, expect, it } from 'vitest';
import { speakerEnglish } from '@/lib/quotes/speaker';

const english = (ar: string) => speakerEnglish({ ar, en: null, official: null });

describe('a speaker that is one country or capital has its English name, never its Arabic', () => {
  it('is a country, capitalized where its English starts with the article', () => {
    expect(english('النرويج')).toBe('Norway');
    expect(english('أمريكا')).toBe('The United States');
  });

  it('is a capital', () => {
    expect(english('موسكو')).toBe('Moscow');
  });

  it('is nothing more than the place', () => {
    expect(english('النرويج والدنمارك')).toBeNull();
    expect(english('شوارع موسكو')).toBeNull();
  });
});
