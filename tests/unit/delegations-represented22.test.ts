import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: the one represented («ممثلا للملك X») is not at the meeting', () => {
  // Written for the test: a summit where one leader sends a minister «ممثلا للسلطان/للملك/لجلالة الملك …». The
  // representative sits for that side; the one he represents, named right after the ل, is not there.
  const cases: [string, string, string][] = [
    ['ممثلاً للملك محمد السادس', 'محمد السادس', 'Mohammed VI'],
    ['ممثلا للرئيس عبد المجيد تبون', 'عبد المجيد تبون', 'Abdelmadjid Tebboune'],
    ['مندوباً لجلالة الملك محمد السادس', 'محمد السادس', 'Mohammed VI'],
    ['موفدا للأمير تميم بن حمد', 'تميم بن حمد', 'Tamim bin Hamad'],
  ];
  for (const [phrase, ar, en] of cases) {
    const text = [
      'انطلقت اليوم في الكويت أعمال القمة العربية الطارئة برئاسة أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح.',
      `وشارك في القمة الرئيس اللبناني جوزيف عون، ووزير الخارجية ناصر بوريطة ${phrase}، وذلك بحضور الأمين العام لجامعة الدول العربية أحمد أبو الغيط.`,
    ].join('\n\n');
    const officials = [
      official(text, 'مشعل الأحمد الجابر الصباح', 'Mishal Al-Ahmad Al-Jaber Al-Sabah', 'KW'),
      official(text, 'جوزيف عون', 'Joseph Aoun', 'LB'),
      official(text, 'ناصر بوريطة', 'Nasser Bourita', 'MA'),
      official(text, ar, en, en === 'Abdelmadjid Tebboune' ? 'DZ' : en === 'Tamim bin Hamad' ? 'QA' : 'MA'),
      official(text, 'أحمد أبو الغيط', 'Ahmed Aboul Gheit', null),
    ];
    it(`leaves out the one represented: ${phrase}`, () => {
      const got = summary(findDelegations(text, officials));
      const members = got.flatMap((d) => d.members).map((m) => m.replace('*', ''));
      expect(members).not.toContain(en);
      expect(members).toEqual(expect.arrayContaining(['Nasser Bourita', 'Joseph Aoun']));
    });
  }
});
