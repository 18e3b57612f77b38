import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe("a parliament's chamber named by its own name", () => {
  it('reads the chamber after رئيس, with the name before the comma or after the office', () => {
    expect(find('وأكد حكيم بنعمرو، رئيس مجلس المستشارين، أن الحوار مستمر.', 'حكيم بنعمرو')?.role_en).toBe('Speaker of the House of Councillors');
    expect(find('وقال رئيس مجلس الأعيان فيصل الفايز إن الأردن ثابت على موقفه.', 'فيصل الفايز')?.role_en).toBe('Speaker of the Senate');
    expect(find('وقالت رئيسة مجلس العموم ليندسي هويل إن الجلسة مؤجلة.', 'ليندسي هويل')?.role_en).toMatch(/House of Commons$/);
  });

  it('reads a deputy and a member of the chamber', () => {
    expect(find('وحضر اللقاء كريم الزاهري، نائب رئيس مجلس المستشارين، والسفير.', 'كريم الزاهري')?.role_en).toBe('Deputy Speaker of the House of Councillors');
    expect(find('وقال عضو الكنيست سامي أبو شحادة إن القانون عنصري.', 'سامي أبو شحادة')?.role_en).toBe('Member of the Knesset');
    expect(find('وقالت النائبة في مجلس الدوما إيرينا ياروفايا إن القرار خاطئ.', 'إيرينا ياروفايا')?.role_en).toMatch(/State Duma$/);
  });
});
