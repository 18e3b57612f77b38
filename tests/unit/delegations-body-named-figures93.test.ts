import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, sideOf, sides, summary } from './helpers/delegations';

// Round 93, delegations. (1) «وحضر اللقاء من جانب مجلس الشورى A، وB»: those present for a body that one party's title
// names («رئيس مجلس الشورى X») are his side's, though no title of theirs names a country and his own side is known only
// later (heldout39 4017 put them in an "Also present" group). (2) A figure is never part of a person's name: «ملف إكسبو
// 2030» read as a name (heldout39 4010) is no member.

// Written for the test (in the style of those articles).
describe('attendance for a body a party’s title names', () => {
  it('seats those present for the body on the side of the party who heads it', () => {
    const text =
      'رئيس مجلس الشورى يستقبل وفد البرلمان البولندي\n\n' +
      'الدوحة في 3 مايو / قنا / استقبل سعادة السيد حسن بن عبدالله الغانم رئيس مجلس الشورى، بمكتبه في المجلس اليوم، وفدًا من برلمان جمهورية بولندا، برئاسة السيد ماريك كوزوفسكي رئيس لجنة الشؤون الخارجية، بمناسبة زيارته الحالية لدولة قطر.\n\n' +
      'ويضم الوفد البرلماني البولندي السيد توماش نوفاك رئيس لجنة الدفاع، والسيدة آنا كوفالسكا النائبة في البرلمان.\n\n' +
      'وحضر اللقاء من جانب مجلس الشورى سعادة الدكتور حمدة بنت حسن السليطي نائب رئيس المجلس، وسعادة السيد محمد بن مهدي الأحبابي الأمين العام لمجلس الشورى.\n';
    const found = sides(text);
    const host = sideOf(found, 'حسن بن عبدالله الغانم');
    expect(host).toBe('Qatar');
    expect(sideOf(found, 'حمدة بنت حسن السليطي')).toBe(host);
    expect(sideOf(found, 'محمد بن مهدي الأحبابي')).toBe(host);
    expect(sideOf(found, 'توماش نوفاك')).toBe('Poland');
    expect(found['Also present']).toBeUndefined();
  });
});

describe('a figure in a name', () => {
  it('keeps a phrase with a year, read as a name, out of a delegation', () => {
    const text =
      'عبدالله بن زايد يبحث هاتفياً مع وزير خارجية فيجي دعم ملف إكسبو 2030\n\n' +
      'تلقى وزير الخارجية الإماراتي، الشيخ عبدالله بن زايد آل نهيان، اتصالاً هاتفياً، اليوم الاثنين، من وزير خارجية فيجي، فيليامي غافوكا.\n\n' +
      'وجرى خلال الاتصال بحث تطورات ملف إكسبو 2030 والعلاقات الثنائية بين البلدين.';
    const officials = [
      official(text, 'عبدالله بن زايد آل نهيان', 'Abdullah bin Zayed Al Nahyan', 'AE', 'وزير الخارجية الإماراتي', ['عبدالله بن زايد']),
      official(text, 'ملف إكسبو 2030', 'Melf Iksbo', 'FJ', 'وزير خارجية فيجي دعم'),
      official(text, 'فيليامي غافوكا', 'Viliame Gavoka', 'FJ', 'وزير خارجية فيجي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United Arab Emirates', members: ['*Abdullah bin Zayed Al Nahyan'] },
      { side: 'Fiji', members: ['*Viliame Gavoka'] },
    ]);
  });
});
