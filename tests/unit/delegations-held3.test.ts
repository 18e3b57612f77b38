import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: the UN envoy named as «المبعوث الدولي» is the UN side', () => {
  // Written for the test: an envoy whose title says «الدولي» meets a foreign minister; his deputy's own nationality
  // (read by the officials layer) does not take him out of the envoy's team.
  const text = [
    'التقى المبعوث الدولي إلى اليمن بيتر هانسن في عدن الاثنين وزير الخارجية اليمني خالد باعوم.',
    'وحضر اللقاء من الجانب اليمني وكيل الوزارة سالم الحداد، فيما رافق المبعوث الدولي نائبه عمرو الشريف.',
  ].join('\n\n');
  const officials = [
    official(text, 'بيتر هانسن', 'Peter Hansen', null, 'المبعوث الدولي إلى اليمن'),
    official(text, 'خالد باعوم', 'Khaled Baoum', 'YE', 'وزير الخارجية اليمني'),
    official(text, 'سالم الحداد', 'Salem Al-Haddad', 'YE', 'وكيل الوزارة'),
    official(text, 'عمرو الشريف', 'Amr El-Sherif', 'EG', 'نائب المبعوث الدولي'),
  ];

  it('puts the envoy and his deputy on the United Nations side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United Nations', members: ['*Peter Hansen', 'Amr El-Sherif'] },
      { side: 'Yemen', members: ['*Khaled Baoum', 'Salem Al-Haddad'] },
    ]);
  });
});

describe('findDelegations: a meeting of another time named right after the article’s meeting noun', () => {
  // Written for the test: «ويأتي اللقاء بعد أسبوع من اجتماع بين X و Y» tells of another meeting; X and Y were not at this one.
  const text = [
    'استقبل رئيس الوزراء الأردني سمير العلي في عمان الأحد وزير الخارجية الكندي بول روبرتس.',
    'ويأتي اللقاء بعد أسبوع من اجتماع في جنيف بين وزير الخارجية الألماني هانز كلاين ونظيره الياباني تارو سوزوكي.',
  ].join('\n\n');
  const officials = [
    official(text, 'سمير العلي', 'Samir Al-Ali', 'JO', 'رئيس الوزراء الأردني'),
    official(text, 'بول روبرتس', 'Paul Roberts', 'CA', 'وزير الخارجية الكندي'),
    official(text, 'هانز كلاين', 'Hans Klein', 'DE', 'وزير الخارجية الألماني'),
    official(text, 'تارو سوزوكي', 'Taro Suzuki', 'JP', 'نظيره الياباني'),
  ];

  it('keeps the other meeting’s parties out of the delegations', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['*Samir Al-Ali'] },
      { side: 'Canada', members: ['*Paul Roberts'] },
    ]);
  });
});
