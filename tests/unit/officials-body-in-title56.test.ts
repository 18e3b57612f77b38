import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// An office whose words run on past what the title grammar reads, to «في» and a body named by its noun alone, then the
// holder's name with no comma. (Invented sentences.)
describe('a name right after «في» and a body named by its noun', () => {
  it('is the office holder, foreign name words too', () => {
    expect(names('ونفى رئيس فرع مومباسا في الاتحاد غودفري موانغي أي صلة له بالملف.')).toContain('غودفري موانغي');
  });
  it('is the office holder, an Arab name', () => {
    expect(names('وأوضح مدير قسم الإحصاء في الهيئة سامر الخطيب أن الأرقام أولية.')).toContain('سامر الخطيب');
  });
  it('reads no name from ordinary words after the body', () => {
    expect(names('ونفى رئيس فرع مومباسا في الاتحاد صحة الأنباء المتداولة أمس.')).toEqual([]);
  });
  it('reads no name from a place with a preposition after the body', () => {
    const people = analyze('ويرى أستاذ التاريخ في الجامعة ببيروت سمير حداد أن القرار متسرع.').people.map((p) => p.name_ar);
    expect(people).toContain('سمير حداد');
  });
});
