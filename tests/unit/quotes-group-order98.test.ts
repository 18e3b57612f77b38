import { describe, expect, it } from 'vitest';
import { groupSpeakerEnglish } from '@/lib/quotes/described-speaker';

// A group speaker's adjectives in English's order (quotes-group-english97): the number, then the plain adjectives
// ("senior", "retired"), then the nation, then the adjectives that classify the noun ("opposition", "university").
// Arabic puts «كبار» after the nationality, so reading its order back gives "Syrian senior officers".
describe('a group speaker with a nationality and other adjectives', () => {
  it('puts a plain adjective before the nation', () => {
    expect(groupSpeakerEnglish('ضباط سوريون كبار')).toBe('Senior Syrian officers');
    expect(groupSpeakerEnglish('الضباط السوريون الكبار')).toBe('The senior Syrian officers');
    expect(groupSpeakerEnglish('الضباط الثلاثة السوريون الكبار')).toBe('The three senior Syrian officers');
  });
  it('keeps a classifying adjective after the nation', () => {
    expect(groupSpeakerEnglish('جهات سورية معارضة')).toBe('Syrian opposition parties');
    expect(groupSpeakerEnglish('أحزاب معارضة سورية')).toBe('Syrian opposition parties');
    expect(groupSpeakerEnglish('القضاة الخمسة')).toBe('The five judges');
  });
});
