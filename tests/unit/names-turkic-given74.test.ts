import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Arabic given names of Central Asian and Azerbaijani officials, in the Turkic form they carry in English', () => {
  it('writes a Kazakh, Uzbek or Kyrgyz official\'s Arabic given name the Central Asian way (Kassym, Shavkat, Kairat, Bakhtiyor)', () => {
    // «واستقبل نائب رئيس الوزراء الكازاخي قاسم عمروف …», «… وزير المالية الأوزبكي شوكت نازروف»
    expect(nameToEnglish('قاسم عمروف', { country: 'KZ' })).toMatch(/^Kassym /);
    expect(nameToEnglish('شوكت نازروف', { country: 'UZ' })).toMatch(/^Shavkat /);
    expect(nameToEnglish('قيرات سماغولوف', { country: 'KZ' })).toMatch(/^Kairat /);
    expect(nameToEnglish('بختيار كريموف', { country: 'UZ' })).toMatch(/^Bakhtiyor /);
    expect(nameToEnglish('مراد توختاروف', { country: 'KG' })).toMatch(/^Murat /);
  });
  it('reads a two-word compound as the one name (Emomali, Nursultan)', () => {
    expect(nameToEnglish('إمام علي شريفوف', { country: 'TJ' })).toMatch(/^Emomali /);
    expect(nameToEnglish('نور سلطان عبديكاريموف', { country: 'KZ' })).toMatch(/^Nursultan /);
  });
  it('writes an Azerbaijani official\'s the Azerbaijani way (Mikayil, Samad, Shahin)', () => {
    expect(nameToEnglish('ميكاييل حسنوف', { country: 'AZ' })).toMatch(/^Mikayil /);
    expect(nameToEnglish('شاهين قلييف', { country: 'AZ' })).toMatch(/^Shahin /);
  });
  it('tells no tradition of its own: a name with no country keeps the reading it had (a UN official\'s ميكائيل is no Mikayil)', () => {
    expect(nameToEnglish('ميكائيل برونو', {})).not.toMatch(/Mikayil/);
    expect(nameToEnglish('قاسم جوفيه', {})).not.toMatch(/Kassym/);
  });
  it('leaves the same names of an Arab, a Turk or an Iranian alone', () => {
    expect(nameToEnglish('قاسم الخطيب', { country: 'JO' })).toMatch(/^Qasim /);
    expect(nameToEnglish('شوكت يلماز', { country: 'TR' })).not.toMatch(/^Shavkat/);
    expect(nameToEnglish('شاهين الحمادي', { country: 'AE' })).toMatch(/^Shaheen /);
  });
});
