import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// The officer ranks below colonel (major, captain, lieutenants) and the Sahel's colonel-major, between an office and
// the holder's name: the rank is no word of the name and the office is the holder's. (Invented sentences.)
describe('a junior officer rank between an office and a name', () => {
  const find = (text: string) => findOfficials(text).map((o) => `${o.name_ar} | ${o.role_en}`);
  it('keeps the rank out of the name', () => {
    expect(find('وقال المتحدث باسم الجيش، الرائد سمير الحداد، إن الدورية عادت.').join('\n')).toMatch(/^سمير الحداد \| Spokesman/m);
    expect(find('وقال المكلف بالإعلام في المديرية العامة للأمن الوطني، الملازم الأول كريم بوزيد، إن الطريق فتح.').join('\n')).toMatch(/^كريم بوزيد \| /m);
    expect(find('وأعلن المتحدث باسم الحرس الوطني، الملازم ثاني وليد الفرجاني، أن الحريق أخمد.').join('\n')).toMatch(/^وليد الفرجاني \| Spokesman/m);
    expect(find('وتلا المتحدث باسم المجلس العسكري العقيد الرائد إبراهيم ساوادوغو البيان على التلفزيون.').join('\n')).toMatch(/^إبراهيم ساوادوغو \| Spokesman/m);
  });
  it('never reads the rank as a given name', () => {
    const names = findOfficials('وقال المتحدث باسم الشرطة الرائد خالد المصري إن التحقيق مستمر.').map((o) => o.name_ar);
    expect(names).toContain('خالد المصري');
    expect(names.some((n) => n.startsWith('الرائد'))).toBe(false);
  });
});
