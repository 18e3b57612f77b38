import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en ?? null;

describe('an office whose complement runs past what the grammar reads, then a carried rank and the name', () => {
  it('gives the holder the office, not the bare rank', () => {
    expect(roleOf('وحضر الاجتماع مساعدة وزير الخارجية لشؤون التنمية والتعاون الدولي السفيرة نورة المطيري وسفير البلاد لدى الأردن.', 'نورة المطيري')).toMatch(/^Assistant .*Minister of Foreign Affairs/);
    expect(roleOf('ودعا وزير العدل في حكومة تصريف الأعمال القاضي جميل الحسيني إلى اجتماع طارئ.', 'جميل الحسيني')).toBe('Caretaker Minister of Justice');
  });
  it('but a time, a place or a pronoun between are no complement: the ranked name is another person', () => {
    expect(roleOf('واستقبل وزير الخارجية اليوم السفير خالد الرميثي.', 'خالد الرميثي')).toBe('Ambassador');
    expect(roleOf('واستقبل وزير الخارجية في الرياض السفير جون هاملتون.', 'جون هاملتون')).toBe('Ambassador');
    expect(roleOf('واستقبل محافظ البنك المركزي وفدا برئاسة السفير كمال العربي.', 'كمال العربي')).toBe('Ambassador');
  });
});

describe('the Levantine spelling of diplomatic («الديبلوماسي»)', () => {
  it('is the adjective the common spelling is', () => {
    expect(roleOf('وحضر اللقاء المستشار الديبلوماسي لرئيس الحكومة السفير وليد الحاج.', 'وليد الحاج')).toBe('Diplomatic Adviser to the Prime Minister');
  });
});

describe('a body\'s short name in quotation marks between the title and the name', () => {
  it('leaves the name to the holder of the title', () => {
    expect(roleOf('وقال الرئيس التنفيذي للسوق المالية الكويتية "بورصة" فهد العتيبي إن التداول مستقر.', 'فهد العتيبي')).toBe('CEO of the Kuwaiti Stock Exchange');
  });
});
