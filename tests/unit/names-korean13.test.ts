import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Korean surnames and syllables the tables lacked', () => {
  it('Baek, Jeon, Kwak, Byun, Wi read as surnames with the given name hyphenated', () => {
    expect(nameToEnglish('كواك مين هو', { country: 'KR' })).toBe('Kwak Min-ho');
    expect(nameToEnglish('جيون سانغ هون', { country: 'KR' })).toBe('Jeon Sang-hoon');
    expect(nameToEnglish('بيون يونغ سيك', { country: 'KR' })).toBe('Byun Young-sik');
    expect(nameToEnglish('بايك هيون سوك', { country: 'KR' })).toBe('Baek Hyun-suk');
    // North Korea's press spaces the syllables.
    expect(nameToEnglish('جيون هيون سوك', { country: 'KP' })).toBe('Jon Hyon Sok');
  });
  it('the syllables Eui, Kyeom, Yeol, Wook, Nak', () => {
    expect(nameToEnglish('هان إيوي كيوم', { country: 'KR' })).toBe('Han Eui-kyeom');
    expect(nameToEnglish('كيم ناك يول', { country: 'KR' })).toBe('Kim Nak-yeol');
  });
});
