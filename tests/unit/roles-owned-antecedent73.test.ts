// Round 73: an office owned by a pronoun takes the body or the state the pronoun points back to. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const role = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a head owned by a pronoun after a municipality of a town no gazetteer lists', () => {
  it('reads «بلدية الـX … رئيسها» as the mayor of that town', () => {
    expect(role('واستقبل الوزير وفدا من بلدية الشويفات برئاسة رئيسها زياد حيدر، الذي عرض مشاكل الطرق.', 'زياد حيدر')).toMatch(/^Mayor of .*Municipality$/);
  });
});

describe('a head owned by a pronoun whose noun names again a body the article named', () => {
  it('reads «المحكمة … رئيستها» after «المحكمة العليا» as the Supreme Court\'s', () => {
    expect(role('أصدرت المحكمة العليا حكمها أمس. وقالت المحكمة في بيان تلته رئيستها سلمى الحداد إن الحكم نهائي.', 'سلمى الحداد')).toBe('President of the Supreme Court');
  });

  it('names no body when the article named none with that noun', () => {
    expect(role('وقالت المحكمة في بيان تلته رئيستها سلمى الحداد إن الحكم نهائي.', 'سلمى الحداد')).toBe('Head');
  });
});

describe('a prime minister owned by a pronoun', () => {
  it('reads «رئيس وزرائها» and «رئيس حكومته» as Prime Minister, not President', () => {
    expect(role('وأعلنت اليابان، التي قال رئيس وزرائها شينزو آبي إنها ستساعد، إرسال فرق إنقاذ.', 'شينزو آبي')).toBe('Prime Minister');
    expect(role('ووصل الملك إلى مدريد يرافقه رئيس حكومته عزيز أخنوش.', 'عزيز أخنوش')).toBe('Prime Minister');
  });
});
