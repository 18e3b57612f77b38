import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test: a military rank with its arm of service in brackets before the name («الفريق الركن (طيار)»،
// «اللواء (بحري)»، «العميد الركن (جوي)»), the office after the name. The bracket belongs to the rank; the name follows it.
describe('officials: a rank\'s arm of service in brackets goes on to the name', () => {
  const cases: [string, string][] = [
    ['سعادة الفريق الركن (طيار) جاسم بن علي المناعي رئيس أركان القوات المسلحة القطرية', 'جاسم بن علي المناعي'],
    ['اللواء (بحري) حمد بن سالم الكواري قائد القوات البحرية الأميرية القطرية', 'حمد بن سالم الكواري'],
    ['العميد الركن (جوي) راشد بن محمد النعيمي قائد القوات الجوية', 'راشد بن محمد النعيمي'],
  ];
  for (const [officer, name] of cases) {
    it(`reads ${name}`, () => {
      const text = [
        'قطر وتركيا تبحثان التعاون العسكري',
        'الدوحة - اجتمع وزير الدولة لشؤون الدفاع القطري خالد بن محمد العطية مع وزير الدفاع التركي يشار غولر.',
        `وحضر الاجتماع من الجانب القطري ${officer}، وسعادة السيد خالد بن سعد الهاجري سفير دولة قطر لدى تركيا.`,
      ].join('\n\n');
      const result = analyze(text);
      expect(result.officials.map((o) => o.name_ar)).toContain(name);
      const qatar = result.delegations.find((d) => d.side_en === 'Qatar');
      expect(qatar?.members.map((m) => m.name_ar)).toContain(name);
    });
  }
});
