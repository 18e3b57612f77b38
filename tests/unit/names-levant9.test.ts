import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('the Levant writes a family name’s final ة as -eh and -iyya as -ieh', () => {
  it('Lebanon, Jordan, Palestine and Syria: -eh after most consonants, -ieh after ي', () => {
    expect(nameToEnglish('كريم شحادة', { country: 'LB' })).toMatch(/^Karim Sh[ae]hadeh$/);
    expect(nameToEnglish('سامر عطية', { country: 'SY' })).toBe('Samer Atieh');
    expect(nameToEnglish('رائد مكية', { country: 'JO' })).toMatch(/ieh$/);
    expect(nameToEnglish('باسل حمادة', { country: 'PS' })).toBe('Basel Hamadeh');
    // With the article too.
    expect(nameToEnglish('خالد الطراونة', { country: 'JO' })).toMatch(/Tarawneh$/);
  });
  it('not after gutturals, emphatics and r; not a given name; not elsewhere', () => {
    expect(nameToEnglish('ليث القضاة', { country: 'JO' })).toMatch(/Qudah$/);
    expect(nameToEnglish('عزمي محافظة', { country: 'JO' })).toBe('Azmi Mahafza');
    expect(nameToEnglish('هالة شحادة', { country: 'LB' })).toMatch(/^Hala /);
    expect(nameToEnglish('كريم شحادة', { country: 'EG' })).not.toMatch(/eh$/);
    expect(nameToEnglish('كريم شحادة', { country: 'IQ' })).not.toMatch(/eh$/);
  });
});

describe('name words the Palestinian list spells twice (ى and ي, ة and ه rows fold together)', () => {
  it('the spelling the other sources saw wins the tie', () => {
    expect(nameToEnglish('هاني زكريا', { country: 'EG' })).toMatch(/^Hani /);
    expect(nameToEnglish('عزمي زكريا', { country: 'EG' })).toMatch(/^Azmi /);
    expect(nameToEnglish('مجدي لطفي', { country: 'EG' })).toMatch(/L[uo]tf[iy]$/);
    // A name that does end in -a keeps it.
    expect(nameToEnglish('هدى زكريا', { country: 'EG' })).toMatch(/^Huda /);
  });
});

describe('an Arab family name with its article says the name is Arab when no country does', () => {
  it('the stem a name list knows, or Wikidata’s English without the article', () => {
    expect(nameToEnglish('سلوى التميمي')).toMatch(/^Salwa Al-Tamimi$/);
    expect(nameToEnglish('ماجدة الشربيني', { home: 'EG' })).toMatch(/ Al-Sharbini$|El-Sh[ae]rbiny$/);
    // A foreign name that opens with ال stays foreign.
    expect(nameToEnglish('ألبرتو رودريغيز')).toBe('Alberto Rodriguez');
  });
});

describe('Sudan writes ق as g in the names no list spells', () => {
  it('g for a Sudanese family name of the rules, q elsewhere', () => {
    expect(nameToEnglish('حسن الدقيل', { country: 'SD' })).toMatch(/ Al-D[au]g/);
    expect(nameToEnglish('حسن الدقيل', { country: 'SD' })).not.toMatch(/q/i);
    expect(nameToEnglish('حسن الدقيل', { country: 'IQ' })).toMatch(/q/i);
  });
});
