import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a foreign surname that opens with ف (a V) before a comma and a full title', () => {
  it('reads the ف as the name\'s own letter, not a conjunction', () => {
    // Al-Ahram, 2024 (heldout15 1618): «أوليفر فارهيلي، المفوض الأوروبي لشؤون الجوار والتوسع».
    const text = 'وكانت الوزيرة قد التقت، في مايو الماضي ببروكسل، أوليفر فارهيلي، المفوض الأوروبي لشؤون الجوار والتوسع، حيث جرى بحث التعاون.';
    expect(officialOf(text, 'أوليفر فارهيلي')).not.toBeNull();
  });
  it('reads a surname of our own after a given name the same way', () => {
    const text = 'وقال بيتر فونتيني، نائب رئيس المفوضية الأوروبية، إن الاتفاق سيوقع قريبا.';
    expect(officialOf(text, 'بيتر فونتيني')).not.toBeNull();
  });
  it('reads it after a foreign given name no list holds', () => {
    // Al-Ahram, 2024 (heldout15 1618).
    const text = 'فيما حضر من الجانب الأوروبي جيلسومينا فيليوتي، نائبة رئيس بنك الاستثمار الأوروبي، وأن البنك سيمول المشروع.';
    expect(officialOf(text, 'جيلسومينا فيليوتي')).not.toBeNull();
  });
  it('keeps «و» before a surname a conjunction: two people, not one name', () => {
    const text = 'وقال بيتر وفونتيني، نائب رئيس المفوضية الأوروبية، إن الاتفاق سيوقع قريبا.';
    expect(officialOf(text, 'بيتر وفونتيني')).toBeNull();
  });
});
