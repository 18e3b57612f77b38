import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

// A family name of the ال…ي shape after «X بن Y», where the lists know neither the father's name nor the family's.
// (Invented sentences.)
describe('a family name after the father’s name', () => {
  it('closes the name before a saying or punctuation', () => {
    expect(names('وقال قائد القوات المشتركة الفريق الركن عيد بن عواض الشلوي إن القوات جاهزة.')).toContain('عيد بن عواض الشلوي');
    expect(names('واستقبل الوزير محافظ المنطقة سالم بن عواض المطيري، وبحثا التعاون.')).toContain('سالم بن عواض المطيري');
  });
  it('stays out where the word after the name is no family name', () => {
    expect(names('وقال وزير الداخلية سالم بن عواض المؤتمر إن الأمن مستتب.')).not.toContain('سالم بن عواض المؤتمر');
  });
});
