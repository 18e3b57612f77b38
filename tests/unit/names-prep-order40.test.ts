import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('ب on a noun that is a given name too, before the definite noun it governs', () => {
  it('ends a whole name: the preposition\'s phrase is no family name', () => {
    // heldout16/1722 (ONA): «… أنعم على السفير أميت نارانغ بوسام النعمان من الدرجة الثانية»
    expect(names('وقد أنعم السلطان على سفير الهند أميت نارانغ بوسام النعمان من الدرجة الثانية.')).toContain('أميت نارانغ');
    expect(names('وكرم الرئيس سفير فرنسا جان بيير بوسام الاستحقاق الوطني.')).toContain('جان بيير');
  });
});
