import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test: the Malay world's honorifics (Dato' Sri, Datuk Seri, Tan Sri, Datuk, Datin) before a name are
// styles like «معالي», not words of the name.
describe('officials: Malaysian honorific styles before a name', () => {
  const text = [
    'قطر وماليزيا تبحثان التعاون',
    'الدوحة - استقبل وزير الخارجية القطري اليوم داتو سري أحمد زاهد حميدي نائب رئيس الوزراء الماليزي، وحضر اللقاء تان سري عبد الرحمن داود سفير ماليزيا لدى قطر، وداتوك إسماعيل صبري يعقوب وزير الدفاع الماليزي.',
  ].join('\n\n');
  const names = analyze(text).officials.map((o) => o.name_en);
  it('drops the style from the name', () => {
    for (const n of names) expect(n).not.toMatch(/^(Dato|Datuk|Tan)\b/);
    expect(names.some((n) => n.startsWith('Abdul Rahman'))).toBe(true);
    expect(names.some((n) => n.startsWith('Ahmed Zahed') || n.startsWith('Ahmad Zahid'))).toBe(true);
  });
});
