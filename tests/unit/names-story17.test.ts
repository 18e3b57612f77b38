import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';
import { storyCountry } from '@/lib/english/story-country';
import { normalize } from '@/lib/arabic/normalize';

const norms = (text: string) => text.split(/[\s.,،:;!?؟«»"()–-]+/).filter(Boolean).map(normalize);

describe('the country a story is about, for names its officials give no country', () => {
  it('counts the country, its nationality and its capital, clitics off', () => {
    expect(storyCountry(norms('شهدت زامبيا احتجاجات واسعة في العاصمة لوساكا، وقال مسؤولون زامبيون إن الهدوء عاد إلى لزامبيا.'))).toBe('ZM');
    expect(storyCountry(norms('عاد المتظاهرون إلى الشارع في بيروت، وقال نواب لبنانيون إن الحكومة اللبنانية لم ترد.'))).toBe('LB');
  });

  it('says nothing when no country stands out', () => {
    expect(storyCountry(norms('التقى وزير الخارجية نظيره في الاجتماع.'))).toBeNull();
    expect(storyCountry(norms('زار وفد من كينيا أوغندا.'))).toBeNull();
  });

  it("spells the name of a person with no country of their own by the story's country", () => {
    const text = 'شهدت بوليفيا احتجاجات على الأسعار في العاصمة لاباز. وقالت المتحدثة باسم الشرطة لوسيا فالدوفييسو إن الشرطة اعتقلت العشرات، فيما دعت المعارضة في بوليفيا إلى الهدوء.';
    const o = analyze(text).officials.find((x) => x.name_ar === 'لوسيا فالدوفييسو');
    expect(o?.name_en).toBe(nameToEnglish('لوسيا فالدوفييسو', { country: 'BO' }));
    expect(o?.name_en).not.toBe(nameToEnglish('لوسيا فالدوفييسو'));
  });

  it("leaves English-speaking Africa's letters to those the article gives that country", () => {
    expect(nameToEnglish('ديفيد غريسلي', { story: 'KE' })).toBe(nameToEnglish('ديفيد غريسلي'));
    expect(nameToEnglish('لوسيا فالدوفييسو', { story: 'BO' })).toBe(nameToEnglish('لوسيا فالدوفييسو', { country: 'BO' }));
  });
});
