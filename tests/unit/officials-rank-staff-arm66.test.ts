import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test: a staff rank («اللواء الركن», «العميد أركان حرب») followed by the officer's arm of service
// («طيار», «بحري»): the arm belongs to the rank and is no word of the name.
describe('officials: an arm of service after a staff rank', () => {
  const cases: [string, string][] = [
    ['اللواء الركن طيار سالم عبيد الكعبي قائد القوات الجوية', 'Salem Obeid'],
    ['العميد الركن بحري حمد بن سالم الكواري قائد القوات البحرية', 'Hamad bin Salem'],
  ];
  for (const [officer, name] of cases) {
    it(`reads ${name}`, () => {
      const text = [
        'الإمارات وفرنسا تبحثان التعاون العسكري',
        `أبوظبي - استقبل وزير الدولة لشؤون الدفاع اليوم ${officer}، وبحث معه سبل تعزيز التعاون.`,
      ].join('\n\n');
      const names = analyze(text).officials.map((o) => o.name_en);
      expect(names.some((n) => n.startsWith(name))).toBe(true);
    });
  }
});
