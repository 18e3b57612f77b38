import { describe, expect, it } from 'vitest';
import { findOfficials } from '../../lib/officials';

// Round 60, officials recall: Jordan's district governor, «متصرف» (of a «لواء», the district), is an office like
// «قائمقام»; the district's name after «لواء» is the office's («بني …» takes the word after it), not a name word.

const found = (text: string) => findOfficials(text).map((o) => ({ name: o.name_ar, role: o.role_en }));

describe('a district governor («متصرف لواء …»)', () => {
  // Written for the test.
  it('reads the holder after the district, whose name opens with «بني»', () => {
    const o = found('وحضر الاجتماع متصرف لواء بني عبيد سامي الخطيب، ومدير التربية في المحافظة.');
    expect(o.map((x) => x.name)).toContain('سامي الخطيب');
    expect(o.find((x) => x.name === 'سامي الخطيب')?.role).toMatch(/^District Governor of Ben?i Obeid$/);
  });

  // Written for the test.
  it('reads the holder after the bare title', () => {
    expect(found('وقال المتصرف سامي الخطيب إن الطرق سالكة.').map((x) => x.name)).toContain('سامي الخطيب');
  });

  // Written for the test.
  it('leaves a brigade with its commander', () => {
    const o = found('وقال قائد لواء المشاة أحمد سالم إن الطرق سالكة.');
    expect(o.find((x) => x.name === 'أحمد سالم')?.role).not.toMatch(/District/);
  });
});
