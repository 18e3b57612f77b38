import { describe, expect, it } from 'vitest';
import { matchNationality } from '../../lib/vocab/nationalities';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: the press forms a rarer country's nisba from the country's own name (ال + name, its final ا
// dropped, + ي), where the sources list another spelling; the sources give «البارغواياني», the press «الباراغوايي».
describe('matchNationality: a definite nisba formed from a country\'s own name', () => {
  const cases: [string, string][] = [
    ['الباراغوايي', 'PY'],
    ['الاوروغوايي', 'UY'],
    ['الروانديه', 'RW'],
  ];
  for (const [word, code] of cases) it(`reads ${word} as ${code}`, () => expect(matchNationality([word], 0)?.country).toBe(code));
  it('leaves the nisba of a common noun alone («المصرفي»)', () => expect(matchNationality(['المصرفي'], 0)).toBeNull());
});

describe('findDelegations: those present «عن الجانب» of a country named by such a nisba sit on its side', () => {
  const text = [
    'وزير الخارجية يبحث مع نظيره من أوروغواي تعزيز التعاون',
    'الدوحة - اجتمع سعادة الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير الخارجية، اليوم، مع سعادة السيد رودولفو نين نوفوا وزير خارجية جمهورية الأوروغواي الشرقية، الذي يزور البلاد حاليا.',
    'وجرى خلال الاجتماع استعراض علاقات التعاون بين البلدين.',
    'حضر الاجتماع من الجانب القطري سعادة السيد أحمد بن حسن الحمادي الأمين العام لوزارة الخارجية، وعن الجانب الأوروغوايي سعادة السيد نيكولاس ألبرتيني نائب وزير الخارجية.',
  ].join('\n\n');
  it('seats the Uruguayan deputy minister with Uruguay', () => {
    const found = sides(text);
    expect(sideOf(found, 'نيكولاس ألبرتيني')).toBe('Uruguay');
    expect(sideOf(found, 'أحمد بن حسن الحمادي')).toBe('Qatar');
  });
});
