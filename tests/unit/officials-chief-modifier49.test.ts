import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const found = (text: string) => findOfficials(text).map((o) => `${o.name_ar} | ${o.role_en}`);

// «الرئيسي/الرئيسية» right after a head: the chief holder of the office (Chief Representative); «الأمين الرئيسي» is
// the Principal Secretary, as «السكرتير الرئيسي» is. (Invented sentences.)
describe('the chief or principal holder of an office', () => {
  it('reads «الممثل الرئيسي» as Chief Representative, before or after the name', () => {
    expect(found('وقال ماساكي كاتو، الممثل الرئيسي لمكتب الوكالة في الأردن، إن المشروع سيبدأ قريبا.').join()).toContain('ماساكي كاتو | Chief Representative');
    expect(found('وقالت الممثلة الرئيسية للوكالة في الأردن يوكو سوزوكي إن المشروع سيبدأ قريبا.').join()).toContain('يوكو سوزوكي | Chief Representative');
  });
  it('reads «الأمين الرئيسي» as Principal Secretary', () => {
    expect(found('وشارك في اللقاء سعادة جوزيف موانغي الأمين الرئيسي لشؤون الزراعة في الوزارة.').join()).toContain('جوزيف موانغي | Principal Secretary');
  });
  it('leaves «الرئيسي» after a noun that is no office alone', () => {
    expect(found('وقال إن الشاهد الرئيسي في القضية لم يحضر الجلسة.')).toEqual([]);
  });
});
