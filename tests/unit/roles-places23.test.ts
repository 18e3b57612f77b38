import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';
import { placeToEnglish } from '@/lib/english/countries';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('a place no vocabulary lists, spelt as places are', () => {
  it('opens with a K where its Arabic opens with ك, not a C or Ch as a person name may', () => {
    expect(placeToEnglish('كوانغو')).toBe('Kwango');
    expect(placeToEnglish('كيفو')).toBe('Kivu');
    expect(roleToEnglish('حاكم إقليم كوانغو')).toBe('Governor of Kwango');
    expect(roleToEnglish('حاكم إقليم شمال كيفو')).toBe('Governor of North Kivu');
  });
  it('in a sentence', () => {
    const text = 'وقال حاكم إقليم كوانغو ويلي بيكوري إن الفيضانات شردت آلاف الأسر.';
    expect(roleOf(text, 'بيكوري')).toBe('Governor of Kwango');
  });
});
