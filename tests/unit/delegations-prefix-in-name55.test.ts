import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/arabic/normalize';
import { matchCountryName, matchNationality } from '@/lib/vocab/nationalities';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: a foreign given name whose first letter is one of the prefixes و/ف/ب/ل/ك and whose rest spells a
// nationality or a country («كارمن» = ك + «أرمن», «كلاوس» = ك + «لاوس», «بروس» = ب + «روس»). The member's title names
// no country, so his side was read off the words of his title and name: a prefix letter is not stripped off a word of
// the person's own name to find a nationality in it, and he stays with the delegation he came in.
describe('findDelegations: no nationality read inside a person\'s name with a prefix letter stripped', () => {
  const visit = (host: string, guest: string, head: string, member: string) =>
    `استقبل ${host} في عاصمة بلاده اليوم ${guest} برئاسة ${head}، ويضم الوفد السفير ${member}.`;

  const cases: [string, string, string, string, string, string][] = [
    // [host, guest delegation, its head, the member, the member's side, the side his name must not give]
    ['رئيس الوزراء الأرميني نيكول باشينيان', 'وفدا إسبانيا', 'وزيرة الدفاع مارغريتا روبليس', 'كارمن لوبيث', 'Spain', 'Armenia'],
    ['رئيس وزراء لاوس سونكساي سيفاندون', 'وفدا نمساويا', 'وزير الخارجية ألكسندر شالنبرغ', 'كلاوس فيبر', 'Austria', 'Laos'],
    ['الرئيس الروسي فلاديمير بوتين', 'وفدا أستراليا', 'وزيرة الخارجية بيني وونغ', 'بروس هاريس', 'Australia', 'Russia'],
  ];
  for (const [host, guest, head, member, own, wrong] of cases) {
    it(`keeps ${member} with his delegation, not on the ${wrong} side`, () => {
      const found = sides(visit(host, guest, head, member));
      expect(sideOf(found, member)).not.toBe(wrong);
      expect(sideOf(found, member)).toBe(own);
    });
  }

  it('still reads a country carrying a preposition outside a name («بروسيا»، «كأرمن»)', () => {
    expect(matchCountryName([normalize('بروسيا')], 0)?.country).toBe('RU');
    expect(matchCountryName([normalize('بروسيا')], 0, true)).toBeNull();
    expect(matchNationality([normalize('كارمن')], 0)?.country).toBe('AM');
    expect(matchNationality([normalize('كارمن')], 0, true)).toBeNull();
    expect(matchNationality([normalize('الأرمن')], 0, true)?.country).toBe('AM');
  });
});
