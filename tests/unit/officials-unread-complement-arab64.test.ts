import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials;
const names = (text: string) => officials(text).map((o) => o.name_ar);

// The office's complement runs on past what the title grammar reads («والـ…», a construct, «بوزارة …», «في …» + body),
// then an Arab name of listed words that closes: the words between are the office's, the name its holder's.
// (Invented sentences.)
describe('an Arab name after an office whose complement the grammar stops short of', () => {
  it('reads the holder past the unread words', () => {
    const found = officials('وحضر اللقاء مدير التخطيط ومتابعة المشاريع بوزارة الصحة سالم الكعبي، ومسؤولون آخرون.');
    expect(found.map((o) => o.name_ar)).toContain('سالم الكعبي');
    expect(found.find((o) => o.name_ar === 'سالم الكعبي')!.role_ar).toContain('بوزارة الصحة');
    expect(names('وقال مدير الجوازات وشؤون الإقامة بوزارة الداخلية عادل الحربي إن الإجراءات الجديدة تبدأ الشهر المقبل.')).toContain('عادل الحربي');
  });
  it('reads no name where the words after are common words', () => {
    expect(names('وأكد مدير التخطيط ومتابعة المشاريع بوزارة الصحة جميل المنظر في الحديقة.')).toEqual([]);
  });
  // (Merged with roles64a, whose role keeps the body after unread words, the title reaches «بوزارة الداخلية» itself, and
  // a name of listed words right after a whole title is read as after any title, closed or not.)
  it('reads a listed name right after the role that reaches the body, as after any title', () => {
    const found = officials('وقال مدير الجوازات وشؤون الإقامة بوزارة الداخلية عادل الحربي الطلبات المقدمة.');
    expect(found.find((o) => o.name_ar === 'عادل الحربي')?.role_en).toContain('Ministry of Interior');
  });
});
