import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('«مدير ديوان رئاسة الجمهورية» of Algeria', () => {
  it('is the Director of Cabinet of the Presidency, as Algeria styles its directeur de cabinet', () => {
    const text = 'الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون، اليوم، بمقر رئاسة الجمهورية، رئيس وزراء إسبانيا في زيارة إلى الجزائر.\n\nوحضر اللقاء عن الجانب الجزائري وزير الطاقة محمد عرقاب، ومدير ديوان رئاسة الجمهورية كمال بلعيد، فيما حضره عن الجانب الإسباني وزير الخارجية.';
    expect(roleOf(text, 'كمال بلعيد')).toBe('Director of Cabinet of the Presidency');
  });
});
