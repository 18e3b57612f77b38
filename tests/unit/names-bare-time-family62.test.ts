import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A time noun heads a time phrase only with its complement («يوم الأحد», «صباح أمس»); bare before a comma or «إن»,
// after a full title and a given name, it is the family name. (Invented sentences.)
describe('a family name that is a time noun, closed by a comma or «إن»', () => {
  it('keeps the time noun as the family name', () => {
    expect(names('وقال رئيس الكتلة البرلمانية للمعارضة سالم يوم، إن القانون يحتاج إلى مراجعة.')).toContain('سالم يوم');
    expect(names('وأكد وزير الخارجية خالد صباح إن الحوار مستمر.')).toContain('خالد صباح');
  });
  it('leaves the time noun out when its complement follows', () => {
    const found = names('وقال وزير الخارجية أحمد عطاف يوم الأحد، إن الحوار مستمر.');
    expect(found).toContain('أحمد عطاف');
    expect(found.some((n) => n.includes('يوم'))).toBe(false);
    expect(names('وقال وزير الداخلية خالد يوم الخميس إن الأمن مستتب.').some((n) => n.includes('يوم'))).toBe(false);
  });
});
