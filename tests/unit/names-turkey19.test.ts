import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("a Turkish story lends Turkey's spelling to a name the article gives no country", () => {
  it('reads a Turk with an Arabic given name and a Turkish family name the Turkish way', () => {
    // «وقال عمر بولات إن …» in a story of Ankara: Ömer, not Omar.
    expect(nameToEnglish('عمر بولات', { home: 'TR' })).toBe('Omer Polat');
    expect(nameToEnglish('فؤاد أوقطاي', { home: 'TR' })).toMatch(/^Fuat /);
    expect(nameToEnglish('محمد كمال بوزاي', { home: 'TR' })).toMatch(/^Mehmet Kemal /);
    expect(nameToEnglish('سعدي غوفن', { home: 'TR' })).toMatch(/^Sa+di Gu/);
  });

  it('leaves an Arab of the same story, every word of whose name the Arabic lists know, to the Arab spelling', () => {
    expect(nameToEnglish('خالد مشعل', { home: 'TR' })).toBe('Khaled Mashal');
    expect(nameToEnglish('هادي البحرة', { home: 'TR' })).toBe('Hadi Al-Bahra');
    expect(nameToEnglish('عبد الرحمن مصطفى', { home: 'TR' })).toMatch(/^Abd/);
  });

  it('leaves an Arab whose family name the world writes with Arabic letters Turkish has not (kh, sh, q) to the Arab spelling', () => {
    // A Saudi writer in a story of Istanbul: Jamal Khashoggi, not Cemal.
    expect(nameToEnglish('جمال خاشقجي', { home: 'TR' })).toBe('Jamal Khashoggi');
  });

  it('does nothing without a Turkish story', () => {
    expect(nameToEnglish('عمر بولات', {})).toBe('Omar Polat');
  });
});
