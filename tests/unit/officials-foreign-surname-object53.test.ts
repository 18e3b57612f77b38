// A foreign given name after a full role, then a family name no dictionary holds, before the verb's object or a number:
// the family name belongs to the name (heldout20 «سيلفان إيتيه 48 ساعة», heldout22 «يائيل براون-بيفيه النتيجة»).
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a foreign family name before the verb\'s object', () => {
  it('reads the family name before a number', () => {
    expect(names('ومنحت الحكومة العسكرية السفير الفرنسي في باماكو سيلفان إيتيه 72 ساعة لمغادرة البلاد.')).toContain('سيلفان إيتيه');
  });

  it('reads a hyphenated family name before a noun with the article', () => {
    expect(names('وأعلنت رئيسة البرلمان يائيل براون-بيفيه النتائج النهائية للتصويت.')).toContain('يائيل براون-بيفيه');
  });

  it('leaves a dictionary word after the given name out of the name', () => {
    const found = names('وتلا رئيس المحكمة العليا القاضي سيلفان ملخص الحكم على الحاضرين.');
    expect(found.some((n) => n.includes('ملخص'))).toBe(false);
  });

  it('leaves a time word out of the name', () => {
    const found = names('وقال السفير الفرنسي سيلفان أمس إن المهلة قصيرة.');
    expect(found.some((n) => n.includes('أمس'))).toBe(false);
  });
});
