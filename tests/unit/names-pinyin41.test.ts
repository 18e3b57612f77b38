import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { pinyinByRule } from '@/lib/english/pinyin';

// Chinese names whose syllables the table lacks or the text runs together, for a person the article makes Chinese.
// (Invented names, in the Arabic press's pinyin.)
describe('Chinese syllables read back into pinyin', () => {
  it('reads a syllable by its initial and final', () => {
    expect(pinyinByRule('تشن')).toBe('chen');
    expect(pinyinByRule('خه')).toBe('he');
    expect(pinyinByRule('نونغ')).toBe('nong');
    expect(pinyinByRule('شوانغ')).toBe('shuang');
    expect(pinyinByRule('شيوي')).toBe('xue');
    expect(pinyinByRule('بين')).toBe('bin');
  });
  it('reads nothing that is no single syllable', () => {
    expect(pinyinByRule('أولاف')).toBeNull();
    expect(pinyinByRule('الصين')).toBeNull();
    expect(pinyinByRule('شياويونغ')).toBeNull();
  });
  it('joins the given name of a Chinese person, syllables the table lacks or run together included', () => {
    expect(nameToEnglish('تشن وي تشينغ', { country: 'CN' })).toBe('Chen Weiqing');
    expect(nameToEnglish('قنغ شوانغ', { country: 'CN' })).toBe('Geng Shuang');
    expect(nameToEnglish('يوي شياويونغ', { country: 'CN' })).toBe('Yue Xiaoyong');
    expect(nameToEnglish('وانغ وين بين', { country: 'CN' })).toBe('Wang Wenbin');
  });
  it('with no country, reads three syllables of which the table lacks one only', () => {
    expect(nameToEnglish('خه لي فنغ', {})).toBe('He Lifeng');
    expect(nameToEnglish('تشن وي تشينغ', {})).toBe('Chen Weiqing');
  });
  it('leaves names of no Chinese person alone', () => {
    expect(nameToEnglish('أولاف شولتس', { country: 'CN' })).toMatch(/^Olaf /);
    expect(nameToEnglish('علي ما هو', {})).toMatch(/^Ali /);
  });
});
