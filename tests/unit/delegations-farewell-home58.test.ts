import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const sideOf = (text: string, name: string) => analyze(text).delegations.find((d) => d.members.some((m) => m.name_ar === name))?.side_en;

describe('a leader seen off at home by his own officials', () => {
  it('seats those of no stated country with him, not apart', () => {
    const text = 'الرباط (ومع) - غادر الملك محمد السادس أرض الوطن اليوم متوجها إلى فرنسا في زيارة رسمية يلتقي خلالها كبار المسؤولين الفرنسيين.\n\n'
      + 'وكان في وداع جلالته بمطار الرباط سلا، رئيس الحكومة المغربية عزيز أخنوش، ووزير الخارجية المغربي ناصر بوريطة، ومدير الأمن الوطني عبد اللطيف الحموشي، وسفير فرنسا في الرباط كريستوف لوكورتييه.';
    expect(sideOf(text, 'عزيز أخنوش')).toBe('Morocco');
    expect(sideOf(text, 'عبد اللطيف الحموشي')).toBe('Morocco');
    expect(sideOf(text, 'كريستوف لوكورتييه')).toBe('France');
  });
});
