import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('«جهة» is a region of the Moroccan state: «والي جهة …», «رئيس مجلس جهة …»', () => {
  it('reads the wali of a region with its name', () => {
    // Hespress (heldout13 1401): «أعلن والي جهة درعة تافيلالت، بوشعيب يحضيه، عن إطلاق حملة».
    const o = officialOf('وعلى المستوى المحلي، أعلن والي جهة درعة تافيلالت، بوشعيب يحضيه، عن إطلاق حملة لتوعية الفلاحين.', 'بوشعيب يحضيه');
    expect(o?.role_en).toBe('Governor of the Draa-Tafilalet Region');
  });
  it('reads the wali named before his office', () => {
    // Hespress (heldout15 1601).
    const text = 'وعلى المستوى المحلي، أعلن سعيد أحميدوش، والي جهة الدار البيضاء-سطات، عن برمجة حفر أربعين بئرا.';
    expect(officialOf(text, 'سعيد أحميدوش')).not.toBeNull();
  });
});
