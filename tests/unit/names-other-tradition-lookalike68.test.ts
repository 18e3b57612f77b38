import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("another tradition's look-alike from the name lists does not replace a family name of a known country", () => {
  it('reads a family name opened by the long آ with its a, not as a list name opening with another vowel', () => {
    // «قالت الرئيسة البوليفية السابقة روزا آنيز …», «أعلن الوزير الفلبيني خوسيه آنيو …», «صرح النائب التركي مراد آيدن …»
    expect(nameToEnglish('روزا آنيز', { country: 'BO' })).toMatch(/ Anez$/);
    expect(nameToEnglish('خوسيه آنيو', { country: 'PH' })).toMatch(/ A(ni|ñ)o$/);
    expect(nameToEnglish('مراد آيدن', { country: 'TR' })).toMatch(/ A/);
  });
  it("reads by its own letters a family name the list spells with letters the bearer's language never writes", () => {
    // A Colombian's فيليس is no English Phyllis; a Slovene's فايون no French Fillon.
    expect(nameToEnglish('ماريا فيليس', { country: 'CO' })).not.toMatch(/Phyllis/);
    expect(nameToEnglish('يانا فايون', { country: 'SI' })).toMatch(/ Fajon$/);
  });
  it("keeps an immigrant family name's own letters in Latin America", () => {
    expect(nameToEnglish('كلاوديا هوفمان', { country: 'BR' })).toMatch(/ Hoffmann$/);
  });
  it('leaves an Arab his listed name and a given name its list spelling', () => {
    expect(nameToEnglish('محمد آل ثاني', { country: 'QA' })).toMatch(/Al Thani|Al-Thani/);
    expect(nameToEnglish('فيليس سميث', { country: 'US' })).toMatch(/^Phyllis /);
  });
});
