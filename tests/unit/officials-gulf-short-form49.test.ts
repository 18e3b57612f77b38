import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

// The Gulf short form: the given name and one middle name with the article, the grandfather's as written or the
// father's given the article. (Invented sentences.)
describe('the Gulf short form of a four-word name', () => {
  it('is the person named in full, by the grandfather’s name', () => {
    const found = names('استقبل وزير الخارجية الشيخ فهد عبدالله الجابر الصباح اليوم سفير اليابان. وأكد الشيخ فهد الجابر حرص بلاده على التعاون.');
    expect(found).toContain('فهد عبدالله الجابر الصباح');
    expect(found).not.toContain('فهد الجابر');
  });
  it('is the person named in full, by the father’s name with the article', () => {
    const found = names('وحضر اللقاء وزير الدفاع الشيخ حمد ناصر المحمد الصباح. وأوضح الشيخ حمد الناصر أن التعاون مستمر.');
    expect(found).toContain('حمد ناصر المحمد الصباح');
    expect(found).not.toContain('حمد الناصر');
  });
  it('leaves another person with the same given name alone', () => {
    const found = names('وحضر اللقاء وزير الدفاع الشيخ حمد ناصر المحمد الصباح. وقال وزير المالية حمد العتيبي إن الميزانية جاهزة.');
    expect(found).toContain('حمد ناصر المحمد الصباح');
    expect(found).toContain('حمد العتيبي');
  });
});
