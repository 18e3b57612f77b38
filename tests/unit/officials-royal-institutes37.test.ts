import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const personOf = (text: string, name: string) => analyze(text).people.find((p) => p.name_ar === name) ?? null;

describe('an institute of studies named after a royal is a public body', () => {
  it('makes the director of a diplomatic institute named after a prince an official', () => {
    const text = 'ووقع المذكرة عن الجانب الأردني مدير معهد الأمير الحسين بن عبدالله الثاني للدراسات الدولية الدكتور محمد الحياري، وعن الجانب الكرواتي مساعد الوزيرة ماريو نوبيلو.';
    expect(officialOf(text, 'محمد الحياري')?.role_en).toMatch(/^Director of the Prince .*Institute( for International Studies)?$/);
  });
  it('does so for a centre named after a king', () => {
    const text = 'وأكد مدير مركز الملك فيصل للبحوث والدراسات الإسلامية سعود السرحان أن التعاون مهم.';
    expect(officialOf(text, 'سعود السرحان')).not.toBeNull();
  });
  it('keeps the head of a centre of studies with no royal name a person', () => {
    const text = 'وقال مدير مركز الأهرام للدراسات السياسية والاستراتيجية محمد فايز فرحات إن الاتفاق مهم.';
    expect(officialOf(text, 'محمد فايز فرحات')).toBeNull();
    expect(personOf(text, 'محمد فايز فرحات')).not.toBeNull();
  });
});
