import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

// Written for the test: a visit told as its first meeting, then «وفي وقت لاحق، استقبل …» another host of the same country
// receiving the same guest, with someone present. The later meeting has its own columns beside the first one's.
describe('findDelegations: a later meeting of the visit has columns of its own', () => {
  const openers = ['وفي وقت لاحق، استقبل', 'وبعد ذلك استقبل', 'ثم استقبل'];
  for (const opener of openers) {
    const text = [
      'استقبل وزير الخارجية العراقي فؤاد حسين في بغداد اليوم الأمين العام المساعد لجامعة الدول العربية هشام يوسف، وبحث معه التحضيرات للقمة المقبلة.',
      'وحضر اللقاء وكيل الوزارة العراقية محمد الربيعي.',
      `${opener} رئيس البرلمان العراقي محمود المشهداني وفد الجامعة العربية برئاسة يوسف، بحضور النائب العراقي عامر الفايز.`,
    ].join('\n\n');
    const officials = [
      official(text, 'فؤاد حسين', 'Fuad Hussein', 'IQ', 'وزير الخارجية العراقي'),
      official(text, 'هشام يوسف', 'Hossam Youssef', null, 'الأمين العام المساعد لجامعة الدول العربية', ['يوسف']),
      official(text, 'محمد الربيعي', 'Mohammed al-Rubaie', 'IQ', 'وكيل الوزارة العراقية'),
      official(text, 'محمود المشهداني', 'Mahmoud al-Mashhadani', 'IQ', 'رئيس البرلمان العراقي'),
      official(text, 'عامر الفايز', 'Amer al-Fayez', 'IQ', 'النائب العراقي'),
    ];
    it(`keeps the later meeting's host and those present (${opener})`, () => {
      const got = summary(findDelegations(text, officials)).map((d) => ({ side: d.side, members: d.members.map((m) => m.replace('*', '')).sort() }));
      const iraq = got.filter((d) => d.side === 'Iraq').map((d) => d.members);
      expect(iraq).toContainEqual(['Mahmoud al-Mashhadani', 'Amer al-Fayez'].sort());
      expect(iraq.find((ms) => ms.includes('Fuad Hussein'))).not.toContain('Mahmoud al-Mashhadani');
      expect(got.filter((d) => d.members.includes('Hossam Youssef'))).toHaveLength(2);
    });
  }
});
