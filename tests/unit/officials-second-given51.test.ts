import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test. A father's or second given name that is an adjective too («كريم», «جميل») is followed by the
// family nisba as any given name is: the nisba closes the name instead of being dropped.
const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a family nisba after a second given name that is an adjective too', () => {
  it('keeps «الساعدي» after «عادل كريم» and «عادل جميل»', () => {
    expect(names('وقال وكيل وزارة الكهرباء عادل كريم الساعدي إن العمل جار على إصلاح الخطوط.')).toContain('عادل كريم الساعدي');
    expect(names('وشارك في الاجتماع وكيل وزارة الكهرباء لشؤون النقل عادل جميل الساعدي، والمدير العام للشركة العامة لنقل الطاقة محمد علي.')).toContain('عادل جميل الساعدي');
  });

  it('still reads a name whose given names are name words alone («عادل سعيد الساعدي»)', () => {
    expect(names('وقال وكيل وزارة الكهرباء عادل سعيد الساعدي إن العمل جار على إصلاح الخطوط.')).toContain('عادل سعيد الساعدي');
  });
});
