import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 68, roles: a body the article names by its noun and adjectives alone («الحركة الشعبية», «الهيئة العامة»), the
// first words of a name it gave in full before, is that body — also one the grammar reads by a name of its own (a
// liberation movement).

const roleOf = (text: string, nameAr: string) => analyze(text).officials.find((o) => o.name_ar === nameAr)?.role_en;

describe('a shortened name refers back to the body named in full', () => {
  // Written for the test.
  it('reads «الحركة الشعبية» as the liberation movement named before', () => {
    const text = 'التقى نائب رئيس الحركة الشعبية لتحرير السودان-شمال ياسر عرمان الوسطاء في جوبا. ولم توقع بعد الحركة الشعبية بقيادة عبد العزيز الحلو على الاتفاق.';
    expect(roleOf(text, 'عبد العزيز الحلو')).toBe("Leader of the Sudan People's Liberation Movement-North");
  });

  // Written for the test.
  it('reads «الهيئة العامة» as the authority named before with its field', () => {
    const text = 'أعلنت الهيئة العامة للطيران المدني، الأحد، استئناف الرحلات. ووصل رئيس الهيئة العامة سالم أحمد إلى المطار.';
    expect(roleOf(text, 'سالم أحمد')).toBe('Head of the General Authority for Civil Aviation');
  });

  // Written for the test.
  it('keeps a shortened name the article gave no fuller form of', () => {
    const text = 'وصل رئيس الهيئة العامة سالم أحمد إلى المطار، وقال إن الرحلات ستستأنف.';
    expect(roleOf(text, 'سالم أحمد')).toBe('Head of the General Authority');
  });

  // Written for the test.
  it('leaves a bare noun to the bodies named with it, not to a movement named by its own name', () => {
    const text = 'التقى نائب رئيس الحركة الشعبية لتحرير السودان-شمال ياسر عرمان الوسطاء في جوبا. وقال رئيس الحركة خالد عمر إن الحوار مستمر.';
    expect(roleOf(text, 'خالد عمر')).not.toMatch(/Liberation/);
  });
});
